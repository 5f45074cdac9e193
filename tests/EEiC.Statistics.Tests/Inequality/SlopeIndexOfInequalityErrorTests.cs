using EEiC.Statistics.Inequality;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Validation;
using MathNet.Numerics.LinearAlgebra;

namespace EEiC.Statistics.Tests.Inequality;

/// <summary>
/// Rows 151–225 of <c>sii__testdata_SII.csv</c>: the error and warning scenarios of <c>phe_sii</c>, each mapped to
/// a clear <see cref="StatisticsInputException"/> naming every bad row, or to a documented result. Also the
/// argument errors of the package's tests and its rule that an area lacking a quantile is dropped.
/// </summary>
public sealed class SlopeIndexOfInequalityErrorTests
{
    public static readonly IReadOnlySet<string> Descriptions = new HashSet<string>
    {
        "error handling - negative populations",
        "error handling - negative counts/standard error",
        "error handling - invalid proportion in CLs",
        "error handling - missing value field",
        "error handling - missing confidence limits and se",
        "warning handling - missing populations, counts or values",
        "warning handling - large number of quantiles (>10)",
    };

    private static readonly ConfidenceLevel[] Level95 = [ConfidenceLevel.Percent95];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Negative_population_is_reported_with_its_row(bool useStandardError)
    {
        var problems = Problems("error handling - negative populations", useStandardError, SlopeIndexOptions.Default);
        var problem = Assert.Single(problems);
        Assert.Equal(("values.Population", 1, "-200"), (problem.Argument, problem.Index!.Value, problem.Value)); // RecordNo 152
    }

    [Fact]
    public void Negative_standard_error_is_reported_with_its_row()
    {
        var problems = Problems("error handling - negative counts/standard error", true, SlopeIndexOptions.Default);
        var problem = Assert.Single(problems);
        Assert.Equal(("values.StandardError", 2, "-5"), (problem.Argument, problem.Index!.Value, problem.Value)); // RecordNo 163
    }

    [Fact]
    public void Zero_count_gives_a_proportion_of_zero_which_is_reported_together_with_the_negative_standard_error()
    {
        // phe_sii(x = Count, value_type = 2): value = x / population; a zero count cannot go on the logit scale.
        var rows = SiiFixture.Rows("error handling - negative counts/standard error");
        var values = rows.Select(r => OrderedQuantileValue.WithStandardError(
            (int)r.Required("Quantile"), r.Required("Population"), r.Required("Count") / r.Required("Population"), r.Required("StandardError"))).ToArray();
        var problems = Assert.Throws<StatisticsInputException>(() => Run(values, 10, new SlopeIndexOptions { ValueType = SlopeIndexValueType.Proportion })).Problems;
        Assert.Equal(
            [("values.StandardError", 2), ("values.Value", 7)], // RecordNo 163 (se −5) and 168 (count 0)
            problems.Select(p => (p.Argument, p.Index!.Value)).ToArray());
    }

    [Fact]
    public void Proportion_limits_outside_0_to_1_are_reported_with_their_rows()
    {
        var problems = Problems("error handling - invalid proportion in CLs", false, new SlopeIndexOptions { ValueType = SlopeIndexValueType.Proportion });
        Assert.Equal(
            [("values.Upper95", 3, "11"), ("values.Lower95", 6, "8")], // RecordNo 174 and 177
            problems.Select(p => (p.Argument, p.Index!.Value, p.Value)).ToArray());
        Assert.All(problems, p => Assert.Contains("strictly between 0 and 1", p.Rule, StringComparison.Ordinal));
    }

