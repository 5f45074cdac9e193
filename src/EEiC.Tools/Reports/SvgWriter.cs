using System.Globalization;
using System.Text;

namespace EEiC.Tools.Reports;

/// <summary>
/// Writes an SVG document element by element: one element a line, attributes in the order given, numbers in the
/// invariant culture, every text and attribute value escaped. The root carries the accessibility wiring every chart
/// shares: <c>role="img"</c>, a <c>&lt;title&gt;</c> and a <c>&lt;desc&gt;</c> named by <c>aria-labelledby</c>.
/// </summary>
internal sealed class SvgWriter
{
    private readonly StringBuilder _builder = new();

    /// <summary>Starts the document: the root element with explicit size and view box, its title and description.</summary>
    internal SvgWriter(string id, int width, int height, string title, string description)
    {
        Open("svg",
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("id", id),
            ("class", "eeic-chart"),
            ("width", width),
            ("height", height),
            ("viewBox", $"0 0 {width.ToString(CultureInfo.InvariantCulture)} {height.ToString(CultureInfo.InvariantCulture)}"),
            ("role", "img"),
            ("aria-labelledby", $"{id}-title {id}-desc"),
            ("font-family", ChartText.FontFamily),
            ("font-size", 12),
            ("fill", ChartColours.Text));
        Element("title", title, ("id", id + "-title"));
        Element("desc", description, ("id", id + "-desc"));
        Element("rect", null, ("width", width), ("height", height), ("fill", "#ffffff"));
    }

    /// <summary>Opens an element.</summary>
    internal void Open(string name, params ReadOnlySpan<(string Name, object? Value)> attributes)
    {
        StartTag(name, attributes);
        _builder.Append(">\n");
    }

    /// <summary>Closes an element.</summary>
    internal void Close(string name) => _builder.Append("</").Append(name).Append(">\n");

    /// <summary>Writes an element with text content, or empty when <paramref name="text"/> is null.</summary>
    internal void Element(string name, string? text, params ReadOnlySpan<(string Name, object? Value)> attributes)
    {
        StartTag(name, attributes);
        if (text is null)
        {
            _builder.Append("/>\n");
            return;
        }

        _builder.Append('>');
        Markup.AppendEscaped(_builder, text);
        _builder.Append("</").Append(name).Append(">\n");
    }

    /// <summary>
    /// Writes a text element of one or more lines (as <c>tspan</c>s, <paramref name="lineHeight"/> apart, the block
    /// centred vertically on <paramref name="y"/>).
    /// </summary>
    internal void Lines(IReadOnlyList<string> lines, double x, double y, double lineHeight, params ReadOnlySpan<(string Name, object? Value)> attributes)
    {
        if (lines.Count == 1)
        {
            Element("text", lines[0], [("x", x), ("y", y), ("dominant-baseline", "central"), .. attributes]);
            return;
        }

        Open("text", [("x", x), ("y", y - (lines.Count - 1) * lineHeight / 2), ("dominant-baseline", "central"), .. attributes]);
        for (var i = 0; i < lines.Count; i++)
        {
            Element("tspan", lines[i], ("x", x), ("dy", i == 0 ? null : lineHeight));
        }

        Close("text");
    }

    /// <summary>Ends the document and returns it.</summary>
    internal string Finish()
    {
        Close("svg");
        return _builder.ToString();
    }

    private void StartTag(string name, ReadOnlySpan<(string Name, object? Value)> attributes)
    {
        _builder.Append('<').Append(name);
        foreach (var (attribute, value) in attributes)
        {
            if (value is null)
            {
                continue;
            }

            _builder.Append(' ').Append(attribute).Append("=\"");
            switch (value)
            {
                case double d: _builder.Append(ChartNumbers.Coordinate(d)); break;
                case int i: _builder.Append(i.ToString(CultureInfo.InvariantCulture)); break;
                case string s: Markup.AppendEscaped(_builder, s); break;
                default: throw new InvalidOperationException($"Unsupported SVG attribute value of type {value.GetType().Name}.");
            }

            _builder.Append('"');
        }
    }
}
