namespace EEiC.Statistics.Inequality;

// One method per ordered measure, each stating its definition (all delegate to Compute).
public static partial class OrderedSummaryMeasures
{
    /// <summary>
    /// The difference d = y1 − y2 between the extreme subgroups of the order (absolute, unweighted): for a favourable
    /// indicator y1 = the highest order (most advantaged) and y2 = the lowest; for an adverse one y1 = the lowest
    /// order and y2 = the highest. se = √(se1² + se2²); limits d ∓ z·se (absent when either standard error is).
    /// 0 means no inequality.
    /// </summary>
    /// <param name="subgroups">At least 2 subgroups with distinct orders.</param>
    /// <param name="settings">Polarity (required) and confidence level.</param>
    /// <returns>The difference.</returns>
    /// <remarks>Schlotheuber A, Hosseinpoor AR. Int J Environ Res Public Health 2022;19:3697; healthequal 1.0.1 <c>d()</c> (WHO).</remarks>
    public static SummaryMeasureEstimate Difference(ReadOnlySpan<OrderedSubgroupEstimate> subgroups, SummaryMeasureSettings settings) =>
        Compute(SummaryMeasure.Difference, subgroups, settings);

    /// <summary>
    /// The ratio r = y1/y2 of the same two subgroups as <see cref="Difference"/> (relative, unweighted). The standard
    /// error is on the log scale, √((se1² + r²se2²)/y2²)/r, and the limits exp(ln r ∓ z·se). 1 means no inequality.
    /// Not available (<see cref="Intervals.EstimateStatus.ZeroDenominator"/>) when y2 = 0.
    /// </summary>
    /// <param name="subgroups">At least 2 subgroups with distinct orders.</param>
    /// <param name="settings">Polarity (required) and confidence level.</param>
    /// <returns>The ratio.</returns>
    /// <remarks>Schlotheuber A, Hosseinpoor AR. Int J Environ Res Public Health 2022;19:3697; healthequal 1.0.1 <c>r()</c> (WHO).</remarks>
    public static SummaryMeasureEstimate Ratio(ReadOnlySpan<OrderedSubgroupEstimate> subgroups, SummaryMeasureSettings settings) =>
        Compute(SummaryMeasure.Ratio, subgroups, settings);

    /// <summary>
    /// The absolute concentration index (absolute, weighted): with relative ranks rⱼ (see the class remarks),
    /// σ² = Σ pⱼ(rⱼ − 0.5)² (pⱼ the population shares) and the estimates yⱼ (rescaled to
    /// (y − <see cref="SummaryMeasureSettings.LowerBound"/>)/(upper − lower) when both bounds are given), aci is the
    /// slope of the least-squares regression of 2σ²·yⱼ on rⱼ with weights popⱼ (Kakwani's convenient regression,
    /// which equals 2·Σ pⱼ(yⱼ − μ)(rⱼ − 0.5)). se = the regression's residual-variance standard error of the slope
    /// (n − 2 degrees of freedom); limits aci ∓ z·se. Without populations every subgroup counts as 1. 0 means no
    /// inequality; positive = concentrated among the advantaged.
    /// </summary>
    /// <param name="subgroups">At least 3 subgroups with distinct orders, populations on all or none.</param>
    /// <param name="settings">Bounds (optional) and confidence level.</param>
    /// <returns>The absolute concentration index.</returns>
    /// <remarks>Kakwani N, Wagstaff A, van Doorslaer E. Socioeconomic inequalities in health: measurement, computation, and statistical inference. J Econometrics 1997;77:87–103. Schlotheuber A, Hosseinpoor AR. Int J Environ Res Public Health 2022;19:3697. healthequal 1.0.1 <c>aci()</c> (WHO).</remarks>
    public static SummaryMeasureEstimate AbsoluteConcentrationIndex(ReadOnlySpan<OrderedSubgroupEstimate> subgroups, SummaryMeasureSettings settings) =>
        Compute(SummaryMeasure.AbsoluteConcentrationIndex, subgroups, settings);

