using EEiC.Datasets;
using EEiC.Statistics.DataQuality;
using EEiC.Statistics.Disclosure;
using EEiC.Statistics.GroupComparison;
using EEiC.Statistics.Inequality;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Sensitivity;
using EEiC.Tools.Audit;
using EEiC.Tools.Evaluation;
using static EEiC.Tools.Tests.Audit.AuditFixtures;

namespace EEiC.Tools.Tests.Audit;

/// <summary>The audit's findings on crafted datasets whose expected results are derived here by hand.</summary>
public sealed class EquityAuditScenarioTests
{
    private static string[] Rules(EquityAuditResult result) => [.. result.Findings.Select(f => f.Finding.Rule)];

    [Fact]
    public void No_gap_gives_no_significant_gap_and_summary_measures_of_no_inequality()
    {
        // Four groups with the same uptake, 100 of 1,000 (10%).
        var dataset = Proportions(Row("A", 100, 1000), Row("J", 100, 1000), Row("K", 100, 1000), Row("N", 100, 1000));
        var result = EquityAudit.Run(dataset, Uptake);

        // Ties in the denominator go to the first group of the classification: A, White British.
        Assert.Equal(("A", true), (result.Settings.ReferenceGroup, result.Settings.ReferenceGroupChosen));
        Assert.Equal(EstimateBasis.Crude, result.Settings.Basis);
        Assert.All(result.Comparisons, c => Assert.False(c.SignificantGap));
        Assert.Contains("no-significant-gap", Rules(result));
        Assert.DoesNotContain("significant-gap", Rules(result));
        Assert.False(result.Facts["significant-gap"].Boolean);

        // Wilson's interval of 100/1000 at 95%, by its formula: (p + z²/2n ∓ z√(p(1−p)/n + z²/4n²)) / (1 + z²/n), in percent.
        double p = 0.1, n = 1000, z = 1.959963984540054;
        var centre = p + (z * z / (2 * n));
        var half = z * Math.Sqrt((p * (1 - p) / n) + (z * z / (4 * n * n)));
        var estimate = result.Estimates[0].Crude[0];
        Assert.Equal(10, estimate.Value!.Value, 10);
        Assert.Equal((centre - half) / (1 + (z * z / n)) * 100, estimate.Lower!.Value, 8);
        Assert.Equal((centre + half) / (1 + (z * z / n)) * 100, estimate.Upper!.Value, 8);

        // Every summary measure at its value of no inequality: differences, variance, Theil, MLD and disparity 0, ratio 1.
        var measures = result.SummaryMeasures.ToDictionary(m => m.Estimate.Measure, m => m.Estimate.Estimate!.Value);
        Assert.Equal(
            [SummaryMeasure.Difference, SummaryMeasure.Ratio, SummaryMeasure.BetweenGroupVariance, SummaryMeasure.TheilIndex, SummaryMeasure.MeanLogDeviation, SummaryMeasure.IndexOfDisparityWeighted],
            measures.Keys);
        Assert.All(measures.Where(m => m.Key != SummaryMeasure.Ratio), m => Assert.Equal(0, m.Value, 12));
        Assert.Equal(1, measures[SummaryMeasure.Ratio], 12);
        Assert.False(result.SummaryMeasures.Single(m => m.Estimate.Measure == SummaryMeasure.Difference).Estimate.IsRelative);
        Assert.True(result.SummaryMeasures.Single(m => m.Estimate.Measure == SummaryMeasure.TheilIndex).Estimate.IsRelative);

        // Complete recording: fit for use; the benchmark is the overall value 400/4000 = 10%.
        Assert.Equal(FitnessForUse.Fit, result.DataQuality.Verdict);
        Assert.Equal(10, result.Settings.Benchmark, 12);
        Assert.False(result.Settings.BenchmarkGiven);
    }

