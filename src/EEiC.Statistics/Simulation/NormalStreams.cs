using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace EEiC.Statistics.Simulation;

/// <summary>
/// Standard normal deviates by the ziggurat method from four xoshiro256** streams, computed four at a time in the
/// lanes of a 256-bit vector. Output i of each <see cref="Fill"/> call takes its 64 random bits from stream i mod 4;
/// the rare draws that fail the ziggurat's fast test (about 1%) are finished, in output order, by the wedge and tail
/// tests with random numbers from a fifth stream. The numbers are therefore defined draw by draw, and are the same
/// whether the vector path or the scalar path (<see cref="FillScalar"/>, used where 256-bit vectors are not
/// hardware-accelerated) computes them.
/// </summary>
/// <remarks>
/// Blackman D, Vigna S. ACM Trans Math Softw 2021;47(4):36 (xoshiro256**); Marsaglia G, Tsang WW. J Stat Softw
/// 2000;5(8) (ziggurat).
/// </remarks>
internal struct NormalStreams
{
    private const int Lanes = 4;
    private const int Chunk = 256;

    private Xoshiro256StarStar _lane0;
    private Xoshiro256StarStar _lane1;
    private Xoshiro256StarStar _lane2;
    private Xoshiro256StarStar _lane3;
    private Xoshiro256StarStar _slow;

    /// <summary>The streams of <paramref name="stream"/> under <paramref name="seed"/> (generator streams 5·stream … 5·stream + 4).</summary>
    public NormalStreams(ulong seed, ulong stream)
    {
        _lane0 = new Xoshiro256StarStar(seed, 5 * stream);
        _lane1 = new Xoshiro256StarStar(seed, 5 * stream + 1);
        _lane2 = new Xoshiro256StarStar(seed, 5 * stream + 2);
        _lane3 = new Xoshiro256StarStar(seed, 5 * stream + 3);
        _slow = new Xoshiro256StarStar(seed, 5 * stream + 4);
    }

    /// <summary>Fills <paramref name="destination"/> with standard normal deviates.</summary>
    public void Fill(Span<double> destination)
    {
        if (Vector256.IsHardwareAccelerated)
        {
            for (var start = 0; start < destination.Length; start += Chunk)
            {
                // Chunks start at multiples of four, so output i still takes its bits from lane i mod 4.
                FillVector(destination.Slice(start, Math.Min(Chunk, destination.Length - start)));
            }
        }
        else
        {
            FillScalar(destination);
        }
    }