    /// <summary>
    /// The relative concentration index (relative, weighted): as <see cref="AbsoluteConcentrationIndex"/> with the
    /// response 2σ²·yⱼ/μ, μ = Σ pⱼyⱼ; with <see cref="ConcentrationIndexMethod.Wagstaff"/> the response is further
    /// divided by 1 − μ, with <see cref="ConcentrationIndexMethod.Erreygers"/> multiplied by 4μ (both need the
    /// bounds; μ is then the mean of the rescaled estimates). se and limits as for the absolute index. Between −1 and 1;
    /// 0 means no inequality. Not available (<see cref="Intervals.EstimateStatus.ZeroDenominator"/>) when μ = 0, or
    /// μ = 1 with Wagstaff's normalisation.
    /// </summary>
    /// <param name="subgroups">At least 3 subgroups with distinct orders, populations on all or none.</param>
    /// <param name="settings">Bounds and method (optional) and confidence level.</param>
    /// <returns>The relative concentration index.</returns>
    /// <remarks>Kakwani N, Wagstaff A, van Doorslaer E. J Econometrics 1997;77:87–103. Wagstaff A. Health Econ 2005;14:429–432. Erreygers G. J Health Econ 2009;28:504–515. healthequal 1.0.1 <c>rci()</c> (WHO).</remarks>
    public static SummaryMeasureEstimate RelativeConcentrationIndex(ReadOnlySpan<OrderedSubgroupEstimate> subgroups, SummaryMeasureSettings settings) =>
        Compute(SummaryMeasure.RelativeConcentrationIndex, subgroups, settings);

    /// <summary>
    /// The slope index of inequality (absolute, weighted): the difference between the predictions at rank 1 and
    /// rank 0 of a regression of the estimate on the relative rank. Populations are rounded up to whole numbers (1
    /// each when absent) and ranks computed from them; the estimate is divided by healthequal's scale (the smallest of
    /// 1, 100, 1000, 10⁴, 10⁵ that is ≥ the largest estimate, else 10⁶ — not
    /// <see cref="SummaryMeasureSettings.Scale"/>: a rate per 1,000 below 100 is modelled as a percentage, as in
    /// healthequal). <see cref="SlopeIndexModel.Logistic"/> (default): counts yⱼ = round(estimateⱼ/scale·popⱼ) of
    /// popⱼ are fitted by a quasibinomial logit model with prior weights popⱼ (an IRLS weight popⱼ²·μ(1 − μ)), iterated
    /// as R's <c>glm.fit</c>; sii = (expit(b0 + b1) − expit(b0))·scale. <see cref="SlopeIndexModel.Linear"/>: weighted
    /// least squares of estimate/scale on rank with weights popⱼ; sii = b1·scale. se: delta method with the HC1
    /// sandwich covariance of (b0, b1), on the model's scale (<b>not</b> multiplied by the scale, as healthequal
    /// reports it); limits (sii/scale ∓ z·se)·scale. 0 means no inequality; positive = higher values among the
    /// advantaged. Logistic: estimates must be ≥ 0; not available (<see cref="Intervals.EstimateStatus.Undefined"/>)
    /// when every count is 0 or every count equals its population, an estimate exceeds 10⁶, or the iteration does not
    /// converge in 25 steps. healthequal refuses settings whose estimates are all equal; here the model is fitted
    /// (giving 0 when the counts are proportional to the populations).
    /// </summary>
    /// <param name="subgroups">At least 3 subgroups with distinct orders, populations on all or none.</param>
    /// <param name="settings">Slope-index model and confidence level.</param>
    /// <returns>The slope index of inequality.</returns>
    /// <remarks>Mackenbach JP, Kunst AE. Soc Sci Med 1997;44:757–771. White H. Econometrica 1980;48:817–838 (sandwich). Schlotheuber A, Hosseinpoor AR. Int J Environ Res Public Health 2022;19:3697. healthequal 1.0.1 <c>sii()</c> (WHO).</remarks>
    public static SummaryMeasureEstimate SlopeIndexOfInequality(ReadOnlySpan<OrderedSubgroupEstimate> subgroups, SummaryMeasureSettings settings) =>
        Compute(SummaryMeasure.SlopeIndexOfInequality, subgroups, settings);

