using EEiC.Statistics.Intervals;
using EEiC.Statistics.Rates;
using EEiC.Statistics.Validation;
using FsCheck;
using FsCheck.Fluent;
using static EEiC.Statistics.Tests.Rates.RatesFixtures;

namespace EEiC.Statistics.Tests.Rates;

/// <summary>
/// The columnar (struct-of-arrays) forms of <see cref="Proportions.Wilson(ReadOnlySpan{double}, ReadOnlySpan{double}, ConfidenceLevel, Span{double}, Span{double}, double)"/>
/// and <see cref="CrudeRates.Estimate(ReadOnlySpan{double}, ReadOnlySpan{double}, ConfidenceLevel, Span{double}, Span{double}, double)"/>:
/// the same bits as the scalar methods, through the vector blocks, the scalar tail and the non-SIMD fallback; every
/// fixture row; and the batch validation.
/// </summary>
public sealed class ColumnarTests
{
    private const double Sentinel = -12345.678;

    private static readonly Gen<ConfidenceLevel> Levels = Gen.OneOf(
        Gen.Elements(ConfidenceLevel.Percent95, ConfidenceLevel.Percent99Point8),
        Gen.Choose(1, 999_999).Select(i => new ConfidenceLevel(i / 1e6)));

    private static readonly Gen<double> Multipliers = Gen.Elements(1.0, 100.0, 1000.0, 100_000.0, 0.5, 3.7);

    /// <summary>x of n: whole counts, non-integer counts, and the edges x = 0 and x = n (often, so that vector blocks hold them).</summary>
    private static readonly Gen<(double X, double N)> ProportionInputs =
        from n in Gen.OneOf(Gen.Choose(1, 20), Gen.Choose(1, 2_000), Gen.Choose(1, 10_000_000))
        from nFraction in Gen.Elements(0.0, 0.0, 0.5)
        from kind in Gen.Choose(0, 3)
        from u in Gen.Choose(0, 1_000_000)
        let size = n + nFraction
        select kind switch
        {
            0 => (Math.Floor(size * (u / 1e6)), size),
            1 => (size * (u / 1e6), size),
            2 => (0.0, size),
            _ => (size, size),
        };

    /// <summary>Counts below 10 (whole and not), around 10, and large; denominators below and above the count.</summary>
    private static readonly Gen<(double X, double N)> RateInputs =
        from count in Gen.OneOf(Gen.Choose(0, 9), Gen.Choose(8, 30), Gen.Choose(10, 5_000_000), Gen.Choose(10, 5_000_000))
        from fraction in Gen.Elements(0.0, 0.0, 0.25, 0.5)
        from n in Gen.OneOf(Gen.Choose(1, 10), Gen.Choose(1, 10_000_000))
        from nFraction in Gen.Elements(0.0, 0.3)
        select (count + fraction, n + nFraction);

    private static Gen<((double X, double N)[] Rows, ConfidenceLevel Level, double Multiplier)> Cases(Gen<(double X, double N)> rows) =>
        from length in Gen.Choose(0, 37)
        from input in rows.ArrayOf(length)
        from level in Levels
        from m in Multipliers
        select (input, level, m);

