using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace EEiC.Statistics.Simulation;

/// <summary>
/// Standard normal deviates by the ziggurat method with 256 layers: about 99% of draws cost one 64-bit random
/// number, a table look-up and a multiplication; the rest fall back to an exact wedge or tail test.
/// </summary>
/// <remarks>
/// Marsaglia G, Tsang WW. The ziggurat method for generating random variables. J Stat Softw 2000;5(8):1–7
/// (layer boundaries, R = 3.6541528853610088, layer area V = 4.92867323399e-3, tail by Marsaglia's 1964 method).
/// Following Doornik JA (An improved ziggurat method to generate normal random samples, 2005), the layer index,
/// the sign and the 53-bit uniform come from disjoint bits of one 64-bit draw, which removes the correlation of
/// the original 32-bit version.
/// </remarks>
internal static class ZigguratNormal
{
    private const int Layers = 256;
    private const double TailStart = 3.6541528853610088;
    private const double LayerArea = 4.92867323399e-3;
    private const double Uniform53 = 1.0 / (1UL << 53);

    // X[i]: right edge of layer i (X[0] is the base layer's pseudo-width V/f(R)); F[i] = f(X[i]); X[256] = 0, F[256] = 1.
    private static readonly double[] X = BuildEdges();
    private static readonly double[] F = BuildDensities(X);

    /// <summary>One standard normal deviate.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Next(ref Xoshiro256StarStar random)
    {
        var bits = random.NextUInt64();
        var i = (int)(bits & 0xFF);
        var x = (bits >> 11) * Uniform53 * Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(X), i);
        if (x < Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(X), i + 1))
        {
            // Bit 8 becomes the sign bit.
            return BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(x) ^ (long)((bits & 0x100) << 55));
        }

        return Slow(ref random, i, x, (bits & 0x100) != 0);
    }

    /// <summary>Fills <paramref name="destination"/> with standard normal deviates (the same deviates as repeated <see cref="Next"/>).</summary>
    public static void Fill(ref Xoshiro256StarStar random, Span<double> destination)
    {
        // The generator's state is copied to a local whose address is never taken, so that the JIT keeps its four
        // words in registers on the fast path; the rare slow path goes through the caller's copy.
        var local = random;
        ref var edges = ref MemoryMarshal.GetArrayDataReference(X);
        for (var i = 0; i < destination.Length; i++)
        {
            var bits = local.NextUInt64();
            var layer = (int)(bits & 0xFF);
            var x = (bits >> 11) * Uniform53 * Unsafe.Add(ref edges, layer);
            if (x < Unsafe.Add(ref edges, layer + 1))
            {
                destination[i] = BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(x) ^ (long)((bits & 0x100) << 55));
            }
            else
            {
                random = local;
                destination[i] = Slow(ref random, layer, x, (bits & 0x100) != 0);
                local = random;
            }
        }

        random = local;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double Slow(ref Xoshiro256StarStar random, int layer, double x, bool negative)
    {
        while (true)
        {
            if (layer == 0)
            {
                // Tail beyond R (Marsaglia 1964): x = −ln(U₁)/R, y = −ln(U₂), accept when 2y > x².
                double tx, ty;
                do
                {
                    tx = -Math.Log(random.NextOpenClosed()) / TailStart;
                    ty = -Math.Log(random.NextOpenClosed());
                }
                while (ty + ty < tx * tx);

                return negative ? -(TailStart + tx) : TailStart + tx;
            }

            // Wedge between layers: accept when a uniform height under the layer lies under the density.
            var height = F[layer] + (random.NextUInt64() >> 11) * Uniform53 * (F[layer + 1] - F[layer]);
            if (height < Math.Exp(-0.5 * x * x))
            {
                return negative ? -x : x;
            }

            var bits = random.NextUInt64();
            layer = (int)(bits & 0xFF);
            negative = (bits & 0x100) != 0;
            x = (bits >> 11) * Uniform53 * X[layer];
            if (x < X[layer + 1])
            {
                return negative ? -x : x;
            }
        }
    }

    private static double[] BuildEdges()
    {
        var x = new double[Layers + 1];
        x[0] = LayerArea / Math.Exp(-0.5 * TailStart * TailStart);
        x[1] = TailStart;
        for (var i = 2; i < Layers; i++)
        {
            x[i] = Math.Sqrt(-2 * Math.Log(LayerArea / x[i - 1] + Math.Exp(-0.5 * x[i - 1] * x[i - 1])));
        }

        x[Layers] = 0;
        return x;
    }

    private static double[] BuildDensities(double[] x)
    {
        var f = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            f[i] = Math.Exp(-0.5 * x[i] * x[i]);
        }

        return f;
    }
}
