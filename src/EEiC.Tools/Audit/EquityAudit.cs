using EEiC.Datasets;
using EEiC.Ethnicity;
using EEiC.Indicators;
using EEiC.Statistics.Comparison;
using EEiC.Statistics.DataQuality;
using EEiC.Statistics.GroupComparison;
using EEiC.Statistics.Inequality;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Need;
using EEiC.Statistics.Rates;
using EEiC.Statistics.Sensitivity;
using EEiC.Statistics.Standardisation;
using EEiC.Statistics.Validation;

namespace EEiC.Tools.Audit;

/// <summary>
/// The equity audit: one call takes a service's activity or outcomes by ethnic group (a <see cref="StratifiedDataset"/>,
/// optionally by age band, area and period) and an indicator, and returns what a commissioner can act on and an analyst can
/// trust (<see cref="EquityAuditResult"/>): the quality of ethnicity recording, estimates and gaps by group (age-standardised
/// where the rows have age bands), summary measures of inequality, expected versus observed activity, the sensitivity of the
/// gaps to missing ethnicity, their trend, the areas that stand out, findings with actions from the <c>equity-audit</c>
/// tool, and the disclosure control applied.
/// </summary>
/// <remarks>
/// <para><b>Source.</b> The EEiC briefing recommends equity audits to give an in-depth picture of access and outcomes across
/// ethnic groups and to scrutinise services (Better Health Briefing 28, EEiC seed 001, lines 188-190 and 239), and using poor
/// ethnicity data with caveats rather than not at all (line 249, Aspinall and Jacobson 2007); the early-booking case study's
/// equity audit presented late booking by ethnic group and by area (NIHR report, EEiC seed 002, line 1598).</para>
/// <para><b>Methods.</b> Every statistic comes from EEiC.Statistics: data quality <see cref="EthnicityDataQuality"/>;
/// proportions <see cref="Proportions"/> (Wilson), rates <see cref="CrudeRates"/>; directly standardised estimates
/// <see cref="DirectStandardisation"/> (Dobson; for proportions the same weighted sum of band proportions with Dobson's
/// Poisson-based limits, which are conservative for large proportions, truncated at 100%); comparisons <see cref="ReferenceGroupComparison"/>
/// with the adjustment of the options; the benchmark <see cref="BenchmarkComparer"/>; summary measures
/// <see cref="NonOrderedSummaryMeasures"/> (difference and ratio between the highest and lowest group, between-group
/// variance, Theil index, mean log deviation and weighted index of disparity, point estimates with analytic limits where
/// they have them); <see cref="ExpectedVersusObserved"/> and <see cref="RepresentationRatios"/>;
/// <see cref="MissingEthnicitySensitivity"/>, <see cref="GapTrend"/> (crude estimates by period), <see cref="FunnelPlot"/>
/// (crude values by area) and <see cref="EEiC.Statistics.Disclosure.SmallNumberSuppression"/>.</para>
/// <para><b>Missing ethnicity.</b> Rows whose category is "not stated" or "not known" are left out of the group estimates,
/// comparisons, summary measures and trends, but counted in the data quality, re-allocated in the sensitivity analysis, and
/// included in the overall value (the default benchmark) and in each area's value; the result says how many records and
/// events they hold.</para>
/// <para><b>Order and determinism.</b> Groups come in the classification's order, age bands in the standard's, areas and
/// periods sorted as text (label periods so that text order is time order, for example 2022/23, 2023/24), whatever the order
/// of the rows; the run is pure and deterministic apart from the progress reports.</para>
/// <para><b>Cost.</b> The rows are read twice: once by <see cref="StratifiedDataset.Validate"/> and once to sum them by group,
/// age band, area and period; every later stage works on the sums.</para>
/// </remarks>
public static class EquityAudit
{
    /// <summary>The identifier of the built-in tool whose rules give the audit's findings and actions.</summary>
    public const string ToolId = "equity-audit";

    private static readonly int StageCount = Enum.GetValues<EquityAuditStage>().Length;

