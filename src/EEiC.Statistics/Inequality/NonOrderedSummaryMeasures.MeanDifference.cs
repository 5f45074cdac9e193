using EEiC.Statistics.Intervals;

namespace EEiC.Statistics.Inequality;

// Mean difference measures (mdmu, mdmw, mdbu, mdbw, mdru, mdrw) and the index of disparity (idisu, idisw).
// healthequal gives these bootstrap limits only (NonOrderedSummaryMeasures.Bootstrap.cs).
public static partial class NonOrderedSummaryMeasures
{
    /// <summary>
    /// Mean difference from the mean, unweighted: mdmu = Σ|yⱼ − m|/n (absolute), m =
    /// <see cref="SummaryMeasureSettings.SettingAverage"/> when given, else the population-weighted mean. 95% bootstrap
    /// limits; their replicates use the simulated population-weighted mean whenever populations are given (even with a
    /// setting average, as healthequal does), else the setting average. 0 means no inequality.
    /// </summary>
    /// <param name="subgroups">At least 3 subgroups (with populations, unless a setting average is given).</param>
    /// <param name="settings">Setting average (optional); scale and bootstrap replicates and seed.</param>
    /// <returns>The mean difference.</returns>
    /// <remarks>Pearcy JN, Keppel KG. A summary measure of health disparity. Public Health Rep 2002;117:273–280. healthequal 1.0.1 <c>mdmu()</c> (WHO).</remarks>
    public static SummaryMeasureEstimate MeanDifferenceFromMeanUnweighted(ReadOnlySpan<SubgroupEstimate> subgroups, SummaryMeasureSettings settings) =>
        Compute(SummaryMeasure.MeanDifferenceFromMeanUnweighted, subgroups, settings);

    /// <summary>Mean difference from the mean, weighted: mdmw = Σ pⱼ|yⱼ − μ| (absolute). 95% bootstrap limits (simulated μ). 0 means no inequality.</summary>
    /// <param name="subgroups">At least 3 subgroups, each with a population.</param>
    /// <param name="settings">Scale and bootstrap replicates and seed.</param>
    /// <returns>The mean difference.</returns>
    /// <remarks>Pearcy JN, Keppel KG. Public Health Rep 2002;117:273–280. healthequal 1.0.1 <c>mdmw()</c> (WHO).</remarks>
    public static SummaryMeasureEstimate MeanDifferenceFromMeanWeighted(ReadOnlySpan<SubgroupEstimate> subgroups, SummaryMeasureSettings settings) =>
        Compute(SummaryMeasure.MeanDifferenceFromMeanWeighted, subgroups, settings);

    /// <summary>
    /// Mean difference from the best subgroup, unweighted: mdbu = Σ|yⱼ − y_best|/n (absolute), best = the highest
    /// estimate for a favourable indicator, the lowest for an adverse one. 95% bootstrap limits (the best simulated value per
    /// replicate).
    /// </summary>
    /// <param name="subgroups">At least 3 subgroups.</param>
    /// <param name="settings">Polarity (required); scale and bootstrap replicates and seed.</param>
    /// <returns>The mean difference.</returns>
    /// <remarks>Pearcy JN, Keppel KG. Public Health Rep 2002;117:273–280. healthequal 1.0.1 <c>mdbu()</c> (WHO).</remarks>
    public static SummaryMeasureEstimate MeanDifferenceFromBestUnweighted(ReadOnlySpan<SubgroupEstimate> subgroups, SummaryMeasureSettings settings) =>
        Compute(SummaryMeasure.MeanDifferenceFromBestUnweighted, subgroups, settings);

    /// <summary>Mean difference from the best subgroup, weighted: mdbw = Σ pⱼ|yⱼ − y_best| (absolute). 95% bootstrap limits (the best simulated value per replicate).</summary>
    /// <param name="subgroups">At least 3 subgroups, each with a population.</param>
    /// <param name="settings">Polarity (required); scale and bootstrap replicates and seed.</param>
    /// <returns>The mean difference.</returns>
    /// <remarks>Pearcy JN, Keppel KG. Public Health Rep 2002;117:273–280. healthequal 1.0.1 <c>mdbw()</c> (WHO).</remarks>
    public static SummaryMeasureEstimate MeanDifferenceFromBestWeighted(ReadOnlySpan<SubgroupEstimate> subgroups, SummaryMeasureSettings settings) =>
        Compute(SummaryMeasure.MeanDifferenceFromBestWeighted, subgroups, settings);

    /// <summary>Mean difference from the reference subgroup, unweighted: mdru = Σ|yⱼ − y_ref|/n (absolute). 95% bootstrap limits (the reference subgroup's simulated value per replicate).</summary>
    /// <param name="subgroups">At least 3 subgroups.</param>
    /// <param name="settings">Reference subgroup (required); scale and bootstrap replicates and seed.</param>
    /// <returns>The mean difference.</returns>
    /// <remarks>Pearcy JN, Keppel KG. Public Health Rep 2002;117:273–280. healthequal 1.0.1 <c>mdru()</c> (WHO).</remarks>
    public static SummaryMeasureEstimate MeanDifferenceFromReferenceUnweighted(ReadOnlySpan<SubgroupEstimate> subgroups, SummaryMeasureSettings settings) =>
        Compute(SummaryMeasure.MeanDifferenceFromReferenceUnweighted, subgroups, settings);

