using System.Text.Json;

namespace EEiC.Tools.Reports;

/// <summary>
/// An interval chart (the forest plot or equiplot style): one row per group, its estimate drawn as a point and its
/// interval as a line with end caps, an optional reference line (a benchmark, or the reference group's value) and
/// highlighted rows (for example groups significantly different from the reference). On a <see cref="ChartScale.Log"/>
/// axis it shows ratios against a reference group, with the reference line at 1.
/// </summary>
/// <remarks>
/// <para>The chart draws what it is given and computes no statistics: estimates, limits and which rows to highlight
/// come from the caller (for example from EEiC.Statistics' proportions, rates and reference-group comparisons).</para>
/// <para>Rules, checked when the chart is created: at least one row; labels not empty and unique; a row has a value or
/// not, and limits both or neither (none without a value); every number finite and within ±10^15; limits satisfy
/// Lower ≤ Value ≤ Upper. On a log scale every value, limit and the reference value must be above 0. Errors list every
/// bad row with its position, label, value and rule.</para>
/// <para>Rendering: long labels wrap onto two lines and are then truncated with an ellipsis, the full text kept in the
/// row's <c>&lt;title&gt;</c>; a row without a value shows its note (<c>"suppressed"</c> by default) in place of a
/// point; highlighted rows differ in shape (diamond), colour and label weight, so colour is never the only signal.</para>
/// </remarks>
public sealed record IntervalChart : IChart
{
    private const double Margin = ChartLayout.Margin;
    private const double LabelLineHeight = 13;

    private readonly ChartScale _scale;
    private readonly double? _referenceValue;
    private readonly int _width = 720;
    private readonly int? _decimals;
    private readonly string _labelTitle = "Group";
    private readonly string _highlightMeaning = "highlighted";
    private readonly string? _axisTitle;
    private readonly string? _unit;
    private readonly string? _referenceLabel;

    /// <summary>Creates an interval chart.</summary>
    /// <param name="title">The title; not empty.</param>
    /// <param name="rows">The rows, drawn top to bottom in this order; see the remarks for the rules.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> or <paramref name="rows"/> is null.</exception>
    /// <exception cref="ArgumentException">The title is empty, or rows break a rule (the message lists every bad row).</exception>
    public IntervalChart(string title, IEnumerable<IntervalChartRow> rows)
    {
        Title = ChartInput.RequireText(title, nameof(title));
        ArgumentNullException.ThrowIfNull(rows);
        var list = rows.ToArray();
        var problems = RowProblems(list);
        if (problems.Count > 0)
        {
            throw new ArgumentException($"The rows of interval chart {ChartInput.ShowLabel(title)} are not valid: {string.Join("; ", problems)}.", nameof(rows));
        }

        Rows = Array.AsReadOnly(list);
    }

    /// <inheritdoc />
    public string Title { get; }

    /// <summary>The rows, top to bottom.</summary>
    public IReadOnlyList<IntervalChartRow> Rows { get; }

    /// <summary>The heading of the label column in the data table and the Vega-Lite axis (default <c>"Group"</c>, for example <c>"Ethnic group"</c>).</summary>
    public string LabelTitle { get => _labelTitle; init => _labelTitle = ChartInput.RequireText(value, nameof(LabelTitle)); }

    /// <summary>The title of the value axis (for example <c>"Uptake (%)"</c>), or <see langword="null"/> for none.</summary>
    public string? AxisTitle { get => _axisTitle; init => _axisTitle = ChartInput.OptionalText(value, nameof(AxisTitle)); }

    /// <summary>The unit written after each value (for example <c>"%"</c>, written <c>31%</c>, or <c>"per 1,000"</c>, written <c>31 per 1,000</c>), or <see langword="null"/>.</summary>
    public string? Unit { get => _unit; init => _unit = ChartInput.OptionalText(value, nameof(Unit)); }

    /// <summary>The scale of the value axis (default <see cref="ChartScale.Linear"/>); <see cref="ChartScale.Log"/> needs every value, limit and the reference value above 0.</summary>
    /// <exception cref="ArgumentException">Log scale with a value, limit or reference value at or below 0 (the message lists them all).</exception>
    public ChartScale Scale
    {
        get => _scale;
        init
        {
            if (!Enum.IsDefined(value))
            {
                throw new ArgumentOutOfRangeException(nameof(Scale), value, $"Scale {(int)value} is not a ChartScale.");
            }

            if (value == ChartScale.Log)
            {
                RequirePositive(Rows, _referenceValue);
            }

            _scale = value;
        }
    }

