namespace EEiC.Statistics.Simulation;

/// <summary>
/// Order statistics of a buffer without sorting it: selection partitions the buffer in place around the wanted
/// positions in expected linear time (Floyd and Rivest's refinement of Hoare's quickselect), and falls back to a
/// sort of the remaining range should a run of bad partitions make it degenerate (as in Musser's introselect).
/// </summary>
/// <remarks>
/// Hoare CAR. Algorithm 65: Find. Commun ACM 1961;4(7):321–322; Floyd RW, Rivest RL. Algorithm 489: the algorithm
/// SELECT. Commun ACM 1975;18(3):173; Musser DR. Introspective sorting and selection algorithms. Softw Pract Exper
/// 1997;27(8):983–993. The buffer must not contain NaN.
/// </remarks>
internal static class OrderStatistics
{
    /// <summary>
    /// Rearranges <paramref name="buffer"/> so that each 0-based position in <paramref name="positions"/> holds
    /// the value a full ascending sort would put there, and returns those values in <paramref name="values"/>
    /// (same order as <paramref name="positions"/>, which may be in any order and may repeat).
    /// </summary>
    public static void Select(Span<double> buffer, ReadOnlySpan<int> positions, Span<double> values)
    {
        Span<int> sorted = positions.Length <= 32 ? stackalloc int[positions.Length] : new int[positions.Length];
        positions.CopyTo(sorted);
        sorted.Sort();

        // After selecting position p, everything right of p is ≥ buffer[p], so the next (larger) position
        // only needs the range to its right.
        var low = 0;
        var previous = -1;
        foreach (var p in sorted)
        {
            if (p != previous)
            {
                SelectInRange(buffer, low, buffer.Length - 1, p);
                low = p + 1;
                previous = p;
            }
        }

        for (var i = 0; i < positions.Length; i++)
        {
            values[i] = buffer[positions[i]];
        }
    }

    /// <summary>Places the value of rank <paramref name="k"/> (0-based, within the whole buffer) at <paramref name="k"/>, searching only [left, right].</summary>
    /// <remarks>
    /// Floyd RW, Rivest RL. Algorithm 489: the algorithm SELECT. Commun ACM 1975;18(3):173. On a large range it first
    /// selects within a small sample around the expected position, so that the partition element lands close to
    /// rank k and about n + min(k, n − k) comparisons suffice (a plain quickselect needs about 3.4n).
    /// </remarks>
    internal static void SelectInRange(Span<double> a, int left, int right, int k)
    {
        var budget = 2 * (64 - (int)ulong.LeadingZeroCount((ulong)(right - left + 1))) + 16;
        while (right > left)
        {
            if (budget-- == 0)
            {
                a[left..(right + 1)].Sort();
                return;
            }

            if (right - left > 600)
            {
                double n = right - left + 1;
                double i = k - left + 1;
                var z = Math.Log(n);
                var s = 0.5 * Math.Exp(2 * z / 3);
                var sd = 0.5 * Math.Sqrt(z * s * (n - s) / n) * Math.Sign(i - n / 2);
                var sampleLeft = Math.Max(left, (int)(k - i * s / n + sd));
                var sampleRight = Math.Min(right, (int)(k + (n - i) * s / n + sd));
                SelectInRange(a, sampleLeft, sampleRight, k);
            }

            var t = a[k];
            var lo = left;
            var hi = right;
            (a[left], a[k]) = (a[k], a[left]);
            if (a[right] > t)
            {
                (a[right], a[left]) = (a[left], a[right]);
            }

            while (lo < hi)
            {
                (a[lo], a[hi]) = (a[hi], a[lo]);
                lo++;
                hi--;
                while (a[lo] < t)
                {
                    lo++;
                }

                while (a[hi] > t)
                {
                    hi--;
                }
            }

            if (a[left] == t)
            {
                (a[left], a[hi]) = (a[hi], a[left]);
            }
            else
            {
                hi++;
                (a[hi], a[right]) = (a[right], a[hi]);
            }

            if (hi <= k)
            {
                left = hi + 1;
            }

            if (k <= hi)
            {
                right = hi - 1;
            }
        }
    }
}
