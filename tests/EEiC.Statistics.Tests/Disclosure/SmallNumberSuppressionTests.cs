using System.Diagnostics;
using EEiC.Statistics.Disclosure;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Validation;
using FsCheck;
using FsCheck.Fluent;

namespace EEiC.Statistics.Tests.Disclosure;

public sealed class SmallNumberSuppressionTests
{
    private static readonly PublishedMargins[] AllMargins =
    [
        PublishedMargins.None, PublishedMargins.RowTotals, PublishedMargins.ColumnTotals, PublishedMargins.GrandTotal,
        PublishedMargins.RowTotals | PublishedMargins.GrandTotal, PublishedMargins.ColumnTotals | PublishedMargins.GrandTotal,
        PublishedMargins.RowTotals | PublishedMargins.ColumnTotals, PublishedMargins.All,
    ];

    private static string[] Names(string prefix, int n) => [.. Enumerable.Range(0, n).Select(i => $"{prefix}{i}")];

    private static bool[] Pattern(SuppressedTable table) =>
        [.. Enumerable.Range(0, table.RowCount * table.ColumnCount).Select(i => table.IsSuppressed(i / table.ColumnCount, i % table.ColumnCount))];

    /// <summary>
    /// By enumeration: the suppressed cells that take one value in every non-negative completion are exactly the
    /// table's <see cref="SuppressedTable.RecoverableCells"/>, and each of those is primary and stays pinned even when
    /// every cell of the table is withheld (so no suppression could have protected it).
    /// </summary>
    private static bool Protected(int rows, int columns, double[] values, SuppressedTable table, PublishedMargins margins)
    {
        var pinned = BruteForce.Recoverable(rows, columns, values, Pattern(table), margins);
        if (!pinned.SequenceEqual(table.RecoverableCells))
        {
            return false;
        }

        var stillPinned = pinned.Count == 0 ? [] : BruteForce.Recoverable(rows, columns, values, [.. values.Select(_ => true)], margins);
        return pinned.All(p => table.Cell(p.Row, p.Column).Status == DisclosureStatus.PrimarySuppressed && stillPinned.Contains(p));
    }

    [Fact]
    public void PresetsEncodeTheirStatedRules()
    {
        var hes = DisclosurePolicy.HesSuppress1To7RoundTo5;
        Assert.False(hes.SuppressesCount(0));
        Assert.All(Enumerable.Range(1, 7), x => Assert.True(hes.SuppressesCount(x)));
        Assert.False(hes.SuppressesCount(8));
        Assert.Equal(10, hes.Round(8));
        Assert.Equal(10, hes.Round(12));
        Assert.Equal(15, hes.Round(13));
        Assert.Equal(0, hes.Round(0));
        Assert.True(DisclosurePolicy.FewerThan10.SuppressesCount(9));
        Assert.False(DisclosurePolicy.FewerThan10.SuppressesCount(10));
        Assert.False(DisclosurePolicy.FewerThan10.SuppressesCount(0));
        Assert.Equal(9, DisclosurePolicy.FewerThan10.Round(9));
        Assert.True(DisclosurePolicy.FewerThan5.SuppressesCount(4));
        Assert.False(DisclosurePolicy.FewerThan5.SuppressesCount(5));
        Assert.True((DisclosurePolicy.FewerThan5 with { SuppressZeros = true }).SuppressesCount(0));
        Assert.Equal(20, (DisclosurePolicy.FewerThan10 with { RoundingBase = 10 }).Round(15));
    }

