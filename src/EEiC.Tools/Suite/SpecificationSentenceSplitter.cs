namespace EEiC.Tools.Suite;

/// <summary>
/// Splits a specification's text into sentences with their offsets, for <see cref="SpecificationTextAnalyser"/>.
/// </summary>
/// <remarks>
/// <para>A sentence ends:</para>
/// <list type="bullet">
/// <item>after <c>.</c>, <c>!</c> or <c>?</c> (with any further ones and closing quotes or brackets) followed by white
/// space or the end of the text, unless the next word starts with a lower-case letter or the full stop ends one of the
/// abbreviations "e.g.", "i.e.", "cf.", "vs.", "approx.", "no.", "Dr.", "Mr.", "Mrs.", "Ms.", "St.", or a section number
/// such as "3." or "4.2." begins the sentence;</item>
/// <item>at a line break followed by a blank line (a new paragraph) or by a list item (a line starting with a bullet
/// such as <c>-</c>, <c>*</c> or <c>•</c>, or with a number or letter and <c>.</c> or <c>)</c>), since specifications
/// are full of lists without full stops;</item>
/// <item>at a Unicode line or paragraph separator.</item>
/// </list>
/// <para>Other line breaks (text wrapped inside a paragraph) do not end a sentence. White space around a sentence is
/// not part of it; white-space-only stretches are not sentences.</para>
/// </remarks>
internal static class SpecificationSentenceSplitter
{
    private static readonly string[] Abbreviations = ["e.g", "i.e", "cf", "vs", "approx", "no", "dr", "mr", "mrs", "ms", "st"];

    /// <summary>The sentences of <paramref name="text"/> as (start, length) spans, in order, none empty or white space at either end.</summary>
    internal static List<(int Start, int Length)> Split(string text)
    {
        var spans = new List<(int Start, int Length)>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '.' or '!' or '?')
            {
                var end = i + 1;
                while (end < text.Length && text[end] is '.' or '!' or '?')
                {
                    end++;
                }

                while (end < text.Length && text[end] is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019')
                {
                    end++;
                }

                if (EndsSentence(text, start, i, end))
                {
                    Add(spans, text, start, end);
                    start = end;
                }

                i = end;
                continue;
            }

            if (c is '\u2028' or '\u2029' || (IsLineBreak(c) && NextLineStartsNewSentence(text, i)))
            {
                Add(spans, text, start, i);
                start = i + 1;
            }

            i++;
        }

        Add(spans, text, start, text.Length);
        return spans;
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085';

    /// <summary>Whether the terminal punctuation at <paramref name="stop"/> (running to <paramref name="end"/>) ends the sentence begun at <paramref name="start"/>.</summary>
    private static bool EndsSentence(string text, int start, int stop, int end)
    {
        if (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            return false;
        }

        var next = end;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        if (next < text.Length && char.IsLower(text[next]))
        {
            return false;
        }

        return text[stop] != '.' || (!EndsAbbreviation(text, stop) && !IsSectionNumber(text, start, stop));
    }

    /// <summary>Whether the sentence so far is only a section or list number such as "3." or "4.2." (a heading's number, not a sentence).</summary>
    private static bool IsSectionNumber(string text, int start, int stop)
    {
        var i = start;
        while (i < stop && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i == stop)
        {
            return false;
        }

        for (; i < stop; i++)
        {
            if (!char.IsAsciiDigit(text[i]) && text[i] != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static bool EndsAbbreviation(string text, int stop)
    {
        var wordStart = stop;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, stop - wordStart);
        foreach (var abbreviation in Abbreviations)
        {
            if (word.Equals(abbreviation, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the line after the line break at <paramref name="lineBreak"/> is blank, absent, or a list item.</summary>
    private static bool NextLineStartsNewSentence(string text, int lineBreak)
    {
        var i = lineBreak + 1;
        if (text[lineBreak] == '\r' && i < text.Length && text[i] == '\n')
        {
            // The '\n' of a "\r\n" pair decides; the '\r' alone never does.
            return false;
        }

        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        if (i == text.Length || IsLineBreak(text[i]))
        {
            return true;
        }

        if (text[i] is '-' or '*' or '\u2022' or '\u00B7' or '\u25E6' or '\u2023' or '\u25AA' or '\u2013' or '\u2014' or '>')
        {
            return i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]);
        }

        // "1. ", "12) ", "a) ", "(b) " list markers.
        var j = i;
        if (text[j] == '(')
        {
            j++;
        }

        var markerStart = j;
        while (j < text.Length && char.IsAsciiDigit(text[j]))
        {
            j++;
        }

        if (j == markerStart && j < text.Length && char.IsAsciiLetterLower(text[j]))
        {
            j++;
        }

        return j > markerStart && j < text.Length && text[j] is '.' or ')'
            && (j + 1 == text.Length || char.IsWhiteSpace(text[j + 1]));
    }

    private static void Add(List<(int Start, int Length)> spans, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            spans.Add((start, end - start));
        }
    }
}
