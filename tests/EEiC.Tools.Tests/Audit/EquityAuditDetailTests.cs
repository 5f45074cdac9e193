using EEiC.Statistics.Comparison;
using EEiC.Statistics.Intervals;
using EEiC.Tools.Audit;
using static EEiC.Tools.Tests.Audit.AuditFixtures;

namespace EEiC.Tools.Tests.Audit;

/// <summary>Disclosure control of periods, areas and rates; the benchmark; the fall-back to crude estimates.</summary>
public sealed class EquityAuditDetailTests
{
    [Fact]
    public void Small_counts_in_a_period_or_an_area_withhold_the_gaps_and_values_that_would_reveal_them()
    {
        // J has 4 with the outcome in 2023/24 (primary suppression under HES). Secondary suppression (row totals published)
        // takes J's smallest other count, 60 in 2021/22; the columns then take K's counts. J's gap stays published for
        // 2022/23 only. Area E02 has 5 of 12 people.
        string[] periods = ["2021/22", "2022/23", "2023/24"];
        double[] j = [60, 70, 4], jn = [200, 200, 20], k = [50, 55, 40];
        var rows = periods.SelectMany((p, i) => new[]
        {
            Row("A", 300, 600, area: "E01", period: p), Row("J", j[i], jn[i], area: "E01", period: p), Row("K", k[i], 100, area: "E01", period: p),
        }).Append(Row("A", 5, 12, area: "E02", period: "2023/24")).ToArray();
        var result = EquityAudit.Run(Proportions(rows), Uptake);

        var trend = result.Trends.Single(t => t.Group == "J");
        Assert.True(trend.RestsOnSuppressedCounts);
        Assert.Equal([EstimateStatus.Suppressed, EstimateStatus.Ok, EstimateStatus.Suppressed], trend.Trend!.Periods.Select(p => p.Difference.Status));
        Assert.Null(trend.Trend.Periods[2].Ratio.Value);
        Assert.Equal(70.0 / 200 * 100 - 50, trend.Trend.Periods[1].Difference.Value!.Value, 9);

        var e02 = result.Areas!.Areas.Single(a => a.Area == "E02");
        Assert.True(e02.Suppressed);
        Assert.Null(e02.Value);
        Assert.True(e02.Numerator.IsSuppressed);
        Assert.Equal(Statistics.Disclosure.DisclosureStatus.PrimarySuppressed, e02.Numerator.Status);

        // With two areas and the totals published, E01's counts would reveal E02's: they are suppressed too.
        var e01 = result.Areas.Areas.Single(a => a.Area == "E01");
        Assert.Equal(Statistics.Disclosure.DisclosureStatus.SecondarySuppressed, e01.Numerator.Status);
        Assert.Equal(2, result.Disclosure.WithheldAreas);
    }

    [Fact]
    public void Rates_publish_events_and_populations_through_the_policy_and_count_events_as_records()
    {
        // J: 3 admissions in a population of 900 — the events are suppressed, so J's rate is withheld.
        var result = EquityAudit.Run(Rates(Row("A", 400, 50_000), Row("J", 3, 900), Row("K", 60, 8_000), Row("Z", 20, 0)), Admissions);
        var j = result.Estimates.Single(e => e.Group == "J");
        Assert.True(j.Suppressed);
        Assert.True(j.Numerator.IsSuppressed);
        Assert.Equal(RecordCounting.Numerators, result.DataQuality.RecordsAre);

        // Records are events: 483 in all, 20 with ethnicity not stated; completeness 463 / 483.
        Assert.Equal(463.0 / 483, result.DataQuality.Completeness.Value!.Value, 12);
        // J's 3 events are suppressed, and with the total published the smallest other count, Z's 20, is suppressed too.
        Assert.Equal(Statistics.Disclosure.DisclosureStatus.SecondarySuppressed, result.DataQuality.Categories.Single(c => c.Code == "Z").Records.Status);
        Assert.Null(result.DataQuality.EventsWithoutEthnicity.Value);
        Assert.Equal(0, result.Sensitivity.UnknownRecords.Value);
        Assert.Equal(400.0 / 50_000 * 100_000, result.Estimates.Single(e => e.Group == "A").Crude[0].Value!.Value, 9);
    }

    [Fact]
    public void A_given_benchmark_is_used_and_judged_with_the_indicators_polarity()
    {
        var dataset = Proportions(Row("A", 100, 1000), Row("J", 100, 1000), Row("K", 100, 1000));
        var result = EquityAudit.Run(dataset, Uptake, EquityAuditOptions.Default with { Benchmark = 20 });
        Assert.Equal((20d, true), (result.Settings.Benchmark, result.Settings.BenchmarkGiven));

        // 10% with a 99.8% upper limit far below 20%: lower than the benchmark and, higher being better, worse.
        Assert.All(result.Comparisons, c => Assert.All(c.Benchmark, b => Assert.Equal((BenchmarkComparison.Lower, BenchmarkAssessment.Worse), (b.Comparison, b.Assessment))));
        Assert.Equal(2, result.Comparisons[0].Benchmark.Count);
    }

    [Fact]
    public void A_group_without_population_in_an_age_band_falls_back_to_crude_estimates_and_says_why()
    {
        var dataset = Rates(
            Row("A", 30, 10_000, "20-24"), Row("A", 500, 20_000, "70-74"),
            Row("J", 40, 12_000, "20-24"), Row("J", 0, 0, "70-74"),
            Row("K", 25, 9_000, "20-24"), Row("K", 200, 7_000, "70-74"));
        var result = EquityAudit.Run(dataset, Admissions);

        Assert.Equal(EstimateBasis.Crude, result.Settings.Basis);
        Assert.Null(result.Settings.Standard);
        Assert.Contains("(J) has no population in age band(s) 70-74", result.Settings.StandardisationNote, StringComparison.Ordinal);
        Assert.All(result.Estimates, e => Assert.Empty(e.Standardised));
        Assert.False(result.Facts.ContainsKey("gap-only-in-standardised"));

        // The benchmark is then the crude overall rate: 795 / 58,000 per 100,000.
        Assert.Equal(795.0 / 58_000 * 100_000, result.Settings.Benchmark, 9);
    }
}
