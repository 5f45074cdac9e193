using EEiC.Statistics.Inequality;
using EEiC.Statistics.Intervals;
using FsCheck;
using FsCheck.Fluent;

namespace EEiC.Statistics.Tests.Inequality;

/// <summary>Invariants of the SII and RII that hold for any ordered quantiles.</summary>
public sealed class SlopeIndexOfInequalityPropertyTests
{
    private static readonly SlopeIndexOptions Quick = new() { Repetitions = 2_000 };

    /// <summary>k quantiles (5–20) with populations, values 50–100 and standard errors 0.1–3 (well-behaved normal values).</summary>
    private static readonly Arbitrary<OrderedQuantileValue[]> Areas = Gen.Choose(5, 20).SelectMany(AreaOf).ToArbitrary();

    private static readonly Arbitrary<(OrderedQuantileValue[] Area, ulong Seed)> AreasWithSeeds =
        (from area in Areas.Generator
         from seed in ArbMap.Default.GeneratorFor<ulong>()
         select (area, seed)).ToArbitrary();

    [Fact]
    public void A_flat_gradient_gives_sii_0_and_rii_1()
    {
        var flat = (from k in Gen.Choose(5, 100)
                    from populations in Gen.Choose(1, 1_000_000).ArrayOf(k)
                    from value in Gen.Choose(1, 999)
                    from type in Gen.Elements(SlopeIndexValueType.Normal, SlopeIndexValueType.Rate, SlopeIndexValueType.Proportion)
                    from transform in Gen.Elements(false, true)
                    select (populations, value / 1000.0, type, transform && type != SlopeIndexValueType.Normal)).ToArbitrary();
        Prop.ForAll(flat, x =>
        {
            var (populations, value, type, transform) = x;
            var area = populations.Select((p, j) => OrderedQuantileValue.WithConfidenceLimits(j + 1, p, value, value * 0.9, value * 1.1 > 1 ? 0.999 : value * 1.1)).ToArray();
            var result = SlopeIndexOfInequality.Calculate(area, ConfidenceLevel.Percent95, 1, Quick with { ValueType = type, Transform = transform });
            return Math.Abs(result.SlopeIndex.Value!.Value) <= 1e-12 && Math.Abs(result.RelativeIndex.Value!.Value - 1) <= 1e-12;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Reversing_the_order_of_the_quantiles_negates_the_sii()
    {
        Prop.ForAll(Areas, area =>
        {
            var k = area.Length;
            var reversed = area.Select(v => OrderedQuantileValue.WithStandardError(k + 1 - v.Quantile, v.Population, v.Value, v.StandardError!.Value)).ToArray();
            var forward = SlopeIndexOfInequality.Calculate(area, ConfidenceLevel.Percent95, 1, Quick).SlopeIndex.Value!.Value;
            var backward = SlopeIndexOfInequality.Calculate(reversed, ConfidenceLevel.Percent95, 1, Quick).SlopeIndex.Value!.Value;
            return Math.Abs(forward + backward) <= 1e-9 * Math.Max(1, Math.Abs(forward));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void The_order_the_values_are_given_in_does_not_matter()
    {
        Prop.ForAll(AreasWithSeeds, x =>
        {
            var shuffled = x.Area.Reverse().ToArray();
            return SlopeIndexOfInequality.Calculate(x.Area, ConfidenceLevel.Percent95, x.Seed, Quick)
                == SlopeIndexOfInequality.Calculate(shuffled, ConfidenceLevel.Percent95, x.Seed, Quick);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void The_sii_and_its_limits_scale_with_a_positive_multiplier_and_the_rii_does_not_change()
    {
        var scaled = (from x in AreasWithSeeds.Generator
                      from multiplier in Gen.Elements(0.5, 2, 100, 1000, 100_000)
                      select (x.Area, x.Seed, multiplier)).ToArbitrary();
        Prop.ForAll(scaled, x =>
        {
            var one = SlopeIndexOfInequality.Calculate(x.Area, ConfidenceLevel.Percent95, x.Seed, Quick);
            var many = SlopeIndexOfInequality.Calculate(x.Area, ConfidenceLevel.Percent95, x.Seed, Quick with { Multiplier = x.multiplier });
            return Close(x.multiplier * one.SlopeIndex.Value!.Value, many.SlopeIndex.Value!.Value)
                && Close(x.multiplier * one.SlopeIndex.Lower!.Value, many.SlopeIndex.Lower!.Value)
                && Close(x.multiplier * one.SlopeIndex.Upper!.Value, many.SlopeIndex.Upper!.Value)
                && one.RelativeIndex == many.RelativeIndex;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_negative_multiplier_negates_the_sii_and_inverts_the_rii()
    {
        Prop.ForAll(AreasWithSeeds, x =>
        {
            var one = SlopeIndexOfInequality.Calculate(x.Area, ConfidenceLevel.Percent95, x.Seed, Quick);
            var minus = SlopeIndexOfInequality.Calculate(x.Area, ConfidenceLevel.Percent95, x.Seed, Quick with { Multiplier = -1 });
            return Close(-one.SlopeIndex.Value!.Value, minus.SlopeIndex.Value!.Value)
                && Close(1 / one.RelativeIndex.Value!.Value, minus.RelativeIndex.Value!.Value)
                && minus.SlopeIndex.Lower <= minus.SlopeIndex.Upper
                && minus.RelativeIndex.Lower <= minus.RelativeIndex.Upper
                // The same draws, negated: the order statistics at positions 50 and 1,950 of 2,000 become those at
                // 1,951 and 51, one step further out and one step further in than the negated limits.
                && minus.SlopeIndex.Lower <= -one.SlopeIndex.Upper!.Value
                && minus.SlopeIndex.Upper <= -one.SlopeIndex.Lower!.Value
                && minus.SlopeIndex.Upper >= -one.SlopeIndex.Upper!.Value;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void The_same_seed_gives_the_same_limits_and_another_seed_other_limits()
    {
        Prop.ForAll(AreasWithSeeds, x =>
        {
            var first = SlopeIndexOfInequality.Calculate(x.Area, ConfidenceLevel.Percent95, x.Seed, Quick);
            var again = SlopeIndexOfInequality.Calculate(x.Area, ConfidenceLevel.Percent95, x.Seed, Quick);
            var other = SlopeIndexOfInequality.Calculate(x.Area, ConfidenceLevel.Percent95, x.Seed + 1, Quick);
            return first == again
                && first.SlopeIndex.Value == other.SlopeIndex.Value
                && first.SlopeIndex.Lower != other.SlopeIndex.Lower;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Leaving_out_the_rii_limits_changes_nothing_else()
    {
        var cases = (from x in AreasWithSeeds.Generator
                     from type in Gen.Elements(SlopeIndexValueType.Normal, SlopeIndexValueType.Rate)
                     from transform in Gen.Elements(false, true)
                     select (x.Area, x.Seed, type, transform && type == SlopeIndexValueType.Rate)).ToArbitrary();
        Prop.ForAll(cases, x =>
        {
            var options = Quick with { ValueType = x.type, Transform = x.Item4 };
            var area = x.type == SlopeIndexValueType.Rate
                ? x.Area.Select(v => OrderedQuantileValue.WithStandardError(v.Quantile, v.Population, v.Value, v.StandardError!.Value / 100)).ToArray()
                : x.Area;
            var full = SlopeIndexOfInequality.Calculate(area, ConfidenceLevel.Percent95, x.Seed, options);
            var lean = SlopeIndexOfInequality.Calculate(area, ConfidenceLevel.Percent95, x.Seed, options with { RelativeIndexLimits = false });
            return full.SlopeIndex == lean.SlopeIndex && full.Intercept == lean.Intercept
                && full.RelativeIndex.Value == lean.RelativeIndex.Value && full.RelativeIndex.Lower is not null
                && lean.RelativeIndex.Lower is null && lean.RelativeIndex.Upper is null;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Limits_are_ordered_and_contain_the_estimate()
    {
        var cases = (from x in AreasWithSeeds.Generator
                     from type in Gen.Elements(SlopeIndexValueType.Normal, SlopeIndexValueType.Rate, SlopeIndexValueType.Proportion)
                     from transform in Gen.Elements(false, true)
                     from multiplier in Gen.Elements(1.0, 100, -1, -100)
                     select (x.Area, x.Seed, type, transform && type != SlopeIndexValueType.Normal, multiplier)).ToArbitrary();
        ConfidenceLevel[] levels = [new(0.9), ConfidenceLevel.Percent95, ConfidenceLevel.Percent99Point8];
        Prop.ForAll(cases, x =>
        {
            // Rates as given; proportions as value/200 (0.25–0.5) with a small standard error on the logit scale.
            var area = x.type == SlopeIndexValueType.Proportion
                ? x.Area.Select(v => OrderedQuantileValue.WithStandardError(v.Quantile, v.Population, v.Value / 200, v.StandardError!.Value / 100)).ToArray()
                : x.type == SlopeIndexValueType.Rate
                    ? x.Area.Select(v => OrderedQuantileValue.WithStandardError(v.Quantile, v.Population, v.Value, v.StandardError!.Value / 100)).ToArray()
                    : x.Area;
            var results = new SlopeIndexEstimate[levels.Length];
            SlopeIndexOfInequality.Calculate(area, [area.Length], area.Length, levels, results, x.Seed,
                new SlopeIndexOptions { ValueType = x.type, Transform = x.Item4, Multiplier = x.multiplier, Repetitions = 2_000 });
            var ok = true;
            for (var l = 0; l < levels.Length; l++)
            {
                foreach (var (e, narrower) in new[] { (results[l].SlopeIndex, results[Math.Max(l - 1, 0)].SlopeIndex), (results[l].RelativeIndex, results[Math.Max(l - 1, 0)].RelativeIndex) })
                {
                    ok &= e.Status == EstimateStatus.Ok && e.Lower <= e.Value && e.Value <= e.Upper;

                    // Levels are in increasing order, and one simulation serves them all: the wider nests the narrower.
                    ok &= e.Lower <= narrower.Lower && narrower.Upper <= e.Upper;
                }
            }

            return ok;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_batch_gives_the_same_results_sequentially_in_parallel_and_area_by_area()
    {
        var batches = (from count in Gen.Choose(1, 6)
                       from areas in AreaOf(10).ArrayOf(count)
                       from seed in ArbMap.Default.GeneratorFor<ulong>()
                       select (areas, seed)).ToArbitrary();
        Prop.ForAll(batches, x =>
        {
            var values = x.areas.SelectMany(a => a).ToArray();
            var lengths = x.areas.Select(a => a.Length).ToArray();
            ConfidenceLevel[] levels = [ConfidenceLevel.Percent95, ConfidenceLevel.Percent99Point8];
            var sequential = new SlopeIndexEstimate[x.areas.Length * 2];
            var parallel = new SlopeIndexEstimate[x.areas.Length * 2];
            SlopeIndexOfInequality.Calculate(values, lengths, 10, levels, sequential, x.seed, Quick);
            SlopeIndexOfInequality.CalculateParallel(values, lengths, 10, levels, parallel, x.seed, Quick, maxDegreeOfParallelism: 2);
            var single = SlopeIndexOfInequality.Calculate(x.areas[0], ConfidenceLevel.Percent95, x.seed, Quick);
            return sequential.SequenceEqual(parallel) && single == sequential[0];
        }).QuickCheckThrowOnFailure();
    }

    /// <summary>k quantiles with populations, values 50–100 and standard errors 0.1–3 (well-behaved normal values).</summary>
    private static Gen<OrderedQuantileValue[]> AreaOf(int k) =>
        from populations in Gen.Choose(100, 100_000).ArrayOf(k)
        from values in Gen.Choose(5_000, 10_000).ArrayOf(k)
        from errors in Gen.Choose(10, 300).ArrayOf(k)
        select Enumerable.Range(0, k)
            .Select(j => OrderedQuantileValue.WithStandardError(j + 1, populations[j], values[j] / 100.0, errors[j] / 100.0))
            .ToArray();

    private static bool Close(double expected, double actual) => Math.Abs(expected - actual) <= 1e-12 * Math.Max(1, Math.Abs(expected));
}
