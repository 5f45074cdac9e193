using EEiC.Statistics.Disclosure;

namespace EEiC.Statistics.Tests.Disclosure;

/// <summary>
/// Independent check by enumeration: every non-negative whole-number completion of the suppressed cells that agrees
/// with the published cells and the exact published totals is visited (cell by cell in row-major order, with the
/// remaining line totals as the state; completions sharing a state are visited once; a line's last suppressed cell
/// takes what remains of its total), and each suppressed cell's
/// smallest and largest value over them is recorded. No linear programming, flows or graph theory. Small tables
/// with small totals only.
/// </summary>
internal static class BruteForce
{
    /// <summary>(Lower, Upper) per suppressed cell, row-major; Upper is +∞ when nothing is published.</summary>
    public static List<(int Row, int Column, double Lower, double Upper)> Intervals(
        int rows, int columns, double[] x, bool[] suppressed, PublishedMargins margins)
    {
        var rowPub = (margins & PublishedMargins.RowTotals) != 0;
        var colPub = (margins & PublishedMargins.ColumnTotals) != 0;
        var grandPub = (margins & PublishedMargins.GrandTotal) != 0;
        var cells = Enumerable.Range(0, x.Length).Where(i => suppressed[i]).ToList();
        if (!rowPub && !colPub && !grandPub)
        {
            return cells.ConvertAll(i => (i / columns, i % columns, 0.0, double.PositiveInfinity));
        }

        if (colPub && !rowPub)
        {
            // Column by column, so that each column closes before the next opens (a smaller state space).
            cells = [.. cells.OrderBy(i => i % columns).ThenBy(i => i / columns)];
        }

        // State: what the suppressed cells still to come must add up to, per published row, column and the grand total.
        var start = new int[rows + columns + 1];
        foreach (var i in cells)
        {
            start[i / columns] += (int)x[i];
            start[rows + (i % columns)] += (int)x[i];
            start[rows + columns] += (int)x[i];
        }

        var radix = start.Max() + 1;
        Assert.True(Math.Pow(radix, start.Length) < 9e18, "table too large for the enumeration");
        var published = new bool[start.Length];
        for (var k = 0; k < start.Length; k++)
        {
            published[k] = k < rows ? rowPub : k < rows + columns ? colPub : grandPub;
        }

        long Encode(int[] s)
        {
            long code = 0;
            for (var k = 0; k < s.Length; k++)
            {
                code = (code * radix) + (published[k] ? s[k] : 0);
            }

            return code;
        }

        int[] Decode(long code)
        {
            var s = new int[start.Length];
            for (var k = s.Length - 1; k >= 0; k--)
            {
                s[k] = (int)(code % radix);
                code /= radix;
            }

            return s;
        }

        // The last suppressed cell of each line: it must take up what remains of a published total.
        var last = new int[start.Length];
        Array.Fill(last, -1);
        foreach (var i in cells)
        {
            last[i / columns] = last[rows + (i % columns)] = last[rows + columns] = i;
        }

        // The values a cell may take in a state: at most the least of its published remainders, and exactly the
        // remainder of a published line it closes.
        (int Low, int High) Range(int[] s, int cell)
        {
            var (low, high) = (0, int.MaxValue);
            foreach (var k in new[] { cell / columns, rows + (cell % columns), rows + columns })
            {
                if (published[k])
                {
                    high = Math.Min(high, s[k]);
                    if (last[k] == cell)
                    {
                        low = Math.Max(low, s[k]);
                    }
                }
            }

            return (low, high);
        }

        long Step(int[] s, int cell, int value)
        {
            var next = (int[])s.Clone();
            next[cell / columns] -= value;
            next[rows + (cell % columns)] -= value;
            next[rows + columns] -= value;
            return Encode(next);
        }

        var canFinish = new Dictionary<(int, long), bool>();
        bool CanFinish(int k, long code)
        {
            if (k == cells.Count)
            {
                return code == 0;
            }

            if (canFinish.TryGetValue((k, code), out var known))
            {
                return known;
            }

            var s = Decode(code);
            var result = false;
            var (low, high) = Range(s, cells[k]);
            for (var value = low; value <= high && !result; value++)
            {
                result = CanFinish(k + 1, Step(s, cells[k], value));
            }

            canFinish[(k, code)] = result;
            return result;
        }

        var lower = Enumerable.Repeat(int.MaxValue, cells.Count).ToArray();
        var upper = Enumerable.Repeat(int.MinValue, cells.Count).ToArray();
        var seen = new HashSet<(int, long)>();
        var pending = new Stack<(int, long)>();
        var first = Encode(start);
        Assert.True(CanFinish(0, first), "the true table must be a completion");
        pending.Push((0, first));
        seen.Add((0, first));
        while (pending.Count > 0)
        {
            var (k, code) = pending.Pop();
            if (k == cells.Count)
            {
                continue;
            }

            var s = Decode(code);
            var (low, high) = Range(s, cells[k]);
            for (var value = low; value <= high; value++)
            {
                var next = Step(s, cells[k], value);
                if (CanFinish(k + 1, next))
                {
                    lower[k] = Math.Min(lower[k], value);
                    upper[k] = Math.Max(upper[k], value);
                    if (seen.Add((k + 1, next)))
                    {
                        pending.Push((k + 1, next));
                    }
                }
            }
        }

        return [.. cells.Select((i, k) => (i / columns, i % columns, (double)lower[k], (double)upper[k])).OrderBy(t => (t.Item1 * columns) + t.Item2)];
    }

    /// <summary>The suppressed cells that take one value in every completion, row-major.</summary>
    public static List<(int Row, int Column)> Recoverable(int rows, int columns, double[] x, bool[] suppressed, PublishedMargins margins) =>
        [.. Intervals(rows, columns, x, suppressed, margins).Where(t => t.Lower == t.Upper).Select(t => (t.Row, t.Column))];
}
