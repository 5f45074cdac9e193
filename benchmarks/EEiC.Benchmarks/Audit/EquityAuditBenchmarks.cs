using BenchmarkDotNet.Attributes;
using EEiC.Commissioning;
using EEiC.Datasets;
using EEiC.Ethnicity;
using EEiC.Indicators;
using EEiC.Sources;
using EEiC.Statistics.Comparison;
using EEiC.Statistics.DataQuality;
using EEiC.Statistics.Disclosure;
using EEiC.Statistics.GroupComparison;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Rates;
using EEiC.Statistics.Sensitivity;
using EEiC.Statistics.Standardisation;
using EEiC.Tools.Audit;

namespace EEiC.Benchmarks.Audit;

/// <summary>
/// The full equity audit (issue 6) on 7,000 areas × 19 groups × 19 ESP2013 age bands = 2,527,000 rows: the 16 national
/// NHS ethnic categories, a local sub-category (N1 Somali, under African) and the two missing-ethnicity codes (Z, 99);
/// emergency admissions per 100,000, directly standardised. Populations per area, group and band uniform in [50, 500] ×
/// the group's share (0.74 for White British, the rest splitting 0.26 unevenly) × an age profile; rates
/// 0.0005 · exp(0.06 · (mid-age − 50)) × a group factor in [0.8, 1.6]; events ~ Poisson(rate × population)
/// (<see cref="WorkloadKit.Poisson"/>). The missing-ethnicity rows carry events (5% of the area's events in the band) and
/// no population, as admissions with unknown ethnicity do. Fixed seed.
/// The baseline is the same audit written the naive way: the dataset validated, then every stage regrouping the rows with
/// LINQ (by group, by group and band, by area) before calling the same EEiC.Statistics methods; the audit itself sums the
/// rows once and every stage reads the sums.
/// </summary>
[MemoryDiagnoser]
public class EquityAuditBenchmarks
{
    private const int Areas = 7_000;
    private const int Bands = 19;
    private static readonly ConfidenceLevel[] Levels = [.. ConfidenceLevel.Standard];

    private static readonly IndicatorDefinition Admissions = new(
        "emergency-admissions", "Emergency admissions", "Emergency admissions per 100,000 residents (benchmark workload).",
        IndicatorValueType.DirectlyStandardisedRate, 100_000, IndicatorPolarity.LowerIsBetter, IndicatorDomain.Access,
        CommissioningPhase.MonitoringAndEvaluation, true, new SourceReference(SourceDocument.BetterHealthBriefing28, "line 188"));

    private StratifiedDataset _dataset = null!;

    [GlobalSetup]
    public void Setup()
    {
        _dataset = Create(Areas);
        var result = EquityAudit.Run(_dataset, Admissions);
        Console.WriteLine($"// {_dataset.Rows.Count:N0} rows; basis {result.Settings.Basis}; {result.Findings.Count} findings ({string.Join(", ", result.Findings.Select(f => f.Finding.Rule))}); "
            + $"{result.Areas?.OutsideLimits99Point8} areas outside 99.8%; {result.Disclosure.SuppressedCounts} counts suppressed");
    }

    [Benchmark(Baseline = true, Description = "Naive: validate, then LINQ GroupBy over the rows in every stage")]
    public int Naive() => NaiveAudit(_dataset);

    [Benchmark(Description = "EquityAudit.Run (rows summed once)")]
    public int Audit() => EquityAudit.Run(_dataset, Admissions).Findings.Count;

    internal static StratifiedDataset Create(int areas, int seed = 20_261_206)
    {
        var random = new Random(seed);
        var somali = EthnicCategory.CreateLocal("N1", "Somali", NhsEthnicCategories.African);
        var national = EthnicityClassification.Nhs.Categories.Where(c => !c.IsMissing).Select(c => c.Code).ToList();
        string[] groups = [.. national, somali.Code, "Z", "99"];
        var known = national.Count + 1;
        var shares = new double[known];
        shares[0] = 0.74;
        var weights = Enumerable.Range(1, known - 1).Select(k => 1.0 / k).ToArray();
        for (var g = 1; g < known; g++)
        {
            shares[g] = 0.26 * weights[g - 1] / weights.Sum();
        }

        var factors = Enumerable.Range(0, known).Select(_ => 0.8 + (0.8 * random.NextDouble())).ToArray();
        var bands = StandardPopulation.European2013.Bands.ToArray();
        var areaNames = Enumerable.Range(1, areas).Select(a => $"E{a:00000}").ToArray();
        var rows = new StratifiedRow[areas * groups.Length * Bands];
        var i = 0;
        for (var a = 0; a < areas; a++)
        {
            var areaEvents = new double[Bands];
            for (var g = 0; g < groups.Length; g++)
            {
                for (var b = 0; b < Bands; b++)
                {
                    var mid = b == Bands - 1 ? 92.5 : 2.5 + (5 * b);
                    double x, n;
                    if (g < known)
                    {
                        var young = g == 0 ? 1.0 : 1.6 - (0.012 * mid);   // minority groups younger
                        n = Math.Round(random.Next(50, 501) * shares[g] * young * 10);
                        x = n == 0 ? 0 : WorkloadKit.Poisson(random, n * 0.0005 * Math.Exp(0.06 * (mid - 50)) * factors[g]);
                        areaEvents[b] += x;
                    }
                    else
                    {
                        n = 0;
                        x = WorkloadKit.Poisson(random, 0.025 * areaEvents[b]);
                    }

                    rows[i++] = new StratifiedRow(groups[g], AgeBand: bands[b], Area: areaNames[a], Numerator: x, Denominator: n);
                }
            }
        }

        return new StratifiedDataset(GroupDimension.Ethnicity(), DatasetMeasure.Rate, rows, "benchmark workload", [somali]);
    }