    /// <summary>The same deviates as <see cref="Fill"/>, one at a time.</summary>
    internal void FillScalar(Span<double> destination)
    {
        ref var edges = ref MemoryMarshal.GetReference(ZigguratNormal.Edges);
        for (var i = 0; i < destination.Length; i++)
        {
            var bits = Lane(i % Lanes).NextUInt64();
            var layer = (int)(bits & 0xFF);
            var x = ZigguratNormal.Uniform(bits) * Unsafe.Add(ref edges, layer);
            destination[i] = x < Unsafe.Add(ref edges, layer + 1)
                ? BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(x) ^ (long)((bits & 0x100) << 55))
                : ZigguratNormal.Slow(ref _slow, layer, x, (bits & 0x100) != 0);
        }
    }

    /// <summary>At most <see cref="Chunk"/> deviates: the fast test on four lanes at a time, the failures afterwards.</summary>
    private void FillVector(Span<double> destination)
    {
        Span<ulong> pendingBits = stackalloc ulong[Chunk];
        Span<int> pendingAt = stackalloc int[Chunk / Lanes];
        var pending = 0;

        _lane0.GetState(out var a0, out var a1, out var a2, out var a3);
        _lane1.GetState(out var b0, out var b1, out var b2, out var b3);
        _lane2.GetState(out var c0, out var c1, out var c2, out var c3);
        _lane3.GetState(out var d0, out var d1, out var d2, out var d3);
        var s0 = Vector256.Create(a0, b0, c0, d0);
        var s1 = Vector256.Create(a1, b1, c1, d1);
        var s2 = Vector256.Create(a2, b2, c2, d2);
        var s3 = Vector256.Create(a3, b3, c3, d3);
        ref var edges = ref MemoryMarshal.GetReference(ZigguratNormal.Edges);
        var layerMask = Vector256.Create(0xFFUL);
        var signMask = Vector256.Create(0x100UL);
        var one = Vector256.Create(0x3FF0000000000000UL);

        var i = 0;
        for (; i <= destination.Length - Lanes; i += Lanes)
        {
            // xoshiro256** on four lanes: result = rotl(s1·5, 7)·9, with ·5 and ·9 as shift-and-add.
            var five = s1 + (s1 << 2);
            var rotated = (five << 7) | (five >> 57);
            var bits = rotated + (rotated << 3);
            var t = s1 << 17;
            s2 ^= s0;
            s3 ^= s1;
            s1 ^= s2;
            s0 ^= s3;
            s2 ^= t;
            s3 = (s3 << 45) | (s3 >> 19);

            // Ziggurat fast test: x = U·X[layer] is accepted when inside the layer's inner rectangle.
            var layer = bits & layerMask;
            var l0 = (nint)layer.GetElement(0);
            var l1 = (nint)layer.GetElement(1);
            var l2 = (nint)layer.GetElement(2);
            var l3 = (nint)layer.GetElement(3);
            var width = Vector256.Create(Unsafe.Add(ref edges, l0), Unsafe.Add(ref edges, l1), Unsafe.Add(ref edges, l2), Unsafe.Add(ref edges, l3));
            var inner = Vector256.Create(Unsafe.Add(ref edges, l0 + 1), Unsafe.Add(ref edges, l1 + 1), Unsafe.Add(ref edges, l2 + 1), Unsafe.Add(ref edges, l3 + 1));
            var x = (((bits >> 12) | one).AsDouble() - Vector256<double>.One) * width;
            (x.AsUInt64() ^ ((bits & signMask) << 55)).AsDouble().CopyTo(destination[i..]);
            if (!Vector256.LessThanAll(x, inner))
            {
                // Finish the failing lanes after the loop, in output order.
                bits.CopyTo(pendingBits[(Lanes * pending)..]);
                pendingAt[pending++] = i;
            }
        }

        _lane0 = Xoshiro256StarStar.FromState(s0.GetElement(0), s1.GetElement(0), s2.GetElement(0), s3.GetElement(0));
        _lane1 = Xoshiro256StarStar.FromState(s0.GetElement(1), s1.GetElement(1), s2.GetElement(1), s3.GetElement(1));
        _lane2 = Xoshiro256StarStar.FromState(s0.GetElement(2), s1.GetElement(2), s2.GetElement(2), s3.GetElement(2));
        _lane3 = Xoshiro256StarStar.FromState(s0.GetElement(3), s1.GetElement(3), s2.GetElement(3), s3.GetElement(3));

        for (var p = 0; p < pending; p++)
        {
            for (var lane = 0; lane < Lanes; lane++)
            {
                var bits = pendingBits[Lanes * p + lane];
                var layer = (int)(bits & 0xFF);
                var x = ZigguratNormal.Uniform(bits) * Unsafe.Add(ref edges, layer);
                if (!(x < Unsafe.Add(ref edges, layer + 1)))
                {
                    destination[pendingAt[p] + lane] = ZigguratNormal.Slow(ref _slow, layer, x, (bits & 0x100) != 0);
                }
            }
        }

        // A remainder shorter than four (last chunk only): lanes 0, 1, 2 in turn, as the scalar path.
        if (i < destination.Length)
        {
            FillScalar(destination[i..]);
        }
    }

    [UnscopedRef]
    private ref Xoshiro256StarStar Lane(int lane)
    {
        switch (lane)
        {
            case 0:
                return ref _lane0;
            case 1:
                return ref _lane1;
            case 2:
                return ref _lane2;
            default:
                return ref _lane3;
        }
    }
}
