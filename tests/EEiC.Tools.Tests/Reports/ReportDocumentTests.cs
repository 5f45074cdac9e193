using System.Text.RegularExpressions;
using System.Xml.Linq;
using EEiC.Tools.Reports;

namespace EEiC.Tools.Tests.Reports;

public sealed partial class ReportDocumentTests
{
    [Fact]
    public void Html_page_is_self_contained_british_english_and_without_script()
    {
        var html = ChartFixtures.Page().ToHtml();
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link rel=\"stylesheet\"", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Content-Security-Policy\" content=\"default-src 'none'", html, StringComparison.Ordinal);

        // The only absolute URL is the SVG namespace, which is a name and never fetched.
        var urls = Url().Matches(html).Select(m => m.Value).Distinct().ToArray();
        Assert.Equal(["http://www.w3.org/2000/svg"], urls);
        Assert.All(Href().Matches(html), m => Assert.Equal("data:,", m.Groups[1].Value));
        Assert.DoesNotContain('\r', html);
    }

    [Fact]
    public void Every_chart_is_a_numbered_figure_with_its_text_alternative_and_its_data_table()
    {
        var page = ChartFixtures.Page();
        var html = page.ToHtml();
        var charts = page.Charts;
        Assert.Equal(4, charts.Count);
        for (var i = 0; i < charts.Count; i++)
        {
            var n = i + 1;
            var figure = Between(html, $"<figure id=\"figure-{n}\" class=\"chart\">", "</figure>");
            var svg = Between(figure, "<svg", "</svg>\n");
            ChartFixtures.CheckCommon(charts[i], "<svg" + svg + "</svg>", $"figure-{n}-chart");
            Assert.Contains($"<figcaption><span class=\"figure-number\">Figure {n}.</span> {Escape(charts[i].TextAlternative)}</figcaption>", figure, StringComparison.Ordinal);

            var details = Between(html, $"<summary>Data for figure {n}</summary>", "</details>");
            Assert.Contains($"<caption>Figure {n}: {Escape(charts[i].Title)}</caption>", details, StringComparison.Ordinal);
            foreach (var column in charts[i].ToTable().Columns)
            {
                Assert.Contains($">{Escape(column)}</th>", details, StringComparison.Ordinal);
            }
        }

        // Ids are unique across the page, so aria-labelledby always names the right chart's title.
        var ids = Id().Matches(html).Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    [Fact]
    public void Tables_have_captions_and_scoped_headings_and_numbers_are_right_aligned()
    {
        var html = ChartFixtures.Page().ToHtml();
        var table = Between(html, "<table>\n<caption>Practices beyond the limits</caption>", "</table>");
        Assert.Contains("<th scope=\"col\">Practice</th><th scope=\"col\" class=\"num\">Uptake (%)</th>", table, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">Cedar</th><td class=\"num\">75</td></tr>", table, StringComparison.Ordinal);

        var plain = new ReportDocument("T", null, [new ReportSection("S", [ReportBlock.DataTable(new ReportTable("C", ["A", "B"], [["x", "y"]]) { FirstColumnIsRowHeader = false })])]).ToHtml();
        Assert.Contains("<tr><td>x</td><td>y</td></tr>", plain, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_facts_lists_and_notes_are_written_in_order()
    {
        var html = ChartFixtures.Page().ToHtml();
        string[] inOrder =
        [
            "<h1>Equity audit: cardiac rehabilitation</h1>", "<p class=\"lead\">A synthetic example of the report page.</p>",
            "<section id=\"section-1\" aria-labelledby=\"section-1-heading\">\n<h2 id=\"section-1-heading\">Data quality</h2>",
            "<p>How well ethnicity is recorded, by trust.</p>", "<dl class=\"facts\">\n<dt>Completeness</dt>\n<dd>89.8%</dd>",
            "<h2 id=\"section-2-heading\">Uptake by ethnic group</h2>", "<h3>Against the reference group</h3>",
            "<div class=\"note\" role=\"note\"><p><strong>Note:</strong> Intervals are 95% confidence intervals.</p></div>",
            "<li>Review the service specification.</li>", "<footer>\n<p>Produced by EEiC.Tools from synthetic data.</p>\n</footer>",
        ];
        var position = 0;
        foreach (var fragment in inOrder)
        {
            var next = html.IndexOf(fragment, position, StringComparison.Ordinal);
            Assert.True(next >= 0, $"'{fragment}' is missing or out of order");
            position = next + fragment.Length;
        }
    }

    [Fact]
    public void All_text_is_escaped()
    {
        const string hostile = "<script>alert('x')</script> & \"quoted\"";
        var chart = new IntervalChart(hostile, [new IntervalChartRow(hostile, 1, 0, 2)]);
        var page = new ReportDocument(hostile, hostile,
        [
            new ReportSection(hostile,
            [
                ReportBlock.Paragraph(hostile), ReportBlock.Subheading(hostile), ReportBlock.Note(hostile), ReportBlock.BulletList([hostile]),
                ReportBlock.KeyFacts([new ReportFact(hostile, hostile)]), ReportBlock.DataTable(new ReportTable(hostile, [hostile], [[hostile]])),
                ReportBlock.Figure(chart),
            ]),
        ])
        { Footer = hostile };
        var html = page.ToHtml();
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("'x'", html, StringComparison.Ordinal);
        Assert.True(Regex.Matches(html, Regex.Escape("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;")).Count >= 12);

        // In Markdown a backslash makes the next character literal: no unescaped angle bracket is left (other than the
        // ">" that opens the note's block quote at the start of its line).
        var markdown = page.ToMarkdown();
        Assert.DoesNotMatch(new Regex(@"(?<!\\)(?<!^)[<>]", RegexOptions.Multiline), markdown);
        Assert.Contains(@"\<script\>alert('x')\</script\> \& ""quoted""", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_has_headings_figures_with_captions_and_tables()
    {
        var markdown = ChartFixtures.Page().ToMarkdown();
        Assert.StartsWith("# Equity audit: cardiac rehabilitation\n\nA synthetic example of the report page.\n\n## Data quality\n\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n### Against the reference group\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n- **Completeness:** 89.8%\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n> **Note:** Intervals are 95% confidence intervals.\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n**Figure 2.** Uptake of cardiac rehabilitation by ethnic group: 6 groups; lowest Bangladeshi 31% (26% to 37%)", markdown, StringComparison.Ordinal);
        Assert.Contains("\n| Ethnic group | Value (%) | Lower limit | Upper limit | Note |\n| --- | ---: | ---: | ---: | --- |\n| White British | 52 | 50 | 54 |  |\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n| Cedar | 75 |\n", markdown, StringComparison.Ordinal);
        Assert.EndsWith("---\n\nProduced by EEiC.Tools from synthetic data.\n", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_is_deterministic()
    {
        Assert.Equal(ChartFixtures.Page().ToHtml(), ChartFixtures.Page().ToHtml());
        Assert.Equal(ChartFixtures.Page().ToMarkdown(), ChartFixtures.Page().ToMarkdown());
        Assert.Equal(ChartFixtures.Page(), ChartFixtures.Page());
        Assert.Equal(ChartFixtures.Page().GetHashCode(), ChartFixtures.Page().GetHashCode());
    }

    [Fact]
    public void Bad_blocks_and_documents_are_refused()
    {
        Assert.Throws<ArgumentException>(() => ReportBlock.Paragraph(" "));
        Assert.Throws<ArgumentNullException>(() => ReportBlock.Paragraph(null!));
        Assert.Contains("items[1] is empty", Assert.Throws<ArgumentException>(() => ReportBlock.BulletList(["a", ""])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ReportBlock.BulletList([]));
        Assert.Contains("facts[0] has an empty name", Assert.Throws<ArgumentException>(() => ReportBlock.KeyFacts([new ReportFact("", "x")])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => ReportBlock.Figure(null!));
        Assert.Throws<ArgumentException>(() => new ReportSection("S", [null!]));
        Assert.Throws<ArgumentException>(() => new ReportDocument("T", "", []));
        Assert.Throws<ArgumentException>(() => new ReportDocument("T", null, [null!]));
    }

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"'{start}' not found");
        from += start.Length;
        var to = text.IndexOf(end, from, StringComparison.Ordinal);
        Assert.True(to >= 0, $"'{end}' not found after '{start}'");
        return text[from..to];
    }

    /// <summary>HTML escaping written independently of the library: via the XML text and attribute writer, then the apostrophe.</summary>
    private static string Escape(string text) => new XText(text).ToString().Replace("\"", "&quot;", StringComparison.Ordinal).Replace("'", "&#39;", StringComparison.Ordinal);

    [GeneratedRegex("[a-z]+://[^\"' )<>]+")]
    private static partial Regex Url();

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Href();

    [GeneratedRegex(" id=\"([^\"]+)\"")]
    private static partial Regex Id();
}
