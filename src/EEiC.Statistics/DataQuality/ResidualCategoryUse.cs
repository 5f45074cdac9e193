using EEiC.Statistics.Intervals;

namespace EEiC.Statistics.DataQuality;

/// <summary>
/// The use of the residual "any other …" categories (any other White, Mixed, Asian, Black or ethnic group background)
/// among records with a valid category, against the reference population's share.
/// </summary>
/// <param name="RecordedShare">Residual records over records with a valid category (0–1), with its Wilson interval; status <see cref="EstimateStatus.ZeroDenominator"/> when no record has a valid category.</param>
/// <param name="PopulationShare">The residual share of the reference population (0–1), or <see langword="null"/> when no population was given.</param>
/// <param name="Ratio">RecordedShare / PopulationShare with its interval (see <see cref="EthnicityQualityOptions.PopulationShares"/>); status <see cref="EstimateStatus.MissingInput"/> without a population, <see cref="EstimateStatus.ZeroDenominator"/> or <see cref="EstimateStatus.Undefined"/> when a share is 0.</param>
/// <param name="Overused"><see langword="true"/> when the ratio exceeds <see cref="EthnicityQualityThresholds.MaximumResidualRatio"/> and its lower limit exceeds 1.</param>
public sealed record ResidualCategoryUse(IntervalEstimate RecordedShare, double? PopulationShare, IntervalEstimate Ratio, bool Overused);
