using EEiC.Indicators;
using EEiC.Statistics.Intervals;

namespace EEiC.Statistics.Inequality;

/// <summary>
/// The facts about an indicator and a setting that the summary measures of inequality need besides the subgroup
/// estimates, stated explicitly (WHO Health Equity Assessment Toolkit conventions, as in the R package healthequal).
/// </summary>
/// <remarks>
/// Each measure documents which of these it uses; a measure that needs a setting that is absent (for example the
/// reference subgroup of <see cref="SummaryMeasure.MeanDifferenceFromReferenceUnweighted"/>, or a polarity other
/// than <see cref="IndicatorPolarity.NoJudgement"/> for the "best subgroup" measures) reports it as an input problem.
/// </remarks>
public sealed record SummaryMeasureSettings
{
    /// <summary>Settings with every value at its default (no polarity judgement, no scale, no reference subgroup, no setting average, no bounds, standard concentration index, logistic slope index, 95%, 100 bootstrap replicates with seed 123456).</summary>
    public static SummaryMeasureSettings Default { get; } = new();

    /// <summary>
    /// Whether a higher estimate is favourable (<see cref="IndicatorPolarity.HigherIsBetter"/>, healthequal's
    /// <c>favourable_indicator = 1</c>) or adverse (<see cref="IndicatorPolarity.LowerIsBetter"/>, <c>0</c>).
    /// Needed by the difference and ratio with a reference subgroup, the "best subgroup" mean differences and the
    /// population attributable measures. Default <see cref="IndicatorPolarity.NoJudgement"/>.
    /// </summary>
    public IndicatorPolarity Polarity { get; init; } = IndicatorPolarity.NoJudgement;

    /// <summary>
    /// The indicator's scale (healthequal's <c>scaleval</c>): 100 for a percentage, 1000 for a rate per 1,000, and
    /// so on, &gt; 0. Needed for the confidence limits of the population attributable measures and for the bootstrap
    /// limits (healthequal's draws are truncated to [0, 100] when it is 100, to [0, ∞) otherwise); otherwise unused.
    /// </summary>
    public double? Scale { get; init; }

    /// <summary>
    /// The name of the reference subgroup (for example the largest ethnic group), matched exactly against
    /// <see cref="SubgroupEstimate.Name"/>. Used by the difference and ratio (when given) and required by the
    /// mean differences from the reference subgroup. Not used by the population attributable measures, which take
    /// the best subgroup as reference (as healthequal does).
    /// </summary>
    public string? ReferenceSubgroup { get; init; }

    /// <summary>
    /// The setting average (for example the national value), used instead of the population-weighted mean by the
    /// unweighted mean difference and index of disparity, and by the population attributable measures when the
    /// subgroups have no populations (then without confidence limits).
    /// </summary>
    public double? SettingAverage { get; init; }

    /// <summary>
    /// The theoretical minimum of a bounded indicator (healthequal's <c>lmin</c>, for example 0 for a percentage),
    /// given together with <see cref="UpperBound"/>. When both are given the absolute and relative concentration
    /// indices rescale every estimate to (y − lower)/(upper − lower) first; the Wagstaff and Erreygers
    /// normalisations (<see cref="ConcentrationIndexMethod"/>) need them. Unused by the other measures.
    /// </summary>
    public double? LowerBound { get; init; }

    /// <summary>The theoretical maximum of a bounded indicator (healthequal's <c>lmax</c>, for example 100 for a percentage); see <see cref="LowerBound"/>.</summary>
    public double? UpperBound { get; init; }

    /// <summary>The normalisation of the relative concentration index. Default <see cref="Inequality.ConcentrationIndexMethod.Standard"/> (none).</summary>
    public ConcentrationIndexMethod ConcentrationIndexMethod { get; init; } = ConcentrationIndexMethod.Standard;

    /// <summary>The regression model of the slope and relative indices of inequality. Default <see cref="Inequality.SlopeIndexModel.Logistic"/>, as in healthequal.</summary>
    public SlopeIndexModel SlopeIndexModel { get; init; } = SlopeIndexModel.Logistic;

    /// <summary>
    /// The confidence level of the analytic confidence limits (d, r, bgv, ti, mld, paf, par, and aci, rci, sii, rii). Default 95%. The
    /// bootstrap limits of the other measures are always 95% (healthequal has no level for them), whatever this says.
    /// </summary>
    public ConfidenceLevel Level { get; init; } = ConfidenceLevel.Percent95;

    /// <summary>
    /// The number of simulated data sets (healthequal's <c>sim</c>) behind the bootstrap confidence limits of bgsd,
    /// cov, mdmu, mdmw, mdbu, mdbw, mdru, mdrw, idisu and idisw, from 0 to 1,000,000. Default 100, as in healthequal; 0 computes no
    /// bootstrap (point estimates only, and much faster). The bootstrap runs only when every subgroup has a standard
    /// error and <see cref="Scale"/> is set.
    /// </summary>
    public int BootstrapReplicates { get; init; } = 100;

    /// <summary>
    /// The seed of the bootstrap (healthequal's <c>seed</c>, default 123456): the random stream is R's default
    /// generator after <c>set.seed(BootstrapSeed)</c>, restarted for every measure and every setting, as healthequal
    /// does per call, so the limits reproduce healthequal's exactly.
    /// </summary>
    public int BootstrapSeed { get; init; } = 123456;
}