    private static readonly SummaryMeasure[] Measures =
    [
        SummaryMeasure.Difference, SummaryMeasure.Ratio, SummaryMeasure.BetweenGroupVariance,
        SummaryMeasure.TheilIndex, SummaryMeasure.MeanLogDeviation, SummaryMeasure.IndexOfDisparityWeighted,
    ];

    /// <summary>Runs the equity audit of one indicator over a dataset by ethnic group.</summary>
    /// <param name="dataset">A <see cref="DatasetMeasure.Proportion"/> or <see cref="DatasetMeasure.Rate"/> dataset whose group column holds ethnic categories (missing-ethnicity codes included), at least two groups with known ethnicity; optionally with age bands (on every row), areas and periods. Sex and deprivation quantile strata are summed over.</param>
    /// <param name="indicator">The indicator the counts measure: a proportion (for a proportion dataset) or a crude or directly standardised rate (for a rate dataset); its multiplier scales every estimate and its polarity judges the benchmark comparisons.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="EquityAuditOptions.Default"/>.</param>
    /// <param name="progress">Receives one report per stage, in the order of <see cref="EquityAuditStage"/>, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Checked before every stage and every 65,536 rows while the rows are summed.</param>
    /// <returns>The audit, as published (see <see cref="EquityAuditResult"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="indicator"/> is null.</exception>
    /// <exception cref="StatisticsInputException">The dataset, indicator or options break a rule: every problem is listed, each naming the argument (for example <c>dataset.numerator</c> or <c>options.ReferenceGroup</c>), the value, the rule and, for rows, the 0-based row index.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <remarks>See <see cref="EquityAudit"/> for the sources and methods.</remarks>
    public static EquityAuditResult Run(
        StratifiedDataset dataset,
        IndicatorDefinition indicator,
        EquityAuditOptions? options = null,
        IProgress<EquityAuditProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(indicator);
        options ??= EquityAuditOptions.Default;
        var done = 0;
        void Report(EquityAuditStage stage, string message)
        {
            done++;
            progress?.Report(new EquityAuditProgress(stage, done, StageCount, message));
        }

        cancellationToken.ThrowIfCancellationRequested();
        AuditValidation.Check(dataset, indicator, options);
        Report(EquityAuditStage.Validation, $"{AuditText.Count(dataset.Rows.Count)} rows, the indicator and the options checked");

        cancellationToken.ThrowIfCancellationRequested();
        var problems = new AuditProblems();
        // From here on options.Standard is never null: the default is resolved once from the rows.
        options = options with { Standard = options.Standard ?? AuditStandard.Resolve(dataset) };
        var data = AuditData.Aggregate(dataset, options.Standard, problems, cancellationToken);
        problems.ThrowIfAny();
        var work = new AuditWork(dataset, indicator, options, data);
        AuditValidation.CheckAggregated(work);
        Report(EquityAuditStage.Aggregation,
            $"{AuditText.Count(dataset.Rows.Count)} rows summed into {data.Categories.Length} categories ({data.Known.Length} groups with known ethnicity), "
            + $"{data.BandStandardIndex.Length} age bands, {data.Areas.Length} areas and {data.Periods.Length} periods");

        cancellationToken.ThrowIfCancellationRequested();
        DataQuality(work);
        Report(EquityAuditStage.DataQuality, $"ethnicity recording: {work.Quality.Verdict}, completeness {AuditText.Interval(work.Quality.Completeness)}");

        cancellationToken.ThrowIfCancellationRequested();
        Estimates(work);
        Report(EquityAuditStage.Estimates, work.Basis == EstimateBasis.DirectlyStandardised
            ? $"crude and directly standardised estimates of {data.Known.Length} groups ({work.Standard!.Name})"
            : $"crude estimates of {data.Known.Length} groups" + (work.StandardisationNote is null ? string.Empty : $"; not standardised: {work.StandardisationNote}"));

        cancellationToken.ThrowIfCancellationRequested();
        Comparisons(work);
        Report(EquityAuditStage.Comparisons,
            $"{data.Known.Length - 1} groups compared with {work.ReferenceCategory.Label} ({work.ReferenceCategory.Code}) and with the benchmark {AuditText.Number(work.Benchmark)}; {work.Significant.Count(s => s)} significant gaps");

        cancellationToken.ThrowIfCancellationRequested();
        SummaryMeasures(work);
        Report(EquityAuditStage.SummaryMeasures, $"{work.Summary.Count} summary measures of inequality");

        cancellationToken.ThrowIfCancellationRequested();
        Need(work);
        Report(EquityAuditStage.ExpectedVersusObserved, options.ReferenceRates is null
            ? "representation against the denominators (no reference rates given, so no expected activity)"
            : "expected versus observed activity from the reference rates, and representation against the expected activity");

        cancellationToken.ThrowIfCancellationRequested();
        Sensitivity(work);
        Report(EquityAuditStage.Sensitivity,
            $"{AuditText.Number(work.UnknownX)} events and {AuditText.Number(work.UnknownN)} denominators with missing ethnicity re-allocated in {work.SensitivityBounds.Scenarios.Count} scenarios");

        cancellationToken.ThrowIfCancellationRequested();
        Trends(work);
        Report(EquityAuditStage.Trends, data.Periods.Length < 2
            ? "skipped: the rows have fewer than two periods"
            : $"the gap of {work.Trends.Count} groups over {data.Periods.Length} periods");

        cancellationToken.ThrowIfCancellationRequested();
        Areas(work);
        Report(EquityAuditStage.Areas, work.Funnel is null
            ? (work.AreasNote ?? "skipped: the rows have fewer than two areas")
            : $"{data.Areas.Length} areas on a funnel plot; {work.FunnelPoints.Count(IsOutside998)} outside the 99.8% limits");

        cancellationToken.ThrowIfCancellationRequested();
        var published = AuditPublisher.Publish(work);
        Report(EquityAuditStage.Disclosure, $"{options.Disclosure.Name}: {published.Disclosure.SuppressedCounts} counts suppressed, estimates of {published.Disclosure.WithheldGroups.Count} groups withheld");

        cancellationToken.ThrowIfCancellationRequested();
        var result = AuditFindings.Complete(work, published);
        Report(EquityAuditStage.Findings, $"{result.Findings.Count} finding(s) and {result.Actions.Count} recommended action(s)");
        return result;
    }

