using System.Text.Json;

namespace EEiC.Tools.Reports;

/// <summary>
/// A data-quality chart: one horizontal bar per data set (or organisation, or period), stacked from the shares of its
/// records in each category (for example valid ethnic category, not stated, not known, unmapped), with an optional
/// threshold marker for the share of the first category (for example a 90% completeness threshold).
/// </summary>
/// <remarks>
/// <para>Rules, checked when the chart is created: at least one category and one bar; category and bar labels not
/// empty and unique; each bar has one amount a category, each finite, within ±10^15 and at least 0, with a total above
/// 0. Errors list every bad bar. The threshold is a share from 0 to 1.</para>
/// <para>Segments are told apart by colour, by hatching (every category after the first), by their fixed order and
/// by their share written inside them where it fits; the legend lists the categories in order.</para>
/// </remarks>
public sealed record DataQualityChart : IChart
{
    private const double Margin = ChartLayout.Margin;
    private const double LabelLineHeight = 13;
    private const double BarHeight = 22;

    private readonly double? _threshold;
    private readonly int _width = 720;
    private readonly int _decimals = 1;
    private readonly string _labelTitle = "Data set";
    private readonly string _thresholdLabel = "threshold";
    private readonly string _axisTitle = "Share of records";

    /// <summary>Creates a data-quality chart.</summary>
    /// <param name="title">The title; not empty.</param>
    /// <param name="categories">The categories in stacking order, the first being the one the threshold applies to (for example <c>["Valid", "Not stated", "Not known", "Unmapped"]</c>).</param>
    /// <param name="bars">The bars, top to bottom.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument breaks a rule; the message lists every problem.</exception>
    public DataQualityChart(string title, IEnumerable<string> categories, IEnumerable<DataQualityBar> bars)
    {
        Title = ChartInput.RequireText(title, nameof(title));
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(bars);
        var categoryList = categories.ToArray();
        var barList = bars.ToArray();
        var problems = Problems(categoryList, barList);
        if (problems.Count > 0)
        {
            throw new ArgumentException($"Data-quality chart {ChartInput.ShowLabel(title)} is not valid: {string.Join("; ", problems)}.",
                problems[0].StartsWith("categor", StringComparison.Ordinal) ? nameof(categories) : nameof(bars));
        }

        Categories = Array.AsReadOnly(categoryList);
        Bars = Array.AsReadOnly(barList);
    }

    /// <inheritdoc />
    public string Title { get; }

    /// <summary>The categories, in stacking order.</summary>
    public IReadOnlyList<string> Categories { get; }

    /// <summary>The bars, top to bottom.</summary>
    public IReadOnlyList<DataQualityBar> Bars { get; }

