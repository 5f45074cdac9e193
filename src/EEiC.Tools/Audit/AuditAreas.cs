using EEiC.Statistics.Comparison;

namespace EEiC.Tools.Audit;

/// <summary>
/// The areas compared with the overall value on a funnel plot (<see cref="FunnelPlot"/>: Wilson limits for proportions, exact
/// Poisson limits for crude rates, 95% and 99.8%), each area's value over all its rows (missing ethnicity included).
/// </summary>
/// <param name="Limits">The control limits around the pooled average, for drawing the funnel.</param>
/// <param name="Areas">Every area, sorted by name.</param>
/// <param name="OutsideLimits95">The number of areas outside the 95% limits (either side).</param>
/// <param name="OutsideLimits99Point8">The number of areas outside the 99.8% limits (either side).</param>
public sealed record AuditAreas(FunnelLimits Limits, IReadOnlyList<AuditArea> Areas, int OutsideLimits95, int OutsideLimits99Point8);