    [Fact]
    public void A_gap_only_in_standardised_rates_is_found_and_explained()
    {
        // Two bands of ESP2013: 20-24 (weight 6000) and 70-74 (weight 5000). White British (A) is old, Pakistani (J) young
        // with 3.25 times A's rate in each band; Bangladeshi (K) is like A. Crude rates are all 1820 / 100,000:
        // A: 10,000 × 0.002 + 90,000 × 0.02 = 20 + 1800; J: 80,000 × 0.0065 + 20,000 × 0.065 = 520 + 1300.
        var dataset = Rates(
            Row("A", 20, 10_000, "20-24"), Row("A", 1800, 90_000, "70-74"),
            Row("J", 520, 80_000, "20-24"), Row("J", 1300, 20_000, "70-74"),
            Row("K", 20, 10_000, "20-24"), Row("K", 1800, 90_000, "70-74"));
        var result = EquityAudit.Run(dataset, Admissions);

        Assert.Equal(EstimateBasis.DirectlyStandardised, result.Settings.Basis);
        Assert.Equal(["20-24", "70-74"], result.Settings.Standard!.Bands);
        Assert.Equal([6000d, 5000d], result.Settings.Standard.Weights);
        Assert.Equal(["20-24", "70-74"], result.Settings.AgeBands);

        // Crude: the same rate, 1820 per 100,000, so the crude rate ratio of J is exactly 1 and not significant.
        var j = result.Comparisons.Single(c => c.Group == "J");
        Assert.All(result.Estimates, e => Assert.Equal(1820, e.Crude[0].Value!.Value, 9));
        Assert.Equal(1, j.Crude[0].Ratio.Value!.Value, 12);

        // Standardised: DSR = Σ w·x/n / Σw × 100,000. A: (6000 × 0.002 + 5000 × 0.02) / 11000 × 1e5; J: 3.25 times that.
        var dsrA = ((6000 * 0.002) + (5000 * 0.02)) / 11000 * 100_000;
        Assert.Equal(dsrA, result.Estimates.Single(e => e.Group == "A").Standardised[0].Value!.Value, 8);
        Assert.Equal(3.25 * dsrA, result.Estimates.Single(e => e.Group == "J").Standardised[0].Value!.Value, 8);
        Assert.Equal(3.25, j.Standardised[0].Ratio.Value!.Value, 10);
        Assert.True(j.SignificantGap);
        Assert.False(result.Comparisons.Single(c => c.Group == "K").SignificantGap);

        Assert.True(result.Facts["gap-only-in-standardised"].Boolean);
        var finding = result.Findings.Single(f => f.Finding.Rule == "gap-only-in-standardised");
        Assert.Contains("Pakistani (J)", finding.Message, StringComparison.Ordinal);
        Assert.Contains(finding.Statistics, s => s.Subject == "J" && s.Name == "standardised rate ratio" && Math.Abs(s.Value!.Value - 3.25) < 1e-9);
        Assert.Contains(finding.Statistics, s => s.Subject == "J" && s.Name == "rate ratio" && Math.Abs(s.Value!.Value - 1) < 1e-12);
        Assert.Contains("significant-gap", Rules(result));
        Assert.Contains(result.Actions, a => a.Id == "report-standardised");
        Assert.Contains(result.Actions, a => a.Id == "review-service-specification" && a.Tools.Contains("service-specification"));
        Assert.Contains(result.Actions, a => a.Id == "make-the-case" && a.Tools.Contains("making-the-case"));

        // The default benchmark is the standardised rate of all rows together: A + J + K by band.
        var overall = ((6000 * 560.0 / 100_000) + (5000 * 4900.0 / 200_000)) / 11000 * 100_000;
        Assert.Equal(overall, result.Settings.Benchmark, 8);
    }

