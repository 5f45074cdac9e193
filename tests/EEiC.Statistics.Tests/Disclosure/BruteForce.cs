using EEiC.Statistics.Disclosure;

namespace EEiC.Statistics.Tests.Disclosure;

/// <summary>
/// Independent check by enumeration: all non-negative whole-number completions of the suppressed cells that agree
/// with the published cells and the (unrounded) published totals; a suppressed cell is recoverable when it takes one
/// value in every completion. Small tables only.
/// </summary>
internal static class BruteForce
{
    public static List<(int Row, int Column)> Recoverable(int rows, int columns, double[] x, bool[] suppressed, PublishedMargins margins)
    {
        var rowPub = (margins & PublishedMargins.RowTotals) != 0;
        var colPub = (margins & PublishedMargins.ColumnTotals) != 0;
        var grandPub = (margins & PublishedMargins.GrandTotal) != 0;
        var rowRes = new long[rows];
        var colRes = new long[columns];
        long grandRes = 0;
        long total = 0;
        var cells = new List<int>();
        for (var i = 0; i < x.Length; i++)
        {
            total += (long)x[i];
            if (suppressed[i])
            {
                cells.Add(i);
                rowRes[i / columns] += (long)x[i];
                colRes[i % columns] += (long)x[i];
                grandRes += (long)x[i];
            }
        }

        var lastInRow = new int[rows];
        var lastInCol = new int[columns];
        Array.Fill(lastInRow, -1);
        Array.Fill(lastInCol, -1);
        for (var k = 0; k < cells.Count; k++)
        {
            lastInRow[cells[k] / columns] = k;
            lastInCol[cells[k] % columns] = k;
        }

        var cap = total + 3;
        var values = new long[cells.Count];
        var fixedCell = -1;
        long fixedValue = 0;

        bool Exists(int k)
        {
            if (k == cells.Count)
            {
                return !((rowPub && rowRes.Any(r => r != 0)) || (colPub && colRes.Any(c => c != 0)) || (grandPub && grandRes != 0));
            }

            var r = cells[k] / columns;
            var c = cells[k] % columns;
            long lo = 0, hi = cap;
            if (rowPub)
            {
                hi = Math.Min(hi, rowRes[r]);
            }

            if (colPub)
            {
                hi = Math.Min(hi, colRes[c]);
            }

            if (grandPub)
            {
                hi = Math.Min(hi, grandRes);
            }

            if (rowPub && lastInRow[r] == k)
            {
                lo = Math.Max(lo, rowRes[r]);
            }

            if (colPub && lastInCol[c] == k)
            {
                lo = Math.Max(lo, colRes[c]);
            }

            if (grandPub && k == cells.Count - 1)
            {
                lo = Math.Max(lo, grandRes);
            }

            if (k == fixedCell)
            {
                (lo, hi) = (Math.Max(lo, fixedValue), Math.Min(hi, fixedValue));
            }

            // The true value first, then the others: completions near the true table are found quickly.
            var truth = (long)x[cells[k]];
            for (var step = -1L; step <= hi; step++)
            {
                var v = step < 0 ? truth : step;
                if (v < lo || v > hi || (step >= 0 && v == truth))
                {
                    continue;
                }

                rowRes[r] -= v;
                colRes[c] -= v;
                grandRes -= v;
                var ok = Exists(k + 1);
                rowRes[r] += v;
                colRes[c] += v;
                grandRes += v;
                if (ok)
                {
                    return true;
                }
            }

            return false;
        }

        // The constraints are a transportation system (totally unimodular), so the whole values a cell can take form an
        // interval of integers: the cell is determined exactly when neither its value - 1 nor its value + 1 is possible.
        var result = new List<(int, int)>();
        for (var k = 0; k < cells.Count; k++)
        {
            fixedCell = k;
            var truth = (long)x[cells[k]];
            fixedValue = truth + 1;
            var up = Exists(0);
            fixedValue = truth - 1;
            var down = truth >= 1 && Exists(0);
            if (!up && !down)
            {
                result.Add((cells[k] / columns, cells[k] % columns));
            }
        }

        return result;
    }
}
