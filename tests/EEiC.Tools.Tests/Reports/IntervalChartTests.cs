using System.Globalization;
using System.Text.Json;
using EEiC.Tools.Reports;

namespace EEiC.Tools.Tests.Reports;

public sealed class IntervalChartTests
{
    private static IntervalChart Chart(params IntervalChartRow[] rows) => new IntervalChart("Test chart", rows);

    [Fact]
    public void Svg_is_well_formed_sized_and_labelled_for_assistive_technology()
    {
        var chart = ChartFixtures.Uptake();
        var root = ChartFixtures.CheckCommon(chart, chart.ToSvg("uptake"), "uptake");
        Assert.Equal(chart.Rows.Select(r => r.Label), root.WithClass("row").Select(r => (string?)r.Attribute("data-label")));
        Assert.Equal(720, chart.Width);
        Assert.InRange(chart.Height, 7 * 28, 600);
    }

    [Fact]
    public void The_default_id_is_the_kind_and_a_slug_of_the_title()
    {
        var chart = ChartFixtures.Uptake();
        ChartFixtures.CheckCommon(chart, chart.ToSvg(), "interval-uptake-of-cardiac-rehabilitation-by");
    }

    [Fact]
    public void A_higher_value_is_drawn_further_right_and_inside_its_interval()
    {
        var root = ChartFixtures.Parse(Chart(new IntervalChartRow("Low", 30, 25, 35), new IntervalChartRow("High", 50, 45, 55), new IntervalChartRow("Middle", 40, 38, 42)).ToSvg());
        Assert.True(root.EstimateX("Low") < root.EstimateX("Middle"));
        Assert.True(root.EstimateX("Middle") < root.EstimateX("High"));

        // Linear axis: equal differences, equal distances (30 to 40 and 40 to 50).
        Assert.Equal(root.EstimateX("Middle") - root.EstimateX("Low"), root.EstimateX("High") - root.EstimateX("Middle"), 0.02);

        foreach (var row in root.WithClass("row"))
        {
            var lines = row.WithClass("interval").Single().Elements(ChartFixtures.Svg + "line").ToArray();
            var x = row.WithClass("estimate").Single().Number("cx");
            Assert.InRange(x, lines[0].Number("x1"), lines[0].Number("x2"));
        }
    }

    [Fact]
    public void Linear_ticks_are_round_numbers_at_their_values()
    {
        var root = ChartFixtures.Parse(Chart(new IntervalChartRow("A", 31, 26, 37), new IntervalChartRow("B", 52, 50, 54)).ToSvg());
        var ticks = root.WithClass("tick").Select(t => double.Parse((string)t.Attribute("data-value")!, CultureInfo.InvariantCulture)).ToArray();

        // The range 26 to 54 on a plot of about 400 pixels: ticks every 5 (or 10), covering the data.
        Assert.True(ticks[0] <= 26 && ticks[^1] >= 54);
        Assert.All(ticks, t => Assert.Equal(0, t % 5));
        var step = ticks[1] - ticks[0];
        Assert.All(ticks.Zip(ticks.Skip(1)), p => Assert.Equal(step, p.Second - p.First));
        Assert.Equal(root.TickX("30") - root.TickX(ticks[0].ToString(CultureInfo.InvariantCulture)), (30 - ticks[0]) / step * (root.TickX(ticks[1].ToString(CultureInfo.InvariantCulture)) - root.TickX(ticks[0].ToString(CultureInfo.InvariantCulture))), 0.05);
    }

