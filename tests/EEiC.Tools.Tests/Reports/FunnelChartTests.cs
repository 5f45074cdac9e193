using System.Text.Json;
using EEiC.Tools.Reports;

namespace EEiC.Tools.Tests.Reports;

public sealed class FunnelChartTests
{
    [Fact]
    public void Points_are_placed_against_the_curves_as_drawn()
    {
        // Inner limits 40 to 60, outer 30 to 70 (see ChartFixtures.Funnel).
        Assert.Equal(
            [FunnelPointPosition.WithinLimits, FunnelPointPosition.BeyondInnerLimits, FunnelPointPosition.BeyondOuterLimits, FunnelPointPosition.BeyondOuterLimits, FunnelPointPosition.WithinLimits],
            ChartFixtures.Funnel().Positions);
    }

    [Fact]
    public void Limits_are_interpolated_linearly_between_the_given_sizes_and_a_point_on_a_limit_is_within()
    {
        // Upper limit 60 at size 100 and 50 at size 200: 55 at size 150.
        var inner = new FunnelLimitCurve("95%", [100, 200], [40, 45], [60, 50]);
        var outer = new FunnelLimitCurve("99.8%", [100, 200], [0, 0], [100, 100]);
        var chart = new FunnelChart("F", [new("On", 150, 55), new("Above", 150, 55.5), new("Below", 150, 54.5), new("Low", 150, 42)], 50, inner, outer);
        Assert.Equal([FunnelPointPosition.WithinLimits, FunnelPointPosition.BeyondInnerLimits, FunnelPointPosition.WithinLimits, FunnelPointPosition.BeyondInnerLimits], chart.Positions);
    }

    [Fact]
    public void A_position_given_by_the_caller_is_kept()
    {
        var chart = new FunnelChart("F", [new FunnelChartPoint("A", 500, 50) { Position = FunnelPointPosition.BeyondOuterLimits }, new("B", 500, 50)], 50,
            ChartFixtures.Flat("95%", 40, 60), ChartFixtures.Flat("99.8%", 30, 70));
        Assert.Equal([FunnelPointPosition.BeyondOuterLimits, FunnelPointPosition.WithinLimits], chart.Positions);

        // With a position, a point may lie beyond the sizes the curves cover.
        _ = new FunnelChart("F", [new FunnelChartPoint("A", 5000, 50) { Position = FunnelPointPosition.WithinLimits }], 50,
            ChartFixtures.Flat("95%", 40, 60), ChartFixtures.Flat("99.8%", 30, 70));
    }

    [Fact]
    public void Svg_is_well_formed_and_points_differ_by_shape_with_labels_beyond_the_outer_limits()
    {
        var chart = ChartFixtures.Funnel();
        var root = ChartFixtures.CheckCommon(chart, chart.ToSvg("funnel"), "funnel");
        var points = root.WithClass("point").ToDictionary(p => (string)p.Attribute("data-label")!);
        Assert.Equal(["Ash", "Birch", "Cedar", "Damson", "Elm"], points.Keys.Order());
        Assert.Equal("circle", points["Ash"].WithClass("marker").Single().Name.LocalName);
        Assert.Equal("path", points["Birch"].WithClass("marker").Single().Name.LocalName);
        Assert.Contains("beyond-inner", (string)points["Birch"].Attribute("class")!, StringComparison.Ordinal);
        Assert.Contains("beyond-outer", (string)points["Cedar"].Attribute("class")!, StringComparison.Ordinal);
        Assert.Equal("Cedar", points["Cedar"].WithClass("point-label").Single().Value);
        Assert.Equal("Damson", points["Damson"].WithClass("point-label").Single().Value);
        Assert.Empty(points["Birch"].WithClass("point-label"));
        Assert.StartsWith("Birch: 65%, Eligible patients 400; above the 95% limits", points["Birch"].Element(ChartFixtures.Svg + "title")!.Value, StringComparison.Ordinal);

        // Four limit lines, clipped to the plot, the inner ones dashed.
        var limits = root.WithClass("limit").ToArray();
        Assert.Equal(4, limits.Length);
        Assert.Equal(2, limits.Count(l => l.Attribute("stroke-dasharray") is not null));
        Assert.Equal("url(#funnel-clip)", (string?)root.WithClass("limits").Single().Attribute("clip-path"));
    }

    [Fact]
    public void Larger_sizes_are_further_right_and_higher_values_higher_up()
    {
        var root = ChartFixtures.Parse(ChartFixtures.Funnel().ToSvg());
        // Ash (200, 50) and Elm (900, 45) are both within the limits, drawn as circles.
        double X(string label) => root.WithClass("point").Single(p => (string?)p.Attribute("data-label") == label).WithClass("marker").Single().Number("cx");
        double Y(string label) => root.WithClass("point").Single(p => (string?)p.Attribute("data-label") == label).WithClass("marker").Single().Number("cy");
        Assert.True(X("Ash") < X("Elm"));
        Assert.True(Y("Ash") < Y("Elm"));   // SVG y grows downwards: the higher value is nearer the top.

        // The overall line (50) is where Ash (value 50) is.
        Assert.Equal(Y("Ash"), root.WithClass("overall").Single().Number("y1"), 0.01);

        // The horizontal axis starts at 0.
        Assert.Equal("0", (string?)root.WithClass("tick").First(t => ((string)t.Attribute("class")!).Contains('x', StringComparison.Ordinal)).Attribute("data-value"));
    }

