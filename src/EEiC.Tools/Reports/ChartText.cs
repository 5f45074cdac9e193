using System.Globalization;

namespace EEiC.Tools.Reports;

/// <summary>
/// Approximate text measurement and wrapping for the charts. The SVG is drawn without a browser, so widths are
/// estimated from the advance widths of a wide sans-serif font (DejaVu Sans, the usual fallback on Linux; Arial and
/// Helvetica are narrower), in ems, so that labels fit whichever local font the viewer has;
/// labels are then wrapped or truncated to fit, with the full text kept in a <c>&lt;title&gt;</c>.
/// </summary>
internal static class ChartText
{
    /// <summary>The font stack of every chart: local sans-serif fonts only, never a web font.</summary>
    internal const string FontFamily = "Arial, Helvetica, 'Liberation Sans', sans-serif";

    /// <summary>The ellipsis that ends a truncated label.</summary>
    internal const string Ellipsis = "\u2026";

    /// <summary>The estimated width of <paramref name="text"/> in pixels at <paramref name="fontSize"/>.</summary>
    internal static double Width(string text, double fontSize, bool bold = false)
    {
        var ems = 0.0;
        foreach (var c in text)
        {
            ems += c switch
            {
                _ when char.IsLowSurrogate(c) => 0,
                'i' or 'l' or 'j' or '.' or ',' or ':' or ';' or '\'' or '|' or '!' or 'I' or ' ' => 0.32,
                'f' or 't' or 'r' or '(' or ')' or '[' or ']' or '-' or '/' => 0.42,
                'm' or 'w' or 'M' or 'W' or '%' or '@' or '\u2026' => 0.98,
                >= 'A' and <= 'Z' => 0.74,
                >= '0' and <= '9' => 0.64,
                >= 'a' and <= 'z' => 0.61,
                < '\u2E80' => 0.66,
                _ => 1.0,
            };
        }

        return ems * fontSize * (bold ? 1.12 : 1.0);
    }

    /// <summary>
    /// Wraps <paramref name="text"/> into at most <paramref name="maxLines"/> lines no wider than
    /// <paramref name="maxWidth"/>, breaking at spaces and, for a word too long for a line, between characters (never
    /// inside a character made of several UTF-16 units); text that does not fit ends with an ellipsis.
    /// </summary>
    /// <returns>The lines (at least one), and whether the text was cut short.</returns>
    internal static (IReadOnlyList<string> Lines, bool Truncated) Wrap(string text, double maxWidth, double fontSize, int maxLines, bool bold = false)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var lines = new List<string>();
        var current = "";
        foreach (var word in words)
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (Width(candidate, fontSize, bold) <= maxWidth)
            {
                current = candidate;
                continue;
            }

            if (current.Length > 0)
            {
                lines.Add(current);
            }

            // A word longer than a line is cut between text elements.
            var rest = word;
            while (Width(rest, fontSize, bold) > maxWidth)
            {
                var head = Fit(rest, maxWidth, fontSize, bold, "");
                lines.Add(head);
                rest = rest[head.Length..];
            }

            current = rest;
        }

        if (current.Length > 0 || lines.Count == 0)
        {
            lines.Add(current);
        }

        if (lines.Count <= maxLines)
        {
            return (lines, false);
        }

        var kept = lines.Take(maxLines).ToList();
        var last = kept[^1] + " " + lines[maxLines];
        kept[^1] = Fit(last, maxWidth, fontSize, bold, Ellipsis).TrimEnd() + Ellipsis;
        return (kept, true);
    }

    /// <summary>The longest prefix of <paramref name="text"/>, in whole text elements, that fits with <paramref name="suffix"/> after it (at least one text element).</summary>
    private static string Fit(string text, double maxWidth, double fontSize, bool bold, string suffix)
    {
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        var end = 0;
        while (enumerator.MoveNext())
        {
            var next = enumerator.ElementIndex + enumerator.GetTextElement().Length;
            if (end > 0 && Width(string.Concat(text.AsSpan(0, next), suffix), fontSize, bold) > maxWidth)
            {
                break;
            }

            end = next;
        }

        return text[..end];
    }
}
