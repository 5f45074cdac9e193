using EEiC.Indicators;
using EEiC.Statistics.Intervals;

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
        var measure = fraction ? SummaryMeasure.PopulationAttributableFraction : SummaryMeasure.PopulationAttributableRisk;
        var favourable = settings.Polarity == IndicatorPolarity.HigherIsBetter;
        var reference = Extreme(g, favourable);
        var withPopulation = g[0].Population is not null;
        var total = 0.0;
        var mean = withPopulation ? WeightedMean(g, out total) : settings.SettingAverage!.Value;
        var yRef = g[reference].Estimate;
        if (fraction && mean == 0)
        {
            return NotAvailable(measure, EstimateStatus.ZeroDenominator, settings.Level);
        }

        var raw = fraction ? 100 * (yRef - mean) / mean : yRef - mean;
        var gap = yRef - mean;
        var estimate = (favourable && gap < 0) || (!favourable && gap > 0) ? 0 : raw;
        if (!withPopulation || settings.Scale is not { } scale)
        {
            return PointOnly(measure, estimate, settings.Level);
        }

        var popRef = g[reference].Population!.Value;
        var c = yRef / scale * popRef;
        var d = popRef - c;
        var a = mean / scale * total - c;
        var b = total - a - popRef;
        var n = a + b + c + d;
        var sePaf = Math.Sqrt(c * n * (a * d * (n - c) + b * c * c) / (Math.Pow(a + c, 3) * Math.Pow(c + d, 3)));
        var z = settings.Level.Z;
        if (fraction)
        {
            return new SummaryMeasureEstimate(measure, EstimateStatus.Ok, estimate, sePaf, raw - z * sePaf, raw + z * sePaf, settings.Level);
        }

        var z95 = ConfidenceLevel.Percent95.Z;
        var pafRaw = 100 * (yRef - mean) / mean;
        var se = Math.Abs(mean * ((pafRaw + z95 * sePaf) - (pafRaw - z95 * sePaf))) / (2 * z95);
        return new SummaryMeasureEstimate(measure, EstimateStatus.Ok, estimate, se, raw - z * se, raw + z * se, settings.Level);
    }
}
