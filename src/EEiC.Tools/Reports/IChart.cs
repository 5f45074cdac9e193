namespace EEiC.Tools.Reports;

/// <summary>
/// A chart of a report that can draw itself three ways: as inline SVG for HTML pages, as a Vega-Lite v5 specification
/// for notebooks, and as the table of the data behind it (for screen readers, Markdown and anyone who prefers
/// numbers). Implementations are immutable records, validated when created, whose output depends only on their data.
/// </summary>
public interface IChart
{
    /// <summary>The chart's title, shown above it and as the SVG's <c>&lt;title&gt;</c>.</summary>
    string Title { get; }

    /// <summary>
    /// A text alternative generated from the data: the title followed by what the chart shows (for an interval chart,
    /// the lowest and highest groups with their intervals), for the SVG's <c>&lt;desc&gt;</c>, a figure caption or a
    /// Markdown report.
    /// </summary>
    string TextAlternative { get; }

    /// <summary>The width of the drawing in pixels.</summary>
    int Width { get; }

    /// <summary>The height of the drawing in pixels, which follows from the data (for example the number of rows).</summary>
    int Height { get; }

    /// <summary>Draws the chart as a standalone SVG element with the default id (its kind and a slug of its title).</summary>
    /// <returns>The SVG markup: well-formed XML, no script, no external resource, the same for the same chart on every machine.</returns>
    string ToSvg();

    /// <summary>Draws the chart as an SVG element whose ids start with <paramref name="id"/>, so that several charts can share a page.</summary>
    /// <param name="id">The id of the root element: an ASCII letter, then up to 63 ASCII letters, digits, hyphens or underscores.</param>
    /// <returns>The SVG markup.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> breaks the rule.</exception>
    string ToSvg(string id);

    /// <summary>The chart as a Vega-Lite v5 specification with the data inline (<c>data.values</c>), in layers of marks.</summary>
    /// <returns>The JSON text, indented, the same for the same chart on every machine.</returns>
    string ToVegaLite();

    /// <summary>The data behind the chart, with the chart's title as caption, formatted as the chart labels them.</summary>
    /// <returns>The table.</returns>
    ReportTable ToTable();
}
