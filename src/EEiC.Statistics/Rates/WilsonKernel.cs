using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace EEiC.Statistics.Rates;

/// <summary>
/// The arithmetic of the Wilson score interval, in one place for every form of <see cref="Proportions.Wilson(double, double, Intervals.ConfidenceLevel, double)"/>:
/// a scalar form (scalar, list, span-batch and dataset methods) and a <see cref="Vector{T}"/> form (columnar method) that
/// performs the same IEEE operations in the same order, so both give the same bits (no fused multiply-add: .NET
/// does not contract separate multiplications and additions).
/// </summary>
/// <remarks>
/// Wilson EB. J Am Stat Assoc 1927;22:209–212. With p = x/n, s = 4x(1 − p) and
/// D = 2x + z² + z·√(z² + s): upper = min(D / (2(n + z²)), 1) (exactly 1 when x = n) and lower = 2x² / (n·D), which
/// equals (2x + z² − z·√(z² + s)) / (2(n + z²)) since (2x + z²)² − z²(z² + s) = 4x²(n + z²)/n, without its cancellation.
/// </remarks>
internal static class WilsonKernel
{
    /// <summary>The level-free term s = 4x(1 − x/n), with p = x/n returned for the value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double Spread(double x, double n, out double p)
    {
        p = x / n;
        return 4 * x * (1 - p);
    }

    /// <summary>The limits as proportions (before the multiplier) at z, with z2 = z·z.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Limits(double x, double n, double spread, double z, double z2, out double lower, out double upper)
    {
        var d = (2 * x) + z2 + (z * Math.Sqrt(z2 + spread));
        lower = 2 * x * x / (n * d);
        upper = x == n ? 1 : Math.Min(d / (2 * (n + z2)), 1);
    }

    /// <summary><see cref="Spread"/> and <see cref="Limits(double, double, double, double, double, out double, out double)"/>, lane by lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Limits(Vector<double> x, Vector<double> n, Vector<double> z, Vector<double> z2, out Vector<double> lower, out Vector<double> upper)
    {
        var one = Vector<double>.One;
        var two = new Vector<double>(2);
        var spread = new Vector<double>(4) * x * (one - (x / n));
        var d = (two * x) + z2 + (z * Vector.SquareRoot(z2 + spread));
        lower = two * x * x / (n * d);
        upper = Vector.ConditionalSelect(Vector.Equals(x, n), one, Vector.Min(d / (two * (n + z2)), one));
    }

    /// <summary>
    /// The limits × <paramref name="multiplier"/> of every row into two columns. Inputs must be valid and the outputs
    /// at least as long as the inputs; <paramref name="simd"/> = false forces the scalar loop (for tests).
    /// </summary>
    internal static void Columns(ReadOnlySpan<double> x, ReadOnlySpan<double> n, double z, double multiplier, Span<double> lower, Span<double> upper, bool simd = true)
    {
        var z2 = z * z;
        var length = x.Length;
        var i = 0;
        if (simd && Vector.IsHardwareAccelerated && length >= Vector<double>.Count)
        {
            ref var rx = ref MemoryMarshal.GetReference(x);
            ref var rn = ref MemoryMarshal.GetReference(n);
            ref var rl = ref MemoryMarshal.GetReference(lower);
            ref var ru = ref MemoryMarshal.GetReference(upper);
            var vz = new Vector<double>(z);
            var vz2 = new Vector<double>(z2);
            var vm = new Vector<double>(multiplier);
            for (; i <= length - Vector<double>.Count; i += Vector<double>.Count)
            {
                var at = (nuint)i;
                Limits(Vector.LoadUnsafe(ref rx, at), Vector.LoadUnsafe(ref rn, at), vz, vz2, out var lo, out var up);
                (lo * vm).StoreUnsafe(ref rl, at);
                (up * vm).StoreUnsafe(ref ru, at);
            }
        }

        for (; i < length; i++)
        {
            var spread = Spread(x[i], n[i], out _);
            Limits(x[i], n[i], spread, z, z2, out var lo, out var up);
            lower[i] = lo * multiplier;
            upper[i] = up * multiplier;
        }
    }
}
