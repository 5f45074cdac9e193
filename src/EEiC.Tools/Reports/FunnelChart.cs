using System.Text.Json;

namespace EEiC.Tools.Reports;

/// <summary>
/// A funnel plot: units (areas, practices, providers) as points by size and value, the overall value as a horizontal
/// line, and two levels of control limits (for example 95% and 99.8%) as curves that narrow as the size grows. Points
/// beyond the limits stand out by shape, size, colour and, beyond the outer limits, a label beside them.
/// </summary>
/// <remarks>
/// <para>The chart computes no statistics: the overall value and the limit curves come from the caller (for example
/// from EEiC.Statistics' <c>FunnelPlot</c>, the methods of England's public health indicators), and so may each
/// point's <see cref="FunnelChartPoint.Position"/>; a point without one is placed against the curves as drawn.</para>
/// <para>Rules, checked when the chart is created: at least one point; labels not empty and unique; sizes above 0;
/// every number finite and within ±10^15; a point without a position lies within the sizes both curves cover. Errors
/// list every bad point. The horizontal axis starts at 0; the vertical axis covers the points, the overall value and
/// the curves over the points' sizes, and the curves are clipped to the plot.</para>
/// </remarks>
public sealed record FunnelChart : IChart
{
    private const double Margin = ChartLayout.Margin;

    private readonly int _width = 720;
    private readonly int _height = 460;
    private readonly int? _decimals;
    private readonly string _sizeTitle = "Denominator";
    private readonly string _pointTitle = "Unit";
    private readonly string _overallLabel = "Overall";
    private readonly string? _valueTitle;
    private readonly string? _unit;

    /// <summary>Creates a funnel plot.</summary>
    /// <param name="title">The title; not empty.</param>
    /// <param name="points">The units; see the remarks for the rules.</param>
    /// <param name="overall">The overall value (the funnel's centre line); finite.</param>
    /// <param name="innerLimits">The inner control limits (for example 95%), drawn dashed.</param>
    /// <param name="outerLimits">The outer control limits (for example 99.8%), drawn solid.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument breaks a rule; the message lists every bad point.</exception>
    public FunnelChart(string title, IEnumerable<FunnelChartPoint> points, double overall, FunnelLimitCurve innerLimits, FunnelLimitCurve outerLimits)
    {
        Title = ChartInput.RequireText(title, nameof(title));
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(innerLimits);
        ArgumentNullException.ThrowIfNull(outerLimits);
        if (ChartInput.NumberProblem(overall) is { } overallProblem)
        {
            throw new ArgumentException($"The overall value of funnel plot {ChartInput.ShowLabel(title)} {overallProblem}.", nameof(overall));
        }

        var list = points.ToArray();
        var problems = PointProblems(list, innerLimits, outerLimits);
        if (problems.Count > 0)
        {
            throw new ArgumentException($"The points of funnel plot {ChartInput.ShowLabel(title)} are not valid: {string.Join("; ", problems)}.", nameof(points));
        }

        Points = Array.AsReadOnly(list);
        Overall = overall;
        InnerLimits = innerLimits;
        OuterLimits = outerLimits;
        Positions = Array.AsReadOnly(list.Select(p => p.Position ?? Place(p, innerLimits, outerLimits)).ToArray());
    }

    /// <inheritdoc />
    public string Title { get; }

    /// <summary>The units, in the order given (the data table keeps it).</summary>
    public IReadOnlyList<FunnelChartPoint> Points { get; }

    /// <summary>The overall value.</summary>
    public double Overall { get; }

    /// <summary>The inner control limits.</summary>
    public FunnelLimitCurve InnerLimits { get; }

    /// <summary>The outer control limits.</summary>
    public FunnelLimitCurve OuterLimits { get; }

    /// <summary>Where each point lies against the limits, in the order of <see cref="Points"/>: its own <see cref="FunnelChartPoint.Position"/>, or read from the curves.</summary>
    public IReadOnlyList<FunnelPointPosition> Positions { get; }

    /// <summary>The heading of the label column in the data table (default <c>"Unit"</c>, for example <c>"Local authority"</c>).</summary>
    public string PointTitle { get => _pointTitle; init => _pointTitle = ChartInput.RequireText(value, nameof(PointTitle)); }

    /// <summary>The title of the horizontal axis (default <c>"Denominator"</c>, for example <c>"Eligible patients"</c>).</summary>
    public string SizeTitle { get => _sizeTitle; init => _sizeTitle = ChartInput.RequireText(value, nameof(SizeTitle)); }

