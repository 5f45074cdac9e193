using EEiC.Statistics.Intervals;
using EEiC.Statistics.Rates;
using FsCheck;
using FsCheck.Fluent;

namespace EEiC.Statistics.Tests.Rates;

/// <summary>Invariants of proportions, crude rates and means, checked on generated inputs.</summary>
public sealed class RatesPropertyTests
{
    private static readonly Gen<ConfidenceLevel> Levels =
        Gen.Choose(1, 999_999).Select(i => new ConfidenceLevel(i / 1e6));

    /// <summary>Two distinct levels, the lower first.</summary>
    private static readonly Gen<(ConfidenceLevel Low, ConfidenceLevel High)> LevelPairs =
        from a in Gen.Choose(1, 999_998)
        from b in Gen.Choose(a + 1, 999_999)
        select (new ConfidenceLevel(a / 1e6), new ConfidenceLevel(b / 1e6));

    private static readonly Gen<double> Multipliers = Gen.Elements(1.0, 100.0, 1000.0, 100_000.0, 0.5, 3.7);

    private static readonly Gen<int> Sizes = Gen.OneOf(Gen.Choose(1, 20), Gen.Choose(1, 2_000), Gen.Choose(1, 10_000_000));

    /// <summary>x of n: whole counts, non-integer counts, and the edges 0 and n.</summary>
    private static readonly Gen<(double X, double N)> ProportionInputs =
        from n in Sizes
        from kind in Gen.Choose(0, 3)
        from k in Gen.Choose(0, n)
        from u in Gen.Choose(0, 1_000_000)
        select kind switch
        {
            0 => ((double)k, (double)n),
            1 => (n * (u / 1e6), (double)n),
            2 => (0.0, (double)n),
            _ => ((double)n, (double)n),
        };

    /// <summary>Counts (small ones often, to exercise the exact limits; non-integer ones too) and denominators that may be below the count.</summary>
    private static readonly Gen<(double X, double N)> RateInputs =
        from count in Gen.OneOf(Gen.Choose(0, 9), Gen.Choose(0, 30), Gen.Choose(0, 5_000_000))
        from fraction in Gen.Elements(0.0, 0.0, 0.25, 0.5)
        from n in Gen.OneOf(Gen.Choose(1, 10), Gen.Choose(1, 10_000_000))
        from nFraction in Gen.Elements(0.0, 0.3)
        select (count + fraction, n + nFraction);

