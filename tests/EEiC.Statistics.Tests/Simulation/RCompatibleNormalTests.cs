using System.Globalization;
using EEiC.Statistics.Simulation;
using MathNet.Numerics.Distributions;

namespace EEiC.Statistics.Tests.Simulation;

/// <summary>
/// R's default random stream, checked against R output printed in public tutorials (quoted with its source;
/// compared to the printed precision, half a unit of the last printed digit). The healthequal bootstrap limits
/// (NonOrderedSummaryMeasuresFixtureTests) are the stronger check: 1,900 to 2,500 draws per limit, to 1e-9.
/// </summary>
public sealed class RCompatibleNormalTests
{
    /// <summary>Asserts each value to the precision it was printed with.</summary>
    private static void AsPrinted(string[] printed, double[] actual, string what)
    {
        Assert.Equal(printed.Length, actual.Length);
        for (var i = 0; i < printed.Length; i++)
        {
            var text = printed[i];
            var decimals = text.Length - text.IndexOf('.', StringComparison.Ordinal) - 1;
            var expected = double.Parse(text, CultureInfo.InvariantCulture);
            var halfUnit = 0.5 * Math.Pow(10, -decimals);
            Assert.True(Math.Abs(actual[i] - expected) <= halfUnit * (1 + 1e-9),
                $"{what}[{i + 1}]: R printed {text}, got {actual[i].ToString("R", CultureInfo.InvariantCulture)}");
        }
    }

    private static double[] Uniforms(int seed, int count)
    {
        Span<uint> state = stackalloc uint[RCompatibleNormal.StateLength];
        var random = new RCompatibleNormal(state, seed);
        var values = new double[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = random.NextUniform();
        }

        return values;
    }

    private static double[] Normals(int seed, int count)
    {
        Span<uint> state = stackalloc uint[RCompatibleNormal.StateLength];
        var random = new RCompatibleNormal(state, seed);
        var values = new double[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = random.NextNormal(0, 1);
        }

        return values;
    }

    [Fact]
    public void Runif_after_set_seed_42_matches_R()
    {
        // rstats101.com, "How to Generate Random Numbers from Uniform Distribution" (18 July 2022):
        // set.seed(42); runif(1) then runif(5).
        AsPrinted(["0.914806", "0.9370754", "0.2861395", "0.8304476", "0.6417455", "0.5190959"], Uniforms(42, 6), "set.seed(42) runif");
    }

    [Fact]
    public void Runif_after_set_seed_123_matches_R()
    {
        // K. Lathiya, "How to Generate Uniformly Distributed Random Numbers in R" (26 May 2023): set.seed(123); runif(10).
        AsPrinted(["0.2875775", "0.7883051", "0.4089769", "0.8830174", "0.9404673", "0.0455565", "0.5281055", "0.8924190", "0.5514350", "0.4566147"],
            Uniforms(123, 10), "set.seed(123) runif");
    }

    [Fact]
    public void Rnorm_after_set_seed_5_matches_R_across_two_calls()
    {
        // crained.com, "How to generate random numbers and set seed in R" (Charlie, 3 November 2016):
        // set.seed(5); rnorm(10); rnorm(10) — the second call continues the same stream.
        AsPrinted(
        [
            "-0.84085548", "1.38435934", "-1.25549186", "0.07014277", "1.71144087", "-0.60290798", "-0.47216639", "-0.63537131",
            "-0.28577363", "0.13810822",
        ], Normals(5, 20)[..10], "set.seed(5) rnorm(10)");
        AsPrinted(["1.2276303", "-0.8017795", "-1.0803926", "-0.1575344", "-1.0717600", "-0.1389861", "-0.5973131", "-2.1839668", "0.2408173", "-0.2593554"],
            Normals(5, 20)[10..], "second rnorm(10)");
    }

    [Fact]
    public void Rnorm_after_set_seed_123_matches_R()
    {
        // The first three standard normals after set.seed(123) as R prints them, a value pair reproduced in many R
        // tutorials (no single page is cited for it; the three cited outputs above and the healthequal fixtures are
        // the sourced checks of the stream).
        AsPrinted(["-0.56047565", "-0.23017749", "1.55870831"], Normals(123, 3), "set.seed(123) rnorm");
    }

    [Fact]
    public void Rnorm_with_sd_0_returns_the_mean_without_drawing()
    {
        Span<uint> state = stackalloc uint[RCompatibleNormal.StateLength];
        var random = new RCompatibleNormal(state, 123);
        Assert.Equal(7.25, random.NextNormal(7.25, 0));
        Assert.Equal(-0.56047565, random.NextNormal(0, 1), 7); // the stream is where set.seed(123) left it
        Assert.Equal(10 + (2 * -0.23017749), random.NextNormal(10, 2), 7);
    }

    [Fact]
    public void The_first_draw_after_624_outputs_regenerates_the_state_correctly()
    {
        // A second, deliberately naive MT19937 (the reference algorithm of Matsumoto and Nishimura, one word at a
        // time with modular indices) from the same scrambled seed must give the same 2,000 outputs.
        var seed = 123456u;
        for (var j = 0; j < 51; j++)
        {
            seed = unchecked((69069 * seed) + 1);
        }

        var mt = new uint[624];
        for (var j = 0; j < 624; j++)
        {
            seed = unchecked((69069 * seed) + 1);
            mt[j] = seed;
        }

        var expected = new double[2000];
        var index = 624;
        for (var i = 0; i < expected.Length; i++)
        {
            if (index == 624)
            {
                for (var k = 0; k < 624; k++)
                {
                    var y = (mt[k] & 0x80000000u) | (mt[(k + 1) % 624] & 0x7FFFFFFFu);
                    mt[k] = mt[(k + 397) % 624] ^ (y >> 1) ^ ((y & 1) * 0x9908B0DFu);
                }

                index = 0;
            }

            var t = mt[index++];
            t ^= t >> 11;
            t ^= (t << 7) & 0x9D2C5680u;
            t ^= (t << 15) & 0xEFC60000u;
            t ^= t >> 18;
            expected[i] = t / 4294967296.0;
        }

        Assert.Equal(expected, Uniforms(123456, expected.Length));
    }

    [Theory]
    [InlineData(1e-300)]
    [InlineData(1e-20)]
    [InlineData(1e-11)]
    [InlineData(1e-5)]
    [InlineData(0.01)]
    [InlineData(0.074)]
    [InlineData(0.076)]
    [InlineData(0.3)]
    [InlineData(0.5)]
    [InlineData(0.7)]
    [InlineData(0.975)]
    [InlineData(0.999999)]
    public void Normal_quantile_agrees_with_an_independent_inverse(double p)
    {
        // MathNet's Normal.InvCDF (an erfc-based inverse, not AS241) to 1e-14 relative.
        Tolerance.Equal(Normal.InvCDF(0, 1, p), RCompatibleNormal.NormalQuantile(p), 1e-14, $"qnorm({p})");
    }

    [Fact]
    public void Normal_quantile_is_antisymmetric_and_monotone()
    {
        var previous = double.NegativeInfinity;
        for (var i = 1; i < 10_000; i++)
        {
            var p = i / 10_000.0;
            var z = RCompatibleNormal.NormalQuantile(p);
            Assert.True(z > previous, $"not increasing at p = {p}");
            Assert.True(Math.Abs(z + RCompatibleNormal.NormalQuantile(1 - p)) <= 1e-13 * Math.Max(1, Math.Abs(z)), $"not antisymmetric at p = {p}");
            previous = z;
        }
    }
}