    [Fact]
    public void Wilson_columns_equal_the_scalar_method_bit_for_bit() =>
        Prop.ForAll(Cases(ProportionInputs).ToArbitrary(), c =>
        {
            var x = c.Rows.Select(r => r.X).ToArray();
            var n = c.Rows.Select(r => r.N).ToArray();
            var (lower, upper) = (new double[x.Length], new double[x.Length]);
            Proportions.Wilson(x, n, c.Level, lower, upper, c.Multiplier);
            var (lowerScalar, upperScalar) = (new double[x.Length], new double[x.Length]);
            WilsonKernel.Columns(x, n, c.Level.Z, c.Multiplier, lowerScalar, upperScalar, simd: false);
            for (var g = 0; g < x.Length; g++)
            {
                var expected = Proportions.Wilson(x[g], n[g], c.Level, c.Multiplier);
                SameBits(expected.Lower, lower[g], $"lower of row {g} ({x[g]:R}/{n[g]:R}) at {c.Level}");
                SameBits(expected.Upper, upper[g], $"upper of row {g} ({x[g]:R}/{n[g]:R}) at {c.Level}");
                SameBits(expected.Lower, lowerScalar[g], $"lower (no SIMD) of row {g}");
                SameBits(expected.Upper, upperScalar[g], $"upper (no SIMD) of row {g}");
                SameBits(expected.Value, x[g] / n[g] * c.Multiplier, $"documented value of row {g}");
            }
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Rate_columns_equal_the_scalar_method_bit_for_bit() =>
        Prop.ForAll(Cases(RateInputs).ToArbitrary(), c =>
        {
            var x = c.Rows.Select(r => r.X).ToArray();
            var n = c.Rows.Select(r => r.N).ToArray();
            var (lower, upper) = (new double[x.Length], new double[x.Length]);
            CrudeRates.Estimate(x, n, c.Level, lower, upper, c.Multiplier);
            var (lowerScalar, upperScalar) = (new double[x.Length], new double[x.Length]);
            CrudeRates.Columns(x, n, c.Level, c.Multiplier, lowerScalar, upperScalar, simd: false);
            for (var g = 0; g < x.Length; g++)
            {
                var expected = CrudeRates.Estimate(x[g], n[g], c.Level, c.Multiplier);
                SameBits(expected.Lower, lower[g], $"lower of row {g} ({x[g]:R}/{n[g]:R}) at {c.Level}");
                SameBits(expected.Upper, upper[g], $"upper of row {g} ({x[g]:R}/{n[g]:R}) at {c.Level}");
                SameBits(expected.Lower, lowerScalar[g], $"lower (no SIMD) of row {g}");
                SameBits(expected.Upper, upperScalar[g], $"upper (no SIMD) of row {g}");
                SameBits(expected.Value, x[g] / n[g] * c.Multiplier, $"documented value of row {g}");
                Assert.Equal(x[g] < 10 ? EstimationMethod.ExactPoisson : EstimationMethod.Byar, expected.Method);
            }
        }).QuickCheckThrowOnFailure();

    [Theory]
    [InlineData("proportion__testdata_Prop.csv", Fixture)]
    [InlineData("oracle_runs/proportion__oracle.csv", Oracle)]
    public void Wilson_columns_reproduce_every_fixture_row(string file, double tolerance)
    {
        var rows = Load(file).Rows;
        var multipliers = rows.Select(r => ProportionMultiplier(r)).ToArray();
        var covered = CheckColumns(file, rows, multipliers, tolerance,
            (x, n, level, lower, upper, m) => Proportions.Wilson(x, n, level, lower, upper, m));
        Assert.Equal(rows.Count, covered);
    }

    [Theory]
    [InlineData("rate__testdata_Rate.csv", Fixture)]
    [InlineData("oracle_runs/rate__oracle.csv", Oracle)]
    public void Rate_columns_reproduce_every_fixture_row(string file, double tolerance)
    {
        var rows = Load(file).Rows;
        var multipliers = rows.Select(r => RateMultiplier(r)).ToArray();
        var covered = CheckColumns(file, rows, multipliers, tolerance,
            (x, n, level, lower, upper, m) => CrudeRates.Estimate(x, n, level, lower, upper, m));
        Assert.Equal(rows.Count, covered);
    }

    [Fact]
    public void Wilson_columns_report_every_bad_row_and_write_nothing()
    {
        // Bad rows inside vector blocks and in the scalar tail.
        double[] x = [1, -1, 3, 4, 5, 6, 12, 8, 9, double.NaN, 1];
        double[] n = [10, 10, 10, 0, 10, 10, 10, 10, double.PositiveInfinity, 10, 10];
        var (lower, upper) = (Filled(x.Length), Filled(x.Length));

        var error = Assert.Throws<StatisticsInputException>(() => Proportions.Wilson(x, n, ConfidenceLevel.Percent95, lower, upper));

        Assert.Equal([1, 3, 6, 8, 9], error.Problems.Select(p => p.Index!.Value).Distinct().Order());
        Assert.Contains(error.Problems, p => p is { Index: 6, Argument: "numerator" } && p.Rule.Contains("<= the denominator", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p is { Index: 3, Argument: "denominator" });
        Assert.All(lower.Concat(upper), v => Assert.Equal(Sentinel, v));
    }

    [Fact]
    public void Rate_columns_report_every_bad_row_and_write_nothing()
    {
        double[] x = [1, 2, 3, 4, -5, 60, 70, 80, 90, 100, double.PositiveInfinity, 12, 13];
        double[] n = [10, 10, 10, 10, 10, 10, -1, 10, 10, 10, 10, 10, double.NaN];
        var (lower, upper) = (Filled(x.Length), Filled(x.Length));

        var error = Assert.Throws<StatisticsInputException>(() => CrudeRates.Estimate(x, n, ConfidenceLevel.Percent95, lower, upper));

        Assert.Equal([(4, "numerator"), (6, "denominator"), (10, "numerator"), (12, "denominator")],
            error.Problems.Select(p => (p.Index!.Value, p.Argument)).Order());
        Assert.All(lower.Concat(upper), v => Assert.Equal(Sentinel, v));
    }

    [Fact]
    public void Columns_report_lengths_overlaps_level_and_multiplier_together()
    {
        var buffer = Filled(8);
        double[] x = [1, 2, 3];
        double[] n = [10, 10];

        var error = Assert.Throws<StatisticsInputException>(() =>
            Proportions.Wilson(x, n, default, buffer.AsSpan(0, 2), buffer.AsSpan(1, 3), 0));

        var arguments = error.Problems.Select(p => p.Argument).ToArray();
        Assert.Contains("denominators", arguments);
        Assert.Contains("lowerLimits", arguments);
        Assert.Contains("level", arguments);
        Assert.Contains("multiplier", arguments);
        Assert.Contains(error.Problems, p => p.Argument == "upperLimits" && p.Value == "overlapping lowerLimits");
        Assert.All(buffer, v => Assert.Equal(Sentinel, v));

        var inPlace = new double[] { 5, 6, 7, 8, 9 };
        var sizes = new double[] { 10, 10, 10, 10, 10 };
        var rateError = Assert.Throws<StatisticsInputException>(() =>
            CrudeRates.Estimate(inPlace, sizes, ConfidenceLevel.Percent95, inPlace, new double[5]));
        Assert.Contains(rateError.Problems, p => p.Argument == "lowerLimits" && p.Value == "overlapping numerators");
        Assert.Equal([5.0, 6, 7, 8, 9], inPlace);
    }

    [Fact]
    public void Columns_write_only_the_rows_given_and_accept_empty_input()
    {
        var (lower, upper) = (Filled(6), Filled(6));
        Proportions.Wilson([], [], ConfidenceLevel.Percent95, lower, upper);
        CrudeRates.Estimate([], [], ConfidenceLevel.Percent95, lower, upper);
        Assert.All(lower.Concat(upper), v => Assert.Equal(Sentinel, v));

        Proportions.Wilson([0.0, 5, 5, 2, 1], [5.0, 5, 10, 4, 3], ConfidenceLevel.Percent95, lower, upper, 100);
        Assert.Equal(0, lower[0]);
        Assert.Equal(100, upper[1]);
        Assert.Equal(Sentinel, lower[5]);
        Assert.Equal(Sentinel, upper[5]);
    }

    private delegate void ColumnMethod(ReadOnlySpan<double> x, ReadOnlySpan<double> n, ConfidenceLevel level, Span<double> lower, Span<double> upper, double multiplier);

    /// <summary>
    /// Runs all rows with counts of one multiplier through one call per level (the rows three times over, in a rotated order, so
    /// that every row lands in vector blocks beside different neighbours and in the tail), and checks each row.
    /// </summary>
    private static int CheckColumns(string file, IReadOnlyList<FixtureTable.Row> rows, double[] multipliers, double tolerance, ColumnMethod method)
    {
        var covered = 0;
        foreach (var m in multipliers.Distinct())
        {
            var indices = Enumerable.Range(0, rows.Count)
                .Where(i => multipliers[i] == m && rows[i].Number("Numerator") is not null && rows[i].Number("Denominator") is not null).ToArray();
            var order = indices.Concat(indices.Skip(1)).Concat(indices.Take(1)).Concat(indices.Reverse()).ToArray();
            var x = order.Select(i => rows[i].Required("Numerator")).ToArray();
            var n = order.Select(i => rows[i].Required("Denominator")).ToArray();
            for (var l = 0; l < Standard.Length; l++)
            {
                var (lower, upper) = (new double[x.Length], new double[x.Length]);
                method(x, n, Standard[l], lower, upper, m);
                for (var k = 0; k < order.Length; k++)
                {
                    var row = rows[order[k]];
                    var what = $"{file} row {order[k] + 1} ({row.Text("Area")}) at {Standard[l]}, position {k}";
                    Tolerance.Equal(row.Number(PairColumns[l].Item1), Absent(lower[k]), tolerance, what + " lower");
                    Tolerance.Equal(row.Number(PairColumns[l].Item2), Absent(upper[k]), tolerance, what + " upper");
                    Tolerance.Equal(row.Number("value"), x[k] / n[k] * m, tolerance, what + " value");
                }
            }

            covered += indices.Length;
        }

        // Rows with an NA count cannot be given to a span method (the dataset methods cover them): they must have no value.
        Assert.All(rows.Where(r => r.Number("Numerator") is null || r.Number("Denominator") is null), r => Assert.Null(r.Number("value")));
        return covered + rows.Count(r => r.Number("Numerator") is null || r.Number("Denominator") is null);
    }

    private static double ProportionMultiplier(FixtureTable.Row row) => row.Has("multiplier") ? row.Required("multiplier") : row.Text("statistic") switch
    {
        "proportion of 1" => 1.0,
        "percentage" => 100.0,
        var other => throw new InvalidOperationException($"unexpected statistic '{other}'"),
    };

    private static double RateMultiplier(FixtureTable.Row row) => row.Has("multiplier") ? row.Required("multiplier") : row.Text("statistic") switch
    {
        "rate per 100000" => 100000.0,
        "rate per 100" => 100.0,
        var other => throw new InvalidOperationException($"unexpected statistic '{other}'"),
    };

    private static double[] Filled(int length) => Enumerable.Repeat(Sentinel, length).ToArray();

    private static void SameBits(double? expected, double actual, string what)
    {
        var want = expected ?? double.NaN;
        Assert.True(BitConverter.DoubleToInt64Bits(want) == BitConverter.DoubleToInt64Bits(actual),
            $"{what}: expected {want:R}, got {actual:R}");
    }
}
