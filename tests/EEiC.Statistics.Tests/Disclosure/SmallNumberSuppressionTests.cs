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

        Assert.Equal([(1, 2)], SmallNumberSuppression.FindRecoverableCells(4, 4, suppressed, PublishedMargins.All));
        var x = new double[16];
        Array.Fill(x, 1);
        Assert.Equal([(1, 2)], BruteForce.Recoverable(4, 4, x, suppressed, PublishedMargins.All));
        Assert.Empty(SmallNumberSuppression.FindRecoverableCells(4, 4, suppressed, PublishedMargins.RowTotals));
    }

    [Fact]
    public void RecoverabilityCheckAgreesWithEnumerationOnRandomPatterns()
    {
        var gen =
            from rows in Gen.Choose(1, 3)
            from columns in Gen.Choose(1, 3)
            from pattern in Gen.ArrayOf(Gen.Elements(true, false), rows * columns)
            from values in Gen.ArrayOf(Gen.Choose(1, 3), rows * columns)
            from margins in Gen.Elements(AllMargins)
            select (rows, columns, pattern, values: values.Select(v => (double)v).ToArray(), margins);
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var fast = SmallNumberSuppression.FindRecoverableCells(t.rows, t.columns, t.pattern, t.margins);
            var slow = BruteForce.Recoverable(t.rows, t.columns, t.values, t.pattern, t.margins);
            return fast.SequenceEqual(slow);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void AfterSuppressionNothingIsRecoverableAndOnlyRuleCellsChange()
    {
        var gen =
            from rows in Gen.Choose(2, 4)
            from columns in Gen.Choose(2, 4)
            from values in Gen.ArrayOf(Gen.OneOf(Gen.Constant(0), Gen.Choose(0, 12), Gen.Choose(0, 40)), rows * columns)
            from policy in Gen.Elements(DisclosurePolicy.FewerThan5, DisclosurePolicy.FewerThan10, DisclosurePolicy.HesSuppress1To7RoundTo5)
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
                if (x >= 1 && x <= t.policy.LargestSuppressedCount && cell.Status != DisclosureStatus.PrimarySuppressed)
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

            // Exact over the linear system always; over non-negative whole counts (the enumeration) whenever no zero is
            // suppressed. A suppressed zero (forced where a line has no non-zero complement) can be pinned by
            // non-negativity: a documented limitation, see SmallNumberSuppression.Apply.
            var suppressedZero = t.values.Where((x, i) => x == 0 && suppressed[i]).Any();
            return table.RecoverableCells.Count == 0
                && SmallNumberSuppression.FindRecoverableCells(t.rows, t.columns, suppressed, t.margins).Count == 0
                && (suppressedZero || BruteForce.Recoverable(t.rows, t.columns, t.values, suppressed, t.margins).Count == 0);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ZeroSuppressingPolicyLeavesNothingLinearlyRecoverable()
    {
        var policy = DisclosurePolicy.FewerThan5 with { SuppressZeros = true };
        var gen =
            from rows in Gen.Choose(2, 6)
            from columns in Gen.Choose(2, 6)
            from values in Gen.ArrayOf(Gen.Choose(0, 20), rows * columns)
            select (rows, columns, values: values.Select(v => (double)v).ToArray());
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var table = SmallNumberSuppression.Apply(Names("r", t.rows), Names("c", t.columns), t.values, policy);
            var zerosSuppressed = t.values.Select((x, i) => x > 0 || table.IsSuppressed(i / t.columns, i % t.columns)).All(b => b);
            return zerosSuppressed && table.RecoverableCells.Count == 0;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void CycleIsBuiltThroughZerosWhenNoSingleCellCloses()
    {
        // Row 0 and column 0 hold no other non-zero cell: the complement needs the whole 2 × 2 table.
        var table = SmallNumberSuppression.Apply(["a", "b"], ["x", "y"], [3.0, 0, 0, 50], DisclosurePolicy.FewerThan5);
        Assert.Empty(table.RecoverableCells);
        Assert.True(table.IsSuppressed(0, 1) && table.IsSuppressed(1, 0) && table.IsSuppressed(1, 1));
        Assert.Empty(BruteForce.Recoverable(2, 2, [3.0, 0, 0, 50], [true, true, true, true], PublishedMargins.All));
    }

    [Fact]
    public void KnownLimitationSuppressedZerosCanBePinnedByNonNegativity()
    {
        // Found by the property above: row "c" is 9 and 0, so its 0 must be suppressed with the 9; the complement cycle
        // runs through row "d" (12, 0) whose zero is suppressed as well, and column "y"'s suppressed cells then sum to 0.
        // The linear check passes; the enumeration over non-negative counts recovers every cell. Documents the gap.
        double[] x = [0, 0, 34, 10, 9, 0, 12, 0];
        var margins = PublishedMargins.RowTotals | PublishedMargins.ColumnTotals;
        var table = SmallNumberSuppression.Apply(["a", "b", "c", "d"], ["x", "y"], x, DisclosurePolicy.FewerThan10, margins);
        var suppressed = x.Select((_, i) => table.IsSuppressed(i / 2, i % 2)).ToArray();
        Assert.Empty(SmallNumberSuppression.FindRecoverableCells(4, 2, suppressed, margins));
        Assert.NotEmpty(BruteForce.Recoverable(4, 2, x, suppressed, margins));
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

        Assert.Empty(SmallNumberSuppression.FindRecoverableCells(rows, columns, suppressed, PublishedMargins.All));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }
}