    internal static bool IsOutside95(FunnelPoint point) =>
        point.Significance is FunnelSignificance.High95 or FunnelSignificance.High99Point8 or FunnelSignificance.Low95 or FunnelSignificance.Low99Point8;

    internal static bool IsOutside998(FunnelPoint point) =>
        point.Significance is FunnelSignificance.High99Point8 or FunnelSignificance.Low99Point8;

    private static void DataQuality(AuditWork work)
    {
        var data = work.Data;
        var counts = new EthnicCategoryCount[data.Categories.Length];
        for (var c = 0; c < counts.Length; c++)
        {
            counts[c] = new EthnicCategoryCount(data.Categories[c], (long)Math.Round(work.Records(c), MidpointRounding.AwayFromZero));
        }

        work.Quality = EthnicityDataQuality.Assess(counts, work.Options.DataQuality with { Level = work.Levels[0] });
    }

    private static void Estimates(AuditWork work)
    {
        var data = work.Data;
        var levels = work.Levels;
        foreach (var c in data.Known)
        {
            double x = data.TotalX(c), n = data.TotalN(c);
            work.Crude[c] = [.. work.Proportion ? Proportions.Wilson(x, n, levels, work.Multiplier) : CrudeRates.Estimate(x, n, levels, work.Multiplier)];
        }

        if (data.HasBands)
        {
            work.Standard = RestrictedStandard(work.Options.Standard!, data.BandStandardIndex);
            var gaps = new List<string>();
            foreach (var c in data.Known)
            {
                var empty = Enumerable.Range(0, data.BandSlots).Where(b => !(data.N[(c * data.BandSlots) + b] > 0)).Select(b => work.Standard.Bands[b]).ToArray();
                if (empty.Length > 0)
                {
                    gaps.Add($"{data.Categories[c].Label} ({data.Categories[c].Code}) has no population in age band(s) {string.Join(", ", empty)}");
                }
            }

            if (gaps.Count > 0)
            {
                work.StandardisationNote = "direct standardisation needs a population in every age band of every group: " + string.Join("; ", gaps);
                work.Standard = null;
            }
            else
            {
                work.Basis = EstimateBasis.DirectlyStandardised;
                var rates = DirectStandardisation.Rates(work.BandedDataset(), work.Standard, levels, work.Multiplier);
                var proportion = work.Dataset.Measure == DatasetMeasure.Proportion;
                for (var k = 0; k < data.Known.Length; k++)
                {
                    work.Standardised[data.Known[k]] = [.. rates[k].Estimates.Select(e => proportion ? WithinProportionRange(e, work.Multiplier) : e)];
                }
            }
        }

        work.Benchmark = work.Options.Benchmark ?? OverallValue(work);
    }