    [Fact]
    public void Log_axis_puts_1_at_the_reference_line_with_2_and_half_symmetric()
    {
        var chart = Chart(new IntervalChartRow("Half", 0.5, 0.4, 0.6), new IntervalChartRow("One", 1, 0.9, 1.1), new IntervalChartRow("Double", 2, 1.7, 2.4)) with
        {
            Scale = ChartScale.Log,
            ReferenceValue = 1,
        };
        var root = ChartFixtures.Parse(chart.ToSvg());
        var reference = root.WithClass("reference-line").Single();
        Assert.Equal(reference.Number("x1"), reference.Number("x2"));
        Assert.Equal(root.TickX("1"), reference.Number("x1"), 0.01);
        Assert.Equal(root.EstimateX("One"), reference.Number("x1"), 0.01);

        // log(2) - log(1) = log(1) - log(0.5): a doubling and a halving lie at equal distances from 1.
        Assert.Equal(root.TickX("2") - root.TickX("1"), root.TickX("1") - root.TickX("0.5"), 0.02);
        Assert.Equal(root.EstimateX("Double") - root.EstimateX("One"), root.EstimateX("One") - root.EstimateX("Half"), 0.02);

        // Ticks at powers of 2 covering 0.4 to 2.4.
        Assert.Equal(["0.25", "0.5", "1", "2", "4"], root.WithClass("tick").Select(t => (string)t.Attribute("data-value")!));
        Assert.Equal(root.TickX("4") - root.TickX("2"), root.TickX("0.5") - root.TickX("0.25"), 0.02);
    }

    [Fact]
    public void Log_axis_over_a_wide_range_uses_powers_of_ten()
    {
        var root = ChartFixtures.Parse((Chart(new IntervalChartRow("Small", 0.01, 0.005, 0.02), new IntervalChartRow("Large", 30, 20, 50)) with { Scale = ChartScale.Log }).ToSvg());
        Assert.Equal(["0.001", "0.01", "0.1", "1", "10", "100"], root.WithClass("tick").Select(t => (string)t.Attribute("data-value")!));
    }

