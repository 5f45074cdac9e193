using System.Globalization;
using EEiC.Statistics.Validation;

namespace EEiC.Statistics.Disclosure;

/// <summary>
/// Small-number disclosure control of a two-way table of counts (for example ethnic groups × areas or periods):
/// primary suppression of small counts, secondary suppression so that no suppressed cell can be recovered from the
/// published cells and totals, optional rounding, and an audit of every change.
/// </summary>
/// <remarks>
/// Cell suppression for tabular data as described by Hundepool A, Domingo-Ferrer J, Franconi L, et al.
/// <i>Statistical Disclosure Control</i>. Wiley, 2012, chapter 4. The secondary suppression is a deterministic
/// heuristic, not an optimal (minimum information loss) pattern; the check that it leaves nothing recoverable is
/// exact for the linear system of published cells and totals (see <see cref="FindRecoverableCells"/>).
/// </remarks>
public static class SmallNumberSuppression
{
    /// <summary>
    /// Applies a disclosure policy to a table given as rows of counts.
    /// </summary>
    /// <param name="rowNames">One unique, non-empty name per row.</param>
    /// <param name="columnNames">One unique, non-empty name per column.</param>
    /// <param name="counts">The counts, one list per row, each as long as <paramref name="columnNames"/>; whole numbers &gt;= 0.</param>
    /// <param name="policy">The rule to apply, for example <see cref="DisclosurePolicy.HesSuppress1To7RoundTo5"/>.</param>
    /// <param name="margins">Which totals will be published with the table (default: all).</param>
    /// <returns>The protected table with its audit.</returns>
    /// <exception cref="StatisticsInputException">Listing every bad name, ragged row and bad count.</exception>
    /// <remarks>See <see cref="Apply(IReadOnlyList{string}, IReadOnlyList{string}, ReadOnlySpan{double}, DisclosurePolicy, PublishedMargins)"/> for the method (Hundepool A et al. <i>Statistical Disclosure Control</i>. Wiley, 2012, chapter 4).</remarks>
    public static SuppressedTable Apply(
        IReadOnlyList<string> rowNames,
        IReadOnlyList<string> columnNames,
        IReadOnlyList<IReadOnlyList<double>> counts,
        DisclosurePolicy policy,
        PublishedMargins margins = PublishedMargins.All)
    {
        ArgumentNullException.ThrowIfNull(rowNames);
        ArgumentNullException.ThrowIfNull(columnNames);
        ArgumentNullException.ThrowIfNull(counts);
        var checks = default(InputChecks);
        if (counts.Count != rowNames.Count)
        {
            checks.Add(null, nameof(counts), counts.Count.ToString(CultureInfo.InvariantCulture),
                $"must have one row per row name ({rowNames.Count.ToString(CultureInfo.InvariantCulture)})");
        }

        var columns = columnNames.Count;
        var flat = new double[counts.Count * columns];
        for (var r = 0; r < counts.Count; r++)
        {
            var row = counts[r];
            var name = r < rowNames.Count ? rowNames[r] : null;
            if (row is null || row.Count != columns)
            {
                checks.Add(r, nameof(counts), row is null ? "null" : row.Count.ToString(CultureInfo.InvariantCulture),
                    $"row must have one count per column ({columns.ToString(CultureInfo.InvariantCulture)})", name);
                continue;
            }

            for (var c = 0; c < columns; c++)
            {
                flat[(r * columns) + c] = row[c];
            }
        }

        checks.ThrowIfAny();
        return Apply(rowNames, columnNames, flat, policy, margins);
    }