    /// <summary>The title of the vertical axis (for example <c>"Uptake (%)"</c>), or <see langword="null"/> for none.</summary>
    public string? ValueTitle { get => _valueTitle; init => _valueTitle = ChartInput.OptionalText(value, nameof(ValueTitle)); }

    /// <summary>The unit written after each value (for example <c>"%"</c>), or <see langword="null"/>.</summary>
    public string? Unit { get => _unit; init => _unit = ChartInput.OptionalText(value, nameof(Unit)); }

    /// <summary>The name of the overall value (default <c>"Overall"</c>, for example <c>"England"</c>).</summary>
    public string OverallLabel { get => _overallLabel; init => _overallLabel = ChartInput.RequireText(value, nameof(OverallLabel)); }

    /// <summary>The width in pixels (default 720; 320 to 4,000).</summary>
    public int Width { get => _width; init => _width = ChartInput.RequireWidth(value, nameof(Width)); }

    /// <summary>The height in pixels (default 460; 320 to 4,000).</summary>
    public int Height { get => _height; init => _height = ChartInput.RequireWidth(value, nameof(Height)); }

    /// <summary>The decimal places of values (0 to 6), or <see langword="null"/> (the default) for automatic: three significant digits of the largest value, between 0 and 4.</summary>
    public int? Decimals { get => _decimals; init => _decimals = ChartInput.RequireDecimals(value, nameof(Decimals)); }

    /// <inheritdoc />
    /// <remarks>
    /// For example "Uptake by practice: 30 points against Overall 45%; 2 beyond the 99.8% limits: Elm (above, 71% of
    /// 120), Oak (below, 12% of 300); 1 more beyond the 95% limits: Ash (below, 30% of 150); 27 within the 95% limits."
    /// </remarks>
    public string TextAlternative
    {
        get
        {
            var decimals = DecimalsInUse;
            var parts = new List<string> { $"{Points.Count} {(Points.Count == 1 ? "point" : "points")} against {OverallLabel} {Format(Overall, decimals)}" };
            var outer = Indices(FunnelPointPosition.BeyondOuterLimits);
            var inner = Indices(FunnelPointPosition.BeyondInnerLimits);
            if (outer.Length > 0)
            {
                parts.Add($"{outer.Length} beyond the {OuterLimits.Label} limits: {string.Join(", ", outer.Select(i => Describe(i, decimals)))}");
            }

            if (inner.Length > 0)
            {
                parts.Add($"{inner.Length} {(outer.Length > 0 ? "more " : "")}beyond the {InnerLimits.Label} limits: {string.Join(", ", inner.Select(i => Describe(i, decimals)))}");
            }

            var within = Points.Count - outer.Length - inner.Length;
            parts.Add(within == Points.Count ? $"all within the {InnerLimits.Label} limits" : $"{within} within the {InnerLimits.Label} limits");
            return $"{Title}: {string.Join("; ", parts)}.";
        }
    }

    private int DecimalsInUse => Decimals ?? ChartNumbers.AutomaticDecimals(Points.Select(p => p.Value).Append(Overall), []);

    /// <inheritdoc />
    public string ToSvg() => ToSvg(ChartIds.Default("funnel", Title));

