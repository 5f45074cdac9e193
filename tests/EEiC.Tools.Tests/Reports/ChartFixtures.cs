using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using EEiC.Tools.Reports;

namespace EEiC.Tools.Tests.Reports;

/// <summary>Charts and pages the report tests share, and helpers to read the SVG the charts draw.</summary>
internal static class ChartFixtures
{
    internal static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>Uptake by ethnic group: made-up numbers with one suppressed group and two highlighted groups.</summary>
    internal static IntervalChart Uptake() => new("Uptake of cardiac rehabilitation by ethnic group",
    [
        new IntervalChartRow("White British", 52, 50, 54),
        new IntervalChartRow("Indian", 47, 41, 53),
        new IntervalChartRow("Pakistani", 40, 34, 46) { Highlighted = true },
        new IntervalChartRow("Bangladeshi", 31, 26, 37) { Highlighted = true },
        new IntervalChartRow("Any other Asian background, including Kashmiri, Sri Lankan Tamil and Nepali", 44, 35, 53),
        IntervalChartRow.Missing("Chinese"),
        new IntervalChartRow("Caribbean", 46, 39, 53),
    ])
    {
        LabelTitle = "Ethnic group",
        AxisTitle = "Uptake (%)",
        Unit = "%",
        Decimals = 0,
        ReferenceValue = 45,
        ReferenceLabel = "England",
        HighlightMeaning = "significantly different from White British",
    };

    /// <summary>Rate ratios against White British on a log axis.</summary>
    internal static IntervalChart Ratios() => new("Rate ratio against White British",
    [
        new IntervalChartRow("White British", 1, 1, 1),
        new IntervalChartRow("Indian", 0.9, 0.7, 1.15),
        new IntervalChartRow("Bangladeshi", 0.6, 0.45, 0.8) { Highlighted = true },
        new IntervalChartRow("African", 1.8, 1.3, 2.5) { Highlighted = true },
    ])
    {
        Scale = ChartScale.Log,
        ReferenceValue = 1,
        ReferenceLabel = "White British",
        AxisTitle = "Rate ratio (log scale)",
    };

    /// <summary>A funnel with flat made-up limits (inner 40 to 60, outer 30 to 70 at every size) and one point in each position.</summary>
    internal static FunnelChart Funnel() => new("Uptake by practice",
    [
        new FunnelChartPoint("Ash", 200, 50),
        new FunnelChartPoint("Birch", 400, 65),
        new FunnelChartPoint("Cedar", 600, 75),
        new FunnelChartPoint("Damson", 800, 25),
        new FunnelChartPoint("Elm", 900, 45),
    ], 50, Flat("95%", 40, 60), Flat("99.8%", 30, 70))
    {
        PointTitle = "Practice",
        SizeTitle = "Eligible patients",
        ValueTitle = "Uptake (%)",
        Unit = "%",
        Decimals = 0,
    };

    /// <summary>A limit curve with the same limits at sizes 0 to 1,000.</summary>
    internal static FunnelLimitCurve Flat(string label, double lower, double upper) =>
        new(label, [0, 500, 1000], [lower, lower, lower], [upper, upper, upper]);

    /// <summary>Ethnicity recording in two trusts: 86% and 93.5% valid against a 90% threshold.</summary>
    internal static DataQualityChart Recording() => new("Ethnicity recording",
        ["Valid", "Not stated", "Not known", "Unmapped"],
        [new DataQualityBar("Trust A", [860, 60, 50, 30]), new DataQualityBar("Trust B", [935, 20, 40, 5])])
    {
        Threshold = 0.9,
        ThresholdLabel = "completeness threshold",
        LabelTitle = "Trust",
    };

    /// <summary>A page with one chart of each kind, a table, facts and notes.</summary>
    internal static ReportDocument Page() => new("Equity audit: cardiac rehabilitation", "A synthetic example of the report page.",
    [
        new ReportSection("Data quality",
        [
            ReportBlock.Paragraph("How well ethnicity is recorded, by trust."),
            ReportBlock.KeyFacts([new ReportFact("Completeness", "89.8%"), new ReportFact("Verdict", "Use with caution")]),
            ReportBlock.Figure(Recording()),
        ]),
        new ReportSection("Uptake by ethnic group",
        [
            ReportBlock.Figure(Uptake()),
            ReportBlock.Subheading("Against the reference group"),
            ReportBlock.Figure(Ratios()),
            ReportBlock.Note("Intervals are 95% confidence intervals."),
        ]),
        new ReportSection("Practices",
        [
            ReportBlock.Figure(Funnel()),
            ReportBlock.DataTable(new ReportTable("Practices beyond the limits", ["Practice", "Uptake (%)"], [["Cedar", "75"], ["Damson", "25"]])),
            ReportBlock.BulletList(["Review the service specification.", "Make the case to the board."]),
        ]),
    ])
    { Footer = "Produced by EEiC.Tools from synthetic data." };

