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
/// exact over the non-negative tables consistent with the published cells and totals (see
/// <see cref="FindRecoverableCells"/> and <see cref="FeasibilityIntervals"/>).
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
    /// <para><b>Secondary suppression</b> (deterministic) protects every primary-suppressed cell against an intruder
    /// who solves for it: its <i>feasibility interval</i> (smallest to largest value over all non-negative tables that
    /// agree with the published cells and the exact totals, see <see cref="FeasibilityIntervals"/>) must have positive
    /// width. (1) While some row (when row totals are published) or column (when column totals are published) holds
    /// exactly one suppressed cell, suppress the smallest unsuppressed non-zero cell of that line (ties: the lowest
    /// index; rows before columns, in index order). (2) Then, while some primary-suppressed cell is pinned (width 0,
    /// see <see cref="FindRecoverableCells"/>), take these cells in row-major order and suppress for each the cheapest
    /// set of cells that gives it a cycle along which it can move without any cell leaving the non-negative counts: a
    /// shortest path between its row and column through the table in which an already suppressed cell costs 0, a count
    /// x &gt; 0 costs x + 1 and a zero costs more than any set of positive counts (a zero can only carry slack upwards,
    /// so it is used only where no cycle of positive counts exists); the cycle may take a whole row or column where
    /// nothing shorter protects the cell (every cell it takes is in <see cref="SuppressedTable.Audit"/>); then check
    /// again. (3) Finally a secondary-suppressed cell that is
    /// still pinned (a zero chosen in step 1, say) is published again: its value is recoverable anyway, and publishing
    /// it changes no other cell's feasibility interval. Totals are never suppressed; they are published as computed
    /// from the cells (rounded if the policy rounds).</para>
    /// <para><b>Rounding</b> (when <see cref="DisclosurePolicy.RoundingBase"/> &gt; 1): published cells and totals are
    /// rounded independently, so published cells need not add up to published totals. Protection is checked against
    /// the exact totals (the intruder's best case): rounding only widens the feasibility intervals.</para>
    /// <para>Cells that no suppression can protect are listed in <see cref="SuppressedTable.RecoverableCells"/>: a line
    /// with a single cell, or a cell pinned by non-negativity whatever is suppressed (in the 2 × 2 table 3, 0 / 0, 0 the
    /// 3 is its row's total whatever is withheld). Not checked: attacks that use knowledge of the policy (a
    /// primary-suppressed cell lies in 1 to <see cref="DisclosurePolicy.LargestSuppressedCount"/>) can narrow an interval
    /// without pinning the cell, and the interval may be narrow (width 1 protects, but weakly).</para>
    /// Hundepool A et al. <i>Statistical Disclosure Control</i>. Wiley, 2012, §4.2–4.4 (cell suppression, feasibility
    /// intervals); shortest paths: Dijkstra EW. <i>Numer Math</i> 1959;1:269–271.
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
    /// The suppressed cells whose values an intruder can recover exactly from the published cells and totals: those
    /// whose feasibility interval (see <see cref="FeasibilityIntervals"/>) has width 0.
    /// </summary>
    /// <param name="rows">The number of rows.</param>
    /// <param name="columns">The number of columns.</param>
    /// <param name="counts">The original counts, row-major (cell (r, c) at <c>r * columns + c</c>); whole numbers &gt;= 0.</param>
    /// <param name="suppressed">Row-major, <see langword="true"/> for a withheld cell.</param>
    /// <param name="margins">Which totals are published (taken as exact, unrounded: the intruder's best case).</param>
    /// <returns>The recoverable cells, in row-major order; empty when the table is protected.</returns>
    /// <exception cref="StatisticsInputException">Listing every bad size and count.</exception>
    /// <remarks>
    /// Exact over the non-negative tables that agree with the published values, in linear time: a suppressed cell is
    /// pinned exactly when, in the residual network of the table (an arc from its row's total to its column's total for
    /// each suppressed cell and, when the cell is positive, one back), its ends lie in different strongly connected
    /// components, or it is a bridge among the cells inside components. Hence a suppressed zero whose line's other
    /// suppressed cells are also zeros is found, which a check of the linear system alone misses. Strongly connected
    /// components and bridges: Tarjan RE. <i>SIAM J Comput</i> 1972;1:146–160; <i>Inf Process Lett</i>
    /// 1974;2:160–161. Audit of a suppression pattern: Hundepool A et al. <i>Statistical Disclosure Control</i>.
    /// Wiley, 2012, §4.3.
    /// </remarks>
    public static IReadOnlyList<(int Row, int Column)> FindRecoverableCells(
        int rows, int columns, ReadOnlySpan<double> counts, ReadOnlySpan<bool> suppressed, PublishedMargins margins)
    {
        CheckTable(rows, columns, counts, suppressed, margins);
        var pinned = new SuppressionGraph(rows, columns, margins).Pinned(counts, suppressed);
        return pinned.ConvertAll(i => (i / columns, i % columns));
    }

    /// <summary>
    /// The feasibility interval of every suppressed cell: the smallest and largest value the cell takes over all
    /// tables of non-negative counts that agree with the published cells and the exact published totals.
    /// </summary>
    /// <param name="rows">The number of rows.</param>
    /// <param name="columns">The number of columns.</param>
    /// <param name="counts">The original counts, row-major (cell (r, c) at <c>r * columns + c</c>); whole numbers &gt;= 0.</param>
    /// <param name="suppressed">Row-major, <see langword="true"/> for a withheld cell.</param>
    /// <param name="margins">Which totals are published (taken as exact, unrounded: the intruder's best case).</param>
    /// <returns>One interval per suppressed cell, in row-major order.</returns>
    /// <exception cref="StatisticsInputException">Listing every bad size and count.</exception>
    /// <remarks>
    /// This is what an intruder gets by solving the two linear programmes "minimise / maximise the cell" over the
    /// published table (Hundepool A et al. <i>Statistical Disclosure Control</i>. Wiley, 2012, §4.3, "feasibility
    /// interval"). For a two-way table they are transportation problems, solved exactly here as maximum flows in the
    /// residual network of the true table: the cell can grow by the maximum flow from its column's total to its row's
    /// total and shrink by the maximum flow the other way (capped at its value), with the cell itself left out
    /// (Ahuja RK, Magnanti TL, Orlin JB. <i>Network Flows</i>. Prentice Hall, 1993, ch. 3 and 7; Dinitz EA.
    /// <i>Soviet Math Doklady</i> 1970;11:1277–1280). The ends are whole numbers and every whole number between them
    /// is attained. When no total is published the upper end is +∞. Rounding of the published values only widens the
    /// intervals. Two maximum flows per suppressed cell: meant for audits, not for very large tables (use
    /// <see cref="FindRecoverableCells"/> for the yes/no question).
    /// </remarks>
    public static IReadOnlyList<FeasibilityInterval> FeasibilityIntervals(
        int rows, int columns, ReadOnlySpan<double> counts, ReadOnlySpan<bool> suppressed, PublishedMargins margins)
    {
        CheckTable(rows, columns, counts, suppressed, margins);
        var graph = new SuppressionGraph(rows, columns, margins);
        var network = graph.Network(counts, suppressed);
        var result = new List<FeasibilityInterval>();
        for (var i = 0; i < suppressed.Length; i++)
        {
            if (suppressed[i])
            {
                var (lower, upper) = graph.Interval(counts, i, network);
                result.Add(new FeasibilityInterval(i / columns, i % columns, lower, upper));
            }
        }

        return result;
    }

    private static void CheckTable(int rows, int columns, ReadOnlySpan<double> counts, ReadOnlySpan<bool> suppressed, PublishedMargins margins)
    {
        var checks = default(InputChecks);
        if (rows < 1)
        {
            checks.Add(null, nameof(rows), rows, "must be >= 1");
        }

        if (columns < 1)
        {
            checks.Add(null, nameof(columns), columns, "must be >= 1");
        }

        if ((margins & ~PublishedMargins.All) != 0)
        {
            checks.Add(null, nameof(margins), ((int)margins).ToString(CultureInfo.InvariantCulture), "must combine RowTotals, ColumnTotals and GrandTotal");
        }

        if (!checks.HasProblems)
        {
            checks.SameLength(nameof(counts), counts.Length, "rows × columns", rows * columns);
            checks.SameLength(nameof(suppressed), suppressed.Length, "rows × columns", rows * columns);
        }

        if (!checks.HasProblems)
        {
            for (var i = 0; i < counts.Length; i++)
            {
                var x = counts[i];
                if (!(x >= 0) || double.IsPositiveInfinity(x) || x != Math.Floor(x))
                {
                    checks.Add(i, nameof(counts), x, "must be a whole number >= 0");
                }
            }
        }

        checks.ThrowIfAny();
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

        // Phase 2: every pinned primary cell gets the cheapest cycle that lets it move (see Apply).
        ComplementSearch? search = null;
        bool[]? hopeless = null;
        while (true)
        {
            var pinned = graph.Pinned(counts, suppressed, out var component);
            var merged = component is null ? null : new DisjointSets(component.Length);
            var progress = false;
            foreach (var cell in pinned)
            {
                if (status[cell] != DisclosureStatus.PrimarySuppressed)
                {
                    continue;
                }

                // Cells pinned even when every cell is withheld cannot be protected (found once, in linear time).
                hopeless ??= Hopeless(counts, graph);
                if (hopeless[cell])
                {
                    continue;
                }

                // A zero between two components that a cycle added in this pass has joined is no longer pinned.
                var rowSide = graph.RowNode(cell / columns);
                var columnSide = graph.ColumnNode(cell % columns);
                if (merged is not null && component![rowSide] != component[columnSide]
                    && merged.Find(component[rowSide]) == merged.Find(component[columnSide]))
                {
                    continue;
                }

                search ??= new ComplementSearch(graph, counts);
                var path = search.Find(counts, suppressed, cell);
                if (path is null)
                {
                    hopeless[cell] = true;
                    continue;
                }

                // Suppress the path's new cells (none when cycles added earlier in this pass already protect the cell);
                // every node on the cycle is now in one strongly connected component.
                foreach (var complement in path)
                {
                    if (!suppressed[complement])
                    {
                        Suppress(complement);
                        progress = true;
                    }

                    if (merged is not null)
                    {
                        merged.Union(component![graph.RowNode(complement / columns)], component[rowSide]);
                        merged.Union(component[graph.ColumnNode(complement % columns)], component[rowSide]);
                    }
                }

                if (merged is not null)
                {
                    merged.Union(component![columnSide], component[rowSide]);
                }
            }

            if (!progress)
            {
                // Phase 3: a pinned secondary cell protects nothing and is recoverable anyway: publish it.
                foreach (var cell in pinned)
                {
                    if (status[cell] == DisclosureStatus.SecondarySuppressed)
                    {
                        suppressed[cell] = false;
                        status[cell] = DisclosureStatus.Published;
                    }
                }

                return pinned.FindAll(cell => status[cell] == DisclosureStatus.PrimarySuppressed);
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

    private static bool[] Hopeless(ReadOnlySpan<double> counts, SuppressionGraph graph)
    {
        var everything = new bool[counts.Length];
        Array.Fill(everything, true);
        var hopeless = new bool[counts.Length];
        foreach (var cell in graph.Pinned(counts, everything))
        {
            hopeless[cell] = true;
        }

        return hopeless;
    }

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
