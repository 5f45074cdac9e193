using EEiC.Ethnicity;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Need;

namespace EEiC.Statistics.DataQuality;

/// <summary>What <see cref="EthnicityDataQuality"/> compares a column with, and how it judges it.</summary>
public sealed record EthnicityQualityOptions
{
    /// <summary>The default options: no reference population, no history, default thresholds, 95% intervals.</summary>
    public static EthnicityQualityOptions Default { get; } = new();

    /// <summary>
    /// The reference population by category (for example census counts for the area served), in the classification the
    /// column was parsed into, with substantive categories only (no "not stated" or "not known"). Needed for the residual
    /// and distribution checks; <see langword="null"/> (default) leaves them <see cref="QualityOutcome.NotEvaluated"/>.
    /// Local sub-categories roll up to their national category. Cross-walk a census population first
    /// (<c>EthnicityCrosswalk</c>) when the column is in the NHS classification.
    /// </summary>
    public IReadOnlyList<EthnicCategoryCount>? Population { get; init; }

    /// <summary>
    /// Whether the population's shares are known (a census: <see cref="ShareRatioInterval.WilsonFixedReference"/>, the
    /// default) or estimated from a sample (<see cref="ShareRatioInterval.KatzLog"/>); decides the interval of the
    /// residual-category ratio.
    /// </summary>
    public ShareRatioInterval PopulationShares { get; init; } = ShareRatioInterval.WilsonFixedReference;

    /// <summary>The completeness of earlier periods, oldest first, for the trend; the assessed column is the period after the last. Empty (default) for no trend.</summary>
    public IReadOnlyList<PeriodCompleteness> History { get; init; } = [];

    /// <summary>The label of the assessed column's period in the trend. Default <c>"current"</c>.</summary>
    public string Period { get; init; } = "current";

    /// <summary>The thresholds of the verdict. Default <see cref="EthnicityQualityThresholds.Default"/>.</summary>
    public EthnicityQualityThresholds Thresholds { get; init; } = EthnicityQualityThresholds.Default;

    /// <summary>The confidence level of every interval. Default 95%.</summary>
    public ConfidenceLevel Level { get; init; } = ConfidenceLevel.Percent95;
}
