using EEiC.Statistics.GroupComparison;

namespace EEiC.Tools.Audit;

/// <summary>
/// The trend of one group's gap to the reference over the periods (<see cref="GapTrend"/> on crude estimates). Periods whose
/// counts are suppressed for the group or the reference, and every period of a group whose estimates are withheld, have
/// their gaps withheld (status Suppressed); the changes and slopes over the periods are then withheld too (they would let
/// a hidden gap be recovered), the verdicts are kept, and the trend is flagged.
/// </summary>
/// <param name="Group">The category code.</param>
/// <param name="Label">The category label.</param>
/// <param name="Trend">The trend, or <see langword="null"/> when it could not be computed.</param>
/// <param name="NotAvailableReason">Why there is no trend, or <see langword="null"/>.</param>
/// <param name="RestsOnSuppressedCounts">Whether a period's count of the group or the reference is suppressed.</param>
public sealed record AuditGapTrend(string Group, string Label, GapTrendResult? Trend, string? NotAvailableReason, bool RestsOnSuppressedCounts);