    [Fact]
    public void Normal_limits_in_the_wrong_order_are_reported()
    {
        // The same rows as normal values: 11 and 8 are valid numbers, but RecordNo 177's lower limit (8) exceeds its upper.
        var problems = Problems("error handling - invalid proportion in CLs", false, SlopeIndexOptions.Default);
        var problem = Assert.Single(problems);
        Assert.Equal(("values.Lower95", 6), (problem.Argument, problem.Index!.Value));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Missing_values_are_reported_for_every_row(bool useStandardError)
    {
        var problems = Problems("error handling - missing value field", useStandardError, SlopeIndexOptions.Default);
        Assert.Equal(Enumerable.Range(0, 10), problems.Select(p => p.Index!.Value));
        Assert.All(problems, p => Assert.Equal("values.Value", p.Argument));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Missing_limits_and_standard_errors_are_reported_for_every_row(bool useStandardError)
    {
        var problems = Problems("error handling - missing confidence limits and se", useStandardError, SlopeIndexOptions.Default);
        Assert.Equal(Enumerable.Range(0, 5), problems.Select(p => p.Index!.Value)); // RecordNo 191–195
        Assert.All(problems, p => Assert.Equal("values.StandardError", p.Argument));
        Assert.Contains("95% confidence limits must be given", problems[0].ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Missing_population_and_value_are_both_reported(bool useStandardError)
    {
        // phe_sii stops at the missing population (RecordNo 205); the missing value (208) is reported in the same
        // exception here. The missing count (202) is not an input when the value is given.
        var problems = Problems("warning handling - missing populations, counts or values", useStandardError, SlopeIndexOptions.Default);
        Assert.Equal([("values.Population", 4), ("values.Value", 7)], problems.Select(p => (p.Argument, p.Index!.Value)).ToArray());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Fifteen_quantiles_are_computed_and_agree_with_an_independent_regression(bool useStandardError)
    {
        // phe_sii computes this with a warning that many quantiles can make the SII unstable; there is no expected
        // output in the fixture, so the point estimate is checked against a QR least-squares fit of the √a-scaled
        // model (as R's lm) and the limits for order and coverage.
        var rows = SiiFixture.Rows("warning handling - large number of quantiles (>10)");
        Assert.Equal(15, rows.Count);
        var values = rows.Select(r => SiiFixture.Input(r, useStandardError)).ToArray();

        var result = SlopeIndexOfInequality.Calculate(values, ConfidenceLevel.Percent95, seed: 7);

        var (intercept, slope) = QrFit(rows.Select(r => r.Required("Population")).ToArray(), rows.Select(r => r.Required("Value")).ToArray());
        Assert.Equal(EstimateStatus.Ok, result.Status);
        Tolerance.Equal(slope, result.SlopeIndex.Value, 1e-10, "sii");
        Tolerance.Equal(intercept, result.Intercept, 1e-10, "intercept");
        Tolerance.Equal((intercept + slope) / intercept, result.RelativeIndex.Value, 1e-10, "rii");
        Assert.InRange(result.SlopeIndex.Value!.Value, result.SlopeIndex.Lower!.Value, result.SlopeIndex.Upper!.Value);
        Assert.InRange(result.RelativeIndex.Value!.Value, result.RelativeIndex.Lower!.Value, result.RelativeIndex.Upper!.Value);
    }

    [Fact]
    public void An_area_lacking_a_quantile_gets_missing_input_and_the_others_are_unaffected()
    {
        // testSII.R: rows 1–20 without row 16 (area2, quantile 6) warn that records were removed; area2 is dropped.
        var rows = SiiFixture.Rows("default (e.g. life expectancy) - default parameters");
        var kept = rows.Where(r => SiiFixture.RecordNo(r) != 16).ToArray();
        var values = kept.Select(r => SiiFixture.Input(r, false)).ToArray();
        var results = new SlopeIndexEstimate[2];

        SlopeIndexOfInequality.Calculate(values, [10, 9], 10, Level95, results, seed: 1);

        Assert.Equal(EstimateStatus.Ok, results[0].Status);
        Tolerance.Equal(rows[0].Required("sii"), results[0].SlopeIndex.Value, 1e-9, "area1 sii");
        Assert.Equal(EstimateStatus.MissingInput, results[1].Status);
        Assert.Equal(EstimateStatus.MissingInput, results[1].RelativeIndex.Status);
        Assert.Null(results[1].SlopeIndex.Value);
        Assert.Null(results[1].Intercept);
    }

    [Fact]
    public void Draws_that_overflow_leave_limits_absent_rather_than_not_a_number()
    {
        // Rates with a standard error of 400 on the log scale: exp overflows to infinity in some draws, so some
        // simulated slopes are ±∞ − ∞. The estimate stands; limits that are not finite numbers are absent.
        var values = Enumerable.Range(1, 5).Select(q => OrderedQuantileValue.WithStandardError(q, 1000, q, 400)).ToArray();
        var result = SlopeIndexOfInequality.Calculate(values, ConfidenceLevel.Percent95, 1, new SlopeIndexOptions { ValueType = SlopeIndexValueType.Rate, Repetitions = 1000 });
        Assert.Equal(EstimateStatus.Ok, result.Status);
        Assert.NotNull(result.SlopeIndex.Value);
        Assert.Equal((null, null), (result.SlopeIndex.Lower, result.SlopeIndex.Upper));
        Assert.Equal((null, null), (result.RelativeIndex.Lower, result.RelativeIndex.Upper));
        Assert.DoesNotContain("NaN", result.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Fewer_than_five_quantiles_is_an_error()
    {
        // testSII.R: rows 1:3 → "Number of quantiles must be between 5 and 100".
        var values = SiiFixture.Rows("default (e.g. life expectancy) - default parameters").Take(3).Select(r => SiiFixture.Input(r, true)).ToArray();
        var problem = Assert.Single(Assert.Throws<StatisticsInputException>(() => SlopeIndexOfInequality.Calculate(values, ConfidenceLevel.Percent95, 1)).Problems);
        Assert.Equal("quantileCount", problem.Argument);
    }

    [Fact]
    public void Bad_options_are_all_reported_together()
    {
        var values = SiiFixture.Rows("default (e.g. life expectancy) - default parameters").Take(10).Select(r => SiiFixture.Input(r, true)).ToArray();
        var options = new SlopeIndexOptions { ValueType = (SlopeIndexValueType)3, Multiplier = 0, Repetitions = 999 };
        var problems = Assert.Throws<StatisticsInputException>(() => SlopeIndexOfInequality.Calculate(values, ConfidenceLevel.Percent95, 1, options)).Problems;
        Assert.Equal(["options.ValueType", "options.Multiplier", "options.Repetitions"], problems.Select(p => p.Argument).ToArray());
    }

    [Fact]
    public void Transform_needs_a_rate_or_proportion()
    {
        var values = SiiFixture.Rows("default (e.g. life expectancy) - default parameters").Take(10).Select(r => SiiFixture.Input(r, false)).ToArray();
        var problem = Assert.Single(Assert.Throws<StatisticsInputException>(
            () => SlopeIndexOfInequality.Calculate(values, ConfidenceLevel.Percent95, 1, new SlopeIndexOptions { Transform = true })).Problems);
        Assert.Equal("options.Transform", problem.Argument);
    }

    [Fact]
    public void A_level_too_high_for_the_repetitions_is_an_error()
    {
        // round(1000 · 0.0001 / 2) = 0: there is no lower order statistic.
        var values = SiiFixture.Rows("default (e.g. life expectancy) - default parameters").Take(10).Select(r => SiiFixture.Input(r, true)).ToArray();
        var problem = Assert.Single(Assert.Throws<StatisticsInputException>(
            () => SlopeIndexOfInequality.Calculate(values, new ConfidenceLevel(0.9999), 1, new SlopeIndexOptions { Repetitions = 1000 })).Problems);
        Assert.Equal("levels", problem.Argument);
    }

    [Fact]
    public void Duplicated_and_out_of_range_quantiles_are_errors()
    {
        var values = SiiFixture.Rows("default (e.g. life expectancy) - default parameters").Take(10).Select(r => SiiFixture.Input(r, true)).ToArray();
        values[3] = OrderedQuantileValue.WithStandardError(3, values[3].Population, values[3].Value, 1); // quantile 3 twice
        values[9] = OrderedQuantileValue.WithStandardError(11, values[9].Population, values[9].Value, 1);
        var problems = Assert.Throws<StatisticsInputException>(() => SlopeIndexOfInequality.Calculate(values, [10], 10, Level95, new SlopeIndexEstimate[1], 1)).Problems;
        Assert.Equal([("values.Quantile", 3), ("values.Quantile", 9)], problems.Select(p => (p.Argument, p.Index!.Value)).ToArray());
    }

    [Fact]
    public void Layout_problems_are_reported()
    {
        var values = SiiFixture.Rows("default (e.g. life expectancy) - default parameters").Select(r => SiiFixture.Input(r, true)).ToArray();
        var problems = Assert.Throws<StatisticsInputException>(() => SlopeIndexOfInequality.Calculate(values, [10, 9], 10, Level95, new SlopeIndexEstimate[1], 1)).Problems;
        Assert.Equal(["groupLengths", "destination"], problems.Select(p => p.Argument).ToArray());
    }

    private static IReadOnlyList<InputProblem> Problems(string description, bool useStandardError, SlopeIndexOptions options)
    {
        var rows = SiiFixture.Rows(description);
        Assert.Equal(10, rows.Count);
        var values = rows.Select(r => SiiFixture.Input(r, useStandardError)).ToArray();
        return Assert.Throws<StatisticsInputException>(() => Run(values, 10, options)).Problems;
    }

    private static void Run(OrderedQuantileValue[] values, int k, SlopeIndexOptions options) =>
        SlopeIndexOfInequality.Calculate(values, [values.Length], k, Level95, new SlopeIndexEstimate[1], 1, options);

    /// <summary>lm(√a·y ~ √a + b√a − 1) by Householder QR (MathNet), independent of the library's closed form.</summary>
    internal static (double Intercept, double Slope) QrFit(double[] population, double[] y)
    {
        var total = population.Sum();
        var k = population.Length;
        var design = Matrix<double>.Build.Dense(k, 2);
        var response = Vector<double>.Build.Dense(k);
        var cumulative = 0.0;
        for (var j = 0; j < k; j++)
        {
            var a = population[j] / total;
            var b = cumulative + a / 2;
            cumulative += a;
            design[j, 0] = Math.Sqrt(a);
            design[j, 1] = b * Math.Sqrt(a);
            response[j] = Math.Sqrt(a) * y[j];
        }

        var coefficients = design.QR().Solve(response);
        return (coefficients[0], coefficients[1]);
    }
}