    [Fact]
    public void Log_axis_refuses_zero_and_negative_numbers_naming_each()
    {
        var rows = new IntervalChartRow[] { new IntervalChartRow("A", 0.5, 0, 1), new IntervalChartRow("B", 1, 0.5, 2), new IntervalChartRow("C", -1, -2, 1) };
        var error = Assert.Throws<ArgumentException>(() => new IntervalChart("Ratios", rows) { Scale = ChartScale.Log });
        Assert.Equal("Scale", error.ParamName);
        Assert.Contains("log scale", error.Message, StringComparison.Ordinal);
        Assert.Contains("rows[0] 'A': Lower is 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("rows[2] 'C': Value is -1", error.Message, StringComparison.Ordinal);
        Assert.Contains("rows[2] 'C': Lower is -2", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'B'", error.Message, StringComparison.Ordinal);

        // The reference value is checked too, whichever of the two is set first.
        var positive = new IntervalChartRow[] { new IntervalChartRow("A", 0.5, 0.4, 1) };
        Assert.Throws<ArgumentException>(() => new IntervalChart("Ratios", positive) { Scale = ChartScale.Log, ReferenceValue = 0 });
        Assert.Throws<ArgumentException>(() => new IntervalChart("Ratios", positive) { ReferenceValue = -1, Scale = ChartScale.Log });
        Assert.Equal(ChartScale.Log, new IntervalChart("Ratios", positive) { ReferenceValue = 1, Scale = ChartScale.Log }.Scale);
    }

    [Fact]
    public void Names_stay_text_in_svg_vega_lite_table_and_markdown()
    {
        const string name = "<script>&\"'";
        var chart = Chart(new IntervalChartRow(name, 10, 5, 15), new IntervalChartRow("Other", 20, 15, 25)) with { ReferenceLabel = "A & B", ReferenceValue = 12 };
        var svg = chart.ToSvg();
        Assert.DoesNotContain("<script", svg, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;&amp;&quot;&#39;", svg, StringComparison.Ordinal);
        var root = ChartFixtures.Parse(svg);
        var row = root.WithClass("row").Single(r => (string?)r.Attribute("data-label") == name);
        Assert.Equal(name, row.WithClass("label").Single().Value);
        Assert.StartsWith(name + ": 10", row.Element(ChartFixtures.Svg + "title")!.Value, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(chart.ToVegaLite());
        Assert.Equal(name, json.RootElement.GetProperty("data").GetProperty("values")[0].GetProperty("label").GetString());

        Assert.Equal(name, chart.ToTable().Rows[0][0]);
        Assert.Contains(@"\<script\>\&""'", chart.ToTable().ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void Characters_xml_does_not_allow_are_replaced_so_the_svg_stays_well_formed()
    {
        var chart = Chart(new IntervalChartRow("Bell\u0007 and \ud800 lone", 1, 0, 2));
        var root = ChartFixtures.Parse(chart.ToSvg());
        Assert.Equal("Bell\uFFFD and \uFFFD lone", (string?)root.WithClass("row").Single().Attribute("data-label"));
    }

    [Fact]
    public void Output_is_deterministic_and_independent_of_the_current_culture()
    {
        var svg = ChartFixtures.Uptake().ToSvg();
        var vega = ChartFixtures.Uptake().ToVegaLite();
        // A culture that writes 1.234,5: output must not change.
        Cultures.With(Cultures.CommaDecimal, () =>
        {
            Assert.Equal(svg, ChartFixtures.Uptake().ToSvg());
            Assert.Equal(vega, ChartFixtures.Uptake().ToVegaLite());
        });

        Assert.DoesNotContain('\r', svg);
        Assert.DoesNotContain('\r', vega);
        Assert.Equal(ChartFixtures.Uptake(), ChartFixtures.Uptake());
        Assert.Equal(ChartFixtures.Uptake().GetHashCode(), ChartFixtures.Uptake().GetHashCode());
        Assert.NotEqual(ChartFixtures.Uptake(), ChartFixtures.Uptake() with { Width = 800 });
    }

    [Fact]
    public void Vega_lite_specification_has_schema_data_and_layers_of_marks()
    {
        var chart = ChartFixtures.Uptake();
        using var json = JsonDocument.Parse(chart.ToVegaLite());
        var root = json.RootElement;
        Assert.Equal("https://vega.github.io/schema/vega-lite/v5.json", root.GetProperty("$schema").GetString());
        Assert.Equal(chart.Title, root.GetProperty("title").GetString());
        Assert.Equal(chart.TextAlternative, root.GetProperty("description").GetString());

        var values = root.GetProperty("data").GetProperty("values").EnumerateArray().ToArray();
        Assert.Equal(chart.Rows.Select(r => r.Label), values.Select(v => v.GetProperty("label").GetString()));
        Assert.Equal(31, values[3].GetProperty("value").GetDouble());
        Assert.Equal(26, values[3].GetProperty("lower").GetDouble());
        Assert.Equal(37, values[3].GetProperty("upper").GetDouble());
        Assert.True(values[3].GetProperty("highlighted").GetBoolean());
        Assert.Equal(JsonValueKind.Null, values[5].GetProperty("value").ValueKind);
        Assert.Equal("suppressed", values[5].GetProperty("note").GetString());

        var layers = root.GetProperty("layer").EnumerateArray().ToArray();
        Assert.All(layers, l => Assert.True(l.GetProperty("mark").GetProperty("type").GetString() is { Length: > 0 }));
        Assert.All(layers, l => Assert.Equal(JsonValueKind.Object, l.GetProperty("encoding").ValueKind));
        Assert.Equal(["rule", "point", "text", "rule"], layers.Select(l => l.GetProperty("mark").GetProperty("type").GetString()));
        var interval = layers[0].GetProperty("encoding");
        Assert.Equal("lower", interval.GetProperty("x").GetProperty("field").GetString());
        Assert.Equal("upper", interval.GetProperty("x2").GetProperty("field").GetString());

        // A secondary channel (x2) takes its type from x: the Vega-Lite schema allows a field and no type.
        Assert.Equal(["field"], interval.GetProperty("x2").EnumerateObject().Select(p => p.Name));
        Assert.Equal("label", interval.GetProperty("y").GetProperty("field").GetString());
        Assert.Equal(JsonValueKind.Null, interval.GetProperty("y").GetProperty("sort").ValueKind);
        var point = layers[1].GetProperty("encoding");
        Assert.Equal("value", point.GetProperty("x").GetProperty("field").GetString());
        Assert.Equal("quantitative", point.GetProperty("x").GetProperty("type").GetString());
        Assert.Equal("linear", point.GetProperty("x").GetProperty("scale").GetProperty("type").GetString());
        Assert.Equal(45, layers[3].GetProperty("encoding").GetProperty("x").GetProperty("datum").GetDouble());

        using var log = JsonDocument.Parse(ChartFixtures.Ratios().ToVegaLite());
        var scale = log.RootElement.GetProperty("layer")[1].GetProperty("encoding").GetProperty("x").GetProperty("scale");
        Assert.Equal("log", scale.GetProperty("type").GetString());
        Assert.Equal([0.25, 4], scale.GetProperty("domain").EnumerateArray().Select(d => d.GetDouble()));
        Assert.Equal(2, scale.GetProperty("base").GetDouble());
        Assert.False(scale.TryGetProperty("zero", out _), "Vega-Lite drops zero on a log scale, with a warning");
    }

    [Fact]
    public void Text_alternative_names_the_lowest_and_highest_with_intervals()
    {
        Assert.Equal(
            "Uptake of cardiac rehabilitation by ethnic group: 6 groups; lowest Bangladeshi 31% (26% to 37%), highest White British 52% (50% to 54%); "
            + "2 significantly different from White British: Pakistani, Bangladeshi; no value for Chinese (suppressed); reference line England 45%.",
            ChartFixtures.Uptake().TextAlternative);

        // Automatic decimals: the narrowest interval (0.45 to 0.8, width 0.35) needs two places.
        Assert.Equal(
            "Rate ratio against White British: 4 groups; lowest Bangladeshi 0.60 (0.45 to 0.80), highest African 1.80 (1.30 to 2.50); "
            + "2 highlighted: Bangladeshi, African; reference line White British 1.00.",
            ChartFixtures.Ratios().TextAlternative);

        Assert.Equal("Rates: 2 groups; lowest A 1,250 per 100,000, highest B 2,500 per 100,000.",
            new IntervalChart("Rates", [new IntervalChartRow("A", 1250), new IntervalChartRow("B", 2500)]) { Unit = "per 100,000" }.TextAlternative);
    }

    [Fact]
    public void A_suppressed_row_is_a_labelled_gap()
    {
        var chart = ChartFixtures.Uptake();
        var root = ChartFixtures.Parse(chart.ToSvg());
        var row = root.WithClass("row").Single(r => (string?)r.Attribute("data-label") == "Chinese");
        Assert.Equal("suppressed", row.WithClass("gap").Single().Value);
        Assert.Empty(row.WithClass("estimate"));
        Assert.Empty(row.WithClass("interval"));
        Assert.Equal(["Chinese", "", "", "", "suppressed"], chart.ToTable().Rows[5]);

        var other = ChartFixtures.Parse(Chart(new IntervalChartRow("A", 1, 0, 2), IntervalChartRow.Missing("B", "fewer than 10 people")).ToSvg());
        Assert.Equal("fewer than 10 people", other.WithClass("gap").Single().Value);
    }

    [Fact]
    public void A_row_without_limits_is_a_point_alone()
    {
        var chart = Chart(new IntervalChartRow("A", 10), new IntervalChartRow("B", 20, 15, 25));
        var root = ChartFixtures.Parse(chart.ToSvg());
        var row = root.WithClass("row").First();
        Assert.Single(row.WithClass("estimate"));
        Assert.Empty(row.WithClass("interval"));
        Assert.Equal("10", row.WithClass("value").Single().Value);
        Assert.Contains("lowest A 10, highest B 20 (15 to 25)", chart.TextAlternative, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_row_all_equal_values_and_all_suppressed_rows_still_draw()
    {
        var single = Chart(new IntervalChartRow("Only", 31, 26, 37)) with { Unit = "%" };
        Assert.Equal("Test chart: Only 31% (26% to 37%).", single.TextAlternative);
        ChartFixtures.CheckCommon(single, single.ToSvg("s"), "s");

        var equal = Chart(new IntervalChartRow("A", 5, 5, 5), new IntervalChartRow("B", 5, 5, 5), new IntervalChartRow("C", 5, 5, 5));
        var root = ChartFixtures.CheckCommon(equal, equal.ToSvg("e"), "e");
        // Without intervals, automatic decimals give three significant digits.
        Assert.Equal("Test chart: 3 groups; all 5.00.", equal.TextAlternative);
        var ticks = root.WithClass("tick").Select(t => t.Number("x")).ToArray();
        Assert.True(ticks.Length >= 2 && ticks.Distinct().Count() == ticks.Length);
        Assert.Single(root.WithClass("estimate").Select(e => e.Number("data-x")).Distinct());

        var zero = Chart(new IntervalChartRow("A", 0, 0, 0));
        ChartFixtures.CheckCommon(zero, zero.ToSvg("z"), "z");

        var none = Chart(IntervalChartRow.Missing("A"), IntervalChartRow.Missing("B"));
        ChartFixtures.CheckCommon(none, none.ToSvg("n"), "n");
        Assert.Equal("Test chart: no group has a value to show; no value for A (suppressed), B (suppressed).", none.TextAlternative);
    }

    [Fact]
    public void Long_labels_wrap_onto_two_lines_then_truncate_keeping_the_full_text_in_the_title()
    {
        var longName = string.Join(" ", Enumerable.Repeat("Any other mixed or multiple ethnic background", 4));
        var root = ChartFixtures.Parse(Chart(new IntervalChartRow(longName, 1, 0, 2), new IntervalChartRow("Short", 2, 1, 3)).ToSvg());
        var row = root.WithClass("row").First();
        Assert.StartsWith(longName + ":", row.Element(ChartFixtures.Svg + "title")!.Value, StringComparison.Ordinal);
        var lines = row.WithClass("label").Single().Elements(ChartFixtures.Svg + "tspan").Select(t => t.Value).ToArray();
        Assert.Equal(2, lines.Length);
        Assert.EndsWith("\u2026", lines[1], StringComparison.Ordinal);
        Assert.StartsWith(string.Concat(lines[0], " ", lines[1].TrimEnd('\u2026')), longName, StringComparison.Ordinal);

        // A word longer than a line is cut between characters, never inside a surrogate pair.
        var emoji = string.Concat(Enumerable.Repeat("\ud83d\ude00", 60));
        var emojiRoot = ChartFixtures.Parse(Chart(new IntervalChartRow(emoji, 1, 0, 2)).ToSvg());
        Assert.All(emojiRoot.WithClass("label").Single().Elements(ChartFixtures.Svg + "tspan"), t => Assert.True(t.Value.TrimEnd('\u2026').Length % 2 == 0));
    }

    [Fact]
    public void Highlighted_rows_differ_in_shape_and_weight_not_only_colour()
    {
        var root = ChartFixtures.Parse(ChartFixtures.Uptake().ToSvg());
        var highlighted = root.WithClass("row").Where(r => ((string)r.Attribute("class")!).Contains("highlighted", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["Pakistani", "Bangladeshi"], highlighted.Select(r => (string?)r.Attribute("data-label")));
        Assert.All(highlighted, r => Assert.Equal("path", r.WithClass("estimate").Single().Name.LocalName));
        Assert.All(highlighted, r => Assert.Equal("bold", (string?)r.WithClass("label").Single().Attribute("font-weight")));
        Assert.All(root.WithClass("row").Except(highlighted).Where(r => r.WithClass("estimate").Any()), r => Assert.Equal("circle", r.WithClass("estimate").Single().Name.LocalName));
        Assert.Contains(root.WithClass("legend").Single().Descendants(ChartFixtures.Svg + "text"), t => t.Value == "significantly different from White British");
        Assert.Equal("significantly different from White British", ChartFixtures.Uptake().ToTable().Rows[2][4]);
    }

    [Fact]
    public void Bad_rows_are_refused_with_every_problem_named()
    {
        var error = Assert.Throws<ArgumentException>(() => Chart(
            new IntervalChartRow("A", double.NaN, 0, 1),
            new IntervalChartRow("B", 5, 6, 7),
            new IntervalChartRow("C", 1, 0, null),
            new IntervalChartRow("", 1),
            new IntervalChartRow("A", 1),
            new IntervalChartRow("D", null, 1, 2),
            new IntervalChartRow("E", double.PositiveInfinity),
            new IntervalChartRow("F", 1e16)));
        Assert.Equal("rows", error.ParamName);
        Assert.Contains("rows[0] 'A': Value is NaN", error.Message, StringComparison.Ordinal);
        Assert.Contains("rows[1] 'B': limits 6 to 7 do not contain Value 5", error.Message, StringComparison.Ordinal);
        Assert.Contains("rows[2] 'C': Lower is given without Upper", error.Message, StringComparison.Ordinal);
        Assert.Contains("rows[3].Label is empty", error.Message, StringComparison.Ordinal);
        Assert.Contains("rows[4] 'A': the label is also that of rows[0]", error.Message, StringComparison.Ordinal);
        Assert.Contains("rows[5] 'D': has limits but no value", error.Message, StringComparison.Ordinal);
        Assert.Contains("rows[6] 'E': Value is Infinity; only finite numbers can be drawn", error.Message, StringComparison.Ordinal);
        Assert.Contains("rows[7] 'F': Value is 10000000000000000; numbers beyond ±10^15 cannot be drawn", error.Message, StringComparison.Ordinal);

        Assert.Contains("no rows", Assert.Throws<ArgumentException>(() => new IntervalChart("Test chart", [])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Chart(new IntervalChartRow("A", 1, double.NegativeInfinity, 2)));
        Assert.Throws<ArgumentNullException>(() => new IntervalChart("T", null!));
        Assert.Throws<ArgumentException>(() => new IntervalChart(" ", [new IntervalChartRow("A", 1)]));
    }

    [Fact]
    public void Bad_options_are_refused()
    {
        var chart = Chart(new IntervalChartRow("A", 1, 0, 2));
        Assert.Throws<ArgumentException>(() => chart with { ReferenceValue = double.NaN });
        Assert.Throws<ArgumentOutOfRangeException>(() => chart with { Width = 100 });
        Assert.Throws<ArgumentOutOfRangeException>(() => chart with { Decimals = 9 });
        Assert.Throws<ArgumentException>(() => chart with { LabelTitle = "" });
        Assert.Throws<ArgumentException>(() => chart with { Unit = " " });
        Assert.Throws<ArgumentOutOfRangeException>(() => chart with { Scale = (ChartScale)7 });
        Assert.Throws<ArgumentException>(() => chart.ToSvg("1starts-with-a-digit"));
        Assert.Throws<ArgumentException>(() => chart.ToSvg("has space"));
    }

    [Fact]
    public void Table_holds_the_data_behind_the_chart()
    {
        var table = ChartFixtures.Uptake().ToTable();
        Assert.Equal("Uptake of cardiac rehabilitation by ethnic group", table.Caption);
        Assert.Equal(["Ethnic group", "Value (%)", "Lower limit", "Upper limit", "Note"], table.Columns);
        Assert.Equal(["Bangladeshi", "31", "26", "37", "significantly different from White British"], table.Rows[3]);
        Assert.True(table.IsNumeric(1));
        Assert.False(table.IsNumeric(4));
    }
}
