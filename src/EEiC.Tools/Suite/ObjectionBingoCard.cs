using System.Net;
using System.Text;

namespace EEiC.Tools.Suite;

/// <summary>
/// A printable "bingo card" of frequently raised objections: a square of different objections, drawn for a seed by
/// <see cref="ObjectionCatalogue.BingoCard"/>, on which users cross out the objections they hear in their work, as
/// workshop participants suggested (NIHR report, EEiC seed 002, line 2358). Renders as Markdown, plain text or a
/// self-contained HTML page; every rendering ends lines with <c>\n</c> and is the same on every platform.
/// </summary>
public sealed record ObjectionBingoCard
{
    internal ObjectionBingoCard(string tool, string toolVersion, int size, int seed, ObjectionEntry[] cells)
    {
        Tool = tool;
        ToolVersion = toolVersion;
        Size = size;
        Seed = seed;
        Cells = Array.AsReadOnly(cells);
    }

    /// <summary>The identifier of the tool the objections come from.</summary>
    public string Tool { get; }

    /// <summary>The version of the tool the objections come from.</summary>
    public string ToolVersion { get; }

    /// <summary>The number of rows and of columns.</summary>
    public int Size { get; }

    /// <summary>The seed the card was drawn with.</summary>
    public int Seed { get; }

    /// <summary>The objections of the cells, row by row (<see cref="Size"/> × <see cref="Size"/>, all different).</summary>
    public IReadOnlyList<ObjectionEntry> Cells { get; }

    /// <summary>The objection in a cell.</summary>
    /// <param name="row">The row, from 0.</param>
    /// <param name="column">The column, from 0.</param>
    /// <returns>The objection.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> or <paramref name="column"/> is outside 0 to <see cref="Size"/> - 1.</exception>
    public ObjectionEntry this[int row, int column]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(row);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, Size);
            ArgumentOutOfRangeException.ThrowIfNegative(column);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, Size);
            return Cells[(row * Size) + column];
        }
    }

    /// <summary>The card as a Markdown table of the objections' labels (with an empty header row, as Markdown tables need one; Markdown punctuation in labels is escaped).</summary>
    /// <returns>The Markdown text.</returns>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.Append("**Objection bingo**\n\n").Append(Instructions()).Append("\n\n");
        text.Append('|').Append(string.Concat(Enumerable.Repeat("   |", Size))).Append('\n');
        text.Append('|').Append(string.Concat(Enumerable.Repeat("---|", Size))).Append('\n');
        foreach (var row in Rows())
        {
            text.Append('|');
            foreach (var cell in row)
            {
                text.Append(' ').Append(EscapeMarkdown(cell.Label)).Append(" |");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The card as a fixed-width text grid, labels wrapped on words to a cell width of about 20 characters (wider when one word is longer).</summary>
    /// <returns>The text.</returns>
    public string ToPlainText()
    {
        var width = Math.Max(Math.Min(Cells.Max(c => c.Label.Length), 20), Cells.Max(c => WordsOf(c.Label).Max(w => w.Length)));
        var rule = "+" + string.Concat(Enumerable.Repeat(new string('-', width + 2) + "+", Size)) + "\n";
        var text = new StringBuilder();
        text.Append("OBJECTION BINGO\n\n").Append(Instructions()).Append("\n\n").Append(rule);
        foreach (var row in Rows())
        {
            var wrapped = row.Select(c => Wrap(c.Label, width)).ToArray();
            var height = wrapped.Max(w => w.Count);
            for (var line = 0; line < height; line++)
            {
                text.Append('|');
                foreach (var lines in wrapped)
                {
                    text.Append(' ').Append((line < lines.Count ? lines[line] : string.Empty).PadRight(width)).Append(" |");
                }

                text.Append('\n');
            }

            text.Append(rule);
        }

        return text.ToString();
    }

    /// <summary>The card as a self-contained HTML page (inline style, no scripts or external resources), every text HTML-encoded, ready to print.</summary>
    /// <returns>The HTML text.</returns>
    public string ToHtml()
    {
        var text = new StringBuilder();
        text.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>Objection bingo</title>\n<style>\n")
            .Append("body{font-family:Arial,Helvetica,sans-serif;margin:2em}\n")
            .Append("table{border-collapse:collapse}\n")
            .Append("td{border:2px solid #000;width:9em;height:6em;padding:.5em;text-align:center;vertical-align:middle}\n")
            .Append("</style>\n</head>\n<body>\n<h1>Objection bingo</h1>\n<p>")
            .Append(WebUtility.HtmlEncode(Instructions())).Append("</p>\n<table>\n");
        foreach (var row in Rows())
        {
            text.Append("<tr>");
            foreach (var cell in row)
            {
                text.Append("<td>").Append(WebUtility.HtmlEncode(cell.Label)).Append("</td>");
            }

            text.Append("</tr>\n");
        }

        return text.Append("</table>\n</body>\n</html>\n").ToString();
    }

    /// <inheritdoc />
    public bool Equals(ObjectionBingoCard? other) =>
        other is not null && Tool == other.Tool && ToolVersion == other.ToolVersion && Size == other.Size && Seed == other.Seed
        && Sequence.Equal(Cells, other.Cells);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Tool, ToolVersion, Size, Seed, Sequence.Hash(Cells));

    private string Instructions() =>
        $"Cross out each objection when you hear it raised. Card {Seed.ToString(System.Globalization.CultureInfo.InvariantCulture)}, {Tool} {ToolVersion}.";

    private IEnumerable<IEnumerable<ObjectionEntry>> Rows() =>
        Enumerable.Range(0, Size).Select(r => Cells.Skip(r * Size).Take(Size));

    private static string EscapeMarkdown(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#')
            {
                escaped.Append('\\');
            }

            escaped.Append(c is '\r' or '\n' ? ' ' : c);
        }

        return escaped.ToString();
    }

    private static string[] WordsOf(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in WordsOf(text))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        lines.Add(line.ToString());
        return lines;
    }
}