    /// <summary>Mean difference from the reference subgroup, weighted: mdrw = Σ pⱼ|yⱼ − y_ref| (absolute). 95% bootstrap limits (the reference subgroup's simulated value per replicate).</summary>
    /// <param name="subgroups">At least 3 subgroups, each with a population.</param>
    /// <param name="settings">Reference subgroup (required); scale and bootstrap replicates and seed.</param>
    /// <returns>The mean difference.</returns>
    /// <remarks>Pearcy JN, Keppel KG. Public Health Rep 2002;117:273–280. healthequal 1.0.1 <c>mdrw()</c> (WHO).</remarks>
    public static SummaryMeasureEstimate MeanDifferenceFromReferenceWeighted(ReadOnlySpan<SubgroupEstimate> subgroups, SummaryMeasureSettings settings) =>
        Compute(SummaryMeasure.MeanDifferenceFromReferenceWeighted, subgroups, settings);

    /// <summary>
    /// Index of disparity, unweighted: idisu = 100/n · Σ|yⱼ − m|/m (relative), m as for
    /// <see cref="MeanDifferenceFromMeanUnweighted"/>. 95% bootstrap limits, m per replicate as for
    /// <see cref="MeanDifferenceFromMeanUnweighted"/>; not available when m = 0.
    /// </summary>
    /// <param name="subgroups">At least 3 subgroups (with populations, unless a setting average is given).</param>
    /// <param name="settings">Setting average (optional); scale and bootstrap replicates and seed.</param>
    /// <returns>The index of disparity.</returns>
    /// <remarks>Pearcy JN, Keppel KG. Public Health Rep 2002;117:273–280. healthequal 1.0.1 <c>idisu()</c> (WHO).</remarks>
    public static SummaryMeasureEstimate IndexOfDisparityUnweighted(ReadOnlySpan<SubgroupEstimate> subgroups, SummaryMeasureSettings settings) =>
        Compute(SummaryMeasure.IndexOfDisparityUnweighted, subgroups, settings);

    /// <summary>Index of disparity, weighted: idisw = 100 · Σ pⱼ|yⱼ − μ|/μ (relative). 95% bootstrap limits that keep
    /// the original μ in every replicate (as healthequal does); not available when μ = 0.</summary>
    /// <param name="subgroups">At least 3 subgroups, each with a population.</param>
    /// <param name="settings">Scale and bootstrap replicates and seed.</param>
    /// <returns>The index of disparity.</returns>
    /// <remarks>Pearcy JN, Keppel KG. Public Health Rep 2002;117:273–280. healthequal 1.0.1 <c>idisw()</c> (WHO).</remarks>
    public static SummaryMeasureEstimate IndexOfDisparityWeighted(ReadOnlySpan<SubgroupEstimate> subgroups, SummaryMeasureSettings settings) =>
        Compute(SummaryMeasure.IndexOfDisparityWeighted, subgroups, settings);

    private static SummaryMeasureEstimate MeanDifferenceFromMeanCore(ReadOnlySpan<SubgroupEstimate> g, SummaryMeasureSettings settings, bool weighted, bool relative)
    {
        var measure = (weighted, relative) switch
        {
            (false, false) => SummaryMeasure.MeanDifferenceFromMeanUnweighted,
            (true, false) => SummaryMeasure.MeanDifferenceFromMeanWeighted,
            (false, true) => SummaryMeasure.IndexOfDisparityUnweighted,
            _ => SummaryMeasure.IndexOfDisparityWeighted,
        };
        double mean, total = 0;
        if (weighted || settings.SettingAverage is null)
        {
            mean = WeightedMean(g, out total);
        }
        else
        {
            mean = settings.SettingAverage.Value;
        }

        var sum = 0.0;
        for (var i = 0; i < g.Length; i++)
        {
            var dev = Math.Abs(g[i].Estimate - mean);
            sum += weighted ? g[i].Population!.Value / total * dev : dev;
        }

        if (!relative)
        {
            return PointOnly(measure, weighted ? sum : sum / g.Length, settings.Level);
        }

        if (mean == 0)
        {
            return NotAvailable(measure, EstimateStatus.ZeroDenominator, settings.Level);
        }

        return PointOnly(measure, weighted ? 100 * sum / mean : 100.0 / g.Length * (sum / mean), settings.Level);
    }

    private static SummaryMeasureEstimate MeanDifferenceFromPointCore(ReadOnlySpan<SubgroupEstimate> g, SummaryMeasureSettings settings, int point, bool weighted, SummaryMeasure measure)
    {
        var target = g[point].Estimate;
        var total = 0.0;
        if (weighted)
        {
            for (var i = 0; i < g.Length; i++)
            {
                total += g[i].Population!.Value;
            }
        }

        var sum = 0.0;
        for (var i = 0; i < g.Length; i++)
        {
            var dev = Math.Abs(g[i].Estimate - target);
            sum += weighted ? g[i].Population!.Value / total * dev : dev;
        }

        return PointOnly(measure, weighted ? sum : sum / g.Length, settings.Level);
    }
}
