using EEiC.Indicators;
using EEiC.Statistics.Inequality;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Validation;
using FsCheck;
using FsCheck.Fluent;

namespace EEiC.Statistics.Tests.Inequality;

/// <summary>
/// Properties of the non-ordered summary measures: invariance to the order of subgroups, zero inequality when all
/// estimates are equal, scale invariance of the relative measures, and the batch API agreeing with single calls.
/// </summary>
public sealed class NonOrderedSummaryMeasuresPropertyTests
{
    private static readonly SummaryMeasure[] All = Enum.GetValues<SummaryMeasure>().Where(m => !SummaryMeasureEstimate.NeedsOrderedDimension(m)).ToArray();

    private static readonly SummaryMeasure[] Relative =
    [
        SummaryMeasure.Ratio, SummaryMeasure.CoefficientOfVariation, SummaryMeasure.IndexOfDisparityUnweighted,
        SummaryMeasure.IndexOfDisparityWeighted, SummaryMeasure.TheilIndex, SummaryMeasure.MeanLogDeviation,
        SummaryMeasure.PopulationAttributableFraction,
    ];

    private static readonly Gen<SubgroupEstimate[]> Subgroups =
        from n in Gen.Choose(3, 12)
        from values in Gen.ArrayOf(
            from e in Gen.Choose(1, 100_000)
            from se in Gen.Choose(0, 5_000)
            from p in Gen.Choose(1, 1_000_000)
            select (Estimate: e / 1000.0, Se: se / 1000.0, Population: p / 10.0), n)
        select values.Select((v, i) => new SubgroupEstimate("g" + i, v.Estimate, v.Se, v.Population)).ToArray();

    private static SummaryMeasureSettings Settings(SubgroupEstimate[] g, IndicatorPolarity polarity) => new()
    {
        Polarity = polarity,
        Scale = 1000,
        ReferenceSubgroup = g[0].Name,
        SettingAverage = g.Average(s => s.Estimate),
    };

    private static void Close(double? expected, double? actual, string what) =>
        Tolerance.Equal(expected, actual, 1e-9, what);

    private static readonly SummaryMeasure[] BootstrapMeasures =
    [
        SummaryMeasure.BetweenGroupStandardDeviation, SummaryMeasure.CoefficientOfVariation, SummaryMeasure.MeanDifferenceFromMeanUnweighted,
        SummaryMeasure.MeanDifferenceFromMeanWeighted, SummaryMeasure.MeanDifferenceFromBestUnweighted, SummaryMeasure.MeanDifferenceFromBestWeighted,
        SummaryMeasure.MeanDifferenceFromReferenceUnweighted, SummaryMeasure.MeanDifferenceFromReferenceWeighted,
        SummaryMeasure.IndexOfDisparityUnweighted, SummaryMeasure.IndexOfDisparityWeighted,
    ];

