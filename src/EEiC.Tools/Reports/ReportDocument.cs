using System.Globalization;
using System.Text;

namespace EEiC.Tools.Reports;

/// <summary>
/// A report as a document: a title, a lead paragraph, sections of blocks (paragraphs, lists, key facts, tables,
/// charts, notes) and a footer, written as a self-contained HTML page (<see cref="ToHtml"/>) or as Markdown
/// (<see cref="ToMarkdown"/>).
/// </summary>
/// <remarks>
/// <para>The HTML page stands alone: <c>lang="en-GB"</c>, inline CSS only (readable on screen and in print), charts
/// as inline SVG, no script, and a content security policy that forbids every external request, so it can be e-mailed
/// or archived and opened offline. Every chart is a numbered <c>&lt;figure&gt;</c> whose <c>&lt;figcaption&gt;</c>
/// holds its text alternative, followed by the table of its data in a <c>&lt;details&gt;</c> element; tables have a
/// <c>&lt;caption&gt;</c> and headings with <c>scope</c>. All text is escaped, so names from data stay text.</para>
/// <para>Output is deterministic: the same document gives the same bytes on every machine (nothing such as the current
/// time is added; put a date in the <see cref="Footer"/> if the report needs one).</para>
/// </remarks>
public sealed record ReportDocument
{
    private const string Css = """
        :root { color-scheme: light; }
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; line-height: 1.5; color: #1a1a1a; background: #ffffff; margin: 0 auto; max-width: 60rem; padding: 1.5rem; }
        h1 { font-size: 1.8rem; line-height: 1.25; margin: 0 0 .75rem; }
        h2 { font-size: 1.35rem; margin: 2.25rem 0 .75rem; padding-bottom: .2rem; border-bottom: 2px solid #1f4e79; }
        h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
        .lead { font-size: 1.15rem; }
        ul { padding-left: 1.5rem; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1.25rem; margin: 1rem 0; }
        dl.facts dt { font-weight: bold; }
        dl.facts dd { margin: 0; }
        table { border-collapse: collapse; margin: .75rem 0 1.25rem; font-size: .95rem; }
        caption { text-align: left; font-weight: bold; padding-bottom: .35rem; }
        th, td { border: 1px solid #bfbfbf; padding: .3rem .6rem; text-align: left; vertical-align: top; }
        thead th { background: #f4f4f4; }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        figure { margin: 1.75rem 0 .5rem; }
        figure svg { display: block; max-width: 100%; height: auto; }
        figcaption { margin-top: .5rem; font-size: .95rem; }
        .figure-number { font-weight: bold; }
        details { margin: .25rem 0 1.75rem; }
        summary { cursor: pointer; color: #1f4e79; }
        .note { border-left: 4px solid #595959; background: #f4f4f4; padding: .5rem .85rem; margin: 1rem 0; }
        .note p { margin: 0; }
        footer { margin-top: 3rem; padding-top: .5rem; border-top: 1px solid #bfbfbf; font-size: .9rem; color: #595959; }
        :focus-visible { outline: 3px solid #1f4e79; outline-offset: 2px; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10.5pt; }
          h2, h3 { break-after: avoid; }
          figure, table, .note, dl.facts { break-inside: avoid; }
          details::details-content { content-visibility: visible; height: auto; }
          summary { list-style: none; color: #1a1a1a; }
        }
        """;

    private readonly string? _footer;

    /// <summary>Creates a document.</summary>
    /// <param name="title">The title (HTML <c>&lt;h1&gt;</c> and <c>&lt;title&gt;</c>); not empty.</param>
    /// <param name="lead">The lead paragraph, or <see langword="null"/> for none; not blank.</param>
    /// <param name="sections">The sections, in order; none null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> or <paramref name="sections"/> is null.</exception>
    /// <exception cref="ArgumentException">The title or lead is empty, or a section is null.</exception>
    public ReportDocument(string title, string? lead, IEnumerable<ReportSection> sections)
    {
        Title = ChartInput.RequireText(title, nameof(title));
        Lead = ChartInput.OptionalText(lead, nameof(lead));
        ArgumentNullException.ThrowIfNull(sections);
        var list = sections.ToArray();
        if (Array.IndexOf(list, null) is var index and >= 0)
        {
            throw new ArgumentException($"Report {ChartInput.ShowLabel(title)}: sections[{index}] is null.", nameof(sections));
        }

        Sections = Array.AsReadOnly(list);
    }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The lead paragraph, or <see langword="null"/>.</summary>
    public string? Lead { get; }