    [Fact]
    public void A_gap_that_disappears_under_the_missing_ethnicity_bounds_is_not_concluded_on()
    {
        // A: 500 of 1,000 (50%); J: 80 of 200 (40%), a significant gap (two-proportion z ≈ 2.58). 300 records, 250 of them
        // with the outcome, have ethnicity "not stated": given all to J, J has 330 of 500 (66%) and the gap reverses.
        var dataset = Proportions(Row("A", 500, 1000), Row("J", 80, 200), Row("Z", 250, 300));
        var result = EquityAudit.Run(dataset, Uptake);

        var j = result.Comparisons.Single(c => c.Group == "J");
        Assert.True(j.SignificantGap);
        Assert.Equal(0.8, j.Crude[0].Ratio.Value!.Value, 12);

        var bounds = result.Sensitivity.Groups.Single(g => g.Group == "J");
        Assert.Equal(GapRobustness.OverturnedInSomeScenario, bounds.Gap);
        Assert.Equal(330.0 / 500 / 0.5, bounds.Ratio.Maximum!.Value, 12);            // all to J
        Assert.Equal(0.4 / (750.0 / 1300), bounds.Ratio.Minimum!.Value, 12);          // all to A
        Assert.False(result.Facts["gap-survives-missing-ethnicity"].Boolean);
        var finding = result.Findings.Single(f => f.Finding.Rule == "gap-not-robust");
        Assert.Contains("Pakistani (J)", finding.Message, StringComparison.Ordinal);
        Assert.Contains(result.Actions, a => a.Id == "improve-recording-before-concluding");

        // Completeness 1200 / 1500 = 0.8 < 0.9: not fit, with the ethnic monitoring guidance and a KPI.
        Assert.Equal(0.8, result.DataQuality.Completeness.Value!.Value, 12);
        Assert.Equal(FitnessForUse.NotFit, result.DataQuality.Verdict);
        Assert.Equal((300d, 250d), (result.DataQuality.RecordsWithoutEthnicity.Value!.Value, result.DataQuality.EventsWithoutEthnicity.Value!.Value));
        var recording = result.Findings.Single(f => f.Finding.Rule == "recording-not-fit");
        Assert.Contains(recording.Statistics, s => s.Name == "completeness" && s.Value == 0.8);
        Assert.Contains("300 of 1500 records", recording.Message.Replace(",", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(result.Actions, a => a.Id == "improve-ethnic-monitoring" && a.Guidance.Contains("NHS Data Dictionary: ETHNIC CATEGORY"));
        Assert.Contains(result.Actions, a => a.Id == "monitoring-kpi");

        // Missing ethnicity is not a group: no estimate, no comparison.
        Assert.Equal(["A", "J"], result.Estimates.Select(e => e.Group));
    }

    [Fact]
    public void A_dataset_of_small_counts_is_heavily_suppressed_and_the_policy_stated()
    {
        var dataset = Proportions(Row("A", 40, 60), Row("J", 3, 9), Row("K", 5, 12), Row("N", 4, 11), Row("Z", 2, 4));
        var result = EquityAudit.Run(dataset, Uptake);
        var hes = DisclosurePolicy.HesSuppress1To7RoundTo5;

        Assert.Equal(hes, result.Disclosure.Policy);
        Assert.Equal(hes, result.Settings.Disclosure);
        Assert.Contains(hes.Name, result.Disclosure.Statement, StringComparison.Ordinal);
        Assert.Equal(["J", "K", "N"], result.Disclosure.WithheldGroups);
        foreach (var group in new[] { "J", "K", "N" })
        {
            var estimate = result.Estimates.Single(e => e.Group == group);
            Assert.True(estimate.Suppressed);
            Assert.Empty(estimate.Crude);
            Assert.True(estimate.Numerator.IsSuppressed);
            Assert.Null(estimate.Numerator.Value);
            var comparison = result.Comparisons.Single(c => c.Group == group);
            Assert.True(comparison.Suppressed);
            Assert.Empty(comparison.Crude);
            Assert.Empty(comparison.Benchmark);
            Assert.True(result.Sensitivity.Groups.Single(g => g.Group == group).Suppressed);
            Assert.Null(result.Sensitivity.Groups.Single(g => g.Group == group).Ratio.Maximum);
        }

        // White British: 40 and 60 published as multiples of 5; its estimate published.
        var a = result.Estimates.Single(e => e.Group == "A");
        Assert.Equal((40d, 60d), (a.Numerator.Value!.Value, a.Denominator.Value!.Value));
        Assert.NotEmpty(a.Crude);

        // No published count anywhere lies in 1-7 or is off the rounding base of 5.
        var cells = result.Estimates.SelectMany(e => new[] { e.Numerator, e.Denominator })
            .Concat(result.DataQuality.Categories.Select(c => c.Records))
            .Concat(result.Need.Groups.Select(g => g.Observed))
            .Concat([result.DataQuality.Records, result.DataQuality.RecordsWithoutEthnicity, result.DataQuality.EventsWithoutEthnicity,
                result.Sensitivity.UnknownEvents, result.Sensitivity.UnknownRecords]);
        Assert.All(cells, c => Assert.True(c.Value is not { } v || (v is 0 or >= 8 && v % 5 == 0), $"published {c}"));
        Assert.True(result.DataQuality.Categories.Single(c => c.Code == "Z").Records.IsSuppressed);
        Assert.True(result.SummaryMeasures.All(m => m.RestsOnSuppressedCounts));
        Assert.Contains("groups-withheld", Rules(result));
    }

    [Fact]
    public void A_widening_gap_over_periods_is_escalated()
    {
        // A: 50% in each period; J: 48%, 40%, 30% — the difference goes from −2 to −20 percentage points.
        string[] periods = ["2021/22", "2022/23", "2023/24"];
        double[] j = [480, 400, 300];
        var rows = periods.SelectMany((p, i) => new[] { Row("A", 500, 1000, period: p), Row("J", j[i], 1000, period: p) }).Reverse().ToArray();
        var result = EquityAudit.Run(Proportions(rows), Uptake);

        Assert.Equal(periods, result.Settings.Periods);   // sorted as text, whatever the order of the rows
        var trend = Assert.Single(result.Trends).Trend!;
        Assert.Equal(GapTrendVerdict.Widened, trend.AbsoluteVerdict);
        Assert.Equal(-18, trend.DifferenceChange.Value!.Value, 9);
        Assert.Equal(-2, trend.Periods[0].Difference.Value!.Value, 9);
        Assert.True(result.Facts["gap-widening"].Boolean);
        var finding = result.Findings.Single(f => f.Finding.Rule == "gap-widening");
        Assert.Contains(finding.Statistics, s => s.Subject == "J" && Math.Abs(s.Value!.Value + 18) < 1e-9);
        Assert.Contains(result.Actions, a => a.Id == "escalate-widening-gap");
    }

    [Fact]
    public void The_one_area_outside_the_funnel_limits_is_named()
    {
        // Ten areas of 600 people: nine at 300/600 (50%), E10 at 120/600 (20%). Pooled average 2820/6000 = 0.47; with the
        // binomial s.e. at n = 600, √(0.47 × 0.53 / 600) ≈ 0.0204, the nine sit 1.5 s.e. above it (inside the 95% limits)
        // and E10 13 s.e. below it (far outside the 99.8% limits).
        var rows = Enumerable.Range(1, 10).SelectMany(a =>
        {
            var area = $"E{a:00}";
            return a == 10
                ? new[] { Row("A", 100, 500, area: area), Row("J", 20, 100, area: area) }
                : new[] { Row("A", 250, 500, area: area), Row("J", 50, 100, area: area) };
        }).ToArray();
        var result = EquityAudit.Run(Proportions(rows), Uptake);

        var areas = result.Areas!;
        Assert.Equal(10, areas.Areas.Count);
        Assert.Equal((1, 1), (areas.OutsideLimits95, areas.OutsideLimits99Point8));
        Assert.Equal(47, areas.Limits.Baseline, 9);
        var outlier = Assert.Single(areas.Areas, a => a.Significance is Statistics.Comparison.FunnelSignificance.Low99Point8);
        Assert.Equal(("E10", 20d), (outlier.Area, outlier.Value!.Value));
        Assert.Equal(1, result.Facts["areas-outside-limits"].Number);
        var finding = result.Findings.Single(f => f.Finding.Rule == "areas-outside-limits");
        Assert.Contains("E10", finding.Message, StringComparison.Ordinal);
        Assert.Contains(result.Actions, a => a.Id == "review-outlying-areas");
    }

    [Fact]
    public void Expected_versus_observed_applies_the_reference_rates_to_each_groups_age_structure()
    {
        // National uptake by age band (not by ethnic group): 60% at 60-64, 40% at 80-84.
        var national = new StratifiedDataset(GroupDimension.Other("all"), DatasetMeasure.Rate,
            [Row("England", 600, 1000, "60-64"), Row("England", 400, 1000, "80-84")]);
        var dataset = Proportions(
            Row("A", 300, 500, "60-64"), Row("A", 200, 500, "80-84"),
            Row("H", 100, 400, "60-64"), Row("H", 30, 100, "80-84"));
        var result = EquityAudit.Run(dataset, Uptake, EquityAuditOptions.Default with { ReferenceRates = national });

        // Expected: A 0.6 × 500 + 0.4 × 500 = 500 (observed 500); H 0.6 × 400 + 0.4 × 100 = 280 (observed 130).
        var h = result.Need.Groups.Single(g => g.Group == "H");
        Assert.Equal(280, h.Expected!.Value, 9);
        Assert.Equal(130.0 / 280, h.ObservedToExpected[0].Value!.Value, 12);
        Assert.Equal(1, result.Need.Groups.Single(g => g.Group == "A").ObservedToExpected[0].Value!.Value, 12);
        Assert.Equal(RepresentationBasis.Expected, result.Need.Basis);

        // Representation: H's share of activity over its share of expected activity, (130/630) / (280/780).
        Assert.Equal(130.0 / 630 / (280.0 / 780), h.Representation[0].Value!.Value, 12);
        Assert.Equal(1, result.Facts["expected-shortfall"].Number);
        Assert.Contains(result.Findings.Single(f => f.Finding.Rule == "expected-shortfall").Statistics, s => s.Subject == "H");
    }

    [Fact]
    public void The_facts_carry_over_to_the_follow_up_questions_of_the_tool()
    {
        var dataset = Proportions(Row("A", 500, 1000), Row("J", 300, 1000), Row("K", 480, 1000));
        var result = EquityAudit.Run(dataset, Uptake);
        var tool = EEiC.Tools.Definitions.ToolLibrary.BuiltIn.Get(EquityAudit.ToolId);

        // A commissioner answers the follow-up questions later, with the audit's facts.
        var answers = new Dictionary<string, Answer> { ["action-plan-agreed"] = Answer.Of(YesPartlyNo.No), ["shared-with-provider"] = Answer.Of(YesPartlyNo.Yes) };
        var report = ToolEvaluator.Evaluate(tool, new ToolResponse(tool.Id, tool.Version, answers) { Facts = result.Facts });
        Assert.Contains(report.Findings, f => f.Rule == "gap-without-plan");
        Assert.DoesNotContain(report.Findings, f => f.Rule == "not-shared-with-provider");
        Assert.Equal(1, result.Facts["groups-with-significant-gap"].Number);
    }
}