    [Fact]
    public void Wilson_interval_contains_the_value_and_lies_within_zero_and_the_multiplier() =>
        Prop.ForAll((from input in ProportionInputs from level in Levels from m in Multipliers select (input, level, m)).ToArbitrary(), c =>
        {
            var e = Proportions.Wilson(c.input.X, c.input.N, c.level, c.m);
            return e.Status == EstimateStatus.Ok && e.Method == EstimationMethod.Wilson
                && 0 <= e.Lower && e.Lower <= e.Value && e.Value <= e.Upper && e.Upper <= c.m;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Wilson_interval_is_wider_at_a_higher_confidence_level() =>
        Prop.ForAll((from input in ProportionInputs from levels in LevelPairs select (input, levels)).ToArbitrary(), c =>
        {
            var narrow = Proportions.Wilson(c.input.X, c.input.N, c.levels.Low);
            var wide = Proportions.Wilson(c.input.X, c.input.N, c.levels.High);
            return wide.Lower <= narrow.Lower && narrow.Upper <= wide.Upper && wide.Upper - wide.Lower > narrow.Upper - narrow.Lower;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Wilson_scales_linearly_with_the_multiplier() =>
        Prop.ForAll((from input in ProportionInputs from level in Levels from m in Multipliers select (input, level, m)).ToArbitrary(), c =>
        {
            var unit = Proportions.Wilson(c.input.X, c.input.N, c.level);
            var scaled = Proportions.Wilson(c.input.X, c.input.N, c.level, c.m);
            return Close(unit.Value * c.m, scaled.Value) && Close(unit.Lower * c.m, scaled.Lower) && Close(unit.Upper * c.m, scaled.Upper);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Wilson_limits_do_not_decrease_as_the_numerator_grows() =>
        Prop.ForAll((
            from n in Sizes
            from a in Gen.Choose(0, n)
            from b in Gen.Choose(0, n)
            from thousandths in Gen.Choose(0, 999)
            from level in Levels
            select (n, Math.Min(a, b), Math.Max(a, b), thousandths / 1000.0, level)).ToArbitrary(), c =>
        {
            var (n, a, b, fraction, level) = c;
            var x1 = Math.Min(a + fraction, n);
            var x2 = Math.Min(b + fraction, n);
            var lower = Proportions.Wilson(x1, n, level);
            var higher = Proportions.Wilson(x2, n, level);
            return lower.Lower <= higher.Lower && lower.Upper <= higher.Upper;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Wilson_batch_equals_the_scalar_method_element_by_element() =>
        Prop.ForAll((
            from inputs in Gen.ListOf(ProportionInputs)
            from levels in Gen.NonEmptyListOf(Levels)
            from m in Multipliers
            select (inputs.ToArray(), levels.Take(4).ToArray(), m)).ToArbitrary(), c =>
        {
            var (inputs, levels, m) = c;
            var destination = new IntervalEstimate[inputs.Length * levels.Length];
            Proportions.Wilson(inputs.Select(i => i.X).ToArray(), inputs.Select(i => i.N).ToArray(), levels, destination, m);
            return inputs.Select((input, g) => levels.Select((level, l) =>
                    destination[(g * levels.Length) + l] == Proportions.Wilson(input.X, input.N, level, m)).All(ok => ok))
                .All(ok => ok);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Rate_interval_contains_the_value_and_names_its_method() =>
        Prop.ForAll((from input in RateInputs from level in Levels from m in Multipliers select (input, level, m)).ToArbitrary(), c =>
        {
            var e = CrudeRates.Estimate(c.input.X, c.input.N, c.level, c.m);
            var method = c.input.X < 10 ? EstimationMethod.ExactPoisson : EstimationMethod.Byar;
            return e.Status == EstimateStatus.Ok && e.Method == method
                && 0 <= e.Lower && e.Lower <= e.Value && e.Value < e.Upper;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Rate_interval_is_wider_at_a_higher_confidence_level() =>
        Prop.ForAll((from input in RateInputs from levels in LevelPairs select (input, levels)).ToArbitrary(), c =>
        {
            var narrow = CrudeRates.Estimate(c.input.X, c.input.N, c.levels.Low);
            var wide = CrudeRates.Estimate(c.input.X, c.input.N, c.levels.High);
            return wide.Lower <= narrow.Lower && narrow.Upper < wide.Upper;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Rate_scales_linearly_with_the_multiplier() =>
        Prop.ForAll((from input in RateInputs from level in Levels from m in Multipliers select (input, level, m)).ToArbitrary(), c =>
        {
            var unit = CrudeRates.Estimate(c.input.X, c.input.N, c.level, 1);
            var scaled = CrudeRates.Estimate(c.input.X, c.input.N, c.level, c.m);
            return Close(unit.Value * c.m, scaled.Value) && Close(unit.Lower * c.m, scaled.Lower) && Close(unit.Upper * c.m, scaled.Upper);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Rate_batch_equals_the_scalar_method_element_by_element() =>
        Prop.ForAll((
            from inputs in Gen.ListOf(RateInputs)
            from levels in Gen.NonEmptyListOf(Gen.OneOf(Levels, Gen.Constant(ConfidenceLevel.Percent95)))
            from m in Multipliers
            select (inputs.ToArray(), levels.Take(4).ToArray(), m)).ToArbitrary(), c =>
        {
            var (inputs, levels, m) = c;
            var destination = new IntervalEstimate[inputs.Length * levels.Length];
            CrudeRates.Estimate(inputs.Select(i => i.X).ToArray(), inputs.Select(i => i.N).ToArray(), levels, destination, m);
            return inputs.Select((input, g) => levels.Select((level, l) =>
                    destination[(g * levels.Length) + l] == CrudeRates.Estimate(input.X, input.N, level, m)).All(ok => ok))
                .All(ok => ok);
        }).QuickCheckThrowOnFailure();

    private static readonly Gen<double[]> Samples =
        from size in Gen.Choose(2, 60)
        from values in Gen.ArrayOf(Gen.Choose(-100_000, 100_000).Select(i => i / 100.0), size)
        select values;

    [Fact]
    public void Mean_interval_contains_the_mean_and_reports_sum_count_and_deviation() =>
        Prop.ForAll((from values in Samples from level in Levels select (values, level)).ToArbitrary(), c =>
        {
            var result = Means.StudentT(c.values, [c.level]);
            var e = result.Estimates[0];
            return result.Count == c.values.Length && Close(c.values.Sum(), result.Sum) && result.StandardDeviation >= 0
                && e.Status == EstimateStatus.Ok && e.Value == result.Mean && e.Lower <= e.Value && e.Value <= e.Upper
                && e == Means.StudentT(c.values, c.level);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Mean_interval_is_wider_at_a_higher_confidence_level() =>
        Prop.ForAll((from values in Samples from levels in LevelPairs select (values, levels)).ToArbitrary(), c =>
        {
            var narrow = Means.StudentT(c.values, c.levels.Low);
            var wide = Means.StudentT(c.values, c.levels.High);
            return wide.Lower <= narrow.Lower && narrow.Upper <= wide.Upper;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Mean_grouped_batch_equals_each_group_on_its_own() =>
        Prop.ForAll((
            from groups in Gen.NonEmptyListOf(Gen.OneOf(Samples, Gen.Choose(-50, 50).Select(v => new[] { (double)v })))
            from levels in Gen.NonEmptyListOf(Levels)
            select (groups.ToArray(), levels.Take(3).ToArray())).ToArbitrary(), c =>
        {
            var (groups, levels) = c;
            var destination = new IntervalEstimate[groups.Length * levels.Length];
            Means.StudentT(groups.SelectMany(g => g).ToArray(), groups.Select(g => g.Length).ToArray(), levels, destination);
            return groups.Select((values, g) => levels.Select((level, l) =>
                    destination[(g * levels.Length) + l] == Means.StudentT(values, level)).All(ok => ok))
                .All(ok => ok);
        }).QuickCheckThrowOnFailure();

    private static bool Close(double? expected, double? actual) =>
        expected is { } e && actual is { } a && Math.Abs(a - e) <= 1e-14 * Math.Abs(e);
}
