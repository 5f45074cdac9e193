using System.Text;
using System.Text.RegularExpressions;

namespace EEiC.Tools.Reports;

/// <summary>
/// A table of a report: a caption, column headings and rows of text cells (already formatted). The first column heads
/// its row unless <see cref="FirstColumnIsRowHeader"/> is false. HTML output marks every heading with its scope and
/// right-aligns columns whose cells are all numbers; Markdown output escapes every cell.
/// </summary>
public sealed partial record ReportTable
{
    /// <summary>Creates a table.</summary>
    /// <param name="caption">What the table shows; not empty.</param>
    /// <param name="columns">The column headings: at least one, none empty.</param>
    /// <param name="rows">The rows: each with exactly one cell a column and no null cell (a cell may be empty).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument breaks a rule; the message lists every bad row.</exception>
    public ReportTable(string caption, IEnumerable<string> columns, IEnumerable<IEnumerable<string>> rows)
    {
        Caption = ChartInput.RequireText(caption, nameof(caption));
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        var columnList = columns.ToArray();
        if (columnList.Length == 0)
        {
            throw new ArgumentException($"Table {ChartInput.ShowLabel(caption)} has no columns; it needs at least one.", nameof(columns));
        }

        if (Array.FindIndex(columnList, string.IsNullOrWhiteSpace) is var blank and >= 0)
        {
            throw new ArgumentException($"Table {ChartInput.ShowLabel(caption)}: columns[{blank}] is empty; every column needs a heading.", nameof(columns));
        }

        var rowList = new List<IReadOnlyList<string>>();
        var problems = new List<string>();
        foreach (var row in rows)
        {
            var cells = row?.ToArray();
            if (cells is null)
            {
                problems.Add($"rows[{rowList.Count}] is null");
            }
            else if (cells.Length != columnList.Length)
            {
                problems.Add($"rows[{rowList.Count}] has {cells.Length} cells for {columnList.Length} columns");
            }
            else if (Array.IndexOf(cells, null) is var nullCell and >= 0)
            {
                problems.Add($"rows[{rowList.Count}][{nullCell}] is null; use an empty string for an empty cell");
            }

            rowList.Add(Array.AsReadOnly(cells ?? []));
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException($"Table {ChartInput.ShowLabel(caption)} is not valid: {string.Join("; ", problems)}.", nameof(rows));
        }

        Columns = Array.AsReadOnly(columnList);
        Rows = rowList.AsReadOnly();
    }

    /// <summary>What the table shows (HTML <c>&lt;caption&gt;</c>).</summary>
    public string Caption { get; }

    /// <summary>The column headings.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The rows, each with one cell a column.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }

    /// <summary>Whether the first cell of each row heads it (<c>&lt;th scope="row"&gt;</c>); true by default.</summary>
    public bool FirstColumnIsRowHeader { get; init; } = true;

    /// <summary>Whether every non-empty cell of column <paramref name="column"/> is a number (optionally signed, with separators and a unit symbol), and at least one is.</summary>
    /// <param name="column">The column index.</param>
    /// <returns>True for a numeric column, which HTML output right-aligns.</returns>
    public bool IsNumeric(int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, Columns.Count);
        var cells = Rows.Select(r => r[column]).Where(c => c.Length > 0).ToArray();
        return cells.Length > 0 && cells.All(c => NumberCell().IsMatch(c));
    }

    /// <summary>The table as Markdown (GitHub tables): the caption in bold on its own line, then the table; numeric columns right-aligned; every cell escaped.</summary>
    /// <returns>The Markdown text, lines ending in a line feed.</returns>
    public string ToMarkdown()
    {
        var builder = new StringBuilder();
        builder.Append("**").Append(Markup.EscapeMarkdown(Caption)).Append("**\n\n");
        builder.Append('|');
        foreach (var column in Columns)
        {
            builder.Append(' ').Append(Markup.EscapeMarkdown(column)).Append(" |");
        }

        builder.Append("\n|");
        for (var c = 0; c < Columns.Count; c++)
        {
            builder.Append(IsNumeric(c) ? " ---: |" : " --- |");
        }

        builder.Append('\n');
        foreach (var row in Rows)
        {
            builder.Append('|');
            foreach (var cell in row)
            {
                builder.Append(' ').Append(Markup.EscapeMarkdown(cell)).Append(" |");
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }

    /// <inheritdoc />
    public bool Equals(ReportTable? other) =>
        other is not null && Caption == other.Caption && FirstColumnIsRowHeader == other.FirstColumnIsRowHeader
        && Sequence.Equal(Columns, other.Columns) && Rows.Count == other.Rows.Count
        && Rows.Zip(other.Rows).All(pair => Sequence.Equal(pair.First, pair.Second));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Caption, FirstColumnIsRowHeader, Sequence.Hash(Columns), Rows.Count);

    [GeneratedRegex(@"^[-+\u2212]?[0-9][0-9,]*(\.[0-9]+)?\s?(%|‰)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberCell();
}
