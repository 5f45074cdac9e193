using EEiC.Statistics.Simulation;
using FsCheck;
using FsCheck.Fluent;
using MathNet.Numerics.Distributions;

namespace EEiC.Statistics.Tests.Simulation;

/// <summary>The random number generator, the normal deviates and the order statistics behind the SII's simulation.</summary>
public sealed class SimulationTests
{
    [Fact]
    public void Xoshiro_matches_the_reference_outputs_from_state_1_2_3_4()
    {
        // Blackman and Vigna's reference implementation (the test vector of rand_xoshiro and others).
        var random = Xoshiro256StarStar.FromState(1, 2, 3, 4);
        ulong[] expected = [11520, 0, 1509978240, 1215971899390074240, 1216172134540287360, 607988272756665600,
            16172922978634559625, 8476171486693032832, 10595114339597558777, 2904607092377533576];
        Assert.Equal(expected, expected.Select(_ => random.NextUInt64()).ToArray());
    }

    [Fact]
    public void Streams_of_one_seed_and_seeds_of_one_stream_differ()
    {
        var firsts = new HashSet<ulong>();
        for (ulong seed = 0; seed < 50; seed++)
        {
            for (ulong stream = 0; stream < 50; stream++)
            {
                var random = new Xoshiro256StarStar(seed, stream);
                Assert.True(firsts.Add(random.NextUInt64()), $"seed {seed}, stream {stream} repeats an earlier first output");
            }
        }
    }

    [Fact]
    public void Ziggurat_deviates_follow_the_standard_normal_distribution()
    {
        // 4,000,000 draws in 60 equiprobable-ish bins over [−4, 4] plus the two tails, against Φ (chi-square test
        // at the 0.1% level); mean, variance and the tail beyond the ziggurat's base (|z| > 3.654) separately.
        const int n = 4_000_000;
        var random = new Xoshiro256StarStar(12345, 0);
        var edges = Enumerable.Range(0, 61).Select(i => -4 + i * 8.0 / 60).ToArray();
        var counts = new long[62];
        double sum = 0, sumSquares = 0;
        long tail = 0;
        for (var i = 0; i < n; i++)
        {
            var z = ZigguratNormal.Next(ref random);
            sum += z;
            sumSquares += z * z;
            tail += Math.Abs(z) > 3.6541528853610088 ? 1 : 0;
            var bin = z < -4 ? 0 : z >= 4 ? 61 : 1 + Math.Min(59, (int)((z + 4) / (8.0 / 60)));
            counts[bin]++;
        }

        var chiSquare = 0.0;
        for (var b = 0; b < 62; b++)
        {
            var low = b == 0 ? double.NegativeInfinity : edges[b - 1];
            var high = b == 61 ? double.PositiveInfinity : edges[b];
            var expected = n * (Normal.CDF(0, 1, high) - Normal.CDF(0, 1, low));
            chiSquare += (counts[b] - expected) * (counts[b] - expected) / expected;
        }

        Assert.True(chiSquare < ChiSquared.InvCDF(61, 0.999), $"chi-square {chiSquare:F1} on 61 df");
        Assert.InRange(sum / n, -4 / Math.Sqrt(n), 4 / Math.Sqrt(n));
        Assert.InRange(sumSquares / n - (sum / n) * (sum / n), 1 - 4 * Math.Sqrt(2.0 / n), 1 + 4 * Math.Sqrt(2.0 / n));
        var tailExpected = n * 2 * Normal.CDF(0, 1, -3.6541528853610088);
        Assert.InRange(tail, tailExpected - 4 * Math.Sqrt(tailExpected), tailExpected + 4 * Math.Sqrt(tailExpected));
    }

    [Fact]
    public void Vector_and_scalar_paths_give_the_same_deviates()
    {
        // Calls of awkward lengths (remainders shorter than four lanes) keep both paths in step, slow paths included.
        var vector = new NormalStreams(99, 5);
        var scalar = new NormalStreams(99, 5);
        var lengths = new[] { 256, 7, 1, 0, 3, 4, 1000, 5, 256, 2 };
        var draws = 0;
        for (var round = 0; round < 200; round++)
        {
            foreach (var length in lengths)
            {
                var a = new double[length];
                var b = new double[length];
                vector.Fill(a);
                scalar.FillScalar(b);
                Assert.Equal(b, a);
                draws += length;
            }
        }

        Assert.True(draws > 300_000);
    }

    [Fact]
    public void Streams_deviates_follow_the_standard_normal_distribution()
    {
        const int n = 4_000_000;
        var streams = new NormalStreams(2024, 3);
        var buffer = new double[256];
        var edges = Enumerable.Range(0, 61).Select(i => -4 + i * 8.0 / 60).ToArray();
        var counts = new long[62];
        for (var drawn = 0; drawn < n; drawn += buffer.Length)
        {
            streams.Fill(buffer);
            foreach (var z in buffer)
            {
                counts[z < -4 ? 0 : z >= 4 ? 61 : 1 + Math.Min(59, (int)((z + 4) / (8.0 / 60)))]++;
            }
        }

        var chiSquare = 0.0;
        for (var b = 0; b < 62; b++)
        {
            var low = b == 0 ? double.NegativeInfinity : edges[b - 1];
            var high = b == 61 ? double.PositiveInfinity : edges[b];
            var expected = n * (Normal.CDF(0, 1, high) - Normal.CDF(0, 1, low));
            chiSquare += (counts[b] - expected) * (counts[b] - expected) / expected;
        }

        Assert.True(chiSquare < ChiSquared.InvCDF(61, 0.999), $"chi-square {chiSquare:F1} on 61 df");
    }

    [Fact]
    public void Selection_finds_the_values_a_full_sort_puts_at_the_positions()
    {
        var cases = (from length in Gen.Choose(1, 3000)
                     from range in Gen.Elements(3, 100, 1_000_000) // few distinct values → many ties
                     from values in Gen.Choose(0, 1_000_000).ArrayOf(length)
                     from positions in Gen.Choose(0, length - 1).ArrayOf().Where(p => p.Length > 0)
                     select (values.Select(v => (double)(v % range)).ToArray(), positions)).ToArbitrary();
        Prop.ForAll(cases, x =>
        {
            var (values, positions) = x;
            var sorted = values.OrderBy(v => v).ToArray();
            var buffer = values.ToArray();
            var found = new double[positions.Length];
            OrderStatistics.Select(buffer, positions, found);
            return positions.Select(p => sorted[p]).SequenceEqual(found)
                && buffer.OrderBy(v => v).SequenceEqual(sorted); // a permutation of the input
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Selection_copes_with_sorted_reversed_and_constant_buffers()
    {
        foreach (var values in new[]
                 {
                     Enumerable.Range(0, 100_000).Select(i => (double)i).ToArray(),
                     Enumerable.Range(0, 100_000).Select(i => (double)-i).ToArray(),
                     Enumerable.Repeat(7.0, 100_000).ToArray(),
                     Enumerable.Range(0, 100_000).Select(i => (double)(i % 2 == 0 ? i : 100_000 - i)).ToArray(),
                 })
        {
            var sorted = values.OrderBy(v => v).ToArray();
            int[] positions = [2499, 97499, 499, 99499];
            var found = new double[4];
            OrderStatistics.Select(values, positions, found);
            Assert.Equal(positions.Select(p => sorted[p]), found);
        }
    }
}