    /// <summary>
    /// Applies a disclosure policy to a table given as a row-major span of counts (batch-friendly).
    /// </summary>
    /// <param name="rowNames">One unique, non-empty name per row.</param>
    /// <param name="columnNames">One unique, non-empty name per column.</param>
    /// <param name="counts">The counts, row-major: cell (r, c) at <c>r * columnNames.Count + c</c>; whole numbers &gt;= 0.</param>
    /// <param name="policy">The rule to apply.</param>
    /// <param name="margins">Which totals will be published with the table (default: all).</param>
    /// <returns>The protected table with its audit.</returns>
    /// <exception cref="StatisticsInputException">Listing every bad name and bad count.</exception>
    /// <remarks>
    /// <para><b>Primary suppression</b>: every count the policy suppresses (<see cref="DisclosurePolicy.SuppressesCount"/>).</para>
    /// <para><b>Secondary suppression</b> (deterministic): (1) while some row (when row totals are published) or column
    /// (when column totals are published) holds exactly one suppressed cell, suppress the smallest unsuppressed non-zero
    /// cell of that line (ties: the lowest index; rows before columns, in index order); (2) then, while some suppressed
    /// cell is still determined by the published cells and totals (a bridge of the suppression graph, see
    /// <see cref="FindRecoverableCells"/>), take the lowest such cell and suppress the unsuppressed cell that closes a
    /// cycle through it, preferring non-zero cells, then the smallest count, then the lowest index (when no single cell
    /// closes a cycle, the best cell leading out of the cell's side is suppressed, by the same preference, and the step
    /// repeats). Totals are never
    /// suppressed; they are published as computed from the cells (rounded if the policy rounds).</para>
    /// <para><b>Rounding</b> (when <see cref="DisclosurePolicy.RoundingBase"/> &gt; 1): published cells and totals are
    /// rounded independently, so published cells need not add up to published totals.</para>
    /// <para>Cells that no suppression can protect (a line with a single cell, say) are listed in
    /// <see cref="SuppressedTable.RecoverableCells"/>, which is empty for any table with at least two rows and two columns.
    /// <b>Known limitation</b>: a zero is chosen as a complementary cell only where a line has no non-zero candidate;
    /// such a suppressed zero can still be pinned by non-negativity (for example when the suppressed cells of a line
    /// sum to 0), which the linear check does not detect. Check the audit for secondary-suppressed zeros.
    /// Attacks that use knowledge of the policy (a primary-suppressed cell lies in 1 to
    /// <see cref="DisclosurePolicy.LargestSuppressedCount"/>) can narrow, but are not checked here.</para>
    /// Hundepool A et al. <i>Statistical Disclosure Control</i>. Wiley, 2012, §4.2–4.4; bridges: Tarjan RE.
    /// <i>Inf Process Lett</i> 1974;2:160–161.
    /// </remarks>
    public static SuppressedTable Apply(
        IReadOnlyList<string> rowNames,
        IReadOnlyList<string> columnNames,
        ReadOnlySpan<double> counts,
        DisclosurePolicy policy,
        PublishedMargins margins = PublishedMargins.All)
    {
        ArgumentNullException.ThrowIfNull(rowNames);
        ArgumentNullException.ThrowIfNull(columnNames);
        ArgumentNullException.ThrowIfNull(policy);
        var checks = default(InputChecks);
        CheckNames(ref checks, nameof(rowNames), rowNames);
        CheckNames(ref checks, nameof(columnNames), columnNames);
        if (policy.LargestSuppressedCount < 0)
        {
            checks.Add(null, "policy.LargestSuppressedCount", policy.LargestSuppressedCount, "must be >= 0");
        }

        if (policy.RoundingBase < 0)
        {
            checks.Add(null, "policy.RoundingBase", policy.RoundingBase, "must be >= 0");
        }

        if ((margins & ~PublishedMargins.All) != 0)
        {
            checks.Add(null, nameof(margins), ((int)margins).ToString(CultureInfo.InvariantCulture), "must combine RowTotals, ColumnTotals and GrandTotal");
        }

        var rows = rowNames.Count;
        var columns = columnNames.Count;
        checks.SameLength(nameof(counts), counts.Length, "rowNames.Count × columnNames.Count", rows * columns);
        if (!checks.HasProblems)
        {
            for (var i = 0; i < counts.Length; i++)
            {
                var x = counts[i];
                if (!(x >= 0) || double.IsPositiveInfinity(x) || x != Math.Floor(x))
                {
                    checks.Add(i, nameof(counts), x, "must be a whole number >= 0",
                        $"{rowNames[i / columns]} × {columnNames[i % columns]}");
                }
            }
        }

        checks.ThrowIfAny();

        var suppressed = new bool[counts.Length];
        var status = new DisclosureStatus[counts.Length];
        for (var i = 0; i < counts.Length; i++)
        {
            if (policy.SuppressesCount(counts[i]))
            {
                suppressed[i] = true;
                status[i] = DisclosureStatus.PrimarySuppressed;
            }
        }

        var graph = new SuppressionGraph(rows, columns, margins);
        var unprotectable = Secondary(counts, suppressed, status, rows, columns, margins, graph);
        return Publish(rowNames, columnNames, counts, suppressed, status, policy, margins, unprotectable);
    }

