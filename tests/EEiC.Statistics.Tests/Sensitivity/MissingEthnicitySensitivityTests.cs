using EEiC.Datasets;
using EEiC.Statistics.Inequality;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Need;
using EEiC.Statistics.Sensitivity;
using EEiC.Statistics.Tests.Need;
using EEiC.Statistics.Validation;
using FsCheck;
using FsCheck.Fluent;

namespace EEiC.Statistics.Tests.Sensitivity;

/// <summary>Bounds under re-allocation of records with unknown ethnicity: a hand-worked example, properties and errors.</summary>
public sealed class MissingEthnicitySensitivityTests
{
    private static readonly string[] Groups = ["A", "B", "C"];

    /// <summary>A: 40/400, B: 30/150, C: 5/50; 100 records of unknown ethnicity, 30 with the outcome.</summary>
    private static MissingEthnicityBounds HandExample(MissingEthnicityOptions? options = null) =>
        MissingEthnicitySensitivity.Analyse(Groups, [40, 30, 5], [400, 150, 50], 30, 100, SensitivityMeasure.Proportion, options);

    /// <summary>
    /// The five scenarios by hand (proportional weights n/Σn = 2/3, 1/4, 1/12):
    /// complete case A 0.10, B 0.20, C 0.10; all to A: A 70/500 = 0.14; all to B: B 60/250 = 0.24; all to C: C 35/150;
    /// in proportion: A (40 + 20)/(400 + 66.67) = 9/70, B (30 + 7.5)/(150 + 25) = 3/14, C (5 + 2.5)/(50 + 8.33) = 9/70.
    /// </summary>
    private static readonly double[,] HandRates =
    {
        { 0.10, 0.20, 0.10 },
        { 0.14, 0.20, 0.10 },
        { 0.10, 0.24, 0.10 },
        { 0.10, 0.20, 35.0 / 150 },
        { 9.0 / 70, 3.0 / 14, 9.0 / 70 },
    };

    [Fact]
    public void Scenarios_and_bounds_worked_by_hand()
    {
        var result = HandExample();
        Assert.Equal(["complete case", "all unknown to 'A'", "all unknown to 'B'", "all unknown to 'C'", "in proportion"], result.Scenarios.Select(s => s.ToString()));
        Assert.Equal("A", result.ReferenceGroup); // the largest denominator
        for (var s = 0; s < 5; s++)
        {
            for (var g = 0; g < 3; g++)
            {
                Tolerance.Equal(HandRates[s, g], result.Groups[g].Estimates[s].Value, 1e-14, $"scenario {s}, group {Groups[g]}");
                Assert.Equal(EstimationMethod.Wilson, result.Groups[g].Estimates[s].Method);
            }
        }

        var (lower, upper) = IndependentLimits.Wilson(60, 250, 0.95);
        Tolerance.Equal(lower, result.Groups[1].Estimates[2].Lower, 1e-12, "Wilson lower, B, all to B");
        Tolerance.Equal(upper, result.Groups[1].Estimates[2].Upper, 1e-12, "Wilson upper, B, all to B");

        var b = result.Groups[1];
        Assert.Equal((0.20, 0.20, 0.24), (b.Estimate.CompleteCase!.Value, b.Estimate.Minimum!.Value, b.Estimate.Maximum!.Value));
        Assert.Equal(new ReallocationScenario(ReallocationKind.AllToGroup, "B"), b.Estimate.MaximumScenario);

        // Ratio B/A: 2, 0.2/0.14, 2.4, 2, (3/14)/(9/70) = 5/3 → 1.4286 (all to A) to 2.4 (all to B).
        Tolerance.Equal(2, b.Ratio.CompleteCase, 1e-14, "ratio CC");
        Tolerance.Equal(0.2 / 0.14, b.Ratio.Minimum, 1e-14, "ratio min");
        Tolerance.Equal(2.4, b.Ratio.Maximum, 1e-14, "ratio max");
        Assert.Equal(new ReallocationScenario(ReallocationKind.AllToGroup, "A"), b.Ratio.MinimumScenario);
        Tolerance.Equal(5.0 / 3, b.Ratios[4].Value, 1e-14, "ratio in proportion");

        // Difference B − A: 0.1, 0.06, 0.14, 0.1, 3/35.
        Tolerance.Equal(0.06, b.Difference.Minimum, 1e-13, "difference min");
        Tolerance.Equal(0.14, b.Difference.Maximum, 1e-13, "difference max");

        // Katz limits for B vs A in the complete case: se = √(1/30 − 1/150 + 1/40 − 1/400).
        var se = Math.Sqrt((1 / 30.0) - (1 / 150.0) + (1 / 40.0) - (1 / 400.0));
        Tolerance.Equal(2 * Math.Exp(-IndependentLimits.Z(0.95) * se), b.Ratios[0].Lower, 1e-12, "Katz lower");
    }

