using EEiC.Statistics.Comparison;
using MathNet.Numerics.Distributions;

namespace EEiC.Statistics.Tests.Comparison;

/// <summary>The axis rules and the Poisson bisection behind the funnel limits, checked against independent computations.</summary>
public sealed class FunnelInternalsTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(7, 1)]
    [InlineData(10000, 5)] // "10000": fixed and scientific ("1e+04") are equally wide; R keeps fixed
    [InlineData(100000, 5)] // "1e+05"
    [InlineData(123456, 6)]
    [InlineData(120000, 6)] // "1.2e+05" would be 7
    [InlineData(1000000, 5)] // "1e+06"
    [InlineData(1200000, 7)] // "1200000" and "1.2e+06" are equally wide
    [InlineData(15000000, 7)] // "1.5e+07"
    [InlineData(123456789012345, 15)]
    [InlineData(1e15, 5)] // "1e+15"
    public void Character_count_follows_Rs_as_character(double value, int expected) =>
        Assert.Equal(expected, FunnelAxis.RCharacterCount(value));

    [Fact]
    public void Neat_floor_uses_Rs_character_count_of_scientific_notation()
    {
        // floor(0.95x) = 15,000,000 prints as "1.5e+07" (7 characters), so R rounds down to a multiple of 10^6 and keeps
        // 15,000,000; counting the 8 digits would round down to a multiple of 10^7 and give 10,000,000.
        Assert.Equal(15_000_000, FunnelAxis.FloorNeat(15_000_000.5 / 0.95));
        // floor(0.95 · 31,000) = 29,450 (5 characters): multiples of 10^4 → 20,000.
        Assert.Equal(20_000, FunnelAxis.FloorNeat(31_000));
        Assert.Equal(0, FunnelAxis.FloorNeat(0));
    }

    [Fact]
    public void Neat_ceiling_keeps_two_significant_digits()
    {
        // ceiling(1.05 · 61,921) = 65,018 (5 characters): multiples of 10^3 → 66,000.
        Assert.Equal(66_000, FunnelAxis.CeilingNeat(61_921));
        // ceiling(1.05 · 7) = 8 (1 character): multiples of 10^-1 → 7.4 (to rounding).
        Assert.Equal(7.4, FunnelAxis.CeilingNeat(7), 12);
        Assert.Equal(0, FunnelAxis.CeilingNeat(0));
    }

    [Fact]
    public void Axis_minimum_is_zero_when_the_denominators_span_more_than_a_factor_of_two()
    {
        Assert.Equal(0, FunnelAxis.Minimum(100, 201, 1));
        Assert.Equal(90, FunnelAxis.Minimum(100, 200, 1)); // floor(95/10)·10
        Assert.Equal(270, FunnelAxis.Minimum(300, 600, 3)); // per year: floor(0.95·100 / 10)·10 · 3
    }

    [Fact]
    public void The_hundred_points_increase_by_at_least_one_from_the_minimum_to_the_maximum()
    {
        Span<double> points = stackalloc double[FunnelAxis.Rows];
        foreach (var ratio in new[] { false, true })
        {
            FunnelAxis.Points(0, 66_000, ratio, points);
            Assert.Equal(1, points[0]);
            for (var j = 1; j < points.Length; j++)
            {
                Assert.True(points[j] >= points[j - 1] + 1);
                Assert.Equal(Math.Round(points[j]), points[j]);
            }

            if (ratio)
            {
                // Ratio funnels use the exponent 1/(101 − (j − 1)), so the last step is a square root and stops short of the maximum.
                Assert.InRange(points[^1], 0.85 * 66_000, 66_000 - 1);
            }
            else
            {
                Assert.Equal(66_000, points[^1]);
            }
        }
    }

    [Theory]
    [InlineData(0.5, 0)]
    [InlineData(3.2, 2)]
    [InlineData(40, 35)]
    [InlineData(950, 1000)]
    public void Poisson_sum_agrees_with_the_Poisson_distribution(double lambda, int k)
    {
        // The sum stops once a term is below 1e-10 of the running total, so probabilities are off by at most ~1e-9 (absolute).
        Assert.Equal(Poisson.CDF(lambda, k), PoissonFunnel.Probability(lambda, 0, k), 1e-9);
        var upper = k == 0 ? 1 : 1 - Poisson.CDF(lambda, k - 1);
        Assert.Equal(upper, PoissonFunnel.Probability(lambda, k, 1e10), 1e-9);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(9)]
    [InlineData(37)]
    [InlineData(716)]
    public void Bisection_finds_the_exact_Poisson_limits(double observed)
    {
        // The expected count at which P(X <= O) = p is the exact upper limit of O, chi-square(1 - p; 2O + 2)/2; the one at
        // which P(X >= O) = p is the exact lower limit, chi-square(p; 2O)/2 (Garwood 1936). The bisection runs on
        // v = λ/(1 + O + λ) and stops with a step below 1e-7, so v is found to about 1.2e-7.
        foreach (var p in new[] { 0.025, 0.001 })
        {
            AssertV(ChiSquared.InvCDF(2 * observed + 2, 1 - p) / 2, PoissonFunnel.Expected(observed, p, lowSide: false));
            AssertV(ChiSquared.InvCDF(2 * observed, p) / 2, PoissonFunnel.Expected(observed, p, lowSide: true));
        }

        void AssertV(double exact, double bisected)
        {
            var v = exact / (1 + observed + exact);
            var found = bisected / (1 + observed + bisected);
            Assert.True(Math.Abs(found - v) <= 1.2e-7, $"O={observed}: v {found:R} vs exact {v:R}");
        }
    }

    [Fact]
    public void Four_lane_bisection_is_identical_to_four_scalar_ones()
    {
        Span<double> four = stackalloc double[4];
        foreach (var observed in new double[] { 0, 1, 2, 3, 5, 9, 10, 11, 37, 100, 716, 1360, 5000, 20000 })
        {
            PoissonFunnel.ExpectedAllFour(observed, four);
            Assert.Equal(PoissonFunnel.Expected(observed, 0.025, lowSide: false), four[0]);
            Assert.Equal(PoissonFunnel.Expected(observed, 0.025, lowSide: true), four[1]);
            Assert.Equal(PoissonFunnel.Expected(observed, 0.001, lowSide: false), four[2]);
            Assert.Equal(PoissonFunnel.Expected(observed, 0.001, lowSide: true), four[3]);
        }
    }

    [Fact]
    public void Pooled_sum_is_compensated()
    {
        var sum = default(PooledSum);
        sum.Add(1e16);
        sum.Add(1);
        sum.Add(-1e16);
        Assert.Equal(1, sum.Total);
    }
}
