using System.Globalization;
using System.Text.Json;
using EEiC.Tools.Reports;

namespace EEiC.Tools.Tests.Reports;

public sealed class DataQualityChartTests
{
    [Fact]
    public void Segments_are_as_wide_as_their_shares_and_the_threshold_is_at_its_share()
    {
        var chart = ChartFixtures.Recording();
        var root = ChartFixtures.CheckCommon(chart, chart.ToSvg("quality"), "quality");
        double x0 = root.TickX("0"), x1 = root.TickX("1");
        var bar = root.WithClass("bar").Single(b => (string?)b.Attribute("data-label") == "Trust A");
        var segments = bar.WithClass("segment").ToArray();
        Assert.Equal(["Valid", "Not stated", "Not known", "Unmapped"], segments.Select(s => (string?)s.Attribute("data-category")));

        // 860, 60, 50 and 30 of 1,000 records.
        double[] shares = [0.86, 0.06, 0.05, 0.03];
        var start = 0.0;
        for (var k = 0; k < 4; k++)
        {
            Assert.Equal(x0 + start * (x1 - x0), segments[k].Number("x"), 0.01);
            Assert.Equal(shares[k] * (x1 - x0), segments[k].Number("width"), 0.01);
            start += shares[k];
        }

        var threshold = root.WithClass("threshold-line").Single();
        Assert.Equal(x0 + 0.9 * (x1 - x0), threshold.Number("x1"), 0.01);
        Assert.Equal("completeness threshold 90.0%", root.WithClass("threshold-label").Single().Value);

        // The first category is solid, the others hatched with patterns defined in this SVG.
        Assert.StartsWith("#", (string?)segments[0].Attribute("fill"), StringComparison.Ordinal);
        Assert.Equal("url(#quality-p1)", (string?)segments[1].Attribute("fill"));
        Assert.Contains(root.Descendants(ChartFixtures.Svg + "pattern"), p => (string?)p.Attribute("id") == "quality-p3");

        // The share is written inside the segments wide enough for it.
        Assert.Equal("86.0%", bar.WithClass("share").First().Value);
    }

    [Fact]
    public void A_category_with_no_records_draws_no_segment()
    {
        var chart = new DataQualityChart("Q", ["Valid", "Not stated"], [new DataQualityBar("All", [10, 0])]);
        var root = ChartFixtures.Parse(chart.ToSvg());
        Assert.Single(root.WithClass("segment"));
        Assert.Equal("Q: All: Valid 100.0%, Not stated 0.0%.", chart.TextAlternative);
    }

    [Fact]
    public void Text_alternative_gives_every_share_and_the_side_of_the_threshold()
    {
        Assert.Equal(
            "Ethnicity recording: Trust A: Valid 86.0% (below the completeness threshold of 90.0%), Not stated 6.0%, Not known 5.0%, Unmapped 3.0%; "
            + "Trust B: Valid 93.5% (at or above the completeness threshold of 90.0%), Not stated 2.0%, Not known 4.0%, Unmapped 0.5%.",
            ChartFixtures.Recording().TextAlternative);

        // The comparison uses the exact share, not the rounded one: 8,999 of 10,000 is shown as 90% without decimals, yet is below.
        var close = new DataQualityChart("Q", ["Valid", "Other"], [new DataQualityBar("A", [8999, 1001])]) { Threshold = 0.9, Decimals = 0 };
        Assert.Equal("Q: A: Valid 90% (below the threshold of 90%), Other 10%.", close.TextAlternative);
    }

    [Fact]
    public void Table_and_vega_lite_hold_the_shares()
    {
        var chart = ChartFixtures.Recording();
        var table = chart.ToTable();
        Assert.Equal(["Trust", "Valid (%)", "Not stated (%)", "Not known (%)", "Unmapped (%)", "Total"], table.Columns);
        Assert.Equal(["Trust A", "86.0", "6.0", "5.0", "3.0", "1,000"], table.Rows[0]);

        using var json = JsonDocument.Parse(chart.ToVegaLite());
        var root = json.RootElement;
        Assert.Equal("https://vega.github.io/schema/vega-lite/v5.json", root.GetProperty("$schema").GetString());
        var values = root.GetProperty("data").GetProperty("values").EnumerateArray().ToArray();
        Assert.Equal(8, values.Length);
        Assert.Equal("Trust B", values[4].GetProperty("bar").GetString());
        Assert.Equal("Valid", values[4].GetProperty("category").GetString());
        Assert.Equal(0.935, values[4].GetProperty("share").GetDouble(), 12);
        var layers = root.GetProperty("layer").EnumerateArray().ToArray();
        Assert.Equal(["bar", "rule"], layers.Select(l => l.GetProperty("mark").GetProperty("type").GetString()));
        Assert.Equal("share", layers[0].GetProperty("encoding").GetProperty("x").GetProperty("field").GetString());
        Assert.Equal("category", layers[0].GetProperty("encoding").GetProperty("color").GetProperty("field").GetString());
        Assert.Equal(0.9, layers[1].GetProperty("encoding").GetProperty("x").GetProperty("datum").GetDouble());
    }

    [Fact]
    public void Bad_input_is_refused_with_every_problem_named()
    {
        var error = Assert.Throws<ArgumentException>(() => new DataQualityChart("Q", ["Valid", "Other"],
            [new DataQualityBar("A", [1, -1]), new DataQualityBar("B", [0, 0]), new DataQualityBar("C", [1]), new DataQualityBar("A", [1, double.NaN])]));
        Assert.Equal("bars", error.ParamName);
        Assert.Contains("bars[0] 'A': Values[1] (Other) is -1; amounts must be at least 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("bars[1] 'B': the values add up to 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("bars[2] 'C': has 1 values for 2 categories", error.Message, StringComparison.Ordinal);
        Assert.Contains("bars[3] 'A': the label is also that of bars[0]", error.Message, StringComparison.Ordinal);
        Assert.Contains("bars[3] 'A': Values[1] (Other) is NaN", error.Message, StringComparison.Ordinal);

        Assert.Equal("categories", Assert.Throws<ArgumentException>(() => new DataQualityChart("Q", ["Valid", "Valid"], [new DataQualityBar("A", [1, 1])])).ParamName);
        Assert.Throws<ArgumentException>(() => new DataQualityChart("Q", [], [new DataQualityBar("A", [])]));
        Assert.Throws<ArgumentException>(() => new DataQualityChart("Q", ["Valid"], []));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChartFixtures.Recording() with { Threshold = 1.5 });
        Assert.Throws<ArgumentOutOfRangeException>(() => ChartFixtures.Recording() with { Threshold = double.NaN });
    }

    [Fact]
    public void Output_is_deterministic()
    {
        Assert.Equal(ChartFixtures.Recording().ToSvg(), ChartFixtures.Recording().ToSvg());
        Assert.Equal(ChartFixtures.Recording(), ChartFixtures.Recording());
        Assert.Equal(ChartFixtures.Recording().Height.ToString(CultureInfo.InvariantCulture), (string?)ChartFixtures.Parse(ChartFixtures.Recording().ToSvg()).Attribute("height"));
    }
}