    /// <summary>
    /// B's gap (ratio 2, 95% CI 1.30 to 3.09) is lost when every unknown record is A's (1.43, CI 0.97 to 2.10). C has no gap
    /// in the complete case (ratio 1) but one appears when every unknown record is C's (2.33, CI 1.54 to 3.53).
    /// </summary>
    [Fact]
    public void A_significant_gap_can_be_overturned_and_a_hidden_one_revealed()
    {
        var result = HandExample();
        Assert.Equal(GapRobustness.Reference, result.Groups[0].Gap);
        Assert.Equal(GapRobustness.OverturnedInSomeScenario, result.Groups[1].Gap);
        Assert.Equal(new ReallocationScenario(ReallocationKind.AllToGroup, "A"), result.Groups[1].FirstDifferingScenario);
        Assert.True(result.Groups[1].Ratios[0].Lower > 1);
        Assert.True(result.Groups[1].Ratios[1].Lower < 1);
        Assert.Equal(GapRobustness.GapOnlyUnderReallocation, result.Groups[2].Gap);
        Assert.Equal(new ReallocationScenario(ReallocationKind.AllToGroup, "C"), result.Groups[2].FirstDifferingScenario);

        // With only 3 unknown records (1 with the outcome) B's gap survives every scenario.
        var small = MissingEthnicitySensitivity.Analyse(Groups, [40, 30, 5], [400, 150, 50], 1, 3, SensitivityMeasure.Proportion);
        Assert.Equal(GapRobustness.SurvivesEveryScenario, small.Groups[1].Gap);
        Assert.Null(small.Groups[1].FirstDifferingScenario);
        Assert.Equal(GapRobustness.NoGapInAnyScenario, small.Groups[2].Gap);
    }

    [Fact]
    public void Summary_measures_are_bounded_and_match_an_independent_between_group_variance()
    {
        var result = HandExample(new MissingEthnicityOptions { Multiplier = 100 });
        var bgv = Assert.Single(result.SummaryMeasures, m => m.Measure == SummaryMeasure.BetweenGroupVariance);
        Assert.Equal(5, bgv.Estimates.Count);
        double[][] n = [[400, 150, 50], [500, 150, 50], [400, 250, 50], [400, 150, 150], [1400.0 / 3, 175, 175.0 / 3]];
        var values = new double[5];
        for (var s = 0; s < 5; s++)
        {
            // BGV = Σ w (y − μ)², w the population share, μ the population-weighted mean.
            var total = n[s].Sum();
            var mean = Enumerable.Range(0, 3).Sum(g => n[s][g] / total * HandRates[s, g] * 100);
            values[s] = Enumerable.Range(0, 3).Sum(g => n[s][g] / total * Math.Pow((HandRates[s, g] * 100) - mean, 2));
            Tolerance.Equal(values[s], bgv.Estimates[s].Estimate, 1e-12, $"BGV scenario {s}");
        }

        Tolerance.Equal(values[0], bgv.Bounds.CompleteCase, 1e-12, "BGV CC");
        Tolerance.Equal(values.Min(), bgv.Bounds.Minimum, 1e-12, "BGV min");
        Tolerance.Equal(values.Max(), bgv.Bounds.Maximum, 1e-12, "BGV max");
        Assert.Contains(result.SummaryMeasures, m => m.Measure == SummaryMeasure.IndexOfDisparityWeighted && m.Bounds.Status == EstimateStatus.Ok);

        // Two groups are too few for the between-group variance: reported as undefined, not an error.
        var two = MissingEthnicitySensitivity.Analyse(["A", "B"], [4, 3], [40, 15], 1, 5, SensitivityMeasure.Proportion);
        Assert.All(two.SummaryMeasures, m => Assert.Equal(EstimateStatus.Undefined, m.Bounds.Status));
    }

