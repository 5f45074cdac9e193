namespace EEiC.Statistics.Inequality;

/// <summary>
/// The summary measures of health inequality of the WHO Health Equity Assessment Toolkit (as implemented in the R
/// package healthequal 1.0.1), with how to read each. Absolute measures are on the indicator's scale; relative
/// measures have no unit. The last four (concentration indices, slope and relative indices of inequality) exist
/// only for <em>ordered</em> dimensions (deprivation or wealth quantiles): they are computed by
/// <see cref="OrderedSummaryMeasures"/> from <see cref="OrderedSubgroupEstimate"/> values, and
/// <see cref="NonOrderedSummaryMeasures"/> rejects them (see <see cref="SummaryMeasureEstimate.NeedsOrderedDimension"/>).
/// The difference, ratio and population attributable measures exist for both kinds of dimension, with different
/// choices of the subgroups compared.
/// </summary>
/// <remarks>
/// Schlotheuber A, Hosseinpoor AR. Summary measures of health inequality: a review of existing measures and their
/// application. Int J Environ Res Public Health 2022;19:3697. World Health Organization. Handbook on health
/// inequality monitoring, 2nd ed. Geneva: WHO; 2024.
/// </remarks>
public enum SummaryMeasure
{
    /// <summary>
    /// Difference (d, absolute, unweighted): y1 − y2 between two subgroups — the highest and lowest estimates, or
    /// the reference subgroup and the worst other subgroup. 0 means no inequality; a larger value a larger gap.
    /// </summary>
    Difference = 0,

    /// <summary>
    /// Ratio (r, relative, unweighted): y1 / y2 for the same two subgroups as <see cref="Difference"/>. 1 means no
    /// inequality; the further from 1, the larger the inequality. Its standard error is on the log scale.
    /// </summary>
    Ratio = 1,

    /// <summary>
    /// Between-group variance (bgv, absolute, weighted): Σ pⱼ(yⱼ − μ)², in squared units of the indicator. 0 means
    /// no inequality; sensitive to large subgroups far from the mean.
    /// </summary>
    BetweenGroupVariance = 2,

    /// <summary>Between-group standard deviation (bgsd, absolute, weighted): √bgv, in units of the indicator. 0 means no inequality.</summary>
    BetweenGroupStandardDeviation = 3,

    /// <summary>
    /// Coefficient of variation (cov, relative, weighted): 100 · bgsd / μ, the between-group standard deviation as a
    /// percentage of the mean. 0 means no inequality.
    /// </summary>
    CoefficientOfVariation = 4,

    /// <summary>Mean difference from the mean, unweighted (mdmu, absolute): Σ|yⱼ − μ| / n, μ the population-weighted mean or the setting average. 0 means no inequality.</summary>
    MeanDifferenceFromMeanUnweighted = 5,

    /// <summary>Mean difference from the mean, weighted (mdmw, absolute): Σ pⱼ|yⱼ − μ|. 0 means no inequality.</summary>
    MeanDifferenceFromMeanWeighted = 6,

    /// <summary>
    /// Mean difference from the best-performing subgroup, unweighted (mdbu, absolute): Σ|yⱼ − y_best| / n, best =
    /// the highest estimate for a favourable indicator, the lowest for an adverse one. 0 means no inequality.
    /// </summary>
    MeanDifferenceFromBestUnweighted = 7,

    /// <summary>Mean difference from the best-performing subgroup, weighted (mdbw, absolute): Σ pⱼ|yⱼ − y_best|. 0 means no inequality.</summary>
    MeanDifferenceFromBestWeighted = 8,

    /// <summary>Mean difference from the reference subgroup, unweighted (mdru, absolute): Σ|yⱼ − y_ref| / n. 0 means no inequality.</summary>
    MeanDifferenceFromReferenceUnweighted = 9,

    /// <summary>Mean difference from the reference subgroup, weighted (mdrw, absolute): Σ pⱼ|yⱼ − y_ref|. 0 means no inequality.</summary>
    MeanDifferenceFromReferenceWeighted = 10,

    /// <summary>
    /// Index of disparity, unweighted (idisu, relative): 100 · mdmu / μ, the average absolute distance from the mean
    /// as a percentage of the mean. 0 means no inequality.
    /// </summary>
    IndexOfDisparityUnweighted = 11,

    /// <summary>Index of disparity, weighted (idisw, relative): 100 · mdmw / μ. 0 means no inequality.</summary>
    IndexOfDisparityWeighted = 12,

    /// <summary>
    /// Theil index (ti, relative, weighted): 1000 · Σ pⱼ rⱼ ln rⱼ with rⱼ = yⱼ/μ. 0 means no inequality; larger values
    /// mean the indicator is concentrated in some subgroups relative to their population share. Sensitive to
    /// subgroups above the mean.
    /// </summary>
    TheilIndex = 13,

    /// <summary>
    /// Mean log deviation (mld, relative, weighted): 1000 · Σ pⱼ(−ln rⱼ). 0 means no inequality; more sensitive
    /// than the Theil index to subgroups below the mean.
    /// </summary>
    MeanLogDeviation = 14,

    /// <summary>
    /// Population attributable fraction (paf, relative, weighted): 100 · (y_ref − μ) / μ, the percentage improvement
    /// of the setting average if every subgroup reached the reference (best) subgroup. 0 means no inequality; it is
    /// set to 0 when the reference is worse than the mean.
    /// </summary>
    PopulationAttributableFraction = 15,

    /// <summary>
    /// Population attributable risk (par, absolute, weighted): y_ref − μ, the improvement of the setting average if
    /// every subgroup reached the reference (best) subgroup, in units of the indicator. 0 means no inequality.
    /// </summary>
    PopulationAttributableRisk = 16,

    /// <summary>
    /// Absolute concentration index (aci, absolute, weighted; ordered dimensions only): twice the population-weighted
    /// covariance between the estimate and the subgroup's relative rank in the cumulative population (0 = most
    /// disadvantaged, 1 = most advantaged), in units of the indicator. 0 means no inequality; positive values mean
    /// the indicator is concentrated among the advantaged (for a favourable indicator, inequality against the
    /// disadvantaged), negative values among the disadvantaged.
    /// </summary>
    AbsoluteConcentrationIndex = 17,

    /// <summary>
    /// Relative concentration index (rci, relative, weighted; ordered dimensions only): the absolute concentration
    /// index divided by the mean, between −1 and 1 (optionally normalised by Wagstaff's or Erreygers' method for a
    /// bounded indicator). 0 means no inequality; the sign reads as for <see cref="AbsoluteConcentrationIndex"/>.
    /// </summary>
    RelativeConcentrationIndex = 18,

    /// <summary>
    /// Slope index of inequality (sii, absolute, weighted; ordered dimensions only): the difference between the
    /// values predicted by a regression of the estimate on the relative rank at rank 1 (most advantaged) and rank 0
    /// (most disadvantaged), in units of the indicator. 0 means no inequality; the sign reads as for
    /// <see cref="AbsoluteConcentrationIndex"/>.
    /// </summary>
    SlopeIndexOfInequality = 19,

    /// <summary>
    /// Relative index of inequality (rii, relative, weighted; ordered dimensions only): the ratio of the values
    /// predicted at rank 1 and rank 0 by the same regression as <see cref="SlopeIndexOfInequality"/>. 1 means no
    /// inequality; its standard error is on the log scale.
    /// </summary>
    RelativeIndexOfInequality = 20,
}