    /// <summary>
    /// Dobson's limits rest on Poisson counts, so for a small group's standardised proportion the upper limit can pass
    /// 100%; a proportion cannot, so the limits are truncated to [0, multiplier] (the estimate itself always lies within).
    /// </summary>
    private static IntervalEstimate WithinProportionRange(IntervalEstimate estimate, double multiplier) =>
        estimate is { HasValue: true, Upper: { } upper } && upper > multiplier
            ? new IntervalEstimate(estimate.Value!.Value, Math.Max(0, estimate.Lower!.Value), multiplier, estimate.Level, estimate.Method, estimate.Status)
            : estimate;

    /// <summary>The standard restricted to the bands present (the standard itself when every band is present).</summary>
    private static StandardPopulation RestrictedStandard(StandardPopulation standard, int[] bands)
    {
        if (bands.Length == standard.BandCount)
        {
            return standard;
        }

        return new StandardPopulation(
            $"{standard.Name}, the {bands.Length} bands present ({standard.Bands[bands[0]]} to {standard.Bands[bands[^1]]})",
            [.. bands.Select(b => standard.Bands[b])],
            [.. bands.Select(b => standard.Weights[b])]);
    }

    /// <summary>The value of all rows together (missing ethnicity included), on the audit's basis.</summary>
    private static double OverallValue(AuditWork work)
    {
        var data = work.Data;
        var slots = data.BandSlots;
        var x = new double[slots];
        var n = new double[slots];
        for (var c = 0; c < data.Categories.Length; c++)
        {
            for (var b = 0; b < slots; b++)
            {
                x[b] += data.X[(c * slots) + b];
                n[b] += data.N[(c * slots) + b];
            }
        }

        if (work.Basis == EstimateBasis.DirectlyStandardised)
        {
            var (rate, _) = Dobson(x, n, work.Standard!, work.Multiplier);
            return rate;
        }

        return x.Sum() / n.Sum() * work.Multiplier;
    }

    /// <summary>A directly standardised rate and its Dobson variance, both on the multiplier's scale (DirectStandardisation's sums).</summary>
    internal static (double Rate, double Variance) Dobson(ReadOnlySpan<double> x, ReadOnlySpan<double> n, StandardPopulation standard, double multiplier)
    {
        double weighted = 0, squared = 0;
        for (var b = 0; b < x.Length; b++)
        {
            var w = standard.Weights[b] / n[b];
            weighted += x[b] * w;
            squared += x[b] * w * w;
        }

        var total = standard.Total;
        return (weighted / total * multiplier, squared / (total * total) * multiplier * multiplier);
    }

