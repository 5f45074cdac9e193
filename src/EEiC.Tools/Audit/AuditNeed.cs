using EEiC.Statistics.Intervals;

namespace EEiC.Tools.Audit;

/// <summary>
/// Expected versus observed activity (when reference rates were given) and representation: each group's share of the events
/// against its share of the denominators, or of the expected events.
/// </summary>
/// <param name="Basis">What the shares of events are set against.</param>
/// <param name="Groups">One entry per group.</param>
/// <param name="Overall">The overall observed/expected ratio over the groups at each level; empty without reference rates.</param>
public sealed record AuditNeed(RepresentationBasis Basis, IReadOnlyList<AuditGroupNeed> Groups, IReadOnlyList<IntervalEstimate> Overall);
