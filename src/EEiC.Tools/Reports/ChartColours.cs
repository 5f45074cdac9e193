namespace EEiC.Tools.Reports;

/// <summary>
/// The colours of the charts, chosen for contrast on white: text and marks at least 4.5:1 (WCAG 2.2 success criterion
/// 1.4.3 for text, well above the 3:1 of criterion 1.4.11 for graphical objects), grid lines light because they only
/// guide the eye. Colour never carries meaning alone: highlighted and out-of-limits marks also change shape, and
/// stacked segments are also told apart by hatching, order and labels.
/// </summary>
internal static class ChartColours
{
    /// <summary>Text and axis titles (contrast 17:1).</summary>
    internal const string Text = "#1a1a1a";

    /// <summary>Secondary text, axes and tick marks (7:1).</summary>
    internal const string Muted = "#595959";

    /// <summary>Grid lines (decorative).</summary>
    internal const string Grid = "#d9d9d9";

    /// <summary>Alternate row bands (decorative).</summary>
    internal const string Band = "#f4f4f4";

    /// <summary>Ordinary marks: dark blue (9:1).</summary>
    internal const string Mark = "#1f4e79";

    /// <summary>Highlighted marks: dark red (7:1), always with a different shape.</summary>
    internal const string Highlight = "#a4262c";

    /// <summary>Marks beyond the inner limits only: dark orange (5:1), with a different shape.</summary>
    internal const string Warning = "#9c4a00";

    /// <summary>The fills of stacked segments in order (white text on each at least 4.5:1).</summary>
    internal static readonly string[] Segments = ["#1f4e79", "#9c4a00", "#595959", "#6a2c91", "#2d6a2e", "#7a1f4b"];
}