    [Fact]
    public void Rates_use_Poisson_intervals_the_log_rate_ratio_and_spread_unknown_events_like_the_known_ones()
    {
        // Events with unknown ethnicity against census populations (no unknown population).
        var result = MissingEthnicitySensitivity.Analyse(["A", "J", "K"], [900, 60, 8], [100_000, 5_000, 2_000], 50, 0,
            SensitivityMeasure.Rate, new MissingEthnicityOptions { Multiplier = 100_000 });
        var j = result.Groups[1];
        Assert.Equal(EstimationMethod.Byar, j.Estimates[0].Method);
        Assert.Equal(EstimationMethod.ExactPoisson, result.Groups[2].Estimates[0].Method);
        Tolerance.Equal(1200, j.Estimates[0].Value, 1e-14, "J rate CC");
        Tolerance.Equal(110.0 / 5000 * 100_000, j.Estimates[2].Value, 1e-14, "J rate all to J");

        // In proportion to the known events (968): every rate is multiplied by 1 + 50/968, so ratios do not move.
        Tolerance.Equal(1200 * (1 + (50 / 968.0)), j.Estimates[4].Value, 1e-13, "J rate in proportion");
        Tolerance.Equal(j.Ratios[0].Value, j.Ratios[4].Value, 1e-14, "ratio unchanged in proportion");

        var se = Math.Sqrt((1 / 60.0) + (1 / 900.0));
        Assert.Equal(EstimationMethod.LogWald, j.Ratios[0].Method);
        Tolerance.Equal(1.3333333333333333 * Math.Exp(IndependentLimits.Z(0.95) * se), j.Ratios[0].Upper, 1e-12, "log rate ratio upper");
    }

    private sealed record Case(double[] X, double[] N, double UnknownX, double UnknownN, SensitivityMeasure Measure);

    private static readonly Gen<Case> Cases =
        from k in Gen.Choose(2, 6)
        from n in Gen.ArrayOf(Gen.Choose(1, 5000), k)
        from fractions in Gen.ArrayOf(Gen.Choose(0, 1000), k)
        from unknownN in Gen.OneOf(Gen.Constant(0), Gen.Choose(0, 3000))
        from unknownFraction in Gen.Choose(0, 1000)
        from measure in Gen.Elements(SensitivityMeasure.Proportion, SensitivityMeasure.Rate)
        let x = n.Zip(fractions, (total, f) => Math.Floor(total * f / 1000.0)).ToArray()
        let unknownX = measure == SensitivityMeasure.Rate && unknownN == 0 ? unknownFraction / 10 : Math.Floor(unknownN * unknownFraction / 1000.0)
        select new Case(x, n.Select(v => (double)v).ToArray(), unknownX, unknownN, measure);