    private static void Comparisons(AuditWork work)
    {
        var data = work.Data;
        var options = new ComparisonOptions { ReferenceGroup = work.ReferenceCategory.Code, Adjustment = work.Options.Adjustment };
        var crude = work.Proportion
            ? ReferenceGroupComparison.CompareProportions(work.CrudeDataset(), work.Levels, options, work.Multiplier)
            : ReferenceGroupComparison.CompareRates(work.CrudeDataset(), work.Levels, options, work.Multiplier);
        var standardised = work.Basis == EstimateBasis.DirectlyStandardised
            ? ReferenceGroupComparison.CompareStandardisedRates(work.BandedDataset(), work.Standard!, work.Levels, options, work.Multiplier)
            : null;
        var alpha = 1 - work.Levels[0].Value;
        for (var k = 0; k < data.Known.Length; k++)
        {
            var c = data.Known[k];
            work.CrudeComparison[c] = [.. crude[k].Estimates];
            work.CrudeSignificant[c] = IsSignificant(crude[k].Estimates[0], alpha);
            if (standardised is not null)
            {
                work.StandardisedComparison[c] = [.. standardised[k].Estimates];
                work.StandardisedSignificant[c] = IsSignificant(standardised[k].Estimates[0], alpha);
            }

            work.Significant[c] = work.Basis == EstimateBasis.DirectlyStandardised ? work.StandardisedSignificant[c] : work.CrudeSignificant[c];
            var basis = work.BasisEstimates(c);
            var benchmark = new BenchmarkComparisonResult[basis.Length];
            BenchmarkComparer.Compare(basis, work.Benchmark, work.Indicator.Polarity, benchmark);
            work.BenchmarkComparisons[c] = benchmark;
        }
    }

    private static bool IsSignificant(ComparisonEstimate estimate, double alpha) =>
        !estimate.IsReference && estimate.Ratio.Status == EstimateStatus.Ok && estimate.AdjustedPValue is { } p && p < alpha;

    private static void SummaryMeasures(AuditWork work)
    {
        var data = work.Data;
        var subgroups = new List<SubgroupEstimate>();
        foreach (var c in data.Known)
        {
            var estimate = work.BasisEstimates(c)[0];
            if (estimate.Value is { } value)
            {
                subgroups.Add(new SubgroupEstimate(data.Categories[c].Code, value, work.StandardError(c), data.TotalN(c)));
                work.SummaryGroups.Add(c);
            }
        }

        var settings = SummaryMeasureSettings.Default with { Level = work.Levels[0], BootstrapReplicates = 0 };
        foreach (var measure in Measures)
        {
            var logScale = measure is SummaryMeasure.TheilIndex or SummaryMeasure.MeanLogDeviation;
            if (subgroups.Count >= NonOrderedSummaryMeasures.MinimumSubgroups(measure) && !(logScale && subgroups.Any(s => !(s.Estimate > 0))))
            {
                work.Summary.Add(NonOrderedSummaryMeasures.Compute(measure, subgroups.ToArray(), settings));
            }
        }
    }

    private static void Need(AuditWork work)
    {
        var data = work.Data;
        var known = data.Known;
        var users = known.Select(data.TotalX).ToArray();
        var basis = known.Select(data.TotalN).ToArray();
        if (work.Options.ReferenceRates is { } reference)
        {
            var table = ExpectedVersusObserved.Ratios(work.ReferenceBandedDataset(reference), work.ExpandedReference(reference), work.Levels);
            for (var k = 0; k < known.Length; k++)
            {
                var expected = table.Groups[k].Row.Denominator ?? 0;
                work.Expected[known[k]] = expected;
                work.ObservedToExpected[known[k]] = [.. table.Groups[k].Estimates];
                basis[k] = expected;
            }

            work.OverallObservedToExpected = [.. table.Overall[0].Estimates];
            work.RepresentationBasis = RepresentationBasis.Expected;
        }

        if (users.Sum() > 0 && basis.Sum() > 0)
        {
            var levels = work.Levels;
            var destination = new IntervalEstimate[known.Length * levels.Length];
            RepresentationRatios.Ratios(users, basis, levels, destination);
            for (var k = 0; k < known.Length; k++)
            {
                work.Representation[known[k]] = destination.AsSpan(k * levels.Length, levels.Length).ToArray();
            }
        }
    }

