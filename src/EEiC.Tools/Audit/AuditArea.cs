using EEiC.Statistics.Comparison;
using EEiC.Statistics.Disclosure;

namespace EEiC.Tools.Audit;

/// <summary>One area on the funnel plot.</summary>
/// <param name="Area">The area's name or code.</param>
/// <param name="Numerator">Its events, published.</param>
/// <param name="Denominator">Its denominator, published.</param>
/// <param name="Value">Its value on the indicator's scale, or <see langword="null"/> when withheld (a suppressed count) or undefined (no denominator).</param>
/// <param name="Significance">Where it lies against the limits (decided on the unsuppressed counts; <see cref="FunnelSignificance.NotApplicable"/> without a denominator).</param>
/// <param name="Suppressed">Whether the value is withheld because a count it rests on is suppressed.</param>
public sealed record AuditArea(string Area, DisclosureCell Numerator, DisclosureCell Denominator, double? Value, FunnelSignificance Significance, bool Suppressed);
