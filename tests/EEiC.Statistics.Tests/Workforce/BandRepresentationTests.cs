using EEiC.Statistics.Intervals;
using EEiC.Statistics.Validation;
using EEiC.Statistics.Workforce;

namespace EEiC.Statistics.Tests.Workforce;

/// <summary>
/// WRES indicator 1 by band. Expected numbers computed independently in python3 (Wilson and Katz formulas as quoted in
/// the library's remarks, z = NormalDist().inv_cdf(0.975)): bands 300/1000, 40/200 and 2/20 make a workforce of
/// 342/1220 (28.03%); the local population is 150/1000 (15%).
/// </summary>
public sealed class BandRepresentationTests
{
    public static TheoryData<int, string, double[]> Expected => new()
    {
        // index, band, share, share lower, share upper, ratio to workforce (value, lower, upper), ratio to population (value, lower, upper)
        // Band 5: 30% / 28.03% = 0.30 / (342/1220) = 1.0701754385964912; se = √(1/300 − 1/1000 + 1/342 − 1/1220).
        { 0, "Band 5", [30.0, 27.240684247700482, 32.91238609172172, 1.0701754385964912, 0.9391861512518498, 1.2194339405970203, 2.0, 1.6784028764187613, 2.38321803197506] },
        // Band 8a: 20% / 28.03% = 0.7134502923976608; 20% / 15% = 1.3333.
        { 1, "Band 8a", [20.0, 15.045200926098117, 26.085518656537882, 0.7134502923976608, 0.5331030791825143, 0.9548084406168688, 1.3333333333333335, 0.9740231327030233, 1.8251905094330212] },
        // VSM: 2/20 = 10%; 0.1 / 0.2803 = 0.3567251461988304.
        { 2, "VSM", [10.0, 2.7866481213768215, 30.10336452284872, 0.3567251461988304, 0.09549856718290475, 1.3325103578449973, 0.6666666666666667, 0.177550307266114, 2.5032029022529776] },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Each_band_matches_the_hand_computed_share_and_ratios(int index, string band, double[] e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var (share, shareLower, shareUpper, toWorkforce, toWorkforceLower, toWorkforceUpper) = (e[0], e[1], e[2], e[3], e[4], e[5]);
        var (toPopulation, toPopulationLower, toPopulationUpper) = (e[6], e[7], e[8]);
        var result = Representation.ByBand(["Band 5", "Band 8a", "VSM"], [300, 40, 2], [1000, 200, 20], ConfidenceLevel.Percent95, 150, 1000)[index];
        Assert.Equal(band, result.Band);
        Tolerance.Equal(share, result.Share.Value, 1e-12, "share");
        Tolerance.Equal(shareLower, result.Share.Lower, 1e-12, "share lower");
        Tolerance.Equal(shareUpper, result.Share.Upper, 1e-12, "share upper");
        Tolerance.Equal(toWorkforce, result.RatioToWorkforce.Value, 1e-12, "ratio to workforce");
        Tolerance.Equal(toWorkforceLower, result.RatioToWorkforce.Lower, 1e-12, "ratio to workforce lower");
        Tolerance.Equal(toWorkforceUpper, result.RatioToWorkforce.Upper, 1e-12, "ratio to workforce upper");
        Tolerance.Equal(toPopulation, result.RatioToPopulation.Value, 1e-12, "ratio to population");
        Tolerance.Equal(toPopulationLower, result.RatioToPopulation.Lower, 1e-12, "ratio to population lower");
        Tolerance.Equal(toPopulationUpper, result.RatioToPopulation.Upper, 1e-12, "ratio to population upper");
    }

    [Fact]
    public void Without_a_population_the_population_ratio_is_missing_and_a_band_with_no_BME_staff_has_an_undefined_ratio()
    {
        var results = Representation.ByBand(["Band 2", "Band 9"], [5, 0], [50, 4], ConfidenceLevel.Percent95);
        Assert.All(results, r => Assert.Equal(EstimateStatus.MissingInput, r.RatioToPopulation.Status));
        Assert.Equal(0.0, results[1].Share.Value);
        Assert.Equal(EstimateStatus.Undefined, results[1].RatioToWorkforce.Status);
        Assert.Null(results[1].RatioToWorkforce.Value);
    }

    [Fact]
    public void Every_bad_band_is_listed_with_its_label()
    {
        var error = Assert.Throws<StatisticsInputException>(() =>
            Representation.ByBand(["Band 1", "", "VSM"], [-1, 2, 30], [10, 0, 20], ConfidenceLevel.Percent95, 5, null));
        Assert.Contains(error.Problems, p => p is { Index: 0, Group: "Band 1", Argument: "bmeStaff", Value: "-1" });
        Assert.Contains(error.Problems, p => p is { Index: 1, Argument: "bands" });
        Assert.Contains(error.Problems, p => p is { Index: 1, Group: null, Argument: "staff", Value: "0" });
        Assert.Contains(error.Problems, p => p is { Index: 2, Group: "VSM", Argument: "bmeStaff", Value: "30" });
        Assert.Contains(error.Problems, p => p is { Index: null, Argument: "population" });
        var lengths = Assert.Throws<StatisticsInputException>(() => Representation.ByBand(["A", "B"], [1], [2, 3], ConfidenceLevel.Percent95));
        Assert.Contains(lengths.Problems, p => p.Argument == "bmeStaff");
    }
}
