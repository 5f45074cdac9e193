namespace EEiC.Statistics.Simulation;

/// <summary>
/// Order statistics of a buffer without sorting it: quickselect partitions the buffer in place around the
/// wanted positions, in expected linear time, and falls back to a sort of the remaining range when a run of
/// bad pivots makes it degenerate (introselect).
/// </summary>
/// <remarks>
/// Hoare CAR. Algorithm 65: Find. Commun ACM 1961;4(7):321–322; Musser DR. Introspective sorting and selection
/// algorithms. Softw Pract Exper 1997;27(8):983–993. The buffer must not contain NaN.
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
    internal static void SelectInRange(Span<double> a, int left, int right, int k)
    {
        var budget = 2 * (64 - ulong.LeadingZeroCount((ulong)(right - left + 1))) + 8;
        while (right > left)
        {
            if (budget-- == 0)
            {
                a[left..(right + 1)].Sort();
                return;
            }

            // Median of three as pivot, moved to a[left + 1] .. sentinels at both ends (Sedgewick's variant).
            var mid = left + ((right - left) >> 1);
            if (a[mid] < a[left])
            {
                (a[mid], a[left]) = (a[left], a[mid]);
            }

            if (a[right] < a[left])
            {
                (a[right], a[left]) = (a[left], a[right]);
            }

            if (a[right] < a[mid])
            {
                (a[right], a[mid]) = (a[mid], a[right]);
            }

            if (right - left < 3)
            {
                return; // three or fewer elements are now sorted
            }

            // a[left] ≤ a[mid] ≤ a[right]: move the pivot next to the left sentinel.
            (a[mid], a[left + 1]) = (a[left + 1], a[mid]);
            var pivot = a[left + 1];
            var i = left + 1;
            var j = right;
            while (true)
            {
                do
                {
                    i++;
                }
                while (a[i] < pivot);

                do
                {
                    j--;
                }
                while (a[j] > pivot);

                if (j < i)
                {
                    break;
                }

                (a[i], a[j]) = (a[j], a[i]);
            }

            a[left + 1] = a[j];
            a[j] = pivot;

            if (j >= k)
            {
                right = j - 1;
            }

            if (j <= k)
            {
                left = i;
            }
        }
    }
}