    /// <inheritdoc />
    public string ToSvg(string id)
    {
        ChartIds.Require(id, nameof(id));
        var layout = Measure();
        var decimals = DecimalsInUse;
        var svg = new SvgWriter(id, Width, Height, Title, TextAlternative);
        ChartLayout.DrawTitle(svg, layout.TitleLines);

        svg.Open("defs");
        svg.Open("clipPath", ("id", id + "-clip"));
        svg.Element("rect", null, ("x", layout.PlotLeft), ("y", layout.PlotTop), ("width", layout.PlotRight - layout.PlotLeft), ("height", layout.PlotBottom - layout.PlotTop));
        svg.Close("clipPath");
        svg.Close("defs");

        DrawAxes(svg, layout);

        svg.Open("g", ("class", "limits"), ("clip-path", $"url(#{id}-clip)"), ("fill", "none"), ("stroke", ChartColours.Muted));
        foreach (var (curve, dash, name) in new[] { (InnerLimits, "6 4", "inner"), (OuterLimits, (string?)null, "outer") })
        {
            foreach (var limit in new[] { curve.Lower, curve.Upper })
            {
                var path = string.Join(" ", curve.Sizes.Select((s, i) => $"{ChartNumbers.Coordinate(layout.X.Map(s))},{ChartNumbers.Coordinate(layout.Y.Map(limit[i]))}"));
                svg.Element("polyline", null, ("class", $"limit {name}"), ("points", path), ("stroke-width", 1.5), ("stroke-dasharray", dash));
            }
        }

        svg.Close("g");

        // Curve labels, beside the upper curve at the right edge of the plot (or of the curve, if it ends earlier).
        foreach (var curve in new[] { InnerLimits, OuterLimits })
        {
            var size = Math.Min(curve.Sizes[^1], layout.X.Max);
            var y = Math.Clamp(layout.Y.Map(curve.At(size).Upper), layout.PlotTop + 6, layout.PlotBottom - 6);
            svg.Element("text", curve.Label, ("class", "limit-label"), ("x", layout.X.Map(size) + 6), ("y", y), ("dominant-baseline", "central"), ("font-size", 11), ("fill", ChartColours.Muted));
        }

        var overallY = layout.Y.Map(Overall);
        svg.Element("line", null, ("class", "overall"), ("x1", layout.PlotLeft), ("x2", layout.PlotRight), ("y1", overallY), ("y2", overallY), ("stroke", ChartColours.Text), ("stroke-width", 1.5));
        svg.Element("text", $"{OverallLabel} {Format(Overall, decimals)}", ("class", "overall-label"), ("x", layout.PlotRight + 6), ("y", overallY), ("dominant-baseline", "central"), ("font-size", 11));

        // Points within the limits first, so that those beyond are drawn on top.
        foreach (var i in Enumerable.Range(0, Points.Count).OrderBy(i => Positions[i]))
        {
            DrawPoint(svg, layout, i, decimals);
        }

        ChartLegend.Draw(svg, LegendItems(), Margin, Width - Margin, layout.LegendTop);
        return svg.Finish();
    }

