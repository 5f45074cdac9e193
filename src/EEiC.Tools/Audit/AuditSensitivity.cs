using EEiC.Statistics.Disclosure;

namespace EEiC.Tools.Audit;

/// <summary>
/// How far the gaps depend on the records with missing ethnicity: <see cref="EEiC.Statistics.Sensitivity.MissingEthnicitySensitivity"/>
/// on the crude totals, the unknown records and events re-allocated to each group in turn and in proportion.
/// </summary>
/// <param name="UnknownEvents">The events with missing ethnicity, published.</param>
/// <param name="UnknownRecords">The denominators with missing ethnicity (people eligible, or population), published.</param>
/// <param name="Groups">One entry per group other than the reference.</param>
public sealed record AuditSensitivity(DisclosureCell UnknownEvents, DisclosureCell UnknownRecords, IReadOnlyList<AuditGroupSensitivity> Groups);