    [Fact]
    public void WorkedExampleGetsTheHandComputedPattern()
    {
        // Primary: A×X = 3. Row A and column X each hold one suppressed cell: suppress A×Y (20, smallest in A) and
        // B×X (15, smallest in X); column Y then holds one: suppress B×Y (12). Rows A, B and columns X, Y hold two each.
        double[][] counts = [[3, 20, 30], [15, 12, 40], [25, 18, 50]];
        var table = SmallNumberSuppression.Apply(["A", "B", "C"], ["X", "Y", "Z"], counts, DisclosurePolicy.FewerThan5);
        var expected = new[,]
        {
            { DisclosureStatus.PrimarySuppressed, DisclosureStatus.SecondarySuppressed, DisclosureStatus.Published },
            { DisclosureStatus.SecondarySuppressed, DisclosureStatus.SecondarySuppressed, DisclosureStatus.Published },
            { DisclosureStatus.Published, DisclosureStatus.Published, DisclosureStatus.Published },
        };
        for (var r = 0; r < 3; r++)
        {
            for (var c = 0; c < 3; c++)
            {
                Assert.Equal(expected[r, c], table.Cell(r, c).Status);
                Assert.Equal(expected[r, c] == DisclosureStatus.Published ? counts[r][c] : null, table.Cell(r, c).Value);
            }
        }

        Assert.Equal(53, table.RowTotal(0));
        Assert.Equal(50, table.ColumnTotal(1));
        Assert.Equal(213, table.GrandTotal);
        Assert.Equal(
            [new(0, 0, DisclosureStatus.PrimarySuppressed, 3, null), new(0, 1, DisclosureStatus.SecondarySuppressed, 20, null),
             new(1, 0, DisclosureStatus.SecondarySuppressed, 15, null), new(1, 1, DisclosureStatus.SecondarySuppressed, 12, null)],
            table.Audit);
        Assert.Empty(table.RecoverableCells);
    }

    [Fact]
    public void BridgeBetweenTwoCyclesIsFoundAndClosed()
    {
        // Suppressed pattern: a 2×2 cycle on rows 0–1 × columns 0–1, another on rows 2–3 × columns 2–3, joined by
        // cell (1, 2): every line holds two or three suppressed cells, but (1, 2) lies on no cycle, so its value is
        // row 1's total minus the rest — the single-cell-per-line rule alone misses it.
        var suppressed = new bool[16];
        foreach (var (r, c) in new[] { (0, 0), (0, 1), (1, 0), (1, 1), (2, 2), (2, 3), (3, 2), (3, 3), (1, 2) })
        {
            suppressed[(r * 4) + c] = true;
        }

        var x = new double[16];
        Array.Fill(x, 1);
        Assert.Equal([(1, 2)], SmallNumberSuppression.FindRecoverableCells(4, 4, x, suppressed, PublishedMargins.All));
        Assert.Equal([(1, 2)], BruteForce.Recoverable(4, 4, x, suppressed, PublishedMargins.All));
        Assert.Empty(SmallNumberSuppression.FindRecoverableCells(4, 4, x, suppressed, PublishedMargins.RowTotals));
    }

