using System.Globalization;
using EEiC.Statistics.Intervals;

namespace EEiC.Statistics.Inequality;

/// <summary>
/// One summary measure of inequality for one setting: the estimate with its standard error and confidence limits
/// (analytic, or 95% bootstrap limits for bgsd, cov and the mean differences and indices of disparity) where the
/// measure has them (healthequal's <c>measure, estimate, se, lowerci, upperci</c>).
/// </summary>
/// <remarks>A value type so that batch calls can fill a caller's span without allocating.</remarks>
public readonly record struct SummaryMeasureEstimate
{
    private readonly double _estimate;
    private readonly double _standardError;
    private readonly double _lower;
    private readonly double _upper;

    internal SummaryMeasureEstimate(SummaryMeasure measure, EstimateStatus status, double estimate, double standardError, double lower, double upper, ConfidenceLevel level)
    {
        Measure = measure;
        Status = status;
        _estimate = estimate;
        _standardError = standardError;
        _lower = lower;
        _upper = upper;
        Level = level;
    }

    /// <summary>The measure.</summary>
    public SummaryMeasure Measure { get; }

    /// <summary>Whether an estimate could be produced; see each measure for when it is undefined.</summary>
    public EstimateStatus Status { get; }

    /// <summary>The estimate, or <see langword="null"/> when <see cref="Status"/> is not <see cref="EstimateStatus.Ok"/>.</summary>
    public double? Estimate => double.IsNaN(_estimate) ? null : _estimate;

    /// <summary>
    /// The standard error as healthequal reports it (on the log scale for <see cref="SummaryMeasure.Ratio"/> and
    /// <see cref="SummaryMeasure.RelativeIndexOfInequality"/>; on a fraction scale for the population attributable
    /// fraction; unscaled for the Theil index and mean log deviation; on the model's scale, estimate/scale, for the
    /// <see cref="SummaryMeasure.SlopeIndexOfInequality"/>), or <see langword="null"/> when the measure has no analytic standard error or an input is missing.
    /// </summary>
    public double? StandardError => double.IsNaN(_standardError) ? null : _standardError;

    /// <summary>The lower confidence limit at <see cref="Level"/>, or <see langword="null"/>.</summary>
    public double? Lower => double.IsNaN(_lower) ? null : _lower;

    /// <summary>The upper confidence limit at <see cref="Level"/>, or <see langword="null"/>.</summary>
    public double? Upper => double.IsNaN(_upper) ? null : _upper;

    /// <summary>The confidence level of <see cref="Lower"/> and <see cref="Upper"/>.</summary>
    public ConfidenceLevel Level { get; }

    /// <summary>healthequal's short code of the measure (for example <c>"d"</c>, <c>"cov"</c>, <c>"par"</c>).</summary>
    public string Code => CodeOf(Measure);

    /// <summary>Whether the measure is relative (unitless) rather than absolute (in units of the indicator).</summary>
    public bool IsRelative => IsRelativeMeasure(Measure);

    /// <summary>Whether the measure weights subgroups by their population share.</summary>
    public bool IsWeighted => IsWeightedMeasure(Measure);

    /// <summary>healthequal's short code of a measure.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The code, for example <c>"bgv"</c>.</returns>
    public static string CodeOf(SummaryMeasure measure) => measure switch
    {
        SummaryMeasure.Difference => "d",
        SummaryMeasure.Ratio => "r",
        SummaryMeasure.BetweenGroupVariance => "bgv",
        SummaryMeasure.BetweenGroupStandardDeviation => "bgsd",
        SummaryMeasure.CoefficientOfVariation => "cov",
        SummaryMeasure.MeanDifferenceFromMeanUnweighted => "mdmu",
        SummaryMeasure.MeanDifferenceFromMeanWeighted => "mdmw",
        SummaryMeasure.MeanDifferenceFromBestUnweighted => "mdbu",
        SummaryMeasure.MeanDifferenceFromBestWeighted => "mdbw",
        SummaryMeasure.MeanDifferenceFromReferenceUnweighted => "mdru",
        SummaryMeasure.MeanDifferenceFromReferenceWeighted => "mdrw",
        SummaryMeasure.IndexOfDisparityUnweighted => "idisu",
        SummaryMeasure.IndexOfDisparityWeighted => "idisw",
        SummaryMeasure.TheilIndex => "ti",
        SummaryMeasure.MeanLogDeviation => "mld",
        SummaryMeasure.PopulationAttributableFraction => "paf",
        SummaryMeasure.PopulationAttributableRisk => "par",
        SummaryMeasure.AbsoluteConcentrationIndex => "aci",
        SummaryMeasure.RelativeConcentrationIndex => "rci",
        SummaryMeasure.SlopeIndexOfInequality => "sii",
        SummaryMeasure.RelativeIndexOfInequality => "rii",
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "unknown summary measure"),
    };

    /// <summary>Whether a measure is relative (unitless).</summary>
    /// <param name="measure">The measure.</param>
    /// <returns><see langword="true"/> for r, cov, idisu, idisw, ti, mld, paf, rci and rii.</returns>
    public static bool IsRelativeMeasure(SummaryMeasure measure) => measure is SummaryMeasure.Ratio
        or SummaryMeasure.CoefficientOfVariation or SummaryMeasure.IndexOfDisparityUnweighted
        or SummaryMeasure.IndexOfDisparityWeighted or SummaryMeasure.TheilIndex or SummaryMeasure.MeanLogDeviation
        or SummaryMeasure.PopulationAttributableFraction or SummaryMeasure.RelativeConcentrationIndex
        or SummaryMeasure.RelativeIndexOfInequality;

    /// <summary>Whether a measure weights subgroups by population share.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns><see langword="false"/> for d, r and the unweighted mean differences and index of disparity (the
    /// concentration indices and the slope and relative indices of inequality are weighted).</returns>
    public static bool IsWeightedMeasure(SummaryMeasure measure) => measure is not (SummaryMeasure.Difference
        or SummaryMeasure.Ratio or SummaryMeasure.MeanDifferenceFromMeanUnweighted
        or SummaryMeasure.MeanDifferenceFromBestUnweighted or SummaryMeasure.MeanDifferenceFromReferenceUnweighted
        or SummaryMeasure.IndexOfDisparityUnweighted);

    /// <summary>
    /// Whether a measure exists only for an ordered dimension (aci, rci, sii, rii): such a measure is computed by
    /// <see cref="OrderedSummaryMeasures"/> and rejected by <see cref="NonOrderedSummaryMeasures"/>.
    /// </summary>
    /// <param name="measure">The measure.</param>
    /// <returns><see langword="true"/> for the concentration indices and the slope and relative indices of inequality.</returns>
    public static bool NeedsOrderedDimension(SummaryMeasure measure) => measure is SummaryMeasure.AbsoluteConcentrationIndex
        or SummaryMeasure.RelativeConcentrationIndex or SummaryMeasure.SlopeIndexOfInequality
        or SummaryMeasure.RelativeIndexOfInequality;

    /// <summary>For example <c>"bgv 46.1983 (se 17.13; 12.615 to 79.7816, 95%)"</c>.</summary>
    /// <returns>The formatted estimate.</returns>
    public override string ToString()
    {
        if (Status != EstimateStatus.Ok)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{Code} not available ({Status})");
        }

        var se = StandardError is { } s ? string.Create(CultureInfo.InvariantCulture, $"se {s:G4}") : null;
        var ci = Lower is { } l && Upper is { } u ? string.Create(CultureInfo.InvariantCulture, $"{l:G6} to {u:G6}, {Level}") : null;
        var detail = (se, ci) switch
        {
            (null, null) => "",
            (_, null) => $" ({se})",
            (null, _) => $" ({ci})",
            _ => $" ({se}; {ci})",
        };
        return string.Create(CultureInfo.InvariantCulture, $"{Code} {_estimate:G6}{detail}");
    }
}
