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
/// the sign and the 52-bit uniform come from disjoint bits of one 64-bit draw, which removes the correlation of
/// the original 32-bit version.
/// </remarks>
internal static class ZigguratNormal
{
    private const int Layers = 256;
    private const double TailStart = 3.6541528853610088;
    private const double LayerArea = 4.92867323399e-3;
    private const ulong OneBits = 0x3FF0000000000000UL;

    // X[i]: right edge of layer i (X[0] is the base layer's pseudo-width V/f(R)); F[i] = f(X[i]); X[256] = 0, F[256] = 1.
    private static readonly double[] X = BuildEdges();
    private static readonly double[] F = BuildDensities(X);

    /// <summary>The layer edges, for the vectorised fast path of <see cref="NormalStreams"/>.</summary>
    internal static ReadOnlySpan<double> Edges => X;

    /// <summary>A uniform in [0, 1) from the top 52 bits (the layer index and sign use bits 0–8): 1.bits − 1, exact.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double Uniform(ulong bits) => BitConverter.Int64BitsToDouble((long)((bits >> 12) | OneBits)) - 1.0;

    /// <summary>One standard normal deviate.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Next(ref Xoshiro256StarStar random)
    {
        var bits = random.NextUInt64();
        var i = (int)(bits & 0xFF);
        var x = Uniform(bits) * Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(X), i);
        if (x < Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(X), i + 1))
        {
            // Bit 8 becomes the sign bit.
            return BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(x) ^ (long)((bits & 0x100) << 55));
        }

        return Slow(ref random, i, x, (bits & 0x100) != 0);
    }

    /// <summary>The wedge and tail tests for a draw that fell outside its layer's inner rectangle.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static double Slow(ref Xoshiro256StarStar random, int layer, double x, bool negative)
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
            var height = F[layer] + Uniform(random.NextUInt64()) * (F[layer + 1] - F[layer]);
            if (height < Math.Exp(-0.5 * x * x))
            {
                return negative ? -x : x;
            }

            var bits = random.NextUInt64();
            layer = (int)(bits & 0xFF);
            negative = (bits & 0x100) != 0;
            x = Uniform(bits) * X[layer];
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