    [Fact]
    public void IntervalsAndRecoverabilityAgreeWithEnumerationOnRandomPatterns()
    {
        // Many zeros and small counts: the cases where non-negativity pins cells.
        var gen =
            from rows in Gen.Choose(1, 3)
            from columns in Gen.Choose(1, 4)
            from pattern in Gen.ArrayOf(Gen.Elements(true, true, false), rows * columns)
            from values in Gen.ArrayOf(Gen.OneOf(Gen.Constant(0), Gen.Choose(0, 3), Gen.Choose(0, 12)), rows * columns)
            from margins in Gen.Elements(AllMargins)
            select (rows, columns, pattern, values: values.Select(v => (double)v).ToArray(), margins);
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var slow = BruteForce.Intervals(t.rows, t.columns, t.values, t.pattern, t.margins);
            var flows = SmallNumberSuppression.FeasibilityIntervals(t.rows, t.columns, t.values, t.pattern, t.margins);
            var fast = SmallNumberSuppression.FindRecoverableCells(t.rows, t.columns, t.values, t.pattern, t.margins);
            return flows.Select(f => (f.Row, f.Column, f.Lower, f.Upper)).SequenceEqual(slow)
                && fast.SequenceEqual(slow.Where(i => i.Lower == i.Upper).Select(i => (i.Row, i.Column)))
                && flows.All(f => f.IsRecoverable == (f.Width == 0) && f.Lower <= t.values[(f.Row * t.columns) + f.Column]
                    && t.values[(f.Row * t.columns) + f.Column] <= f.Upper);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    [Fact]
    public void LinearTimeCheckAgreesWithMaximumFlowsOnLargerTables()
    {
        var gen =
            from rows in Gen.Choose(2, 8)
            from columns in Gen.Choose(2, 8)
            from pattern in Gen.ArrayOf(Gen.Elements(true, true, false), rows * columns)
            from values in Gen.ArrayOf(Gen.OneOf(Gen.Constant(0), Gen.Constant(0), Gen.Choose(0, 3), Gen.Choose(0, 50)), rows * columns)
            from margins in Gen.Elements(AllMargins)
            select (rows, columns, pattern, values: values.Select(v => (double)v).ToArray(), margins);
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var flows = SmallNumberSuppression.FeasibilityIntervals(t.rows, t.columns, t.values, t.pattern, t.margins);
            var fast = SmallNumberSuppression.FindRecoverableCells(t.rows, t.columns, t.values, t.pattern, t.margins);
            return fast.SequenceEqual(flows.Where(f => f.IsRecoverable).Select(f => (f.Row, f.Column)));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Fact]
    public void AfterSuppressionNothingIsRecoverableAndOnlyRuleCellsChange()
    {
        var gen =
            from rows in Gen.Choose(2, 3)
            from columns in Gen.Choose(2, 4)
            from values in Gen.ArrayOf(Gen.OneOf(Gen.Constant(0), Gen.Constant(0), Gen.Choose(0, 12), Gen.Choose(0, 20)), rows * columns)
            from policy in Gen.Elements(
                DisclosurePolicy.FewerThan5, DisclosurePolicy.FewerThan10, DisclosurePolicy.HesSuppress1To7RoundTo5,
                DisclosurePolicy.FewerThan5 with { SuppressZeros = true })
            from margins in Gen.Elements(AllMargins)
            select (rows, columns, values: values.Select(v => (double)v).ToArray(), policy, margins);
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var table = SmallNumberSuppression.Apply(Names("r", t.rows), Names("c", t.columns), t.values, t.policy, t.margins);
            var suppressed = new bool[t.values.Length];
            for (var i = 0; i < t.values.Length; i++)
            {
                var (r, c) = (i / t.columns, i % t.columns);
                var x = t.values[i];
                var cell = table.Cell(r, c);
                suppressed[i] = cell.IsSuppressed;
                if (((x >= 1 && x <= t.policy.LargestSuppressedCount) || (x == 0 && t.policy.SuppressZeros))
                    && cell.Status != DisclosureStatus.PrimarySuppressed)
                {
                    return false;
                }

                if (!cell.IsSuppressed && cell.Value != t.policy.Round(x))
                {
                    return false;
                }

                if (!cell.IsSuppressed && Math.Abs(cell.Value!.Value - x) > t.policy.RoundingBase / 2.0)
                {
                    return false;
                }
            }

            for (var r = 0; r < t.rows; r++)
            {
                var sum = Enumerable.Range(0, t.columns).Sum(c => t.values[(r * t.columns) + c]);
                if (table.RowTotal(r) != ((t.margins & PublishedMargins.RowTotals) != 0 ? t.policy.Round(sum) : null))
                {
                    return false;
                }
            }

            for (var c = 0; c < t.columns; c++)
            {
                var sum = Enumerable.Range(0, t.rows).Sum(r => t.values[(r * t.columns) + c]);
                if (table.ColumnTotal(c) != ((t.margins & PublishedMargins.ColumnTotals) != 0 ? t.policy.Round(sum) : null))
                {
                    return false;
                }
            }

            // Every suppressed cell can move over non-negative whole counts (the enumeration), except the cells the
            // table reports, which are primary and stay pinned even when every cell is withheld.
            return Protected(t.rows, t.columns, t.values, table, t.margins);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Fact]
    public void LargerTablesLeaveNothingRecoverableThatCouldBeProtected()
    {
        // Larger tables than the enumeration can take: checked with the maximum-flow intervals.
        var gen =
            from rows in Gen.Choose(2, 7)
            from columns in Gen.Choose(2, 7)
            from values in Gen.ArrayOf(Gen.OneOf(Gen.Choose(0, 20), Gen.Choose(0, 2), Gen.Choose(0, 60)), rows * columns)
            from policy in Gen.Elements(
                DisclosurePolicy.FewerThan5, DisclosurePolicy.FewerThan10, DisclosurePolicy.HesSuppress1To7RoundTo5,
                DisclosurePolicy.FewerThan5 with { SuppressZeros = true })
            from margins in Gen.Elements(AllMargins)
            select (rows, columns, values: values.Select(v => (double)v).ToArray(), policy, margins);
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var table = SmallNumberSuppression.Apply(Names("r", t.rows), Names("c", t.columns), t.values, t.policy, t.margins);
            var zerosSuppressed = !t.policy.SuppressZeros
                || t.values.Select((x, i) => x > 0 || table.IsSuppressed(i / t.columns, i % t.columns)).All(b => b);
            var intervals = SmallNumberSuppression.FeasibilityIntervals(t.rows, t.columns, t.values, Pattern(table), t.margins);
            var pinned = intervals.Where(f => f.IsRecoverable).Select(f => (f.Row, f.Column)).ToList();
            var everything = SmallNumberSuppression.FeasibilityIntervals(t.rows, t.columns, t.values, [.. t.values.Select(_ => true)], t.margins);
            return zerosSuppressed && pinned.SequenceEqual(table.RecoverableCells)
                && pinned.All(p => table.Cell(p.Row, p.Column).Status == DisclosureStatus.PrimarySuppressed
                    && everything.Single(f => (f.Row, f.Column) == p).IsRecoverable);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Fact]
    public void CycleIsBuiltThroughZerosWhenNoSingleCellCloses()
    {
        // Row 0 and column 0 hold no other non-zero cell: the 3 can only shrink, along 3 → 0 → 50 → 0 (cycle through
        // the whole table): 3 - t, 0 + t, 50 - t, 0 + t for t in 0..3.
        double[] x = [3.0, 0, 0, 50];
        var table = SmallNumberSuppression.Apply(["a", "b"], ["x", "y"], x, DisclosurePolicy.FewerThan5);
        Assert.Empty(table.RecoverableCells);
        Assert.True(table.IsSuppressed(0, 1) && table.IsSuppressed(1, 0) && table.IsSuppressed(1, 1));
        Assert.Equal(
            [(0, 0, 0.0, 3.0), (0, 1, 0.0, 3.0), (1, 0, 0.0, 3.0), (1, 1, 47.0, 50.0)],
            BruteForce.Intervals(2, 2, x, [true, true, true, true], PublishedMargins.All));
    }

    [Fact]
    public void SuppressedZerosNoLongerPinTheCell()
    {
        // Formerly a known limitation, found by the property above: row "c" is 9 and 0, row "d" 12 and 0. The old
        // heuristic suppressed c×x, c×y, d×x, d×y: column y's suppressed cells then sum to 0, so both zeros, and with
        // them the 9 and the 12, were recoverable although the pattern has a cycle. The exact check sees it:
        double[] x = [0, 0, 34, 10, 9, 0, 12, 0];
        var margins = PublishedMargins.RowTotals | PublishedMargins.ColumnTotals;
        bool[] old = [false, false, false, false, true, true, true, true];
        Assert.Equal([(2, 0), (2, 1), (3, 0), (3, 1)], BruteForce.Recoverable(4, 2, x, old, margins));
        Assert.Equal([(2, 0), (2, 1), (3, 0), (3, 1)], SmallNumberSuppression.FindRecoverableCells(4, 2, x, old, margins));

        // Now: the 9 cannot grow (its row's other cell is 0), so it gets a cycle along which it can shrink, through the
        // cheapest positive cells: c×x 9 - t, c×y 0 + t, b×y 10 - t, b×x 34 + t, t in 0..9 (worked by hand). The 12
        // chosen first for column x is pinned (row d's other cell is a published 0), so it is published again.
        var table = SmallNumberSuppression.Apply(["a", "b", "c", "d"], ["x", "y"], x, DisclosurePolicy.FewerThan10, margins);
        var suppressed = Pattern(table);
        Assert.Equal([false, false, true, true, true, true, false, false], suppressed);
        Assert.Equal(DisclosureStatus.Published, table.Cell(3, 0).Status);
        Assert.Empty(table.RecoverableCells);
        Assert.Equal(
            [(1, 0, 34.0, 43.0), (1, 1, 1.0, 10.0), (2, 0, 0.0, 9.0), (2, 1, 0.0, 9.0)],
            BruteForce.Intervals(4, 2, x, suppressed, margins));
        Assert.Equal(
            [new FeasibilityInterval(1, 0, 34, 43), new(1, 1, 1, 10), new(2, 0, 0, 9), new(2, 1, 0, 9)],
            SmallNumberSuppression.FeasibilityIntervals(4, 2, x, suppressed, margins));
    }

    [Fact]
    public void ComplementPrefersACycleThroughFewerZeros()
    {
        // a: 3, 0 / b: 0, 20 / c: 30, 40 with a×x withheld alone. It cannot grow (its row's other cell is 0), so it must
        // shrink through a×y = 0; the cycle then closes through b (b×y 20, b×x 0: a second zero) or through c (c×y 40,
        // c×x 30: no further zero). A zero carries slack one way only, so it costs more than any set of counts.
        double[] x = [3, 0, 0, 20, 30, 40];
        bool[] suppressed = [true, false, false, false, false, false];
        var graph = new SuppressionGraph(3, 2, PublishedMargins.All);
        Assert.Equal([0], graph.Pinned(x, suppressed));
        Assert.Equal(1 + 6 + 93, ComplementSearch.ZeroCost(x));
        Assert.Equal([1, 4, 5], new ComplementSearch(graph, x).Find(x, suppressed, 0));

        // Were a zero as cheap as a count of 0 (as here, where the zeros are already withheld), the shorter cycle
        // through b would win (cost 0 + 21 + 0 against 0 + 41 + 31).
        bool[] zerosWithheld = [true, true, true, false, false, false];
        Assert.Equal([1, 2, 3], new ComplementSearch(graph, x).Find(x, zerosWithheld, 0));
        Assert.Equal((0.0, 3.0), BruteForce.Intervals(3, 2, x, [true, true, false, false, true, true], PublishedMargins.All)
            .Select(i => (i.Lower, i.Upper)).First());
    }

    [Fact]
    public void ComplementSearchFindsACheapestProtectingCycle()
    {
        // Against Bellman–Ford on the same costs (a different shortest-path method) and the flow intervals: for every
        // pinned cell the path found is as cheap as any, and withholding it gives the cell an interval of positive width.
        var gen =
            from rows in Gen.Choose(2, 5)
            from columns in Gen.Choose(2, 5)
            from pattern in Gen.ArrayOf(Gen.Elements(true, false, false), rows * columns)
            from values in Gen.ArrayOf(Gen.OneOf(Gen.Constant(0), Gen.Choose(0, 3), Gen.Choose(0, 30)), rows * columns)
            from margins in Gen.Elements(AllMargins)
            select (rows, columns, pattern, values: values.Select(v => (double)v).ToArray(), margins);
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var graph = new SuppressionGraph(t.rows, t.columns, t.margins);
            var search = new ComplementSearch(graph, t.values);
            var hopeless = graph.Pinned(t.values, [.. t.values.Select(_ => true)]);
            var zero = ComplementSearch.ZeroCost(t.values);
            double Cost(int i) => t.pattern[i] ? 0 : t.values[i] > 0 ? t.values[i] + 1 : zero;
            double BellmanFord(int excluded, int from, int to)
            {
                var d = Enumerable.Repeat(double.PositiveInfinity, graph.NodeCount).ToArray();
                d[from] = 0;
                for (var round = 0; round < graph.NodeCount; round++)
                {
                    for (var i = 0; i < t.values.Length; i++)
                    {
                        var (a, b) = (graph.RowNode(i / t.columns), graph.ColumnNode(i % t.columns));
                        if (i == excluded || a == b)
                        {
                            continue;
                        }

                        d[b] = Math.Min(d[b], d[a] + Cost(i));
                        if (t.values[i] > 0)
                        {
                            d[a] = Math.Min(d[a], d[b] + Cost(i));
                        }
                    }
                }

                return d[to];
            }

            foreach (var cell in graph.Pinned(t.values, t.pattern))
            {
                var path = search.Find(t.values, t.pattern, cell);
                if (hopeless.Contains(cell))
                {
                    if (path is not null)
                    {
                        return false;
                    }

                    continue;
                }

                var (u, v) = (graph.RowNode(cell / t.columns), graph.ColumnNode(cell % t.columns));
                var grow = BellmanFord(cell, v, u);
                var expected = t.values[cell] > 0 && grow >= zero ? Math.Min(grow, BellmanFord(cell, u, v)) : grow;
                var withheld = (bool[])t.pattern.Clone();
                path?.ForEach(i => withheld[i] = true);
                var interval = SmallNumberSuppression.FeasibilityIntervals(t.rows, t.columns, t.values, withheld, t.margins)
                    .Single(f => (f.Row * t.columns) + f.Column == cell);
                if (path is null || path.Contains(cell) || path.Sum(Cost) != expected || interval.IsRecoverable)
                {
                    return false;
                }
            }

            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    [Fact]
    public void CellsNoSuppressionCanProtectAreReported()
    {
        // 3, 0 / 0, 0: row b and column y add to 0, so b×x, a×y and b×y are 0 in every completion and a×x is its
        // row's total whatever is withheld. Nothing is suppressed in vain.
        var table = SmallNumberSuppression.Apply(["a", "b"], ["x", "y"], [3.0, 0, 0, 0], DisclosurePolicy.FewerThan5);
        Assert.Equal([(0, 0)], table.RecoverableCells);
        Assert.Equal([true, false, false, false], Pattern(table));
        Assert.Equal([(0, 0), (0, 1), (1, 0), (1, 1)], BruteForce.Recoverable(2, 2, [3.0, 0, 0, 0], [true, true, true, true], PublishedMargins.All));

        // With only the grand total published the 3 gets a complement (any cell can take up the slack).
        table = SmallNumberSuppression.Apply(["a", "b"], ["x", "y"], [3.0, 0, 0, 0], DisclosurePolicy.FewerThan5, PublishedMargins.GrandTotal);
        Assert.Empty(table.RecoverableCells);
        Assert.Empty(BruteForce.Recoverable(2, 2, [3.0, 0, 0, 0], Pattern(table), PublishedMargins.GrandTotal));
    }

    [Fact]
    public void OneColumnTableReportsWhatCannotBeProtected()
    {
        var table = SmallNumberSuppression.Apply(["a", "b"], ["only"], [3.0, 50.0], DisclosurePolicy.FewerThan5, PublishedMargins.RowTotals);
        Assert.Equal([(0, 0)], table.RecoverableCells);
    }

    [Fact]
    public void DerivedEstimatesOfSuppressedCellsAreSuppressed()
    {
        var table = SmallNumberSuppression.Apply(["A", "B"], ["X", "Y"], [2.0, 30, 40, 50], DisclosurePolicy.FewerThan5);
        var levels = ConfidenceLevel.Standard;
        var estimates = new IntervalEstimate[4 * levels.Count];
        for (var k = 0; k < estimates.Length; k++)
        {
            estimates[k] = new IntervalEstimate(k, k - 1, k + 1, levels[k % levels.Count], EstimationMethod.Wilson, EstimateStatus.Ok);
        }

        var published = new IntervalEstimate[estimates.Length];
        table.MarkSuppressed(estimates, published);
        for (var k = 0; k < estimates.Length; k++)
        {
            var cell = k / levels.Count;
            if (table.IsSuppressed(cell / 2, cell % 2))
            {
                Assert.Equal(IntervalEstimate.NotAvailable(EstimateStatus.Suppressed, estimates[k].Level, EstimationMethod.Wilson), published[k]);
            }
            else
            {
                Assert.Equal(estimates[k], published[k]);
            }
        }

        // In a 2 × 2 table with margins one small cell takes the whole table with it.
        Assert.All(published, e => Assert.Equal(EstimateStatus.Suppressed, e.Status));
        Assert.Throws<StatisticsInputException>(() => table.MarkSuppressed(estimates.AsSpan(0, 3), published));
    }

    [Fact]
    public void BadInputListsEveryProblem()
    {
        var ex = Assert.Throws<StatisticsInputException>(() => SmallNumberSuppression.Apply(
            ["A", "A", ""], ["X", "Y"], [-1, 2.5, double.NaN, 4, 5, 6], DisclosurePolicy.FewerThan5));
        Assert.Contains("rowNames must be unique at index 1, got 'A'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("rowNames must be a non-empty name at index 2", ex.Message, StringComparison.Ordinal);
        Assert.Equal(2, ex.Problems.Count);

        ex = Assert.Throws<StatisticsInputException>(() => SmallNumberSuppression.Apply(
            ["A", "B"], ["X", "Y"], [-1, 2.5, double.NaN, 4], DisclosurePolicy.FewerThan5));
        Assert.Equal([0, 1, 2], ex.Problems.Select(p => p.Index!.Value));
        Assert.Contains("for group 'A × Y' (index 1), got 2.5", ex.Message, StringComparison.Ordinal);

        ex = Assert.Throws<StatisticsInputException>(() => SmallNumberSuppression.Apply(
            ["A", "B", "C"], ["X", "Y"], [[1.0, 2], [3.0], [4.0, 5, 6]], DisclosurePolicy.FewerThan5));
        Assert.Equal([1, 2], ex.Problems.Select(p => p.Index!.Value));

        ex = Assert.Throws<StatisticsInputException>(() => SmallNumberSuppression.Apply(
            ["A"], ["X", "Y"], [1.0, 2, 3], DisclosurePolicy.FewerThan5 with { LargestSuppressedCount = -1 }));
        Assert.Equal(2, ex.Problems.Count);

        ex = Assert.Throws<StatisticsInputException>(() => SmallNumberSuppression.FindRecoverableCells(
            2, 2, [1.0, -1, 0.5, 2], [true, true, true], PublishedMargins.All));
        Assert.Single(ex.Problems);
        Assert.Contains("suppressed length must equal the length of rows × columns (4)", ex.Message, StringComparison.Ordinal);
        ex = Assert.Throws<StatisticsInputException>(() => SmallNumberSuppression.FeasibilityIntervals(
            2, 2, [1.0, -1, 0.5, 2], [true, true, true, true], (PublishedMargins)8));
        Assert.Single(ex.Problems);
        ex = Assert.Throws<StatisticsInputException>(() => SmallNumberSuppression.FeasibilityIntervals(
            2, 2, [1.0, -1, 0.5, 2], [true, true, true, true], PublishedMargins.All));
        Assert.Equal([1, 2], ex.Problems.Select(p => p.Index!.Value));
        ex = Assert.Throws<StatisticsInputException>(() => SmallNumberSuppression.FindRecoverableCells(0, 0, [], [], PublishedMargins.All));
        Assert.Equal(2, ex.Problems.Count);
    }

    [Fact]
    public void LargeTableIsProtectedQuickly()
    {
        var (rows, columns, counts) = (10_000, 19, new double[190_000]);
        var random = new Random(7);
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = random.Next(0, 4) == 0 ? random.Next(0, 10) : random.Next(0, 200);
        }

        var clock = Stopwatch.StartNew();
        var table = SmallNumberSuppression.Apply(Names("r", rows), Names("c", columns), counts, DisclosurePolicy.HesSuppress1To7RoundTo5);
        clock.Stop();
        var suppressed = new bool[counts.Length];
        for (var i = 0; i < counts.Length; i++)
        {
            suppressed[i] = table.IsSuppressed(i / columns, i % columns);
        }

        Assert.Empty(table.RecoverableCells);
        Assert.Empty(SmallNumberSuppression.FindRecoverableCells(rows, columns, counts, suppressed, PublishedMargins.All));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }
}
