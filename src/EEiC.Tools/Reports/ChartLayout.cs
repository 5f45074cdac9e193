namespace EEiC.Tools.Reports;

/// <summary>The measures every chart shares: the margin and the title, wrapped onto at most two lines.</summary>
internal static class ChartLayout
{
    /// <summary>The margin around the drawing.</summary>
    internal const double Margin = 12;

    private const double TitleFont = 15;
    private const double TitleLineHeight = 19;

    /// <summary>The title's lines for a chart <paramref name="width"/> pixels wide.</summary>
    internal static IReadOnlyList<string> TitleLines(string title, int width) => ChartText.Wrap(title, width - 2 * Margin, TitleFont, 2, bold: true).Lines;

    /// <summary>The y coordinate just below the title.</summary>
    internal static double BelowTitle(IReadOnlyList<string> titleLines) => Margin + titleLines.Count * TitleLineHeight;

    /// <summary>Draws the title at the top left.</summary>
    internal static void DrawTitle(SvgWriter svg, IReadOnlyList<string> titleLines) =>
        svg.Lines(titleLines, Margin, Margin + titleLines.Count * TitleLineHeight / 2, TitleLineHeight,
            ("class", "chart-title"), ("font-size", TitleFont), ("font-weight", "bold"));
}