    /// <summary>
    /// The suppressed cells whose values are determined by the published cells and totals of a table: for each
    /// suppressed cell, whether the linear system "published cells + published totals" fixes its value.
    /// </summary>
    /// <param name="rows">The number of rows.</param>
    /// <param name="columns">The number of columns.</param>
    /// <param name="suppressed">Row-major, <see langword="true"/> for a withheld cell.</param>
    /// <param name="margins">Which totals are published (all unrounded, which is the intruder's best case).</param>
    /// <returns>The recoverable cells, in row-major order; empty when the table is protected.</returns>
    /// <remarks>
    /// Exact: a suppressed cell is determined exactly when it lies on no cycle of the graph whose nodes are the
    /// published totals (plus one node for line ends without a published total) and whose edges are the suppressed
    /// cells, because the differences between tables consistent with the published values form that graph's cycle
    /// space. When every suppressed cell is at least 1 this is also the answer over non-negative whole counts
    /// (a cycle can be shifted by ±1); a suppressed 0 can be pinned by non-negativity, which this check does not see.
    /// Linear time (Tarjan RE. <i>Inf Process Lett</i> 1974;2:160–161). Hundepool A et al. <i>Statistical Disclosure
    /// Control</i>. Wiley, 2012, §4.3 (the audit of a suppression pattern).
    /// </remarks>
    /// <exception cref="StatisticsInputException">When the sizes disagree.</exception>
    public static IReadOnlyList<(int Row, int Column)> FindRecoverableCells(int rows, int columns, ReadOnlySpan<bool> suppressed, PublishedMargins margins)
    {
        var checks = default(InputChecks);
        if (rows < 1 || columns < 1)
        {
            checks.Add(null, rows < 1 ? nameof(rows) : nameof(columns), Math.Min(rows, columns), "must be >= 1");
        }
        else
        {
            checks.SameLength(nameof(suppressed), suppressed.Length, "rows × columns", rows * columns);
        }

        checks.ThrowIfAny();
        var bridges = new SuppressionGraph(rows, columns, margins).Bridges(suppressed);
        return bridges.ConvertAll(i => (i / columns, i % columns));
    }

    private static void CheckNames(ref InputChecks checks, string argument, IReadOnlyList<string> names)
    {
        if (names.Count == 0)
        {
            checks.Add(null, argument, "0", "must name at least one line");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            if (string.IsNullOrWhiteSpace(name))
            {
                checks.Add(i, argument, name is null ? "null" : $"'{name}'", "must be a non-empty name");
            }
            else if (!seen.Add(name))
            {
                checks.Add(i, argument, $"'{name}'", "must be unique");
            }
        }
    }

    private static List<int> Secondary(
        ReadOnlySpan<double> counts, bool[] suppressed, DisclosureStatus[] status, int rows, int columns,
        PublishedMargins margins, SuppressionGraph graph)
    {
        var rowTotals = (margins & PublishedMargins.RowTotals) != 0;
        var columnTotals = (margins & PublishedMargins.ColumnTotals) != 0;
        var inRow = new int[rows];
        var inColumn = new int[columns];
        var any = false;
        for (var i = 0; i < suppressed.Length; i++)
        {
            if (suppressed[i])
            {
                inRow[i / columns]++;
                inColumn[i % columns]++;
                any = true;
            }
        }

        if (!any)
        {
            return [];
        }

        // Phase 1: lines with exactly one suppressed cell, to a fixed point.
        var changed = true;
        while (changed)
        {
            changed = false;
            if (rowTotals)
            {
                for (var r = 0; r < rows; r++)
                {
                    if (inRow[r] == 1 && Pick(counts, suppressed, r * columns, 1, columns) is var cell and >= 0)
                    {
                        Suppress(cell);
                        changed = true;
                    }
                }
            }

            if (columnTotals)
            {
                for (var c = 0; c < columns; c++)
                {
                    if (inColumn[c] == 1 && Pick(counts, suppressed, c, columns, rows) is var cell and >= 0)
                    {
                        Suppress(cell);
                        changed = true;
                    }
                }
            }
        }

        // Phase 2: any cell still determined (a bridge) gets a cell that closes a cycle through it.
        var unprotectable = new List<int>();
        while (true)
        {
            var bridges = graph.Bridges(suppressed);
            var bridge = -1;
            foreach (var b in bridges)
            {
                if (!unprotectable.Contains(b))
                {
                    bridge = b;
                    break;
                }
            }

            if (bridge < 0)
            {
                return bridges;
            }

            var rowNode = graph.RowNode(bridge / columns);
            var columnNode = graph.ColumnNode(bridge % columns);
            var side = graph.Reachable(suppressed, rowNode, bridge);
            var other = graph.Reachable(suppressed, columnNode, bridge);
            var best = -1;
            for (var i = 0; i < counts.Length; i++)
            {
                if (suppressed[i])
                {
                    continue;
                }

                var a = graph.RowNode(i / columns);
                var b = graph.ColumnNode(i % columns);
                if (((side[a] && other[b]) || (other[a] && side[b])) && (best < 0 || Better(counts[i], counts[best])))
                {
                    best = i;
                }
            }

            if (best < 0)
            {
                // No single cell closes a cycle: extend the bridge's side by the best cell leading out of it, and retry.
                for (var i = 0; i < counts.Length; i++)
                {
                    if (!suppressed[i] && side[graph.RowNode(i / columns)] != side[graph.ColumnNode(i % columns)]
                        && (best < 0 || Better(counts[i], counts[best])))
                    {
                        best = i;
                    }
                }
            }

            if (best < 0)
            {
                unprotectable.Add(bridge);
            }
            else
            {
                Suppress(best);
            }
        }

        void Suppress(int cell)
        {
            suppressed[cell] = true;
            status[cell] = DisclosureStatus.SecondarySuppressed;
            inRow[cell / columns]++;
            inColumn[cell % columns]++;
        }
    }

