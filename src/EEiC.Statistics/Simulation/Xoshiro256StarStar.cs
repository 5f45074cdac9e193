using System.Numerics;
using System.Runtime.CompilerServices;

namespace EEiC.Statistics.Simulation;

/// <summary>
/// The xoshiro256** pseudo-random generator: 256 bits of state, period 2²⁵⁶ − 1, passes BigCrush, about a
/// nanosecond per 64-bit output. A mutable value type on purpose: keep it in a local and pass it by
/// <see langword="ref"/> so the hot loop works on registers.
/// </summary>
/// <remarks>
/// Blackman D, Vigna S. Scrambled linear pseudorandom number generators. ACM Trans Math Softw 2021;47(4):36.
/// The state is filled from a 64-bit seed with SplitMix64 (Steele GL, Lea D, Flood CH. Fast splittable
/// pseudorandom number generators. OOPSLA 2014:453–472), as the authors recommend; a stream index is mixed into
/// the seed so that every group of a batch has its own reproducible stream whatever the order groups are run in.
/// </remarks>
internal struct Xoshiro256StarStar
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>Creates the generator for stream <paramref name="stream"/> of <paramref name="seed"/>.</summary>
    public Xoshiro256StarStar(ulong seed, ulong stream)
    {
        // Mix the seed and the stream index separately before combining, so that (seed, stream) pairs that
        // differ by small amounts start far apart; SplitMix64 then fills the four state words.
        var x = Mix(seed ^ 0x6A09E667F3BCC909UL) + Mix(stream + 0xBB67AE8584CAA73BUL) * 0x9E3779B97F4A7C15UL;
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
        if ((_s0 | _s1 | _s2 | _s3) == 0)
        {
            _s0 = 1; // the all-zero state is the one state xoshiro must not be in
        }
    }

    /// <summary>The generator in a given state (for checking against the reference implementation's outputs).</summary>
    internal static Xoshiro256StarStar FromState(ulong s0, ulong s1, ulong s2, ulong s3)
    {
        var generator = default(Xoshiro256StarStar);
        generator._s0 = s0;
        generator._s1 = s1;
        generator._s2 = s2;
        generator._s3 = s3;
        return generator;
    }

    /// <summary>The four state words (for generators that run several streams in vector lanes).</summary>
    internal readonly void GetState(out ulong s0, out ulong s1, out ulong s2, out ulong s3)
    {
        s0 = _s0;
        s1 = _s1;
        s2 = _s2;
        s3 = _s3;
    }

    /// <summary>The next 64 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        var result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform double in (0, 1]: 53 random bits, never 0 (safe for a logarithm).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextOpenClosed() => ((NextUInt64() >> 11) + 1) * (1.0 / (1UL << 53));

    private static ulong SplitMix(ref ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        return Mix(x);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