    /// <summary>The sections, in order.</summary>
    public IReadOnlyList<ReportSection> Sections { get; }

    /// <summary>A closing line (for example what produced the report, from which data, and when), or <see langword="null"/>; not blank.</summary>
    public string? Footer { get => _footer; init => _footer = ChartInput.OptionalText(value, nameof(Footer)); }

    /// <summary>The charts of the document in order, numbered from 1 as its figures are.</summary>
    public IReadOnlyList<IChart> Charts => Sections.SelectMany(s => s.Blocks).Where(b => b.Kind == ReportBlockKind.Figure).Select(b => b.Chart!).ToArray();

    /// <summary>Writes the document as a self-contained HTML page (see the remarks of <see cref="ReportDocument"/>).</summary>
    /// <returns>The HTML text, lines ending in a line feed.</returns>
    public string ToHtml()
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
            .Append("<link rel=\"icon\" href=\"data:,\">\n");
        Tag(html, "title", Title);
        html.Append("<style>\n").Append(Css.Replace("\r\n", "\n", StringComparison.Ordinal)).Append("\n</style>\n</head>\n<body>\n<header>\n");
        Tag(html, "h1", Title);
        if (Lead is not null)
        {
            Tag(html, "p", Lead, "lead");
        }

        html.Append("</header>\n<main>\n");
        var figure = 0;
        for (var s = 0; s < Sections.Count; s++)
        {
            var section = Sections[s];
            var sectionId = $"section-{s + 1}";
            html.Append($"<section id=\"{sectionId}\" aria-labelledby=\"{sectionId}-heading\">\n<h2 id=\"{sectionId}-heading\">");
            Markup.AppendEscaped(html, section.Heading);
            html.Append("</h2>\n");
            foreach (var block in section.Blocks)
            {
                WriteHtml(html, block, ref figure);
            }

            html.Append("</section>\n");
        }

        html.Append("</main>\n");
        if (Footer is not null)
        {
            html.Append("<footer>\n");
            Tag(html, "p", Footer);
            html.Append("</footer>\n");
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>
    /// Writes the document as Markdown (CommonMark with GitHub tables): headings, paragraphs, lists, facts as a list,
    /// tables, and each chart as its numbered caption with the text alternative followed by the table of its data (the
    /// SVG is not embedded: Markdown viewers differ in what they allow). All text is escaped.
    /// </summary>
    /// <returns>The Markdown text, lines ending in a line feed.</returns>
    public string ToMarkdown()
    {
        var md = new StringBuilder();
        md.Append("# ").Append(Markup.EscapeMarkdown(Title)).Append("\n\n");
        if (Lead is not null)
        {
            md.Append(Markup.EscapeMarkdown(Lead)).Append("\n\n");
        }

        var figure = 0;
        foreach (var section in Sections)
        {
            md.Append("## ").Append(Markup.EscapeMarkdown(section.Heading)).Append("\n\n");
            foreach (var block in section.Blocks)
            {
                switch (block.Kind)
                {
                    case ReportBlockKind.Subheading:
                        md.Append("### ").Append(Markup.EscapeMarkdown(block.Text!)).Append("\n\n");
                        break;
                    case ReportBlockKind.Note:
                        md.Append("> **Note:** ").Append(Markup.EscapeMarkdown(block.Text!)).Append("\n\n");
                        break;
                    case ReportBlockKind.BulletList:
                        foreach (var item in block.Items)
                        {
                            md.Append("- ").Append(Markup.EscapeMarkdown(item)).Append('\n');
                        }

                        md.Append('\n');
                        break;
                    case ReportBlockKind.KeyFacts:
                        foreach (var fact in block.Facts)
                        {
                            md.Append("- **").Append(Markup.EscapeMarkdown(fact.Name)).Append(":** ").Append(Markup.EscapeMarkdown(fact.Value)).Append('\n');
                        }

                        md.Append('\n');
                        break;
                    case ReportBlockKind.DataTable:
                        md.Append(block.Table!.ToMarkdown()).Append('\n');
                        break;
                    case ReportBlockKind.Figure:
                        figure++;
                        md.Append("**Figure ").Append(figure.ToString(CultureInfo.InvariantCulture)).Append(".** ")
                            .Append(Markup.EscapeMarkdown(block.Chart!.TextAlternative)).Append("\n\n")
                            .Append(block.Chart.ToTable().ToMarkdown()).Append('\n');
                        break;
                    default:
                        md.Append(Markup.EscapeMarkdown(block.Text!)).Append("\n\n");
                        break;
                }
            }
        }

        if (Footer is not null)
        {
            md.Append("---\n\n").Append(Markup.EscapeMarkdown(Footer)).Append('\n');
        }

        return md.ToString().TrimEnd('\n') + "\n";
    }

    /// <inheritdoc />
    public bool Equals(ReportDocument? other) =>
        other is not null && Title == other.Title && Lead == other.Lead && Footer == other.Footer && Sequence.Equal(Sections, other.Sections);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Title, Lead, Footer, Sequence.Hash(Sections));

