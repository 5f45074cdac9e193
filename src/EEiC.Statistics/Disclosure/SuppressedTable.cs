using EEiC.Statistics.Intervals;
using EEiC.Statistics.Validation;

namespace EEiC.Statistics.Disclosure;

/// <summary>
/// A two-way table after small-number disclosure control (<see cref="SmallNumberSuppression.Apply(IReadOnlyList{string}, IReadOnlyList{string}, ReadOnlySpan{double}, DisclosurePolicy, PublishedMargins)"/>):
/// the values to publish, the totals, and the <see cref="Audit"/> of what was changed and why.
/// </summary>
/// <remarks>
/// Everything except <see cref="Audit"/> is safe to publish. <b>The audit keeps the original values and is not for
/// publication.</b> Cell suppression as in Hundepool A et al. <i>Statistical Disclosure Control</i>. Wiley, 2012, chapter 4.
/// </remarks>
public sealed class SuppressedTable
{
    private readonly double[] _published;
    private readonly DisclosureStatus[] _status;
    private readonly double[]? _rowTotals;
    private readonly double[]? _columnTotals;

    internal SuppressedTable(
        IReadOnlyList<string> rowNames, IReadOnlyList<string> columnNames, double[] published, DisclosureStatus[] status,
        double[]? rowTotals, double[]? columnTotals, double? grandTotal, DisclosurePolicy policy, PublishedMargins margins,
        IReadOnlyList<DisclosureAuditEntry> audit, IReadOnlyList<(int Row, int Column)> recoverable)
    {
        RowNames = rowNames;
        ColumnNames = columnNames;
        _published = published;
        _status = status;
        _rowTotals = rowTotals;
        _columnTotals = columnTotals;
        GrandTotal = grandTotal;
        Policy = policy;
        Margins = margins;
        Audit = audit;
        RecoverableCells = recoverable;
    }

    /// <summary>The row names, in order.</summary>
    public IReadOnlyList<string> RowNames { get; }

    /// <summary>The column names, in order.</summary>
    public IReadOnlyList<string> ColumnNames { get; }

    /// <summary>The number of rows.</summary>
    public int RowCount => RowNames.Count;

    /// <summary>The number of columns.</summary>
    public int ColumnCount => ColumnNames.Count;

    /// <summary>The policy that was applied.</summary>
    public DisclosurePolicy Policy { get; }

    /// <summary>The totals published with the table.</summary>
    public PublishedMargins Margins { get; }

    /// <summary>The published grand total (rounded if the policy rounds), or <see langword="null"/> when it is not published.</summary>
    public double? GrandTotal { get; }

    /// <summary>
    /// Every cell and total changed by disclosure control (suppressed or rounded), with the original value:
    /// cells in row-major order, then row totals, column totals and the grand total.
    /// <b>Confidential: holds the original values; not for publication.</b>
    /// </summary>
    public IReadOnlyList<DisclosureAuditEntry> Audit { get; }

    /// <summary>
    /// Suppressed cells whose values are still determined by the published cells and totals (and non-negativity)
    /// because no set of complementary cells can protect them: for example a table with one column and published row
    /// totals, or a count whose row and column hold nothing else and whose other lines are all zero (3, 0 / 0, 0).
    /// Row-major; check it before publishing.
    /// </summary>
    public IReadOnlyList<(int Row, int Column)> RecoverableCells { get; }

    /// <summary>The published cell at a row and column.</summary>
    /// <param name="row">The 0-based row.</param>
    /// <param name="column">The 0-based column.</param>
    /// <returns>The value (none when suppressed) and what was done to it.</returns>
    public DisclosureCell Cell(int row, int column)
    {
        var i = Index(row, column);
        var value = _published[i];
        return new DisclosureCell(double.IsNaN(value) ? null : value, _status[i]);
    }

    /// <summary>Whether the cell at a row and column is withheld.</summary>
    /// <param name="row">The 0-based row.</param>
    /// <param name="column">The 0-based column.</param>
    /// <returns><see langword="true"/> for primary or secondary suppression.</returns>
    public bool IsSuppressed(int row, int column) => double.IsNaN(_published[Index(row, column)]);

    /// <summary>The published total of a row, or <see langword="null"/> when row totals are not published.</summary>
    /// <param name="row">The 0-based row.</param>
    /// <returns>The total of the original counts, rounded if the policy rounds.</returns>
    public double? RowTotal(int row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, RowCount);
        return _rowTotals?[row];
    }

    /// <summary>The published total of a column, or <see langword="null"/> when column totals are not published.</summary>
    /// <param name="column">The 0-based column.</param>
    /// <returns>The total of the original counts, rounded if the policy rounds.</returns>
    public double? ColumnTotal(int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, ColumnCount);
        return _columnTotals?[column];
    }

    /// <summary>
    /// Applies the suppression to estimates derived from the cells (rates, proportions, ratios...): each estimate
    /// of a suppressed cell becomes <see cref="IntervalEstimate.NotAvailable"/> with
    /// <see cref="EstimateStatus.Suppressed"/> (same level and method); the others are copied unchanged.
    /// </summary>
    /// <param name="estimates">The estimates, cell-major in row-major cell order: the estimates of cell (r, c) at
    /// <c>((r * ColumnCount) + c) * k</c> to <c>... + k - 1</c>, where k = <c>estimates.Length / (RowCount * ColumnCount)</c>
    /// (for example one per confidence level).</param>
    /// <param name="destination">Receives the published estimates; at least as long as <paramref name="estimates"/>. May be the same memory.</param>
    /// <exception cref="StatisticsInputException">When the lengths do not fit the table.</exception>
    /// <remarks>
    /// A rate computed from a suppressed count and a published denominator would reveal the count, so every measure
    /// derived from a suppressed cell is withheld too (Hundepool A et al. <i>Statistical Disclosure Control</i>.
    /// Wiley, 2012, §4.2). Measures of rounded cells are not changed: compute them from the published counts where the
    /// rounding itself is a disclosure control. Allocates nothing.
    /// </remarks>
    public void MarkSuppressed(ReadOnlySpan<IntervalEstimate> estimates, Span<IntervalEstimate> destination)
    {
        var cells = _published.Length;
        var checks = default(InputChecks);
        if (estimates.Length == 0 || estimates.Length % cells != 0)
        {
            checks.Add(null, nameof(estimates), estimates.Length, $"length must be a positive multiple of the number of cells ({cells})");
        }

        checks.DestinationLength(nameof(destination), destination.Length, estimates.Length);
        checks.ThrowIfAny();
        var perCell = estimates.Length / cells;
        for (var k = 0; k < estimates.Length; k++)
        {
            var e = estimates[k];
            destination[k] = double.IsNaN(_published[k / perCell])
                ? IntervalEstimate.NotAvailable(EstimateStatus.Suppressed, e.Level, e.Method)
                : e;
        }
    }

    private int Index(int row, int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, RowCount);
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, ColumnCount);
        return (row * ColumnCount) + column;
    }
}
