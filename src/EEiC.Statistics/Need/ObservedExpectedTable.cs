using EEiC.Statistics.Intervals;

namespace EEiC.Statistics.Need;

/// <summary>
/// The observed/expected ratios of a dataset (see <see cref="ExpectedVersusObserved.Ratios(Datasets.StratifiedDataset, Datasets.StratifiedDataset, IReadOnlyList{ConfidenceLevel})"/>):
/// one entry per group and stratum, and one overall entry per stratum.
/// </summary>
/// <param name="Groups">Per group and stratum, in order of first appearance: a row without the age band whose numerator is the observed count O and whose denominator is the expected count E, with O/E at each level requested.</param>
/// <param name="Overall">Per combination of the strata other than group and age band (area, sex, period, deprivation quantile), in order of first appearance: a row with group <see cref="ExpectedVersusObserved.AllGroupsLabel"/>, ΣO as numerator and ΣE as denominator, with ΣO/ΣE at each level.</param>
public sealed record ObservedExpectedTable(IReadOnlyList<GroupEstimate> Groups, IReadOnlyList<GroupEstimate> Overall);