    /// <inheritdoc />
    public string ToVegaLite()
    {
        var layout = Measure();
        return VegaLite.Write(Title, TextAlternative, (int)(layout.PlotRight - layout.PlotLeft), w =>
        {
            w.WriteNumber("height", (int)(layout.PlotBottom - layout.PlotTop));
            w.WriteStartObject("data");
            w.WriteStartArray("values");
            for (var i = 0; i < Points.Count; i++)
            {
                w.WriteStartObject();
                w.WriteString("label", Points[i].Label);
                w.WriteNumber("size", Points[i].Size);
                w.WriteNumber("value", Points[i].Value);
                w.WriteString("position", PositionText(i));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartArray("layer");
            foreach (var (bound, field) in new[] { ("lower", "lower"), ("upper", "upper") })
            {
                w.WriteStartObject();
                w.WriteStartObject("data");
                w.WriteStartArray("values");
                foreach (var curve in new[] { InnerLimits, OuterLimits })
                {
                    for (var i = 0; i < curve.Sizes.Count; i++)
                    {
                        w.WriteStartObject();
                        w.WriteString("level", curve.Label);
                        w.WriteNumber("size", curve.Sizes[i]);
                        w.WriteNumber(field, bound == "lower" ? curve.Lower[i] : curve.Upper[i]);
                        w.WriteEndObject();
                    }
                }

                w.WriteEndArray();
                w.WriteEndObject();
                VegaLite.Mark(w, "line", m => { m.WriteBoolean("clip", true); m.WriteString("color", ChartColours.Muted); });
                w.WriteStartObject("encoding");
                XChannel(w);
                VegaLite.Channel(w, "y", field, "quantitative", ValueTitle ?? "Value", s => VegaLite.Scale(s, layout.Y));
                VegaLite.Channel(w, "strokeDash", "level", "nominal", "Control limits", s =>
                {
                    s.WriteStartObject("scale");
                    s.WriteStartArray("domain");
                    s.WriteStringValue(InnerLimits.Label);
                    s.WriteStringValue(OuterLimits.Label);
                    s.WriteEndArray();
                    s.WriteStartArray("range");
                    s.WriteStartArray();
                    s.WriteNumberValue(6);
                    s.WriteNumberValue(4);
                    s.WriteEndArray();
                    s.WriteStartArray();
                    s.WriteNumberValue(1);
                    s.WriteNumberValue(0);
                    s.WriteEndArray();
                    s.WriteEndArray();
                    s.WriteEndObject();
                });
                w.WriteEndObject();
                w.WriteEndObject();
            }

            VegaLite.DatumRule(w, "y", Overall, dashed: false);

            w.WriteStartObject();
            VegaLite.Mark(w, "point", m => { m.WriteBoolean("filled", true); m.WriteNumber("size", 60); });
            w.WriteStartObject("encoding");
            XChannel(w);
            VegaLite.Channel(w, "y", "value", "quantitative", ValueTitle ?? "Value", s => VegaLite.Scale(s, layout.Y));
            string[] positions = ["within limits", $"beyond {InnerLimits.Label} limits", $"beyond {OuterLimits.Label} limits"];
            VegaLite.Channel(w, "shape", "position", "nominal", "Position", s => VegaLite.FixedScale(s, positions, ["circle", "triangle-up", "triangle-up"]));
            VegaLite.Channel(w, "color", "position", "nominal", "Position", s => VegaLite.FixedScale(s, positions, [ChartColours.Mark, ChartColours.Warning, ChartColours.Highlight]));
            w.WriteStartArray("tooltip");
            foreach (var (field, type) in new[] { ("label", "nominal"), ("size", "quantitative"), ("value", "quantitative"), ("position", "nominal") })
            {
                w.WriteStartObject();
                w.WriteString("field", field);
                w.WriteString("type", type);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();

            void XChannel(Utf8JsonWriter e) => VegaLite.Channel(e, "x", "size", "quantitative", SizeTitle, s => VegaLite.Scale(s, layout.X));
        });
    }

    /// <inheritdoc />
    /// <remarks>Columns: <see cref="PointTitle"/>, <see cref="SizeTitle"/>, the value (with <see cref="Unit"/> in its heading), and the position against the limits.</remarks>
    public ReportTable ToTable()
    {
        var decimals = DecimalsInUse;
        var sizeDecimals = Points.All(p => p.Size == Math.Round(p.Size)) ? 0 : 1;
        return new ReportTable(Title, [PointTitle, SizeTitle, Unit is null ? "Value" : $"Value ({Unit})", "Position"],
            Points.Select((p, i) => new[] { p.Label, ChartNumbers.Format(p.Size, sizeDecimals), ChartNumbers.Format(p.Value, decimals), PositionText(i) }));
    }

    /// <inheritdoc />
    public bool Equals(FunnelChart? other) =>
        other is not null && Title == other.Title && Sequence.Equal(Points, other.Points) && Overall.Equals(other.Overall)
        && InnerLimits.Equals(other.InnerLimits) && OuterLimits.Equals(other.OuterLimits) && PointTitle == other.PointTitle
        && SizeTitle == other.SizeTitle && ValueTitle == other.ValueTitle && Unit == other.Unit && OverallLabel == other.OverallLabel
        && Width == other.Width && Height == other.Height && Decimals == other.Decimals;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Title, Sequence.Hash(Points), Overall, InnerLimits, OuterLimits, Width, Height);

    private static FunnelPointPosition Place(FunnelChartPoint point, FunnelLimitCurve inner, FunnelLimitCurve outer)
    {
        static bool Beyond(FunnelChartPoint p, FunnelLimitCurve curve)
        {
            var (lower, upper) = curve.At(p.Size);
            return p.Value < lower || p.Value > upper;
        }

        return Beyond(point, outer) ? FunnelPointPosition.BeyondOuterLimits
            : Beyond(point, inner) ? FunnelPointPosition.BeyondInnerLimits
            : FunnelPointPosition.WithinLimits;
    }

    private int[] Indices(FunnelPointPosition position) => Enumerable.Range(0, Points.Count).Where(i => Positions[i] == position).ToArray();

    private string Format(double value, int decimals) => ChartNumbers.Format(value, decimals, Unit);

    private string Direction(int i) => Points[i].Value >= Overall ? "above" : "below";

    /// <summary>"Elm (above, 71% of 120)".</summary>
    private string Describe(int i, int decimals) =>
        $"{Points[i].Label} ({Direction(i)}, {Format(Points[i].Value, decimals)} of {ChartNumbers.Tick(Points[i].Size)})";

    private string PositionText(int i) => Positions[i] switch
    {
        FunnelPointPosition.BeyondOuterLimits => $"{Direction(i)} the {OuterLimits.Label} limits",
        FunnelPointPosition.BeyondInnerLimits => $"{Direction(i)} the {InnerLimits.Label} limits",
        _ => "within limits",
    };

    private List<LegendItem> LegendItems() =>
    [
        new(LegendSymbol.HollowCircle, ChartColours.Mark, $"within {InnerLimits.Label} limits", 4),
        new(LegendSymbol.TriangleUp, ChartColours.Warning, $"beyond {InnerLimits.Label} limits", 5.5),
        new(LegendSymbol.TriangleUp, ChartColours.Highlight, $"beyond {OuterLimits.Label} limits (labelled)", 7),
        new(LegendSymbol.DashedLine, ChartColours.Muted, $"{InnerLimits.Label} limits"),
        new(LegendSymbol.SolidLine, ChartColours.Muted, $"{OuterLimits.Label} limits"),
    ];

    private void DrawAxes(SvgWriter svg, Layout layout)
    {
        svg.Open("g", ("class", "axis"), ("aria-hidden", "true"));
        foreach (var tick in layout.X.Ticks)
        {
            var x = layout.X.Map(tick);
            svg.Element("line", null, ("class", "grid"), ("x1", x), ("x2", x), ("y1", layout.PlotTop), ("y2", layout.PlotBottom), ("stroke", ChartColours.Grid));
            svg.Element("text", ChartNumbers.Tick(tick), ("class", "tick x"), ("data-value", ChartNumbers.Tick(tick)), ("x", x), ("y", layout.PlotBottom + 16), ("text-anchor", "middle"), ("fill", ChartColours.Muted));
        }

        foreach (var tick in layout.Y.Ticks)
        {
            var y = layout.Y.Map(tick);
            svg.Element("line", null, ("class", "grid"), ("x1", layout.PlotLeft), ("x2", layout.PlotRight), ("y1", y), ("y2", y), ("stroke", ChartColours.Grid));
            svg.Element("text", ChartNumbers.Tick(tick), ("class", "tick y"), ("data-value", ChartNumbers.Tick(tick)), ("x", layout.PlotLeft - 6), ("y", y), ("text-anchor", "end"), ("dominant-baseline", "central"), ("fill", ChartColours.Muted));
        }

        svg.Element("rect", null, ("x", layout.PlotLeft), ("y", layout.PlotTop), ("width", layout.PlotRight - layout.PlotLeft), ("height", layout.PlotBottom - layout.PlotTop), ("fill", "none"), ("stroke", ChartColours.Muted));
        svg.Element("text", SizeTitle, ("class", "axis-title x"), ("x", (layout.PlotLeft + layout.PlotRight) / 2), ("y", layout.PlotBottom + 34), ("text-anchor", "middle"));
        if (ValueTitle is not null)
        {
            var cx = Margin + 6;
            var cy = (layout.PlotTop + layout.PlotBottom) / 2;
            svg.Element("text", ValueTitle, ("class", "axis-title y"), ("x", cx), ("y", cy), ("text-anchor", "middle"), ("dominant-baseline", "central"),
                ("transform", $"rotate(-90 {ChartNumbers.Coordinate(cx)} {ChartNumbers.Coordinate(cy)})"));
        }

        svg.Close("g");
    }

    private void DrawPoint(SvgWriter svg, Layout layout, int i, int decimals)
    {
        var point = Points[i];
        var position = Positions[i];
        double x = layout.X.Map(point.Size), y = layout.Y.Map(point.Value);
        var up = point.Value >= Overall;
        svg.Open("g", ("class", position switch
        {
            FunnelPointPosition.BeyondOuterLimits => "point beyond-outer",
            FunnelPointPosition.BeyondInnerLimits => "point beyond-inner",
            _ => "point",
        }), ("data-label", point.Label));
        svg.Element("title", $"{point.Label}: {Format(point.Value, decimals)}, {SizeTitle} {ChartNumbers.Tick(point.Size)}; {PositionText(i)}");
        switch (position)
        {
            case FunnelPointPosition.WithinLimits:
                svg.Element("circle", null, ("class", "marker"), ("cx", x), ("cy", y), ("r", 4), ("fill", "#ffffff"), ("stroke", ChartColours.Mark), ("stroke-width", 1.5));
                break;
            case FunnelPointPosition.BeyondInnerLimits:
                svg.Element("path", null, ("class", "marker"), ("d", ChartLegend.Triangle(x, y, 5.5, up)), ("fill", ChartColours.Warning), ("stroke", "#ffffff"), ("stroke-width", 0.75));
                break;
            default:
                svg.Element("path", null, ("class", "marker"), ("d", ChartLegend.Triangle(x, y, 7, up)), ("fill", ChartColours.Highlight), ("stroke", "#ffffff"), ("stroke-width", 0.75));
                var label = ChartText.Wrap(point.Label, 140, 11, 1).Lines[0];
                var width = ChartText.Width(label, 11);
                var right = x + 10 + width <= layout.PlotRight;
                svg.Element("text", label, ("class", "point-label"), ("x", right ? x + 10 : x - 10), ("y", y), ("dominant-baseline", "central"),
                    ("text-anchor", right ? null : "end"), ("font-size", 11));
                break;
        }

        svg.Close("g");
    }

    private Layout Measure()
    {
        var decimals = DecimalsInUse;
        var titleLines = ChartLayout.TitleLines(Title, Width);
        var plotTop = ChartLayout.BelowTitle(titleLines) + 12;
        var legendHeight = ChartLegend.Height(LegendItems(), Margin, Width - Margin);
        var legendTop = Height - Margin - legendHeight;
        var plotBottom = legendTop - 44;

        // The vertical axis: the points, the overall value, and the curves where the points are.
        double minSize = Points.Min(p => p.Size), maxSize = Points.Max(p => p.Size);
        var values = new List<double>(Points.Select(p => p.Value)) { Overall };
        foreach (var curve in new[] { InnerLimits, OuterLimits })
        {
            for (var i = 0; i < curve.Sizes.Count; i++)
            {
                if (curve.Sizes[i] >= minSize && curve.Sizes[i] <= maxSize)
                {
                    values.Add(curve.Lower[i]);
                    values.Add(curve.Upper[i]);
                }
            }

            foreach (var size in new[] { minSize, maxSize }.Where(curve.Covers))
            {
                var (lower, upper) = curve.At(size);
                values.Add(lower);
                values.Add(upper);
            }
        }

        var y = ChartAxis.Create(ChartScale.Linear, values, plotBottom - 4, plotTop + 4, Math.Clamp((int)((plotBottom - plotTop) / 60), 2, 8));
        var tickWidth = y.Ticks.Max(t => ChartText.Width(ChartNumbers.Tick(t), 12));
        var plotLeft = Margin + (ValueTitle is null ? 0 : 20) + tickWidth + 8;
        var overallText = $"{OverallLabel} {Format(Overall, decimals)}";
        var sideWidth = new[] { overallText, InnerLimits.Label, OuterLimits.Label }.Max(t => ChartText.Width(t, 11));
        var plotRight = Width - Margin - Math.Min(sideWidth, Width * 0.25) - 8;
        var x = ChartAxis.Create(ChartScale.Linear, Points.Select(p => p.Size).Append(0), plotLeft + 4, plotRight - 4, Math.Clamp((int)((plotRight - plotLeft) / 90), 2, 8));
        return new Layout(titleLines, plotTop, plotBottom, plotLeft, plotRight, x, y, legendTop);
    }

    private static List<string> PointProblems(FunnelChartPoint[] points, FunnelLimitCurve inner, FunnelLimitCurve outer)
    {
        var problems = new List<string>();
        if (points.Length == 0)
        {
            problems.Add("there are no points; a chart needs at least one");
        }

        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < points.Length; i++)
        {
            var point = points[i];
            if (point is null)
            {
                problems.Add($"points[{i}] is null");
                continue;
            }

            var at = ChartInput.CheckLabel(problems, "points", "point", i, point.Label, first);

            if (ChartInput.NumberProblem(point.Value) is { } valueProblem)
            {
                problems.Add($"{at}: Value {valueProblem}");
            }

            if (ChartInput.NumberProblem(point.Size) is { } sizeProblem)
            {
                problems.Add($"{at}: Size {sizeProblem}");
            }
            else if (point.Size <= 0)
            {
                problems.Add($"{at}: Size is {ChartInput.Show(point.Size)}; sizes must be above 0");
            }
            else if (point.Position is null && !(inner.Covers(point.Size) && outer.Covers(point.Size)))
            {
                problems.Add($"{at}: Size {ChartInput.Show(point.Size)} is outside the sizes the limit curves cover ({ChartInput.Show(Math.Max(inner.Sizes[0], outer.Sizes[0]))} to {ChartInput.Show(Math.Min(inner.Sizes[^1], outer.Sizes[^1]))}); extend the curves or give the point's Position");
            }

            if (point.Position is { } position && !Enum.IsDefined(position))
            {
                problems.Add($"{at}: Position {(int)position} is not a FunnelPointPosition");
            }
        }

        return problems;
    }

    private sealed record Layout(IReadOnlyList<string> TitleLines, double PlotTop, double PlotBottom, double PlotLeft, double PlotRight, ChartAxis X, ChartAxis Y, double LegendTop);
}