    /// <summary>Parses SVG markup as XML (failing the test when it is not well-formed).</summary>
    internal static XElement Parse(string svg) => XDocument.Parse(svg).Root!;

    /// <summary>The elements whose class list contains <paramref name="cssClass"/>.</summary>
    internal static IEnumerable<XElement> WithClass(this XElement root, string cssClass) =>
        root.Descendants().Where(e => ((string?)e.Attribute("class"))?.Split(' ').Contains(cssClass) == true);

    /// <summary>A numeric attribute.</summary>
    internal static double Number(this XElement element, string attribute) =>
        double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);

    /// <summary>The x position of the tick labelled <paramref name="label"/>.</summary>
    internal static double TickX(this XElement root, string label) =>
        root.WithClass("tick").Single(t => (string?)t.Attribute("data-value") == label).Number("x");

    /// <summary>The x position of the estimate in the row labelled <paramref name="label"/>.</summary>
    internal static double EstimateX(this XElement root, string label) =>
        root.WithClass("row").Single(r => (string?)r.Attribute("data-label") == label).WithClass("estimate").Single().Number("data-x");

    /// <summary>Text as XML can carry it: characters XML 1.0 does not allow replaced by U+FFFD (written with the framework's XML rules, independently of the library).</summary>
    internal static string Sanitised(string text)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                builder.Append(text, i, 2);
                i++;
            }
            else
            {
                builder.Append(XmlConvert.IsXmlChar(text[i]) ? text[i] : '\uFFFD');
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Checks what every chart's SVG must have: explicit size and view box matching the chart, role img, a title and a
    /// description named by aria-labelledby and equal to the chart's title and text alternative, nothing non-finite, no
    /// script and no reference to anything outside the document.
    /// </summary>
    internal static XElement CheckCommon(IChart chart, string svg, string id)
    {
        var root = Parse(svg);
        Assert.Equal(Svg + "svg", root.Name);
        Assert.Equal(id, (string?)root.Attribute("id"));
        Assert.Equal(chart.Width.ToString(CultureInfo.InvariantCulture), (string?)root.Attribute("width"));
        Assert.Equal(chart.Height.ToString(CultureInfo.InvariantCulture), (string?)root.Attribute("height"));
        Assert.Equal($"0 0 {chart.Width} {chart.Height}", (string?)root.Attribute("viewBox"));
        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.Equal($"{id}-title {id}-desc", (string?)root.Attribute("aria-labelledby"));
        Assert.Equal(Sanitised(chart.Title), root.Elements(Svg + "title").Single(e => (string?)e.Attribute("id") == id + "-title").Value);
        Assert.Equal(Sanitised(chart.TextAlternative), root.Elements(Svg + "desc").Single(e => (string?)e.Attribute("id") == id + "-desc").Value);
        Assert.DoesNotContain("NaN", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("∞", svg, StringComparison.Ordinal);
        Assert.DoesNotContain(root.DescendantsAndSelf(), e => e.Name.LocalName is "script" or "foreignObject" or "image" or "use" or "a");
        Assert.DoesNotContain(root.DescendantsAndSelf().Attributes(), a => a.Name.LocalName.StartsWith("on", StringComparison.Ordinal) || a.Name.LocalName == "href");
        Assert.DoesNotContain(root.DescendantsAndSelf().Attributes(), a => a.Value.Contains("url(", StringComparison.Ordinal) && !a.Value.StartsWith("url(#" + id + "-", StringComparison.Ordinal));
        Assert.DoesNotContain(root.DescendantsAndSelf().Attributes().Where(a => a.Name.LocalName == "id").GroupBy(a => a.Value), g => g.Count() > 1);
        Assert.All(root.DescendantsAndSelf().Attributes().Where(a => a.Name.LocalName == "id"), a => Assert.StartsWith(id, a.Value, StringComparison.Ordinal));
        return root;
    }
}
