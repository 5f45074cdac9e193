namespace EEiC.Tools.Reports;

/// <summary>
/// One block of a <see cref="ReportSection"/>: a paragraph, subheading, list, list of facts, table, chart or note.
/// Create blocks with the factory methods; all text is plain text, escaped when written (never markup).
/// </summary>
public sealed record ReportBlock
{
    private ReportBlock(ReportBlockKind kind, string? text = null, IReadOnlyList<string>? items = null, IReadOnlyList<ReportFact>? facts = null, ReportTable? table = null, IChart? chart = null)
    {
        Kind = kind;
        Text = text;
        Items = items ?? [];
        Facts = facts ?? [];
        Table = table;
        Chart = chart;
    }

    /// <summary>What the block holds.</summary>
    public ReportBlockKind Kind { get; }

    /// <summary>The text of a paragraph, subheading or note; otherwise <see langword="null"/>.</summary>
    public string? Text { get; }

    /// <summary>The items of a list; otherwise empty.</summary>
    public IReadOnlyList<string> Items { get; }

    /// <summary>The facts of a list of facts; otherwise empty.</summary>
    public IReadOnlyList<ReportFact> Facts { get; }

    /// <summary>The table of a table block; otherwise <see langword="null"/>.</summary>
    public ReportTable? Table { get; }

    /// <summary>The chart of a chart block; otherwise <see langword="null"/>.</summary>
    public IChart? Chart { get; }

    /// <summary>A paragraph.</summary>
    /// <param name="text">The text; not empty.</param>
    /// <returns>The block.</returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> is null or empty.</exception>
    public static ReportBlock Paragraph(string text) => new(ReportBlockKind.Paragraph, ChartInput.RequireText(text, nameof(text)));

    /// <summary>A heading within a section (HTML <c>&lt;h3&gt;</c>, Markdown <c>###</c>).</summary>
    /// <param name="text">The heading; not empty.</param>
    /// <returns>The block.</returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> is null or empty.</exception>
    public static ReportBlock Subheading(string text) => new(ReportBlockKind.Subheading, ChartInput.RequireText(text, nameof(text)));

    /// <summary>A note set apart from the text.</summary>
    /// <param name="text">The note; not empty.</param>
    /// <returns>The block.</returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> is null or empty.</exception>
    public static ReportBlock Note(string text) => new(ReportBlockKind.Note, ChartInput.RequireText(text, nameof(text)));

    /// <summary>A bulleted list.</summary>
    /// <param name="items">The items: at least one, none empty.</param>
    /// <returns>The block.</returns>
    /// <exception cref="ArgumentException">There are no items, or one is null or empty.</exception>
    public static ReportBlock BulletList(IEnumerable<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = items.ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("items is empty; a list needs at least one item.", nameof(items));
        }

        if (Array.FindIndex(list, string.IsNullOrWhiteSpace) is var bad and >= 0)
        {
            throw new ArgumentException($"items[{bad}] is empty; every item needs some text.", nameof(items));
        }

        return new ReportBlock(ReportBlockKind.BulletList, items: Array.AsReadOnly(list));
    }

    /// <summary>A list of key facts (HTML <c>&lt;dl&gt;</c>).</summary>
    /// <param name="facts">The facts: at least one, names not empty, values not null.</param>
    /// <returns>The block.</returns>
    /// <exception cref="ArgumentException">There are no facts, or one breaks a rule.</exception>
    public static ReportBlock KeyFacts(IEnumerable<ReportFact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var list = facts.ToArray();
        var problems = new List<string>();
        if (list.Length == 0)
        {
            problems.Add("there are no facts; give at least one");
        }

        for (var i = 0; i < list.Length; i++)
        {
            if (list[i] is null)
            {
                problems.Add($"facts[{i}] is null");
            }
            else if (string.IsNullOrWhiteSpace(list[i].Name) || list[i].Value is null)
            {
                problems.Add($"facts[{i}] has {(list[i].Value is null ? "a null value" : "an empty name")}");
            }
        }

        return problems.Count > 0
            ? throw new ArgumentException($"The facts are not valid: {string.Join("; ", problems)}.", nameof(facts))
            : new ReportBlock(ReportBlockKind.KeyFacts, facts: Array.AsReadOnly(list));
    }

    /// <summary>A table.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The block.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public static ReportBlock DataTable(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return new ReportBlock(ReportBlockKind.DataTable, table: table);
    }

    /// <summary>A chart: in HTML a numbered figure with the SVG and its text alternative as caption, followed by the table of its data in a disclosure widget; in Markdown the caption and the table.</summary>
    /// <param name="chart">The chart.</param>
    /// <returns>The block.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chart"/> is null.</exception>
    public static ReportBlock Figure(IChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return new ReportBlock(ReportBlockKind.Figure, chart: chart);
    }

    /// <inheritdoc />
    public bool Equals(ReportBlock? other) =>
        other is not null && Kind == other.Kind && Text == other.Text && Sequence.Equal(Items, other.Items) && Sequence.Equal(Facts, other.Facts)
        && Equals(Table, other.Table) && Equals(Chart, other.Chart);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Text, Sequence.Hash(Items), Sequence.Hash(Facts), Table, Chart);
}