    /// <summary>The audit's main statistics, each stage regrouping the rows itself.</summary>
    private static int NaiveAudit(StratifiedDataset dataset)
    {
        dataset.EnsureValid();
        var rows = dataset.Rows;

        // Data quality: records (events) by category.
        var byCategory = rows.GroupBy(r => dataset.CategoryOf(r)!).Select(g => new EthnicCategoryCount(g.Key, (long)g.Sum(r => r.Numerator!.Value))).ToList();
        var quality = EthnicityDataQuality.Assess(byCategory);

        // Crude estimates of the known groups.
        var known = rows.Where(r => !dataset.CategoryOf(r)!.IsMissing).GroupBy(r => dataset.CategoryOf(r)!.Code)
            .Select(g => (Group: g.Key, X: g.Sum(r => r.Numerator!.Value), N: g.Sum(r => r.Denominator!.Value))).ToList();
        var crude = known.Select(g => CrudeRates.Estimate(g.X, g.N, Levels, 100_000)).ToList();

        // Directly standardised rates and their comparison: a dataset of group × band totals.
        var banded = rows.Where(r => !dataset.CategoryOf(r)!.IsMissing).GroupBy(r => (dataset.CategoryOf(r)!.Code, r.AgeBand))
            .Select(g => new StratifiedRow(g.Key.Code, AgeBand: g.Key.AgeBand, Numerator: g.Sum(r => r.Numerator!.Value), Denominator: g.Sum(r => r.Denominator!.Value)))
            .ToList();
        var bandedDataset = new StratifiedDataset(dataset.Group, DatasetMeasure.Rate, banded, null, dataset.LocalCategories);
        var dsr = DirectStandardisation.Rates(bandedDataset, StandardPopulation.European2013, Levels);
        var comparison = ReferenceGroupComparison.CompareStandardisedRates(bandedDataset, StandardPopulation.European2013, Levels,
            new ComparisonOptions { Adjustment = MultipleComparisonAdjustment.Holm });

        // Sensitivity to missing ethnicity: the known groups and the unknown events again.
        var unknown = rows.Where(r => dataset.CategoryOf(r)!.IsMissing).Sum(r => r.Numerator!.Value);
        var sensitivity = MissingEthnicitySensitivity.Analyse([.. known.Select(g => g.Group)], known.Select(g => g.X).ToArray(), known.Select(g => g.N).ToArray(),
            unknown, 0, SensitivityMeasure.Rate, new MissingEthnicityOptions { Multiplier = 100_000, SummaryMeasures = [] });

        // Areas: a funnel of crude rates, and the area table through disclosure control.
        var areas = rows.GroupBy(r => r.Area!).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Area: g.Key, X: g.Sum(r => r.Numerator!.Value), N: g.Sum(r => r.Denominator!.Value))).ToList();
        var x = areas.Select(a => a.X).ToArray();
        var n = areas.Select(a => a.N).ToArray();
        var rates = x.Select((v, k) => v / n[k] * 100_000).ToArray();
        var points = new FunnelPoint[areas.Count];
        FunnelPlot.RatePoints(x, rates, n, FunnelRateType.Crude, 100_000, 1, points);
        var table = SmallNumberSuppression.Apply([.. areas.Select(a => a.Area)], ["events"], x, DisclosurePolicy.HesSuppress1To7RoundTo5, PublishedMargins.ColumnTotals);
        return byCategory.Count + crude.Count + dsr.Count + comparison.Count + sensitivity.Groups.Count + points.Length + table.RowCount + (quality.Verdict == FitnessForUse.Fit ? 1 : 0);
    }
}