    /// <summary>Whether a candidate count is a better complementary cell than the current best (non-zero first, then smaller).</summary>
    private static bool Better(double candidate, double best) =>
        (candidate == 0) == (best == 0) ? candidate < best : best == 0;

    /// <summary>The smallest unsuppressed non-zero cell of a line (lowest index on ties), or -1.</summary>
    private static int Pick(ReadOnlySpan<double> counts, bool[] suppressed, int first, int stride, int length)
    {
        var best = -1;
        for (var k = 0; k < length; k++)
        {
            var i = first + (k * stride);
            if (!suppressed[i] && counts[i] > 0 && (best < 0 || counts[i] < counts[best]))
            {
                best = i;
            }
        }

        return best;
    }

    private static SuppressedTable Publish(
        IReadOnlyList<string> rowNames, IReadOnlyList<string> columnNames, ReadOnlySpan<double> counts,
        bool[] suppressed, DisclosureStatus[] status, DisclosurePolicy policy, PublishedMargins margins, List<int> unprotectable)
    {
        var rows = rowNames.Count;
        var columns = columnNames.Count;
        var published = new double[counts.Length];
        var audit = new List<DisclosureAuditEntry>();
        var rowSums = new double[rows];
        var columnSums = new double[columns];
        var grand = 0d;
        for (var i = 0; i < counts.Length; i++)
        {
            var x = counts[i];
            rowSums[i / columns] += x;
            columnSums[i % columns] += x;
            grand += x;
            if (suppressed[i])
            {
                published[i] = double.NaN;
                audit.Add(new DisclosureAuditEntry(i / columns, i % columns, status[i], x, null));
                continue;
            }

            var rounded = policy.Round(x);
            published[i] = rounded;
            if (rounded != x)
            {
                status[i] = DisclosureStatus.Rounded;
                audit.Add(new DisclosureAuditEntry(i / columns, i % columns, DisclosureStatus.Rounded, x, rounded));
            }
        }

        var rowTotals = RoundMargin((margins & PublishedMargins.RowTotals) != 0, rowSums, policy, audit, isRow: true);
        var columnTotals = RoundMargin((margins & PublishedMargins.ColumnTotals) != 0, columnSums, policy, audit, isRow: false);
        double? grandTotal = null;
        if ((margins & PublishedMargins.GrandTotal) != 0)
        {
            grandTotal = policy.Round(grand);
            if (grandTotal != grand)
            {
                audit.Add(new DisclosureAuditEntry(-1, -1, DisclosureStatus.Rounded, grand, grandTotal));
            }
        }

        var recoverable = unprotectable.ConvertAll(i => (i / columns, i % columns));
        return new SuppressedTable(
            [.. rowNames], [.. columnNames], published, status, rowTotals, columnTotals, grandTotal, policy, margins, audit, recoverable);
    }

    private static double[]? RoundMargin(bool publish, double[] sums, DisclosurePolicy policy, List<DisclosureAuditEntry> audit, bool isRow)
    {
        if (!publish)
        {
            return null;
        }

        var result = new double[sums.Length];
        for (var k = 0; k < sums.Length; k++)
        {
            result[k] = policy.Round(sums[k]);
            if (result[k] != sums[k])
            {
                audit.Add(isRow
                    ? new DisclosureAuditEntry(k, -1, DisclosureStatus.Rounded, sums[k], result[k])
                    : new DisclosureAuditEntry(-1, k, DisclosureStatus.Rounded, sums[k], result[k]));
            }
        }

        return result;
    }
}