    [Fact]
    public void Text_alternative_names_the_points_beyond_the_limits()
    {
        Assert.Equal(
            "Uptake by practice: 5 points against Overall 50%; 2 beyond the 99.8% limits: Cedar (above, 75% of 600), Damson (below, 25% of 800); "
            + "1 more beyond the 95% limits: Birch (above, 65% of 400); 2 within the 95% limits.",
            ChartFixtures.Funnel().TextAlternative);

        var calm = new FunnelChart("Calm", [new("A", 100, 50)], 50, ChartFixtures.Flat("95%", 40, 60), ChartFixtures.Flat("99.8%", 30, 70)) { Decimals = 0 };
        Assert.Equal("Calm: 1 point against Overall 50; all within the 95% limits.", calm.TextAlternative);
    }

    [Fact]
    public void Table_lists_every_point_with_its_position()
    {
        var table = ChartFixtures.Funnel().ToTable();
        Assert.Equal(["Practice", "Eligible patients", "Value (%)", "Position"], table.Columns);
        Assert.Equal(["Damson", "800", "25", "below the 99.8% limits"], table.Rows[3]);
        Assert.Equal(["Ash", "200", "50", "within limits"], table.Rows[0]);
    }

    [Fact]
    public void Vega_lite_specification_has_points_limits_and_overall_line()
    {
        var chart = ChartFixtures.Funnel();
        using var json = JsonDocument.Parse(chart.ToVegaLite());
        var root = json.RootElement;
        Assert.Equal("https://vega.github.io/schema/vega-lite/v5.json", root.GetProperty("$schema").GetString());
        var values = root.GetProperty("data").GetProperty("values").EnumerateArray().ToArray();
        Assert.Equal(5, values.Length);
        Assert.Equal("Cedar", values[2].GetProperty("label").GetString());
        Assert.Equal(600, values[2].GetProperty("size").GetDouble());
        Assert.Equal(75, values[2].GetProperty("value").GetDouble());

        var layers = root.GetProperty("layer").EnumerateArray().ToArray();
        Assert.Equal(["line", "line", "rule", "point"], layers.Select(l => l.GetProperty("mark").GetProperty("type").GetString()));
        Assert.All(layers, l => Assert.Equal(JsonValueKind.Object, l.GetProperty("encoding").ValueKind));

        // Each limit layer carries its curves' points: three sizes for each of two levels.
        Assert.Equal(6, layers[0].GetProperty("data").GetProperty("values").GetArrayLength());
        Assert.Equal("lower", layers[0].GetProperty("encoding").GetProperty("y").GetProperty("field").GetString());
        Assert.Equal("upper", layers[1].GetProperty("encoding").GetProperty("y").GetProperty("field").GetString());
        Assert.Equal(50, layers[2].GetProperty("encoding").GetProperty("y").GetProperty("datum").GetDouble());
        Assert.Equal("size", layers[3].GetProperty("encoding").GetProperty("x").GetProperty("field").GetString());
        Assert.Equal(0, layers[3].GetProperty("encoding").GetProperty("x").GetProperty("scale").GetProperty("domain")[0].GetDouble());
    }

    [Fact]
    public void Bad_points_and_curves_are_refused_with_every_problem_named()
    {
        var inner = ChartFixtures.Flat("95%", 40, 60);
        var outer = ChartFixtures.Flat("99.8%", 30, 70);
        var error = Assert.Throws<ArgumentException>(() => new FunnelChart("F",
            [new("A", 0, 50), new("B", 100, double.NaN), new("A", 100, 50), new("C", 2000, 50), new("D", -5, 50)], 50, inner, outer));
        Assert.Equal("points", error.ParamName);
        Assert.Contains("points[0] 'A': Size is 0; sizes must be above 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("points[1] 'B': Value is NaN", error.Message, StringComparison.Ordinal);
        Assert.Contains("points[2] 'A': the label is also that of points[0]", error.Message, StringComparison.Ordinal);
        Assert.Contains("points[3] 'C': Size 2000 is outside the sizes the limit curves cover (0 to 1000)", error.Message, StringComparison.Ordinal);
        Assert.Contains("points[4] 'D': Size is -5", error.Message, StringComparison.Ordinal);

        Assert.Throws<ArgumentException>(() => new FunnelChart("F", [], 50, inner, outer));
        Assert.Throws<ArgumentException>(() => new FunnelChart("F", [new("A", 10, 50)], double.PositiveInfinity, inner, outer));

        var curve = Assert.Throws<ArgumentException>(() => new FunnelLimitCurve("95%", [0, 10, 10, 5], [1, 2, 9, 1], [2, 3, 4, double.NaN]));
        Assert.Contains("sizes[2] is 10, not above sizes[1] 10", curve.Message, StringComparison.Ordinal);
        Assert.Contains("lower[2] 9 is above upper[2] 4", curve.Message, StringComparison.Ordinal);
        Assert.Contains("upper[3] is NaN", curve.Message, StringComparison.Ordinal);
        Assert.Contains("at least two", Assert.Throws<ArgumentException>(() => new FunnelLimitCurve("95%", [1], [0], [1])).Message, StringComparison.Ordinal);
        Assert.Contains("one of each per size", Assert.Throws<ArgumentException>(() => new FunnelLimitCurve("95%", [1, 2], [0], [1, 2])).Message, StringComparison.Ordinal);
        Assert.Contains("at least 0", Assert.Throws<ArgumentException>(() => new FunnelLimitCurve("95%", [-1, 2], [0, 0], [1, 2])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_is_deterministic()
    {
        Assert.Equal(ChartFixtures.Funnel().ToSvg(), ChartFixtures.Funnel().ToSvg());
        Assert.Equal(ChartFixtures.Funnel().ToVegaLite(), ChartFixtures.Funnel().ToVegaLite());
        Assert.Equal(ChartFixtures.Funnel(), ChartFixtures.Funnel());
        Assert.NotEqual(ChartFixtures.Funnel(), ChartFixtures.Funnel() with { Height = 500 });
    }
}
