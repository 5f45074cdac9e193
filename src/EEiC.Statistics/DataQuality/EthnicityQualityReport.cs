using EEiC.Ethnicity;
using EEiC.Statistics.Intervals;

namespace EEiC.Statistics.DataQuality;

/// <summary>The data-quality assessment of one recorded ethnicity column (see <see cref="EthnicityDataQuality"/>).</summary>
/// <param name="Scheme">The classification the column's categories are in, or <see langword="null"/> when no value could be mapped to any.</param>
/// <param name="Counts">Every record in exactly one bucket; the buckets add up to the total.</param>
/// <param name="Completeness">Records with a valid category over all records (0–1), Wilson interval.</param>
/// <param name="NotStated">Records coded "not stated" over all records, Wilson interval.</param>
/// <param name="NotKnown">Records coded "not known" (other than blanks) over all records, Wilson interval.</param>
/// <param name="Blank">Blank records over all records, Wilson interval.</param>
/// <param name="Unmapped">Records with unmapped values over all records, Wilson interval.</param>
/// <param name="UnmappedValues">Every distinct unmapped value with its count and why it was not mapped, most frequent first (empty for a counts input).</param>
/// <param name="ValidCategories">The records with a valid category, by national category in classification order.</param>
/// <param name="Residual">The use of the residual "any other …" categories against the population.</param>
/// <param name="Distribution">The distance from the population's distribution, or <see langword="null"/> when no population was given.</param>
/// <param name="Trend">The trend of completeness, or <see langword="null"/> when no history was given.</param>
/// <param name="Verdict">Fit, fit with caveats, or not fit.</param>
/// <param name="Findings">Every check, passed or not, with its value and threshold.</param>
/// <param name="Thresholds">The thresholds applied.</param>
public sealed record EthnicityQualityReport(
    EthnicityScheme? Scheme,
    EthnicityRecordCounts Counts,
    IntervalEstimate Completeness,
    IntervalEstimate NotStated,
    IntervalEstimate NotKnown,
    IntervalEstimate Blank,
    IntervalEstimate Unmapped,
    IReadOnlyList<UnmappedEthnicityValue> UnmappedValues,
    IReadOnlyList<EthnicCategoryCount> ValidCategories,
    ResidualCategoryUse Residual,
    DistributionDistance? Distribution,
    CompletenessTrend? Trend,
    FitnessForUse Verdict,
    IReadOnlyList<QualityFinding> Findings,
    EthnicityQualityThresholds Thresholds)
{
    /// <summary>The findings behind the verdict: the checks whose outcome is <see cref="QualityOutcome.Caveat"/> or <see cref="QualityOutcome.NotFit"/> (checks that could not be made are in <see cref="Findings"/> only).</summary>
    public IReadOnlyList<QualityFinding> Reasons => [.. Findings.Where(f => f.Outcome is QualityOutcome.Caveat or QualityOutcome.NotFit)];
}