    /// <summary>The value of the reference line (for example a benchmark, the reference group's value, or 1 for ratios), or <see langword="null"/> for none; finite, and above 0 on a log scale.</summary>
    /// <exception cref="ArgumentException">The value is not finite, beyond ±10^15, or not above 0 on a log scale.</exception>
    public double? ReferenceValue
    {
        get => _referenceValue;
        init
        {
            if (value is { } v)
            {
                if (ChartInput.NumberProblem(v) is { } problem)
                {
                    throw new ArgumentException($"{nameof(ReferenceValue)} {problem}.", nameof(ReferenceValue));
                }

                if (_scale == ChartScale.Log && v <= 0)
                {
                    throw new ArgumentException($"{nameof(ReferenceValue)} is {ChartInput.Show(v)}; a log scale needs it above 0.", nameof(ReferenceValue));
                }
            }

            _referenceValue = value;
        }
    }

    /// <summary>What the reference line is (for example <c>"England"</c> or <c>"White British"</c>), or <see langword="null"/>.</summary>
    public string? ReferenceLabel { get => _referenceLabel; init => _referenceLabel = ChartInput.OptionalText(value, nameof(ReferenceLabel)); }

    /// <summary>
    /// What highlighting means, as an adjective phrase for the legend, table and text alternative (default
    /// <c>"highlighted"</c>; for example <c>"significantly different from White British"</c>, which the text
    /// alternative writes as "2 significantly different from White British: Pakistani, Bangladeshi").
    /// </summary>
    public string HighlightMeaning { get => _highlightMeaning; init => _highlightMeaning = ChartInput.RequireText(value, nameof(HighlightMeaning)); }

    /// <summary>The width in pixels (default 720; 320 to 4,000).</summary>
    public int Width { get => _width; init => _width = ChartInput.RequireWidth(value, nameof(Width)); }

    /// <summary>
    /// The decimal places of values (0 to 6), or <see langword="null"/> (the default) for automatic: enough for the
    /// narrowest interval to show two significant digits, between 0 and 4.
    /// </summary>
    public int? Decimals { get => _decimals; init => _decimals = ChartInput.RequireDecimals(value, nameof(Decimals)); }

    /// <inheritdoc />
    public int Height => Measure().Height;

    /// <inheritdoc />
    /// <remarks>
    /// For example "Uptake by ethnic group: 6 groups; lowest Bangladeshi 31% (26% to 37%), highest White British 52%
    /// (50% to 54%); 1 significantly different from White British: Bangladeshi; no value for Chinese (suppressed);
    /// reference line England 45%." The lowest and highest are the first rows with the smallest and largest value.
    /// </remarks>
    public string TextAlternative
    {
        get
        {
            var decimals = DecimalsInUse;
            var valued = Rows.Where(r => r.Value is not null).ToArray();
            var parts = new List<string>();
            if (valued.Length == 0)
            {
                parts.Add($"no group has a value to show");
            }
            else if (valued.Length == 1)
            {
                parts.Add($"{valued[0].Label} {Describe(valued[0], decimals)}");
            }
            else if (valued.All(r => r.Value == valued[0].Value))
            {
                parts.Add($"{valued.Length} groups; all {Format(valued[0].Value!.Value, decimals)}");
            }
            else
            {
                var lowest = valued.MinBy(r => r.Value)!;
                var highest = valued.MaxBy(r => r.Value)!;
                parts.Add($"{valued.Length} groups; lowest {lowest.Label} {Describe(lowest, decimals)}, highest {highest.Label} {Describe(highest, decimals)}");
            }

            var highlighted = Rows.Where(r => r.Highlighted).Select(r => r.Label).ToArray();
            if (highlighted.Length > 0)
            {
                parts.Add($"{highlighted.Length} {HighlightMeaning}: {string.Join(", ", highlighted)}");
            }

            var missing = Rows.Where(r => r.Value is null).Select(r => $"{r.Label} ({r.GapText})").ToArray();
            if (missing.Length > 0)
            {
                parts.Add($"no value for {string.Join(", ", missing)}");
            }

            if (ReferenceValue is { } reference)
            {
                parts.Add($"reference line {(ReferenceLabel is null ? "at" : ReferenceLabel)} {Format(reference, decimals)}");
            }

            return $"{Title}: {string.Join("; ", parts)}.";
        }
    }