    private static void Tag(StringBuilder html, string name, string text, string? cssClass = null)
    {
        html.Append('<').Append(name);
        if (cssClass is not null)
        {
            html.Append(" class=\"").Append(cssClass).Append('"');
        }

        html.Append('>');
        Markup.AppendEscaped(html, text);
        html.Append("</").Append(name).Append(">\n");
    }

    private static void WriteHtml(StringBuilder html, ReportBlock block, ref int figure)
    {
        switch (block.Kind)
        {
            case ReportBlockKind.Subheading:
                Tag(html, "h3", block.Text!);
                break;
            case ReportBlockKind.Note:
                html.Append("<div class=\"note\" role=\"note\"><p><strong>Note:</strong> ");
                Markup.AppendEscaped(html, block.Text!);
                html.Append("</p></div>\n");
                break;
            case ReportBlockKind.BulletList:
                html.Append("<ul>\n");
                foreach (var item in block.Items)
                {
                    Tag(html, "li", item);
                }

                html.Append("</ul>\n");
                break;
            case ReportBlockKind.KeyFacts:
                html.Append("<dl class=\"facts\">\n");
                foreach (var fact in block.Facts)
                {
                    Tag(html, "dt", fact.Name);
                    Tag(html, "dd", fact.Value);
                }

                html.Append("</dl>\n");
                break;
            case ReportBlockKind.DataTable:
                WriteTable(html, block.Table!, block.Table!.Caption);
                break;
            case ReportBlockKind.Figure:
                figure++;
                var number = figure.ToString(CultureInfo.InvariantCulture);
                var chart = block.Chart!;
                html.Append("<figure id=\"figure-").Append(number).Append("\" class=\"chart\">\n")
                    .Append(chart.ToSvg($"figure-{number}-chart"))
                    .Append("<figcaption><span class=\"figure-number\">Figure ").Append(number).Append(".</span> ");
                Markup.AppendEscaped(html, chart.TextAlternative);
                html.Append("</figcaption>\n</figure>\n<details class=\"chart-data\">\n<summary>Data for figure ").Append(number).Append("</summary>\n");
                var table = chart.ToTable();
                WriteTable(html, table, $"Figure {number}: {table.Caption}");
                html.Append("</details>\n");
                break;
            default:
                Tag(html, "p", block.Text!);
                break;
        }
    }

    private static void WriteTable(StringBuilder html, ReportTable table, string caption)
    {
        var numeric = Enumerable.Range(0, table.Columns.Count).Select(table.IsNumeric).ToArray();
        html.Append("<table>\n");
        Tag(html, "caption", caption);
        html.Append("<thead>\n<tr>");
        for (var c = 0; c < table.Columns.Count; c++)
        {
            html.Append(numeric[c] ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">");
            Markup.AppendEscaped(html, table.Columns[c]);
            html.Append("</th>");
        }

        html.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            for (var c = 0; c < row.Count; c++)
            {
                var header = c == 0 && table.FirstColumnIsRowHeader;
                html.Append(header ? "<th scope=\"row\"" : "<td").Append(numeric[c] ? " class=\"num\">" : ">");
                Markup.AppendEscaped(html, row[c]);
                html.Append(header ? "</th>" : "</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }
}
