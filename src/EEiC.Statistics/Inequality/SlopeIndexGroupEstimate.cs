using EEiC.Datasets;

namespace EEiC.Statistics.Inequality;

/// <summary>The slope and relative indices of inequality of one group and strata of a <see cref="StratifiedDataset"/>, across its deprivation quantiles.</summary>
/// <param name="Row">The group and strata (age band, sex, area, period) the estimates describe, with no deprivation quantile and the total population of its quantiles.</param>
/// <param name="Estimates">One estimate per confidence level requested, in the order requested.</param>
public sealed record SlopeIndexGroupEstimate(StratifiedRow Row, IReadOnlyList<SlopeIndexEstimate> Estimates);
