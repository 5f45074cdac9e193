using System.Text;

namespace EEiC.Tools.Reports;

/// <summary>Escaping of text for XML (SVG), HTML and Markdown, so that any name a caller gives stays text.</summary>
internal static class Markup
{
    /// <summary>
    /// Escapes text for XML or HTML element content and attribute values: <c>&amp; &lt; &gt; " '</c> and the carriage
    /// return, line feed and tab become character references (so that a parser's line-end and attribute normalisation
    /// gives back the same text), and characters XML 1.0 does not allow (control characters other than tab, line feed and carriage
    /// return; unpaired surrogates; U+FFFE and U+FFFF) become U+FFFD, so the output is always well-formed.
    /// </summary>
    internal static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        AppendEscaped(builder, text);
        return builder.ToString();
    }

    /// <summary>Appends <paramref name="text"/> escaped as <see cref="Escape"/> does.</summary>
    internal static void AppendEscaped(StringBuilder builder, string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                case '\r': builder.Append("&#13;"); break;
                case '\n': builder.Append("&#10;"); break;
                case '\t': builder.Append("&#9;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[i + 1]);
                        i++;
                    }
                    else if (IsXmlChar(c))
                    {
                        builder.Append(c);
                    }
                    else
                    {
                        builder.Append('\uFFFD');
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// Escapes text for a Markdown paragraph or table cell: every ASCII punctuation character that Markdown (CommonMark,
    /// GitHub tables) can read as syntax is preceded by a backslash, and line breaks become spaces so a cell stays on
    /// its row. Characters XML does not allow become U+FFFD, as in <see cref="Escape"/>.
    /// </summary>
    internal static string EscapeMarkdown(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\r' or '\n' or '\t')
            {
                builder.Append(' ');
            }
            else if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~' or '#' or '&' or '!' or '{' or '}')
            {
                builder.Append('\\').Append(c);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
            }
            else
            {
                builder.Append(IsXmlChar(c) ? c : '\uFFFD');
            }
        }

        return builder.ToString();
    }

    private static bool IsXmlChar(char c) =>
        c is '\t' or '\n' or '\r' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD);
}