    private int DecimalsInUse => Decimals ?? ChartNumbers.AutomaticDecimals(
        Rows.Where(r => r.Value is not null).Select(r => r.Value!.Value),
        Rows.Where(r => r.Lower is not null).Select(r => r.Upper!.Value - r.Lower!.Value));

    /// <inheritdoc />
    public string ToSvg() => ToSvg(ChartIds.Default("interval", Title));

    /// <inheritdoc />
    public string ToSvg(string id)
    {
        ChartIds.Require(id, nameof(id));
        var layout = Measure();
        var axis = layout.Axis;
        var decimals = DecimalsInUse;
        var svg = new SvgWriter(id, Width, layout.Height, Title, TextAlternative);
        ChartLayout.DrawTitle(svg, layout.TitleLines);

        // Row bands, grid, axis.
        for (var i = 0; i < Rows.Count; i += 2)
        {
            svg.Element("rect", null, ("class", "band"), ("x", Margin / 2), ("y", layout.RowTop(i)), ("width", Width - Margin), ("height", layout.RowHeight), ("fill", ChartColours.Band));
        }

        svg.Open("g", ("class", "axis"), ("aria-hidden", "true"));
        foreach (var tick in axis.Ticks)
        {
            var x = axis.Map(tick);
            svg.Element("line", null, ("class", "grid"), ("x1", x), ("x2", x), ("y1", layout.PlotTop), ("y2", layout.PlotBottom), ("stroke", ChartColours.Grid));
            svg.Element("line", null, ("x1", x), ("x2", x), ("y1", layout.PlotBottom), ("y2", layout.PlotBottom + 4), ("stroke", ChartColours.Muted));
            svg.Element("text", ChartNumbers.Tick(tick), ("class", "tick"), ("data-value", ChartNumbers.Tick(tick)), ("x", x), ("y", layout.PlotBottom + 16), ("text-anchor", "middle"), ("fill", ChartColours.Muted));
        }

        svg.Element("line", null, ("x1", axis.Map(axis.Min)), ("x2", axis.Map(axis.Max)), ("y1", layout.PlotBottom), ("y2", layout.PlotBottom), ("stroke", ChartColours.Muted));
        if (AxisTitle is not null)
        {
            svg.Element("text", AxisTitle, ("class", "axis-title"), ("x", (layout.PlotLeft + layout.PlotRight) / 2), ("y", layout.PlotBottom + 34), ("text-anchor", "middle"));
        }

        svg.Close("g");

        if (ReferenceValue is { } reference)
        {
            var x = axis.Map(reference);
            svg.Element("line", null, ("class", "reference-line"), ("x1", x), ("x2", x), ("y1", layout.PlotTop - 4), ("y2", layout.PlotBottom), ("stroke", ChartColours.Text), ("stroke-width", 1.5), ("stroke-dasharray", "5 3"));
            var text = ReferenceText(reference, decimals);
            var half = ChartText.Width(text, 11) / 2;
            svg.Element("text", text, ("class", "reference-label"), ("x", Math.Clamp(x, layout.PlotLeft + half, Width - Margin - half)), ("y", layout.PlotTop - 10), ("text-anchor", "middle"), ("font-size", 11));
        }

        for (var i = 0; i < Rows.Count; i++)
        {
            DrawRow(svg, layout, i, decimals);
        }

        ChartLegend.Draw(svg, LegendItems(decimals), Margin, Width - Margin, layout.LegendTop);
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
            foreach (var row in Rows)
            {
                w.WriteStartObject();
                w.WriteString("label", row.Label);
                VegaLite.Number(w, "value", row.Value);
                VegaLite.Number(w, "lower", row.Lower);
                VegaLite.Number(w, "upper", row.Upper);
                w.WriteBoolean("highlighted", row.Highlighted);
                w.WriteString("note", NoteOf(row));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();

            w.WriteStartArray("layer");
            Layer(w, "rule", null, "lower", e =>
            {
                // A secondary channel takes its type and scale from x: a field only.
                e.WriteStartObject("x2");
                e.WriteString("field", "upper");
                e.WriteEndObject();
            });
            Layer(w, "point", m => { m.WriteBoolean("filled", true); m.WriteNumber("size", 70); }, "value", e =>
            {
                VegaLite.Channel(e, "shape", "highlighted", "nominal", HighlightMeaning, s => VegaLite.FixedScale(s, [false, true], ["circle", "diamond"]));
                VegaLite.Channel(e, "color", "highlighted", "nominal", HighlightMeaning, s => VegaLite.FixedScale(s, [false, true], [ChartColours.Mark, ChartColours.Highlight]));
            });

            // Rows without a value: their note, at the left of the axis.
            w.WriteStartObject();
            VegaLite.Mark(w, "text", m => { m.WriteString("align", "left"); m.WriteNumber("dx", 4); m.WriteString("fontStyle", "italic"); });
            w.WriteStartArray("transform");
            w.WriteStartObject();
            w.WriteString("filter", "datum.value === null");
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteStartObject("encoding");
            VegaLite.Channel(w, "y", "label", "nominal", LabelTitle, s => s.WriteNull("sort"));
            w.WriteStartObject("x");
            w.WriteNumber("datum", layout.Axis.Min);
            w.WriteString("type", "quantitative");
            w.WriteEndObject();
            VegaLite.Channel(w, "text", "note", "nominal");
            w.WriteEndObject();
            w.WriteEndObject();

            if (ReferenceValue is { } reference)
            {
                VegaLite.DatumRule(w, "x", reference, dashed: true);
            }

            w.WriteEndArray();
        });