    /// <summary>
    /// Point estimates (and the analytic standard errors and limits) do not depend on the order of subgroups. The
    /// bootstrap limits do: healthequal draws the subgroups in input order from one stream, so reordering them
    /// gives each subgroup other random numbers; only the point estimates of those measures are compared.
    /// </summary>
    [Fact]
    public void Every_measure_is_invariant_to_the_order_of_subgroups()
    {
        var gen = from g in Subgroups
                  from seed in Gen.Choose(0, int.MaxValue)
                  from polarity in Gen.Elements(IndicatorPolarity.HigherIsBetter, IndicatorPolarity.LowerIsBetter)
                  select (g, seed, polarity);
        Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var shuffled = x.g.ToArray();
            new Random(x.seed).Shuffle(shuffled);
            var settings = Settings(x.g, x.polarity);
            foreach (var measure in All)
            {
                var a = NonOrderedSummaryMeasures.Compute(measure, x.g, settings);
                var b = NonOrderedSummaryMeasures.Compute(measure, shuffled, settings);
                Close(a.Estimate, b.Estimate, $"{measure} estimate");
                Close(a.StandardError, b.StandardError, $"{measure} se");
                if (!BootstrapMeasures.Contains(measure))
                {
                    Close(a.Lower, b.Lower, $"{measure} lower");
                    Close(a.Upper, b.Upper, $"{measure} upper");
                }
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Equal_estimates_give_no_inequality()
    {
        var gen = from g in Subgroups
                  from value in Gen.Choose(1, 100_000)
                  from polarity in Gen.Elements(IndicatorPolarity.HigherIsBetter, IndicatorPolarity.LowerIsBetter)
                  select (g: g.Select(s => s with { Estimate = value / 1000.0 }).ToArray(), polarity);
        Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var settings = Settings(x.g, x.polarity);
            foreach (var measure in All)
            {
                var result = NonOrderedSummaryMeasures.Compute(measure, x.g, settings);
                var expected = measure == SummaryMeasure.Ratio ? 1.0 : 0.0;
                Assert.True(Math.Abs(result.Estimate!.Value - expected) <= 1e-9, $"{measure}: {result}");
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Relative_measures_are_invariant_to_scaling_the_estimates()
    {
        var gen = from g in Subgroups
                  from factor in Gen.Elements(0.001, 0.37, 10.0, 1000.0)
                  from polarity in Gen.Elements(IndicatorPolarity.HigherIsBetter, IndicatorPolarity.LowerIsBetter)
                  select (g, factor, polarity);
        Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var scaled = x.g.Select(s => s with { Estimate = s.Estimate * x.factor, StandardError = s.StandardError * x.factor }).ToArray();
            var settings = Settings(x.g, x.polarity);
            var scaledSettings = settings with { SettingAverage = settings.SettingAverage * x.factor };
            foreach (var measure in Relative)
            {
                var a = NonOrderedSummaryMeasures.Compute(measure, x.g, settings);
                var b = NonOrderedSummaryMeasures.Compute(measure, scaled, scaledSettings);
                Tolerance.Equal(a.Estimate, b.Estimate, 1e-8, $"{measure} × {x.factor}");
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Batch_over_settings_agrees_with_single_calls()
    {
        var gen = Gen.ArrayOf(Subgroups, 5).Select(a => a);
        Prop.ForAll(gen.ToArbitrary(), groups =>
        {
            var flat = groups.SelectMany(g => g.Select((s, i) => s with { Name = "g" + i })).ToArray();
            var lengths = groups.Select(g => g.Length).ToArray();
            var settings = new SummaryMeasureSettings { Polarity = IndicatorPolarity.LowerIsBetter, Scale = 1000, ReferenceSubgroup = "g1" };
            foreach (var measure in All.Where(m => m is not (SummaryMeasure.MeanDifferenceFromMeanUnweighted or SummaryMeasure.IndexOfDisparityUnweighted)))
            {
                var destination = new SummaryMeasureEstimate[lengths.Length];
                NonOrderedSummaryMeasures.Compute(measure, flat, lengths, settings, destination);
                var start = 0;
                for (var s = 0; s < lengths.Length; s++)
                {
                    var single = NonOrderedSummaryMeasures.Compute(measure, flat.AsSpan(start, lengths[s]), settings);
                    Assert.Equal(single, destination[s]);
                    start += lengths[s];
                }
            }
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData(SummaryMeasure.Difference, 1)]
    [InlineData(SummaryMeasure.Ratio, 1)]
    [InlineData(SummaryMeasure.BetweenGroupVariance, 2)]
    [InlineData(SummaryMeasure.TheilIndex, 2)]
    [InlineData(SummaryMeasure.PopulationAttributableFraction, 2)]
    [InlineData(SummaryMeasure.MeanDifferenceFromBestUnweighted, 1)]
    public void Too_few_subgroups_is_a_clear_error(SummaryMeasure measure, int count)
    {
        var g = Enumerable.Range(0, count).Select(i => new SubgroupEstimate("g" + i, 10 + i, 1, 100)).ToArray();
        var settings = new SummaryMeasureSettings { Polarity = IndicatorPolarity.HigherIsBetter };
        var problem = Assert.Single(Assert.Throws<StatisticsInputException>(() => NonOrderedSummaryMeasures.Compute(measure, g, settings)).Problems);
        Assert.Equal("subgroups", problem.Argument);
        Assert.Contains($"at least {NonOrderedSummaryMeasures.MinimumSubgroups(measure)} subgroups", problem.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_of_a_call_is_reported()
    {
        SubgroupEstimate[] g =
        [
            new("a", double.NaN, 1, 100),
            new("b", 10, -1, 100),
            new("c", 12, 1, null),
            new("d", 14, 1, 0),
        ];
        var settings = new SummaryMeasureSettings { ReferenceSubgroup = "z" };
        var problems = Assert.Throws<StatisticsInputException>(() =>
            NonOrderedSummaryMeasures.Compute(SummaryMeasure.MeanDifferenceFromReferenceWeighted, g, settings)).Problems;
        Assert.Equal(
            ["subgroups.Estimate", "subgroups.StandardError", "subgroups.Population", "subgroups.Population", "settings.ReferenceSubgroup"],
            problems.Select(p => p.Argument).ToArray());
    }

    [Theory]
    [InlineData(SummaryMeasure.MeanDifferenceFromBestWeighted, "settings.Polarity")]
    [InlineData(SummaryMeasure.PopulationAttributableRisk, "settings.Polarity")]
    [InlineData(SummaryMeasure.MeanDifferenceFromReferenceUnweighted, "settings.ReferenceSubgroup")]
    public void Missing_settings_are_reported(SummaryMeasure measure, string argument)
    {
        SubgroupEstimate[] g = [new("a", 1, 1, 100), new("b", 2, 1, 100), new("c", 3, 1, 100)];
        var problem = Assert.Single(Assert.Throws<StatisticsInputException>(() =>
            NonOrderedSummaryMeasures.Compute(measure, g, SummaryMeasureSettings.Default)).Problems);
        Assert.Equal(argument, problem.Argument);
    }

    [Fact]
    public void Weighted_measure_without_populations_and_unweighted_with_setting_average()
    {
        SubgroupEstimate[] g = [new("a", 10), new("b", 20), new("c", 40)];
        Assert.Throws<StatisticsInputException>(() => NonOrderedSummaryMeasures.BetweenGroupVariance(g, SummaryMeasureSettings.Default));
        var mdmu = NonOrderedSummaryMeasures.MeanDifferenceFromMeanUnweighted(g, new SummaryMeasureSettings { SettingAverage = 20 });
        Assert.Equal((10 + 0 + 20) / 3.0, mdmu.Estimate!.Value, 12); // independent: mean of |10−20|, |20−20|, |40−20|
        var d = NonOrderedSummaryMeasures.Difference(g, SummaryMeasureSettings.Default);
        Assert.Equal((30.0, (double?)null), (d.Estimate!.Value, d.Lower)); // no standard errors: no limits
    }

    [Fact]
    public void Ratio_with_a_zero_denominator_is_not_available()
    {
        SubgroupEstimate[] g = [new("a", 0, 1), new("b", 20, 1)];
        var r = NonOrderedSummaryMeasures.Ratio(g, SummaryMeasureSettings.Default);
        Assert.Equal((EstimateStatus.ZeroDenominator, (double?)null), (r.Status, r.Estimate));
    }

    [Fact]
    public void Batch_reports_problems_of_every_setting()
    {
        SubgroupEstimate[] flat = [new("a", 1, 1, 100), new("b", 2, 1, 100), new("c", -3, 1, 100), new("a", 1, 1, 100), new("b", 2, 1, -5)];
        var destination = new SummaryMeasureEstimate[2];
        var problems = Assert.Throws<StatisticsInputException>(() => NonOrderedSummaryMeasures.Compute(
            SummaryMeasure.TheilIndex, flat, [3, 2], SummaryMeasureSettings.Default, destination)).Problems;
        Assert.Equal([("0", "subgroups.Estimate"), ("1", "subgroups"), ("1", "subgroups.Population")],
            problems.Select(p => (p.Group!, p.Argument)).ToArray());
    }
}