    /// <summary>The threshold for the share of the first category, from 0 to 1 (for example 0.9), or <see langword="null"/> for none.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not from 0 to 1.</exception>
    public double? Threshold
    {
        get => _threshold;
        init => _threshold = value is null or (>= 0 and <= 1)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Threshold), value, $"{nameof(Threshold)} is a share and must be from 0 to 1, got {ChartInput.Show(value.Value)}.");
    }

    /// <summary>What the threshold is (default <c>"threshold"</c>, for example <c>"completeness threshold"</c>); the text alternative says "below the completeness threshold of 90.0%".</summary>
    public string ThresholdLabel { get => _thresholdLabel; init => _thresholdLabel = ChartInput.RequireText(value, nameof(ThresholdLabel)); }

    /// <summary>The heading of the label column in the data table (default <c>"Data set"</c>).</summary>
    public string LabelTitle { get => _labelTitle; init => _labelTitle = ChartInput.RequireText(value, nameof(LabelTitle)); }

    /// <summary>The title of the share axis (default <c>"Share of records"</c>).</summary>
    public string AxisTitle { get => _axisTitle; init => _axisTitle = ChartInput.RequireText(value, nameof(AxisTitle)); }

    /// <summary>The width in pixels (default 720; 320 to 4,000).</summary>
    public int Width { get => _width; init => _width = ChartInput.RequireWidth(value, nameof(Width)); }

    /// <summary>The decimal places of percentages (default 1, so that 89.6% is not shown as 90% beside a 90% threshold; 0 to 6).</summary>
    public int Decimals { get => _decimals; init => _decimals = ChartInput.RequireDecimals(value, nameof(Decimals))!.Value; }

    /// <inheritdoc />
    public int Height => Measure().Height;

    /// <inheritdoc />
    /// <remarks>
    /// For example "Ethnicity recording: Trust A: Valid 86.0% (below the completeness threshold of 90.0%), Not stated
    /// 6.0%, Not known 5.0%, Unmapped 3.0%; Trust B: Valid 93.5% (at or above the completeness threshold of 90.0%), ...".
    /// </remarks>
    public string TextAlternative =>
        $"{Title}: {string.Join("; ", Bars.Select(bar => $"{bar.Label}: {string.Join(", ", Categories.Select((c, k) => $"{c} {Percent(Share(bar, k))}{(k == 0 ? ThresholdPhrase(bar) : "")}"))}"))}.";

    /// <inheritdoc />
    public string ToSvg() => ToSvg(ChartIds.Default("quality", Title));

    /// <inheritdoc />
    public string ToSvg(string id)
    {
        ChartIds.Require(id, nameof(id));
        var layout = Measure();
        var svg = new SvgWriter(id, Width, layout.Height, Title, TextAlternative);
        ChartLayout.DrawTitle(svg, layout.TitleLines);

        // Hatching for every category after the first, in white over the category's colour.
        svg.Open("defs");
        for (var k = 1; k < Categories.Count; k++)
        {
            svg.Open("pattern", ("id", $"{id}-p{k}"), ("width", 6), ("height", 6), ("patternUnits", "userSpaceOnUse"), ("patternTransform", $"rotate({(k % 4) switch { 1 => "45", 2 => "-45", 3 => "0", _ => "90" }})"));
            svg.Element("rect", null, ("width", 6), ("height", 6), ("fill", Colour(k)));
            svg.Element("line", null, ("x1", 0), ("y1", 0), ("x2", 0), ("y2", 6), ("stroke", "#ffffff"), ("stroke-opacity", 0.45), ("stroke-width", 2));
            svg.Close("pattern");
        }

        svg.Close("defs");

        var axis = layout.Axis;
        svg.Open("g", ("class", "axis"), ("aria-hidden", "true"));
        foreach (var tick in axis.Ticks)
        {
            var x = axis.Map(tick);
            svg.Element("line", null, ("class", "grid"), ("x1", x), ("x2", x), ("y1", layout.PlotTop), ("y2", layout.PlotBottom), ("stroke", ChartColours.Grid));
            svg.Element("text", ChartNumbers.Tick(tick * 100) + "%", ("class", "tick"), ("data-value", ChartNumbers.Tick(tick)), ("x", x), ("y", layout.PlotBottom + 16), ("text-anchor", "middle"), ("fill", ChartColours.Muted));
        }

        svg.Element("text", AxisTitle, ("class", "axis-title"), ("x", (layout.PlotLeft + layout.PlotRight) / 2), ("y", layout.PlotBottom + 34), ("text-anchor", "middle"));
        svg.Close("g");

        for (var b = 0; b < Bars.Count; b++)
        {
            DrawBar(svg, layout, id, b);
        }

        if (Threshold is { } threshold)
        {
            var x = axis.Map(threshold);
            svg.Open("g", ("class", "threshold"));
            svg.Element("line", null, ("x1", x), ("x2", x), ("y1", layout.PlotTop - 4), ("y2", layout.PlotBottom), ("stroke", "#ffffff"), ("stroke-width", 5));
            svg.Element("line", null, ("class", "threshold-line"), ("x1", x), ("x2", x), ("y1", layout.PlotTop - 4), ("y2", layout.PlotBottom), ("stroke", ChartColours.Text), ("stroke-width", 2), ("stroke-dasharray", "5 3"));
            var text = ThresholdText(threshold);
            var half = ChartText.Width(text, 11) / 2;
            svg.Element("text", text, ("class", "threshold-label"), ("x", Math.Clamp(x, layout.PlotLeft + half, Width - Margin - half)), ("y", layout.PlotTop - 10), ("text-anchor", "middle"), ("font-size", 11));
            svg.Close("g");
        }

        ChartLegend.Draw(svg, LegendItems(id), Margin, Width - Margin, layout.LegendTop);
        return svg.Finish();
    }

    /// <inheritdoc />
    public string ToVegaLite()
    {
        var layout = Measure();
        return VegaLite.Write(Title, TextAlternative, (int)(layout.PlotRight - layout.PlotLeft), w =>
        {
            w.WriteStartObject("height");
            w.WriteNumber("step", layout.RowHeight);
            w.WriteEndObject();
            w.WriteStartObject("data");
            w.WriteStartArray("values");
            foreach (var bar in Bars)
            {
                for (var k = 0; k < Categories.Count; k++)
                {
                    w.WriteStartObject();
                    w.WriteString("bar", bar.Label);
                    w.WriteString("category", Categories[k]);
                    w.WriteNumber("order", k);
                    w.WriteNumber("value", bar.Values[k]);
                    w.WriteNumber("share", Share(bar, k));
                    w.WriteEndObject();
                }
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartArray("layer");
            w.WriteStartObject();
            VegaLite.Mark(w, "bar");
            w.WriteStartObject("encoding");
            VegaLite.Channel(w, "y", "bar", "nominal", LabelTitle, s => s.WriteNull("sort"));
            VegaLite.Channel(w, "x", "share", "quantitative", AxisTitle, s =>
            {
                s.WriteString("stack", "zero");
                VegaLite.Scale(s, layout.Axis);
                s.WriteStartObject("axis");
                s.WriteString("format", "%");
                s.WriteEndObject();
            });
            VegaLite.Channel(w, "color", "category", "nominal", "Category", s => VegaLite.FixedScale(s, Categories, Categories.Select((_, k) => Colour(k)).ToArray()));
            VegaLite.Channel(w, "order", "order", "ordinal");
            w.WriteEndObject();
            w.WriteEndObject();
            if (Threshold is { } threshold)
            {
                VegaLite.DatumRule(w, "x", threshold, dashed: true, strokeWidth: 2);
            }

            w.WriteEndArray();
        });
    }

    /// <inheritdoc />
    /// <remarks>Columns: <see cref="LabelTitle"/>, then each category's share in percent, then the total amount.</remarks>
    public ReportTable ToTable() =>
        new(Title, [LabelTitle, .. Categories.Select(c => $"{c} (%)"), "Total"],
            Bars.Select(bar => Categories.Select((_, k) => ChartNumbers.Format(Share(bar, k) * 100, Decimals))
                .Prepend(bar.Label)
                .Append(ChartNumbers.Tick(bar.Values.Sum()))));

    /// <inheritdoc />
    public bool Equals(DataQualityChart? other) =>
        other is not null && Title == other.Title && Sequence.Equal(Categories, other.Categories) && Sequence.Equal(Bars, other.Bars)
        && Threshold == other.Threshold && ThresholdLabel == other.ThresholdLabel && LabelTitle == other.LabelTitle
        && AxisTitle == other.AxisTitle && Width == other.Width && Decimals == other.Decimals;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Title, Sequence.Hash(Categories), Sequence.Hash(Bars), Threshold, Width);

    private static string Colour(int k) => ChartColours.Segments[k % ChartColours.Segments.Length];

    private static double Share(DataQualityBar bar, int k) => bar.Values[k] / bar.Values.Sum();

    private string Percent(double share) => ChartNumbers.Format(share * 100, Decimals) + "%";

    private string ThresholdText(double threshold) => $"{ThresholdLabel} {Percent(threshold)}";

    private string ThresholdPhrase(DataQualityBar bar) => Threshold is not { } threshold ? ""
        : Share(bar, 0) < threshold ? $" (below the {ThresholdLabel} of {Percent(threshold)})"
        : $" (at or above the {ThresholdLabel} of {Percent(threshold)})";

    private List<LegendItem> LegendItems(string id)
    {
        var items = Categories.Select((c, k) => new LegendItem(LegendSymbol.Swatch, k == 0 ? Colour(0) : $"url(#{id}-p{k})", c)).ToList();
        if (Threshold is { } threshold)
        {
            items.Add(new LegendItem(LegendSymbol.DashedLine, ChartColours.Text, ThresholdText(threshold)));
        }

        return items;
    }

    private void DrawBar(SvgWriter svg, Layout layout, string id, int index)
    {
        var bar = Bars[index];
        var top = layout.PlotTop + index * layout.RowHeight;
        var y = top + layout.RowHeight / 2;
        var axis = layout.Axis;
        svg.Open("g", ("class", "bar"), ("data-label", bar.Label));
        svg.Element("title", $"{bar.Label}: {string.Join(", ", Categories.Select((c, k) => $"{c} {Percent(Share(bar, k))}"))}");
        svg.Lines(layout.LabelLines[index], layout.LabelRight, y, LabelLineHeight, ("class", "label"), ("text-anchor", "end"));
        var cumulative = 0.0;
        for (var k = 0; k < Categories.Count; k++)
        {
            var share = Share(bar, k);
            double x1 = axis.Map(cumulative), x2 = axis.Map(cumulative + share);
            cumulative += share;
            if (share <= 0)
            {
                continue;
            }

            svg.Element("rect", null, ("class", "segment"), ("data-category", Categories[k]), ("data-share", ChartInput.Show(share)),
                ("x", x1), ("y", y - BarHeight / 2), ("width", x2 - x1), ("height", BarHeight),
                ("fill", k == 0 ? Colour(0) : $"url(#{id}-p{k})"), ("stroke", "#ffffff"), ("stroke-width", 1));

            // The share inside the segment where it fits, on a solid chip of the segment's colour so that the hatching
            // never lowers the text's contrast.
            var text = Percent(share);
            var width = ChartText.Width(text, 11, bold: true);
            if (x2 - x1 >= width + 10)
            {
                var cx = (x1 + x2) / 2;
                svg.Element("rect", null, ("x", cx - width / 2 - 3), ("y", y - 8), ("width", width + 6), ("height", 16), ("rx", 3), ("fill", Colour(k)));
                svg.Element("text", text, ("class", "share"), ("x", cx), ("y", y), ("text-anchor", "middle"), ("dominant-baseline", "central"),
                    ("font-size", 11), ("font-weight", "bold"), ("fill", "#ffffff"));
            }
        }

        svg.Close("g");
    }

    private Layout Measure()
    {
        var titleLines = ChartLayout.TitleLines(Title, Width);
        var plotTop = ChartLayout.BelowTitle(titleLines) + 8 + (Threshold is null ? 0 : 18);
        var labelLines = Bars.Select(b => ChartText.Wrap(b.Label, Width * 0.28 - Margin, 12, 2).Lines).ToArray();
        var labelRight = Margin + Math.Max(labelLines.SelectMany(l => l).Max(l => ChartText.Width(l, 12)), 40);
        var plotLeft = labelRight + 12;
        var plotRight = Width - Margin - 16;
        var rowHeight = labelLines.Any(l => l.Count > 1) ? 36.0 : 32.0;
        var plotBottom = plotTop + Bars.Count * rowHeight;
        var axis = ChartAxis.Create(ChartScale.Linear, [0, 1], plotLeft, plotRight, Math.Clamp((int)((plotRight - plotLeft) / 70), 2, 10));
        var legendTop = plotBottom + 44;
        var height = (int)Math.Ceiling(legendTop + ChartLegend.Height(LegendItems("x"), Margin, Width - Margin) + Margin);
        return new Layout(titleLines, plotTop, plotBottom, plotLeft, plotRight, labelRight, rowHeight, labelLines, axis, legendTop, height);
    }

    private static List<string> Problems(string[] categories, DataQualityBar[] bars)
    {
        var problems = new List<string>();
        if (categories.Length == 0)
        {
            problems.Add("categories is empty; a chart needs at least one category");
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < categories.Length; k++)
        {
            if (string.IsNullOrWhiteSpace(categories[k]))
            {
                problems.Add($"categories[{k}] is empty; every category needs a name");
            }
            else if (!seen.TryAdd(categories[k], k))
            {
                problems.Add($"categories[{k}] {ChartInput.ShowLabel(categories[k])} is also categories[{seen[categories[k]]}]; categories must be unique");
            }
        }

        if (bars.Length == 0)
        {
            problems.Add("bars is empty; a chart needs at least one bar");
        }

        seen.Clear();
        for (var b = 0; b < bars.Length; b++)
        {
            var bar = bars[b];
            if (bar is null)
            {
                problems.Add($"bars[{b}] is null");
                continue;
            }

            var at = ChartInput.CheckLabel(problems, "bars", "bar", b, bar.Label, seen);

            if (bar.Values.Count != categories.Length)
            {
                problems.Add($"{at}: has {bar.Values.Count} values for {categories.Length} categories; give one a category");
                continue;
            }

            var bad = false;
            for (var k = 0; k < bar.Values.Count; k++)
            {
                var value = bar.Values[k];
                var problem = ChartInput.NumberProblem(value) ?? (value < 0 ? $"is {ChartInput.Show(value)}; amounts must be at least 0" : null);
                if (problem is not null)
                {
                    problems.Add($"{at}: Values[{k}] ({categories[k]}) {problem}");
                    bad = true;
                }
            }

            if (!bad && bar.Values.Sum() <= 0)
            {
                problems.Add($"{at}: the values add up to 0; a bar needs a total above 0 to have shares");
            }
        }

        return problems;
    }

    private sealed record Layout(
        IReadOnlyList<string> TitleLines,
        double PlotTop,
        double PlotBottom,
        double PlotLeft,
        double PlotRight,
        double LabelRight,
        double RowHeight,
        IReadOnlyList<string>[] LabelLines,
        ChartAxis Axis,
        double LegendTop,
        int Height);
}