    /// <summary>
    /// The relative index of inequality (relative, weighted): the ratio of the predictions at rank 1 and rank 0 of
    /// the same regression as <see cref="SlopeIndexOfInequality"/> — logistic: expit(b0 + b1)/expit(b0); linear:
    /// (b0 + b1)/b0. se: delta method for ln rii with the HC1 sandwich (log scale); limits exp(ln rii ∓ z·se). 1 means
    /// no inequality. Not available (<see cref="Intervals.EstimateStatus.Undefined"/>) as for the slope index, and
    /// for the linear model when a prediction at rank 0 or 1 is ≤ 0.
    /// </summary>
    /// <param name="subgroups">At least 3 subgroups with distinct orders, populations on all or none.</param>
    /// <param name="settings">Slope-index model and confidence level.</param>
    /// <returns>The relative index of inequality.</returns>
    /// <remarks>Mackenbach JP, Kunst AE. Soc Sci Med 1997;44:757–771. Schlotheuber A, Hosseinpoor AR. Int J Environ Res Public Health 2022;19:3697. healthequal 1.0.1 <c>rii()</c> (WHO).</remarks>
    public static SummaryMeasureEstimate RelativeIndexOfInequality(ReadOnlySpan<OrderedSubgroupEstimate> subgroups, SummaryMeasureSettings settings) =>
        Compute(SummaryMeasure.RelativeIndexOfInequality, subgroups, settings);

    /// <summary>
    /// The population attributable fraction paf = 100·(y_ref − μ)/μ (relative, weighted) with the reference the
    /// subgroup of the highest order (most advantaged), μ the population-weighted mean or, when no subgroup has a
    /// population, <see cref="SummaryMeasureSettings.SettingAverage"/> (then no limits). Set to 0 when the reference
    /// is worse than μ (below it for a favourable indicator, above for an adverse one). Limits with populations and
    /// <see cref="SummaryMeasureSettings.Scale"/> as for <see cref="NonOrderedSummaryMeasures.PopulationAttributableFraction"/>
    /// (se on a fraction scale, limits centred on the value before zeroing). 0 means no inequality.
    /// </summary>
    /// <param name="subgroups">At least 2 subgroups with distinct orders, populations on all or none.</param>
    /// <param name="settings">Polarity (required), scale (for limits), setting average (without populations).</param>
    /// <returns>The population attributable fraction.</returns>
    /// <remarks>Walter SD. Biometrics 1976;32:829–849. healthequal 1.0.1 <c>paf()</c> (WHO).</remarks>
    public static SummaryMeasureEstimate PopulationAttributableFraction(ReadOnlySpan<OrderedSubgroupEstimate> subgroups, SummaryMeasureSettings settings) =>
        Compute(SummaryMeasure.PopulationAttributableFraction, subgroups, settings);

    /// <summary>
    /// The population attributable risk par = y_ref − μ (absolute, weighted), reference and μ as for
    /// <see cref="PopulationAttributableFraction"/>, zeroed likewise; se = |μ|·se_paf, limits par ∓ z·se (with
    /// populations and a scale). 0 means no inequality.
    /// </summary>
    /// <param name="subgroups">At least 2 subgroups with distinct orders, populations on all or none.</param>
    /// <param name="settings">Polarity (required), scale (for limits), setting average (without populations).</param>
    /// <returns>The population attributable risk.</returns>
    /// <remarks>Walter SD. Biometrics 1976;32:829–849. healthequal 1.0.1 <c>parisk()</c> (WHO).</remarks>
    public static SummaryMeasureEstimate PopulationAttributableRisk(ReadOnlySpan<OrderedSubgroupEstimate> subgroups, SummaryMeasureSettings settings) =>
        Compute(SummaryMeasure.PopulationAttributableRisk, subgroups, settings);
}
