using EEiC.Indicators;
using EEiC.Statistics.Inequality;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Simulation;
using EEiC.Statistics.Validation;
using FsCheck;
using FsCheck.Fluent;

namespace EEiC.Statistics.Tests.Inequality;

/// <summary>
/// The bootstrap limits of bgsd, cov, mdmu, mdmw, mdbu, mdbw, mdru, mdrw, idisu and idisw beyond the healthequal
/// fixtures (NonOrderedSummaryMeasuresFixtureTests): invariants that hold for any data, a second, naive
/// implementation of the healthequal procedure, the settings and the input rules.
/// </summary>
public sealed class NonOrderedSummaryMeasuresBootstrapTests
{
    private static readonly SummaryMeasure[] Measures =
    [
        SummaryMeasure.BetweenGroupStandardDeviation, SummaryMeasure.CoefficientOfVariation, SummaryMeasure.MeanDifferenceFromMeanUnweighted,
        SummaryMeasure.MeanDifferenceFromMeanWeighted, SummaryMeasure.MeanDifferenceFromBestUnweighted, SummaryMeasure.MeanDifferenceFromBestWeighted,
        SummaryMeasure.MeanDifferenceFromReferenceUnweighted, SummaryMeasure.MeanDifferenceFromReferenceWeighted,
        SummaryMeasure.IndexOfDisparityUnweighted, SummaryMeasure.IndexOfDisparityWeighted,
    ];

    private static readonly Gen<SubgroupEstimate[]> Subgroups =
        from n in Gen.Choose(3, 10)
        from values in Gen.ArrayOf(
            from e in Gen.Choose(0, 100_000)
            from se in Gen.Choose(0, 8_000)
            from p in Gen.Choose(1, 1_000_000)
            select (Estimate: e / 1000.0, Se: se / 1000.0, Population: p / 10.0), n)
        select values.Select((v, i) => new SubgroupEstimate("g" + i, v.Estimate, v.Se, v.Population)).ToArray();

    private static readonly Gen<(SubgroupEstimate[] Subgroups, SummaryMeasureSettings Settings, bool WithoutPopulation)> Cases =
        from g in Subgroups
        from scale in Gen.Elements(100.0, 1000.0)
        from polarity in Gen.Elements(IndicatorPolarity.HigherIsBetter, IndicatorPolarity.LowerIsBetter)
        from seed in Gen.Choose(-1000, 1_000_000)
        from replicates in Gen.Elements(1, 2, 7, 40, 100)
        from withoutPopulation in Gen.Elements(false, true)
        from withAverage in Gen.Elements(false, true)
        select (g, new SummaryMeasureSettings
        {
            Polarity = polarity,
            Scale = scale,
            ReferenceSubgroup = g[^1].Name,
            SettingAverage = withoutPopulation || withAverage ? g.Average(s => s.Estimate) + 1 : null,
            BootstrapReplicates = replicates,
            BootstrapSeed = seed,
        }, withoutPopulation);

    private static SubgroupEstimate[] Input(SummaryMeasure measure, SubgroupEstimate[] g, bool withoutPopulation) =>
        withoutPopulation && measure is SummaryMeasure.MeanDifferenceFromMeanUnweighted or SummaryMeasure.IndexOfDisparityUnweighted
            ? HealthequalFixture.WithoutPopulation(g)
            : g;

