using EEiC.Statistics.Intervals;

namespace EEiC.Statistics.Quantiles;

/// <summary>The quantile one small area was assigned to within its parent area, with the rank it came from.</summary>
/// <param name="Quantile">The quantile (1 to the number of quantiles), or <see langword="null"/> when none was assigned (see <paramref name="Status"/>).</param>
/// <param name="Rank">The area's rank within its parent (1 = the first in the order chosen; tied values share the lowest rank), or <see langword="null"/> when its value is missing.</param>
/// <param name="RankedCount">The number of areas with a value in the parent area (the areas ranked).</param>
/// <param name="Status">
/// <see cref="EstimateStatus.Ok"/>; <see cref="EstimateStatus.MissingInput"/> when the area has no value;
/// <see cref="EstimateStatus.SmallCount"/> when its parent has fewer areas with values than quantiles.
/// </param>
public readonly record struct AssignedQuantile(int? Quantile, int? Rank, int RankedCount, EstimateStatus Status);
