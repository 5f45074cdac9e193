namespace EEiC.Ethnicity;

/// <summary>
/// Reduces a label to a canonical key: letters and digits in lower case, "&amp;" and "+" read as "and", every
/// other character a word break, runs of breaks collapsed to one space, no leading or trailing space.
/// "White - British", "WHITE: british" and "white_british" all become "white british".
/// </summary>
internal static class LabelNormaliser
{
    /// <summary>Longest raw value the parser considers; longer values are free text, not a category.</summary>
    internal const int MaxInputLength = 200;

    /// <summary>Size of the key buffer: enough for <see cref="MaxInputLength"/> characters with every one expanded to " and ".</summary>
    internal const int BufferLength = MaxInputLength * 5;

    /// <summary>For ASCII: the lower-cased letter or digit, 1 for '&amp;' and '+' (read as "and"), 0 for a word break.</summary>
    private static readonly char[] AsciiMap = BuildAsciiMap();

    private static char[] BuildAsciiMap()
    {
        var map = new char[128];
        for (var c = '0'; c <= '9'; c++)
        {
            map[c] = c;
        }

        for (var c = 'a'; c <= 'z'; c++)
        {
            map[c] = c;
            map[char.ToUpperInvariant(c)] = c;
        }

        map['&'] = (char)1;
        map['+'] = (char)1;
        return map;
    }

    /// <summary>Writes the key of <paramref name="input"/> into <paramref name="destination"/>.</summary>
    /// <returns>The key length, or -1 when the input is longer than <see cref="MaxInputLength"/>.</returns>
    internal static int Normalise(ReadOnlySpan<char> input, Span<char> destination)
    {
        if (input.Length > MaxInputLength)
        {
            return -1;
        }

        var length = 0;
        var pendingSpace = false;
        foreach (var c in input)
        {
            if (c < 128)
            {
                var mapped = AsciiMap[c];
                if (mapped > 1)
                {
                    if (pendingSpace && length > 0)
                    {
                        destination[length++] = ' ';
                    }

                    pendingSpace = false;
                    destination[length++] = mapped;
                    continue;
                }

                if (mapped == 0)
                {
                    pendingSpace = true;
                    continue;
                }
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && length > 0)
                {
                    destination[length++] = ' ';
                }

                pendingSpace = false;
                destination[length++] = char.ToLowerInvariant(c);
            }
            else if (c is '&' or '+')
            {
                if (length > 0)
                {
                    destination[length++] = ' ';
                }

                "and".AsSpan().CopyTo(destination[length..]);
                length += 3;
                pendingSpace = true;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return length;
    }

    /// <summary>The key of a string, allocated (used when building lookup tables).</summary>
    [System.Runtime.CompilerServices.SkipLocalsInit]
    internal static string Normalise(string input)
    {
        Span<char> buffer = stackalloc char[BufferLength];
        var length = Normalise(input.AsSpan(), buffer);
        return length < 0 ? input.ToLowerInvariant() : new string(buffer[..length]);
    }
}