    private static MissingEthnicityBounds Run(Case c, double scale = 1) =>
        MissingEthnicitySensitivity.Analyse(Enumerable.Range(0, c.X.Length).Select(g => $"g{g}").ToArray(), c.X, c.N,
            c.UnknownX * scale, c.UnknownN * scale, c.Measure, new MissingEthnicityOptions { SummaryMeasures = [SummaryMeasure.BetweenGroupVariance, SummaryMeasure.TheilIndex] });

    private static bool Contains(SensitivityBounds bounds, double? value) =>
        bounds.Status != EstimateStatus.Ok || (value is { } v && bounds.Contains(v) && bounds.CompleteCase == v);

    [Fact]
    public void Bounds_always_contain_the_complete_case_estimate() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var result = Run(c);
            var reference = Array.IndexOf(result.Groups.Select(g => g.Group).ToArray(), result.ReferenceGroup);
            return result.Groups.Select((g, i) =>
                    Contains(g.Estimate, c.X[i] / c.N[i])
                    && Contains(g.Difference, (c.X[i] / c.N[i]) - (c.X[reference] / c.N[reference]))
                    && (c.X[reference] == 0 ? g.Ratio.Status == EstimateStatus.ZeroDenominator : Contains(g.Ratio, c.X[i] / c.N[i] / (c.X[reference] / c.N[reference]))))
                    .All(ok => ok)
                && result.SummaryMeasures.All(m => Contains(m.Bounds, m.Estimates[0].Estimate));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void With_no_unknown_records_every_scenario_is_the_complete_case() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var result = Run(c with { UnknownX = 0, UnknownN = 0 });
            return result.Groups.All(g => g.Estimates.All(e => e == g.Estimates[0]) && g.Ratios.All(r => r == g.Ratios[0])
                    && g.Estimate.Minimum == g.Estimate.Maximum && g.Ratio.Minimum == g.Ratio.Maximum
                    && g.Gap is GapRobustness.Reference or GapRobustness.Undefined or GapRobustness.SurvivesEveryScenario or GapRobustness.NoGapInAnyScenario)
                && result.SummaryMeasures.All(m => m.Estimates.All(e => e == m.Estimates[0]));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Bounds_widen_monotonically_as_the_unknown_counts_grow_in_proportion() =>
        Prop.ForAll((from c in Cases from k in Gen.Choose(2, 6) select (c, k)).ToArbitrary(), t =>
        {
            var before = Run(t.c);
            var after = Run(t.c, t.k);
            static bool Wider(SensitivityBounds narrow, SensitivityBounds wide) =>
                narrow.Status != EstimateStatus.Ok
                || (wide.Minimum <= narrow.Minimum + (1e-12 * Math.Abs(narrow.Minimum!.Value))
                    && wide.Maximum >= narrow.Maximum - (1e-12 * Math.Abs(narrow.Maximum!.Value)));
            return before.Groups.Zip(after.Groups).All(p =>
                Wider(p.First.Estimate, p.Second.Estimate) && Wider(p.First.Difference, p.Second.Difference) && Wider(p.First.Ratio, p.Second.Ratio));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Dataset_rows_with_missing_ethnicity_are_the_unknown_counts_of_their_stratum()
    {
        var rows = new[]
        {
            new StratifiedRow("A", Period: "2023", Numerator: 40, Denominator: 400),
            new StratifiedRow("J", Period: "2023", Numerator: 30, Denominator: 150),
            new StratifiedRow("K", Period: "2023", Numerator: 5, Denominator: 50),
            new StratifiedRow("Z", Period: "2023", Numerator: 10, Denominator: 40),
            new StratifiedRow("99", Period: "2023", Numerator: 20, Denominator: 60),
            new StratifiedRow("A", Period: "2024", Numerator: 41, Denominator: 410),
            new StratifiedRow("J", Period: "2024", Numerator: 20, Denominator: 100),
        };
        var dataset = new StratifiedDataset(GroupDimension.Ethnicity(), DatasetMeasure.Proportion, rows);
        var results = MissingEthnicitySensitivity.Analyse(dataset);
        Assert.Equal(2, results.Count);
        var first = results[0];
        Assert.Equal((30.0, 100.0), (first.UnknownNumerator, first.UnknownDenominator));
        var spans = MissingEthnicitySensitivity.Analyse(["A", "J", "K"], [40, 30, 5], [400, 150, 50], 30, 100, SensitivityMeasure.Proportion);
        Assert.Equal(spans.Groups.Select(g => g.Estimates), first.Groups.Select(g => g.Estimates));
        Assert.Equal(ExpectedVersusObserved.AllGroupsLabel, first.Stratum!.Group);
        Assert.Equal("2023", first.Stratum.Period);
        Assert.Equal((105.0, 700.0), (first.Stratum.Numerator!.Value, first.Stratum.Denominator!.Value));
        Assert.Equal((0.0, 0.0), (results[1].UnknownNumerator, results[1].UnknownDenominator));
        Assert.Equal(["A", "J"], results[1].Groups.Select(g => g.Group));
    }

    [Fact]
    public void Bad_input_is_reported_whole()
    {
        var single = Assert.Throws<StatisticsInputException>(() =>
            MissingEthnicitySensitivity.Analyse(["A"], [1], [10], 0, 0, SensitivityMeasure.Proportion));
        Assert.Contains("at least two groups", Assert.Single(single.Problems).Rule, StringComparison.Ordinal);

        var many = Assert.Throws<StatisticsInputException>(() => MissingEthnicitySensitivity.Analyse(
            ["A", "B", "B"], [11, -1, 2], [10, 10, 0], 6, 5, SensitivityMeasure.Proportion, new MissingEthnicityOptions { ReferenceGroup = "W", Multiplier = 0 }));
        Assert.Contains(many.Problems, p => p is { Argument: "numerators", Index: 0 });
        Assert.Contains(many.Problems, p => p is { Argument: "numerators", Index: 1 });
        Assert.Contains(many.Problems, p => p is { Argument: "denominators", Index: 2 });
        Assert.Contains(many.Problems, p => p is { Argument: "groups", Index: 2 });
        Assert.Contains(many.Problems, p => p.Argument == "unknownNumerator");
        Assert.Contains(many.Problems, p => p.Argument == "options.ReferenceGroup" && p.Value == "'W'");
        Assert.Contains(many.Problems, p => p.Argument == "options.Multiplier");

        var lengths = Assert.Throws<StatisticsInputException>(() =>
            MissingEthnicitySensitivity.Analyse(["A", "B"], [1, 2, 3], [10, 10], 0, 0, SensitivityMeasure.Rate));
        Assert.Contains(lengths.Problems, p => p.Argument == "numerators");

        var notEthnicity = new StratifiedDataset(GroupDimension.Other("provider"), DatasetMeasure.Rate,
            [new StratifiedRow("P1", Numerator: 1, Denominator: 10), new StratifiedRow("P2", Numerator: 1, Denominator: 10)]);
        Assert.Contains(Assert.Throws<StatisticsInputException>(() => MissingEthnicitySensitivity.Analyse(notEthnicity)).Problems,
            p => p.Argument == "dataset.Group");

        var oneGroupStratum = new StratifiedDataset(GroupDimension.Ethnicity(), DatasetMeasure.Rate,
        [
            new StratifiedRow("A", Area: "X", Numerator: 1, Denominator: 10), new StratifiedRow("J", Area: "X", Numerator: 1, Denominator: 10),
            new StratifiedRow("A", Area: "Y", Numerator: 1, Denominator: 10), new StratifiedRow("99", Area: "Y", Numerator: 1, Denominator: 10),
        ]);
        var stratum = Assert.Single(Assert.Throws<StatisticsInputException>(() => MissingEthnicitySensitivity.Analyse(oneGroupStratum)).Problems);
        Assert.Contains("area 'Y'", stratum.Rule, StringComparison.Ordinal);
    }
}