    private static void Sensitivity(AuditWork work)
    {
        var data = work.Data;
        var known = data.Known;
        work.UnknownX = data.Missing.Sum(data.TotalX);
        work.UnknownN = data.Missing.Sum(data.TotalN);
        work.SensitivityBounds = MissingEthnicitySensitivity.Analyse(
            [.. known.Select(c => data.Categories[c].Code)],
            known.Select(data.TotalX).ToArray(),
            known.Select(data.TotalN).ToArray(),
            work.UnknownX,
            work.UnknownN,
            work.Proportion ? SensitivityMeasure.Proportion : SensitivityMeasure.Rate,
            new MissingEthnicityOptions { ReferenceGroup = work.ReferenceCategory.Code, Level = work.Levels[0], Multiplier = work.Multiplier, SummaryMeasures = [] });
    }

    private static void Trends(AuditWork work)
    {
        var data = work.Data;
        var periods = data.Periods;
        if (periods.Length < 2)
        {
            return;
        }

        var categories = data.Categories.Length;
        var r = work.Reference;
        var options = new GapTrendOptions { Level = work.Levels[0] };
        foreach (var c in data.Known.Where(c => c != r))
        {
            var gx = new double[periods.Length];
            var gn = new double[periods.Length];
            var rx = new double[periods.Length];
            var rn = new double[periods.Length];
            for (var p = 0; p < periods.Length; p++)
            {
                gx[p] = data.PeriodX[(p * categories) + c];
                gn[p] = data.PeriodN[(p * categories) + c];
                rx[p] = data.PeriodX[(p * categories) + r];
                rn[p] = data.PeriodN[(p * categories) + r];
            }

            var empty = Enumerable.Range(0, periods.Length).Where(p => !(gn[p] > 0 && rn[p] > 0)).Select(p => periods[p]).ToArray();
            if (empty.Length > 0)
            {
                work.Trends.Add((c, null, $"no denominator for the group or the reference group in period(s) {string.Join(", ", empty)}"));
                continue;
            }

            var trend = work.Proportion
                ? GapTrend.AnalyseProportions(periods, gx, gn, rx, rn, options, work.Multiplier)
                : GapTrend.AnalyseRates(periods, gx, gn, rx, rn, options, work.Multiplier);
            work.Trends.Add((c, trend, null));
        }
    }

    private static void Areas(AuditWork work)
    {
        var data = work.Data;
        if (data.Areas.Length < 2)
        {
            return;
        }

        var used = Enumerable.Range(0, data.Areas.Length).Where(a => data.AreaN[a] > 0).ToArray();
        var x = used.Select(a => data.AreaX[a]).ToArray();
        var n = used.Select(a => data.AreaN[a]).ToArray();
        if (used.Length < 2)
        {
            work.AreasNote = "skipped: fewer than two areas have a denominator";
            return;
        }

        var points = new FunnelPoint[used.Length];
        if (work.Proportion)
        {
            work.Funnel = FunnelPlot.ProportionLimits(x, n, work.Multiplier);
            FunnelPlot.ProportionPoints(x, n, work.Multiplier, points);
        }
        else
        {
            if (!(x.Sum() > 0))
            {
                work.AreasNote = "skipped: no area has any events, so a funnel of rates has no average";
                return;
            }

            var rates = x.Select((v, i) => v / n[i] * work.Multiplier).ToArray();
            work.Funnel = FunnelPlot.RateLimits(x, rates, n, FunnelRateType.Crude, work.Multiplier, 1);
            FunnelPlot.RatePoints(x, rates, n, FunnelRateType.Crude, work.Multiplier, 1, points);
        }

        work.FunnelPoints = new FunnelPoint[data.Areas.Length];
        for (var a = 0; a < work.FunnelPoints.Length; a++)
        {
            work.FunnelPoints[a] = new FunnelPoint(null, null, FunnelSignificance.NotApplicable);
        }

        for (var i = 0; i < used.Length; i++)
        {
            work.FunnelPoints[used[i]] = points[i];
        }
    }
}
