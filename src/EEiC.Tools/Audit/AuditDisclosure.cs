using EEiC.Statistics.Disclosure;

namespace EEiC.Tools.Audit;

/// <summary>
/// The disclosure control applied to an equity audit's result. The result holds published values only: every count passed
/// through <see cref="SmallNumberSuppression.Apply(IReadOnlyList{string}, IReadOnlyList{string}, ReadOnlySpan{double}, DisclosurePolicy, PublishedMargins)"/>
/// (primary and secondary suppression, rounding), and every estimate resting on a suppressed count is withheld or flagged;
/// the unsuppressed counts are not kept anywhere in the result.
/// </summary>
/// <param name="Policy">The policy applied.</param>
/// <param name="Statement">The disclosure statement to print with the results.</param>
/// <param name="SuppressedCounts">How many published counts are suppressed (primary or secondary), over every table.</param>
/// <param name="WithheldGroups">The groups (codes) whose estimates are withheld.</param>
/// <param name="WithheldAreas">How many areas have their value withheld.</param>
public sealed record AuditDisclosure(DisclosurePolicy Policy, string Statement, int SuppressedCounts, IReadOnlyList<string> WithheldGroups, int WithheldAreas);
