using EEiC.Datasets;

namespace EEiC.Statistics.Intervals;

/// <summary>
/// The estimates for one group (and its strata) of a <see cref="StratifiedDataset"/>, one per confidence level
/// requested, in the order requested.
/// </summary>
/// <param name="Row">
/// The group and strata the estimates describe, with the numerator and denominator (or value) they were computed
/// from: the input row itself, or, for methods that aggregate over a stratum (for example a directly standardised
/// rate over age bands), a row with that stratum absent and the totals.
/// </param>
/// <param name="Estimates">One estimate per confidence level requested.</param>
public sealed record GroupEstimate(StratifiedRow Row, IReadOnlyList<IntervalEstimate> Estimates);
