using EEiC.Statistics.Standardisation;
using EEiC.Statistics.Validation;

namespace EEiC.Statistics.Tests.Standardisation;

/// <summary>The standard population type: validation, label matching, equality.</summary>
public sealed class StandardPopulationTests
{
    [Fact]
    public void Every_rule_broken_is_reported_at_once()
    {
        var error = Assert.Throws<StatisticsInputException>(() =>
            new StandardPopulation(" ", ["0-4", "00-04", " ", "90+"], [0, double.NaN, 0]));
        Assert.Equal(
            [("name", (int?)null), ("weights", null), ("bands", 1), ("bands", 2), ("weights", 1)],
            error.Problems.Select(p => (p.Argument, p.Index)));
        Assert.Contains("repeats band 0 '0-4'", error.Problems[2].Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Needs_a_band_and_a_positive_total()
    {
        Assert.Equal("bands", Assert.Single(Assert.Throws<StatisticsInputException>(() => new StandardPopulation("s", [], [])).Problems).Argument);
        var zero = Assert.Single(Assert.Throws<StatisticsInputException>(() => new StandardPopulation("s", ["a", "b"], [0, 0])).Problems);
        Assert.Equal(("weights", "must have a sum > 0"), (zero.Argument, zero.Rule));
        Assert.Equal(5, new StandardPopulation("s", ["a", "b"], [0, 5]).Total);
    }

    [Theory]
    [InlineData("0-4", 0)]
    [InlineData("00-04", 0)]
    [InlineData(" 0 – 4 ", 0)]
    [InlineData("05-09", 1)]
    [InlineData("90 +", 18)]
    [InlineData("90+", 18)]
    [InlineData("85-89", 17)]
    [InlineData("55-69", -1)]
    [InlineData("0-04x", -1)]
    [InlineData("", -1)]
    public void Labels_match_ignoring_spaces_dashes_and_leading_zeros(string label, int index) =>
        Assert.Equal(index, StandardPopulation.European2013.IndexOf(label));

    [Fact]
    public void Digits_after_a_decimal_point_keep_their_zeros()
    {
        var standard = new StandardPopulation("decimals", ["1.05", "1.5", "0", "10"], [1, 1, 1, 1]);
        Assert.Equal([0, 1, 2, 3], new[] { "1.05", "01.5", "00", "010" }.Select(standard.IndexOf));
    }

    [Fact]
    public void Is_an_immutable_value()
    {
        string[] bands = ["a", "b"];
        double[] weights = [1, 2];
        var standard = new StandardPopulation("s", bands, weights);
        bands[0] = "z";
        weights[0] = 100;
        Assert.Equal(["a", "b"], standard.Bands);
        Assert.Equal([1.0, 2.0], standard.Weights);
        Assert.Equal(new StandardPopulation("s", ["a", "b"], [1, 2]), standard);
        Assert.NotEqual(new StandardPopulation("s", ["a", "b"], [1, 3]), standard);
        Assert.NotEqual(new StandardPopulation("t", ["a", "b"], [1, 2]), standard);
        Assert.Equal("European Standard Population 2013 (19 bands, total 100000)", StandardPopulation.European2013.ToString());
    }
}
