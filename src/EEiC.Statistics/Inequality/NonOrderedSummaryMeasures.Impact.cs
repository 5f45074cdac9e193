using EEiC.Indicators;

namespace EEiC.Statistics.Inequality;

// Impact measures: population attributable fraction (paf) and risk (par), non-ordered.
public static partial class NonOrderedSummaryMeasures
{
    /// <summary>
    /// The population attributable fraction paf = 100·(y_ref − μ)/μ (relative, weighted), the reference being the
    /// best subgroup (highest estimate if favourable, lowest if adverse; <see cref="SummaryMeasureSettings.ReferenceSubgroup"/>
    /// is not used, as in healthequal) and μ the population-weighted mean, or the setting average when no subgroup has
    /// a population. Set to 0 when the reference is worse than μ. Confidence limits (only with populations and
    /// <see cref="SummaryMeasureSettings.Scale"/>): with c = y_ref/scale·pop_ref, d = pop_ref − c,
    /// a = μ/scale·Σpop − c, b = Σpop − a − pop_ref, N = a + b + c + d,
    /// se = √(c·N·(a·d·(N − c) + b·c²) / ((a + c)³(c + d)³)) on a fraction scale, and limits paf ∓ z·se — healthequal's
    /// mixture of a percentage with a fraction-scale se, reproduced; the limits are centred on the value before
    /// the zeroing. 0 means no inequality.
    /// </summary>
    /// <param name="subgroups">At least 3 subgroups, with populations on all or none.</param>
    /// <param name="settings">Polarity (required), scale (for limits), setting average (when no populations).</param>
    /// <returns>The population attributable fraction.</returns>
    /// <remarks>Walter SD. The estimation and interpretation of attributable risk in health research. Biometrics 1976;32:829–849. healthequal 1.0.1 <c>paf()</c> (WHO).</remarks>
    public static SummaryMeasureEstimate PopulationAttributableFraction(ReadOnlySpan<SubgroupEstimate> subgroups, SummaryMeasureSettings settings) =>
        Compute(SummaryMeasure.PopulationAttributableFraction, subgroups, settings);

    /// <summary>
    /// The population attributable risk par = y_ref − μ (absolute, weighted), reference and μ as for
    /// <see cref="PopulationAttributableFraction"/>, set to 0 when the reference is worse than μ. se = |μ|·se_paf
    /// (healthequal derives it from the paf limits), limits par ∓ z·se (only with populations and a scale). 0 means
    /// no inequality.
    /// </summary>
    /// <param name="subgroups">At least 3 subgroups, with populations on all or none.</param>
    /// <param name="settings">Polarity (required), scale (for limits), setting average (when no populations).</param>
    /// <returns>The population attributable risk.</returns>
    /// <remarks>Walter SD. Biometrics 1976;32:829–849. healthequal 1.0.1 <c>parisk()</c> (WHO).</remarks>
    public static SummaryMeasureEstimate PopulationAttributableRisk(ReadOnlySpan<SubgroupEstimate> subgroups, SummaryMeasureSettings settings) =>
        Compute(SummaryMeasure.PopulationAttributableRisk, subgroups, settings);

    private static SummaryMeasureEstimate AttributableCore(ReadOnlySpan<SubgroupEstimate> g, SummaryMeasureSettings settings, bool fraction)
    {
        var favourable = settings.Polarity == IndicatorPolarity.HigherIsBetter;
        var reference = Extreme(g, favourable);
        var withPopulation = g[0].Population is not null;
        var total = 0.0;
        var mean = withPopulation ? WeightedMean(g, out total) : settings.SettingAverage!.Value;
        return SummaryMeasureCore.Attributable(fraction, favourable, g[reference].Estimate, mean,
            withPopulation ? g[reference].Population : null, total, settings.Scale, settings.Level);
    }
}