        void Layer(Utf8JsonWriter w, string mark, Action<Utf8JsonWriter>? markOptions, string xField, Action<Utf8JsonWriter> more)
        {
            w.WriteStartObject();
            VegaLite.Mark(w, mark, markOptions);
            w.WriteStartObject("encoding");
            VegaLite.Channel(w, "y", "label", "nominal", LabelTitle, s => s.WriteNull("sort"));
            VegaLite.Channel(w, "x", xField, "quantitative", AxisTitle ?? "Value", s => VegaLite.Scale(s, layout.Axis));
            more(w);
            w.WriteEndObject();
            w.WriteEndObject();
        }
    }

    /// <inheritdoc />
    /// <remarks>Columns: <see cref="LabelTitle"/>, the value (with <see cref="Unit"/> in its heading), lower limit, upper limit, and a note (<see cref="HighlightMeaning"/> for highlighted rows, then the row's <see cref="IntervalChartRow.Note"/>).</remarks>
    public ReportTable ToTable()
    {
        var decimals = DecimalsInUse;
        var valueHeading = Unit is null ? "Value" : $"Value ({Unit})";
        return new ReportTable(Title, [LabelTitle, valueHeading, "Lower limit", "Upper limit", "Note"],
            Rows.Select(r => new[]
            {
                r.Label,
                r.Value is { } v ? ChartNumbers.Format(v, decimals) : "",
                r.Lower is { } lo ? ChartNumbers.Format(lo, decimals) : "",
                r.Upper is { } hi ? ChartNumbers.Format(hi, decimals) : "",
                NoteOf(r),
            }));
    }

    /// <inheritdoc />
    public bool Equals(IntervalChart? other) =>
        other is not null && Title == other.Title && Sequence.Equal(Rows, other.Rows) && LabelTitle == other.LabelTitle
        && AxisTitle == other.AxisTitle && Unit == other.Unit && Scale == other.Scale && ReferenceValue == other.ReferenceValue
        && ReferenceLabel == other.ReferenceLabel && HighlightMeaning == other.HighlightMeaning && Width == other.Width && Decimals == other.Decimals;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Title, Sequence.Hash(Rows), Scale, ReferenceValue, Width);

    private string NoteOf(IntervalChartRow row)
    {
        var notes = new List<string>(2);
        if (row.Highlighted)
        {
            notes.Add(HighlightMeaning);
        }

        if (row.Value is null || row.Note is not null)
        {
            notes.Add(row.GapText);
        }

        return string.Join("; ", notes);
    }

    private string Format(double value, int decimals) => ChartNumbers.Format(value, decimals, Unit);

    /// <summary>"31% (26% to 37%)", "31%" without limits, or the gap text without a value.</summary>
    private string Describe(IntervalChartRow row, int decimals) =>
        row.Value is not { } value ? row.GapText
        : row.Lower is { } lower && row.Upper is { } upper ? $"{Format(value, decimals)} ({Format(lower, decimals)} to {Format(upper, decimals)})"
        : Format(value, decimals);

    private string ReferenceText(double reference, int decimals) =>
        ReferenceLabel is null ? $"Reference {Format(reference, decimals)}" : $"{ReferenceLabel} {Format(reference, decimals)}";

    private void DrawRow(SvgWriter svg, Layout layout, int index, int decimals)
    {
        var row = Rows[index];
        var y = layout.RowTop(index) + layout.RowHeight / 2;
        var colour = row.Highlighted ? ChartColours.Highlight : ChartColours.Mark;
        svg.Open("g", ("class", row.Highlighted ? "row highlighted" : "row"), ("data-label", row.Label));
        svg.Element("title", $"{row.Label}: {Describe(row, decimals)}{(row.Highlighted ? $" ({HighlightMeaning})" : "")}");
        svg.Lines(layout.LabelLines[index], layout.LabelRight, y, LabelLineHeight,
            ("class", "label"), ("text-anchor", "end"), ("font-weight", row.Highlighted ? "bold" : null));
        if (row.Value is { } value)
        {
            var axis = layout.Axis;
            if (row.Lower is { } lower && row.Upper is { } upper)
            {
                double x1 = axis.Map(lower), x2 = axis.Map(upper);
                svg.Open("g", ("class", "interval"), ("stroke", colour), ("stroke-width", 2));
                svg.Element("line", null, ("x1", x1), ("x2", x2), ("y1", y), ("y2", y));
                svg.Element("line", null, ("x1", x1), ("x2", x1), ("y1", y - 5), ("y2", y + 5));
                svg.Element("line", null, ("x1", x2), ("x2", x2), ("y1", y - 5), ("y2", y + 5));
                svg.Close("g");
            }

            var x = axis.Map(value);
            if (row.Highlighted)
            {
                svg.Element("path", null, ("class", "estimate highlighted"), ("data-x", x), ("d", ChartLegend.Diamond(x, y, 6.5)), ("fill", colour), ("stroke", "#ffffff"), ("stroke-width", 1));
            }
            else
            {
                svg.Element("circle", null, ("class", "estimate"), ("data-x", x), ("cx", x), ("cy", y), ("r", 4.5), ("fill", colour), ("stroke", "#ffffff"), ("stroke-width", 1));
            }

            svg.Element("text", Describe(row, decimals), ("class", "value"), ("x", layout.ValueLeft), ("y", y), ("dominant-baseline", "central"), ("font-weight", row.Highlighted ? "bold" : null));
        }
        else
        {
            svg.Element("text", row.GapText, ("class", "gap"), ("x", layout.PlotLeft + 8), ("y", y), ("dominant-baseline", "central"),
                ("font-style", "italic"), ("fill", ChartColours.Muted));
        }

        svg.Close("g");
    }

    private List<LegendItem> LegendItems(int decimals)
    {
        var items = new List<LegendItem>();
        if (Rows.Any(r => r.Highlighted))
        {
            items.Add(new LegendItem(LegendSymbol.Diamond, ChartColours.Highlight, HighlightMeaning, 6.5));
        }

        if (ReferenceValue is { } reference)
        {
            items.Add(new LegendItem(LegendSymbol.DashedLine, ChartColours.Text, ReferenceText(reference, decimals)));
        }

        return items;
    }

    private Layout Measure()
    {
        var decimals = DecimalsInUse;
        var titleLines = ChartLayout.TitleLines(Title, Width);
        var plotTop = ChartLayout.BelowTitle(titleLines) + 8 + (ReferenceValue is null ? 0 : 18);

        var labelMax = Width * 0.28 - Margin;
        var labelLines = Rows.Select(r => ChartText.Wrap(r.Label, labelMax, 12, 2, r.Highlighted).Lines).ToArray();
        var labelWidth = labelLines.SelectMany((lines, i) => lines.Select(l => ChartText.Width(l, 12, Rows[i].Highlighted))).Max();
        var labelRight = Margin + Math.Max(labelWidth, 40);

        var valueWidth = Rows.Where(r => r.Value is not null).Select(r => ChartText.Width(Describe(r, decimals), 12, r.Highlighted)).DefaultIfEmpty(0).Max();
        valueWidth = Math.Min(valueWidth, Width * 0.28);
        var plotLeft = labelRight + 12;
        var plotRight = Width - Margin - (valueWidth > 0 ? valueWidth + 12 : 0);

        var rowHeight = labelLines.Any(l => l.Count > 1) ? 34.0 : 28.0;
        var plotBottom = plotTop + Rows.Count * rowHeight;
        var values = Rows.SelectMany(r => new[] { r.Value, r.Lower, r.Upper }).OfType<double>().Concat(ReferenceValue is { } v ? [v] : []);
        var axis = ChartAxis.Create(Scale, values, plotLeft + 8, plotRight - 8, Math.Clamp((int)((plotRight - plotLeft) / 90), 2, 8));
        var bottom = plotBottom + 22 + (AxisTitle is null ? 0 : 18);
        var legendTop = bottom + 4;
        var height = (int)Math.Ceiling(legendTop + ChartLegend.Height(LegendItems(decimals), Margin, Width - Margin) + Margin);
        return new Layout(titleLines, plotTop, plotBottom, plotLeft, plotRight, labelRight, plotRight + 12, rowHeight, labelLines, axis, legendTop, height);
    }

    private static void RequirePositive(IReadOnlyList<IntervalChartRow> rows, double? reference)
    {
        var problems = new List<string>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            foreach (var (name, number) in new[] { ("Value", row.Value), ("Lower", row.Lower), ("Upper", row.Upper) })
            {
                if (number is <= 0)
                {
                    problems.Add($"rows[{i}] {ChartInput.ShowLabel(row.Label)}: {name} is {ChartInput.Show(number.Value)}");
                }
            }
        }

        if (reference is <= 0)
        {
            problems.Add($"ReferenceValue is {ChartInput.Show(reference.Value)}");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException($"A log scale needs every value, limit and reference value above 0 (zero and negative numbers have no logarithm): {string.Join("; ", problems)}.", nameof(Scale));
        }
    }

    private static List<string> RowProblems(IntervalChartRow[] rows)
    {
        var problems = new List<string>();
        if (rows.Length == 0)
        {
            problems.Add("there are no rows; a chart needs at least one");
        }

        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Length; i++)
        {
            var row = rows[i];
            if (row is null)
            {
                problems.Add($"rows[{i}] is null");
                continue;
            }

            var at = ChartInput.CheckLabel(problems, "rows", "row", i, row.Label, first);

            if (row.Note is not null && string.IsNullOrWhiteSpace(row.Note))
            {
                problems.Add($"{at}: Note is blank; use null for no note");
            }

            var bad = false;
            foreach (var (name, number) in new[] { ("Value", row.Value), ("Lower", row.Lower), ("Upper", row.Upper) })
            {
                if (number is { } n && ChartInput.NumberProblem(n) is { } problem)
                {
                    problems.Add($"{at}: {name} {problem}");
                    bad = true;
                }
            }

            if (row.Lower is null != row.Upper is null)
            {
                problems.Add($"{at}: {(row.Lower is null ? "Upper" : "Lower")} is given without {(row.Lower is null ? "Lower" : "Upper")}; give both limits or neither");
            }
            else if (row.Value is null && row.Lower is not null)
            {
                problems.Add($"{at}: has limits but no value; a row without a value cannot have limits");
            }
            else if (!bad && row is { Value: { } value, Lower: { } lower, Upper: { } upper } && !(lower <= value && value <= upper))
            {
                problems.Add($"{at}: limits {ChartInput.Show(lower)} to {ChartInput.Show(upper)} do not contain Value {ChartInput.Show(value)}; they must satisfy Lower ≤ Value ≤ Upper");
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
        double ValueLeft,
        double RowHeight,
        IReadOnlyList<string>[] LabelLines,
        ChartAxis Axis,
        double LegendTop,
        int Height)
    {
        internal double RowTop(int index) => PlotTop + index * RowHeight;
    }
}
