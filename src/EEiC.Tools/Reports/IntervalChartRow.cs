namespace EEiC.Tools.Reports;

/// <summary>
/// One row of an <see cref="IntervalChart"/>: a group's estimate with its lower and upper limits. A row without a value
/// (for example one suppressed by disclosure control) is drawn as a labelled gap; a row with a value but no limits is
/// drawn as a point alone.
/// </summary>
/// <param name="Label">The group's name; not empty, unique within the chart.</param>
/// <param name="Value">The estimate, or <see langword="null"/> when there is none to show (then the limits are null too).</param>
/// <param name="Lower">The lower limit, or <see langword="null"/> together with <paramref name="Upper"/> when there is no interval.</param>
/// <param name="Upper">The upper limit, or <see langword="null"/> together with <paramref name="Lower"/>.</param>
public sealed record IntervalChartRow(string Label, double? Value, double? Lower = null, double? Upper = null)
{
    /// <summary>Whether the row stands out (for example a group significantly different from the reference): drawn as a diamond rather than a circle, with a bold label; what it means is the chart's <see cref="IntervalChart.HighlightMeaning"/>.</summary>
    public bool Highlighted { get; init; }

    /// <summary>
    /// A short note on the row, shown in the data table; for a row without a value it is also the text drawn in the gap
    /// (<c>"suppressed"</c> when not given). Null or some text, not blank.
    /// </summary>
    public string? Note { get; init; }

    /// <summary>A row without a value, drawn as a gap labelled with <paramref name="reason"/>.</summary>
    /// <param name="label">The group's name.</param>
    /// <param name="reason">Why there is no value (default <c>"suppressed"</c>).</param>
    /// <returns>The row.</returns>
    public static IntervalChartRow Missing(string label, string reason = "suppressed") => new(label, null) { Note = reason };

    /// <summary>The text drawn in the gap of a row without a value.</summary>
    internal string GapText => Note ?? "suppressed";
}