    [Fact]
    public void Limits_are_ordered_non_negative_and_reproducible()
    {
        Prop.ForAll(Cases.ToArbitrary(), x =>
        {
            foreach (var measure in Measures)
            {
                var g = Input(measure, x.Subgroups, x.WithoutPopulation);
                var a = NonOrderedSummaryMeasures.Compute(measure, g, x.Settings);
                if (a.Status != EstimateStatus.Ok)
                {
                    continue; // a zero mean (all estimates 0): no estimate, no limits
                }

                var b = NonOrderedSummaryMeasures.Compute(measure, g, x.Settings);
                Assert.Equal(a, b);
                if (a.Lower is null)
                {
                    // Only a simulated mean of 0 in every replicate (all relative replicates NaN) leaves no limits.
                    Assert.True(SummaryMeasureEstimate.IsRelativeMeasure(measure), $"{measure}: {a}");
                    continue;
                }

                Assert.True(a.Lower >= 0 && a.Lower <= a.Upper, $"{measure}: {a}");
                Assert.Equal(ConfidenceLevel.Percent95, a.Level);
                Assert.Null(a.StandardError);
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Without_sampling_error_every_replicate_is_the_estimate()
    {
        // rnorm(1, est, 0) returns est: all replicates reproduce the point estimate, so both limits equal it.
        Prop.ForAll(Cases.ToArbitrary(), x =>
        {
            // (Not when mdmu/idisu get both populations and a setting average: the estimate then uses the setting
            // average but the replicates the population-weighted mean, as in healthequal.)
            var exact = x.Subgroups.Select(s => s with { StandardError = 0 }).ToArray();
            var settings = x.WithoutPopulation ? x.Settings : x.Settings with { SettingAverage = null };
            foreach (var measure in Measures)
            {
                var g = Input(measure, exact, x.WithoutPopulation);
                var result = NonOrderedSummaryMeasures.Compute(measure, g, settings);
                if (result.Status != EstimateStatus.Ok)
                {
                    continue;
                }

                var estimate = result.Estimate!.Value;
                var tolerance = 1e-12 * Math.Max(1, Math.Abs(estimate));
                Assert.True(Math.Abs(result.Lower!.Value - estimate) <= tolerance && Math.Abs(result.Upper!.Value - estimate) <= tolerance,
                    $"{measure}: {result}");
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Limits_agree_with_a_naive_implementation_of_the_healthequal_procedure()
    {
        Prop.ForAll(Cases.ToArbitrary(), x =>
        {
            foreach (var measure in Measures)
            {
                var g = Input(measure, x.Subgroups, x.WithoutPopulation);
                var result = NonOrderedSummaryMeasures.Compute(measure, g, x.Settings);
                if (result.Status != EstimateStatus.Ok)
                {
                    continue;
                }

                var (lower, upper) = NaiveLimits(measure, g, x.Settings);
                Tolerance.Equal(lower, result.Lower, 1e-12, $"{measure} lower");
                Tolerance.Equal(upper, result.Upper, 1e-12, $"{measure} upper");
            }
        }).QuickCheckThrowOnFailure();
    }

    /// <summary>
    /// healthequal's loop written out plainly: a list of replicates, LINQ sums, quantiles by Hyndman and Fan's
    /// definition 7 as printed in their paper (Am Stat 1996;50:361–365): Q(p) = x₍ⱼ₎ + γ(x₍ⱼ₊₁₎ − x₍ⱼ₎),
    /// j = ⌊(n − 1)p⌋ + 1, γ = (n − 1)p − ⌊(n − 1)p⌋. Only the random stream is shared with the library.
    /// </summary>
    private static (double? Lower, double? Upper) NaiveLimits(SummaryMeasure measure, SubgroupEstimate[] g, SummaryMeasureSettings settings)
    {
        var withPopulation = g.All(s => s.Population is not null);
        var shares = withPopulation ? g.Select(s => s.Population!.Value / g.Sum(t => t.Population!.Value)).ToArray() : [];
        var originalMean = withPopulation ? shares.Zip(g, (p, s) => p * s.Estimate).Sum() : 0;
        var replicates = new List<double>();
        var simulated = new double[g.Length];
        Span<uint> state = stackalloc uint[RCompatibleNormal.StateLength];
        var random = new RCompatibleNormal(state, settings.BootstrapSeed);
        for (var r = 0; r < settings.BootstrapReplicates; r++)
        {
            for (var i = 0; i < g.Length; i++)
            {
                double value;
                do
                {
                    value = random.NextNormal(g[i].Estimate, g[i].StandardError!.Value);
                }
                while (value < 0 || (settings.Scale == 100 && value > 100));

                simulated[i] = value;
            }

            var x = simulated;
            double SimulatedMean() => shares.Zip(x, (p, v) => p * v).Sum();
            var mean = measure switch
            {
                SummaryMeasure.IndexOfDisparityWeighted => originalMean,
                SummaryMeasure.MeanDifferenceFromMeanUnweighted or SummaryMeasure.IndexOfDisparityUnweighted when !withPopulation => settings.SettingAverage!.Value,
                _ when withPopulation => SimulatedMean(),
                _ => double.NaN,
            };
            var best = settings.Polarity == IndicatorPolarity.HigherIsBetter ? x.Max() : x.Min();
            var reference = x[Array.FindIndex(g, s => s.Name == settings.ReferenceSubgroup)];
            var n = x.Length;
            double WeightedFrom(double target) => shares.Zip(x, (p, v) => p * Math.Abs(v - target)).Sum();
            var replicate = measure switch
            {
                SummaryMeasure.BetweenGroupStandardDeviation => Math.Sqrt(shares.Zip(x, (p, v) => p * (v - mean) * (v - mean)).Sum()),
                SummaryMeasure.CoefficientOfVariation => 100 * Math.Sqrt(shares.Zip(x, (p, v) => p * (v - mean) * (v - mean)).Sum()) / mean,
                SummaryMeasure.MeanDifferenceFromMeanUnweighted => x.Sum(v => Math.Abs(v - mean)) / n,
                SummaryMeasure.MeanDifferenceFromMeanWeighted => WeightedFrom(mean),
                SummaryMeasure.IndexOfDisparityUnweighted => 100 * x.Sum(v => Math.Abs(v - mean)) / (n * mean),
                SummaryMeasure.IndexOfDisparityWeighted => 100 * WeightedFrom(mean) / mean,
                SummaryMeasure.MeanDifferenceFromBestUnweighted => x.Sum(v => Math.Abs(v - best)) / n,
                SummaryMeasure.MeanDifferenceFromBestWeighted => WeightedFrom(best),
                SummaryMeasure.MeanDifferenceFromReferenceUnweighted => x.Sum(v => Math.Abs(v - reference)) / n,
                _ => WeightedFrom(reference),
            };
            if (!double.IsNaN(replicate))
            {
                replicates.Add(replicate);
            }
        }

        if (replicates.Count == 0)
        {
            return (null, null);
        }

        var sorted = replicates.Order().ToArray();
        double Quantile(double p)
        {
            var position = (sorted.Length - 1) * p;
            var j = (int)Math.Floor(position);
            var gamma = position - j;
            return j + 1 < sorted.Length ? sorted[j] + (gamma * (sorted[j + 1] - sorted[j])) : sorted[j];
        }

        return (Quantile(0.025), Quantile(0.975));
    }

    [Fact]
    public void The_seed_and_the_number_of_replicates_change_the_limits_and_zero_replicates_give_none()
    {
        var input = HealthequalFixture.Dataset("NonorderedSample", "Births attended by skilled health personnel (%)");
        var settings = new SummaryMeasureSettings { Scale = input.Scale };
        var reference = NonOrderedSummaryMeasures.IndexOfDisparityWeighted(input.Subgroups, settings);
        var otherSeed = NonOrderedSummaryMeasures.IndexOfDisparityWeighted(input.Subgroups, settings with { BootstrapSeed = 1 });
        var more = NonOrderedSummaryMeasures.IndexOfDisparityWeighted(input.Subgroups, settings with { BootstrapReplicates = 3000 });
        var none = NonOrderedSummaryMeasures.IndexOfDisparityWeighted(input.Subgroups, settings with { BootstrapReplicates = 0 });
        Assert.Equal(reference.Estimate, otherSeed.Estimate);
        Assert.NotEqual(reference.Lower, otherSeed.Lower);
        Assert.NotEqual(reference.Upper, more.Upper);
        Assert.Equal((reference.Estimate, (double?)null, (double?)null), (none.Estimate, none.Lower, none.Upper));
        Assert.True(more.Lower < more.Upper);

        // Without a scale (or with a subgroup lacking its standard error) healthequal computes no limits.
        Assert.Null(NonOrderedSummaryMeasures.IndexOfDisparityWeighted(input.Subgroups, SummaryMeasureSettings.Default).Lower);
        var oneMissing = input.Subgroups.Select((s, i) => i == 3 ? s with { StandardError = null } : s).ToArray();
        Assert.Null(NonOrderedSummaryMeasures.IndexOfDisparityWeighted(oneMissing, settings).Lower);
    }

    [Fact]
    public void Bootstrap_limits_are_95_percent_whatever_the_level_asks()
    {
        var input = HealthequalFixture.Dataset("NonorderedSample", "Births attended by skilled health personnel (%)");
        var settings = new SummaryMeasureSettings { Scale = input.Scale };
        var at95 = NonOrderedSummaryMeasures.BetweenGroupStandardDeviation(input.Subgroups, settings);
        var asked998 = NonOrderedSummaryMeasures.BetweenGroupStandardDeviation(input.Subgroups, settings with { Level = ConfidenceLevel.Percent99Point8 });
        Assert.Equal(at95, asked998);
        Assert.Equal(ConfidenceLevel.Percent95, asked998.Level);
        var bgv = NonOrderedSummaryMeasures.BetweenGroupVariance(input.Subgroups, settings with { Level = ConfidenceLevel.Percent99Point8 });
        Assert.Equal(ConfidenceLevel.Percent99Point8, bgv.Level); // analytic limits follow the level
    }

    [Fact]
    public void Batch_with_many_replicates_and_long_settings_uses_pooled_scratch_and_agrees_with_single_calls()
    {
        // A 1,500-subgroup setting, or 3,000 replicates, need more scratch than the stack share (2,048 doubles).
        var random = new Random(11);
        foreach (var (replicates, lengths) in new[] { (5, new[] { 3, 1500, 19 }), (3000, new[] { 3, 19 }) })
        {
            var flat = lengths.SelectMany(n => Enumerable.Range(0, n).Select(i =>
                new SubgroupEstimate("g" + i, 20 + (60 * random.NextDouble()), 3 * random.NextDouble(), 100 + random.Next(10_000)))).ToArray();
            var settings = new SummaryMeasureSettings { Scale = 100, Polarity = IndicatorPolarity.LowerIsBetter, ReferenceSubgroup = "g1", BootstrapReplicates = replicates };
            foreach (var measure in new[] { SummaryMeasure.MeanDifferenceFromReferenceWeighted, SummaryMeasure.CoefficientOfVariation })
            {
                var destination = new SummaryMeasureEstimate[lengths.Length];
                NonOrderedSummaryMeasures.Compute(measure, flat, lengths, settings, destination);
                var start = 0;
                for (var s = 0; s < lengths.Length; s++)
                {
                    Assert.Equal(NonOrderedSummaryMeasures.Compute(measure, flat.AsSpan(start, lengths[s]), settings), destination[s]);
                    Assert.NotNull(destination[s].Lower);
                    start += lengths[s];
                }
            }
        }
    }

    [Fact]
    public void A_hopeless_truncation_gives_up_the_limits_but_keeps_the_estimate()
    {
        // Acceptance probability of [0, 100] under N(50, 10¹²) is about 4·10⁻¹¹: healthequal would draw for ever.
        SubgroupEstimate[] g = [new("a", 50, 1e12, 10), new("b", 60, 1, 10), new("c", 70, 1, 10)];
        var result = NonOrderedSummaryMeasures.MeanDifferenceFromMeanWeighted(g, new SummaryMeasureSettings { Scale = 100 });
        Assert.Equal(EstimateStatus.Ok, result.Status);
        Assert.Equal(20.0 / 3, result.Estimate!.Value, 12); // μ = 60: (10 + 0 + 10)/3
        Assert.Null(result.Lower);
        Assert.Null(result.Upper);
    }

    [Fact]
    public void Estimates_outside_the_truncation_range_and_bad_bootstrap_settings_are_reported()
    {
        SubgroupEstimate[] g = [new("a", -1, 1, 10), new("b", 60, 1, 10), new("c", 101, 1, 10)];
        var problems = Assert.Throws<StatisticsInputException>(() =>
            NonOrderedSummaryMeasures.BetweenGroupStandardDeviation(g, new SummaryMeasureSettings { Scale = 100 })).Problems;
        Assert.Equal([(0, "subgroups.Estimate"), (2, "subgroups.Estimate")], problems.Select(p => (p.Index!.Value, p.Argument)).ToArray());
        Assert.Contains("[0, 100]", problems[0].Rule, StringComparison.Ordinal);

        // Scale 1000 truncates at 0 only; no bootstrap, no range rule.
        var rate = Assert.Single(Assert.Throws<StatisticsInputException>(() =>
            NonOrderedSummaryMeasures.BetweenGroupStandardDeviation(g, new SummaryMeasureSettings { Scale = 1000 })).Problems);
        Assert.Equal(0, rate.Index);
        Assert.NotNull(NonOrderedSummaryMeasures.BetweenGroupStandardDeviation(g, new SummaryMeasureSettings { Scale = 100, BootstrapReplicates = 0 }).Estimate);
        Assert.NotNull(NonOrderedSummaryMeasures.BetweenGroupStandardDeviation(g, SummaryMeasureSettings.Default).Estimate);

        SubgroupEstimate[] fine = [new("a", 1, 1, 10), new("b", 60, 1, 10), new("c", 90, 1, 10)];
        var settings = Assert.Throws<StatisticsInputException>(() => NonOrderedSummaryMeasures.Compute(SummaryMeasure.IndexOfDisparityWeighted,
            fine, [3], new SummaryMeasureSettings { Scale = -100, BootstrapReplicates = -1 }, new SummaryMeasureEstimate[1])).Problems;
        Assert.Equal(["settings.BootstrapReplicates", "settings.Scale"], settings.Select(p => p.Argument).ToArray());
        var tooMany = Assert.Single(Assert.Throws<StatisticsInputException>(() => NonOrderedSummaryMeasures.BetweenGroupStandardDeviation(fine,
            new SummaryMeasureSettings { Scale = 100, BootstrapReplicates = int.MaxValue })).Problems);
        Assert.Equal("settings.BootstrapReplicates", tooMany.Argument);
    }
}
