using System.Text;

namespace EEiC.Statistics.Standardisation;

/// <summary>
/// How band labels are compared: ignoring white space and case, with any dash (‐ ‑ ‒ – — −) read as a hyphen
/// and leading zeros of whole numbers dropped, so <c>"0-4"</c>, <c>"00-04"</c> and <c>"0 – 4"</c> name the same
/// band, as do <c>"90+"</c> and <c>"90 +"</c>. Digits after a decimal point are kept as they are.
/// </summary>
internal static class BandLabel
{
    internal static string Key(string label)
    {
        var sb = new StringBuilder(label.Length);
        var digits = 0;          // digits written for the current number
        var skippedZero = false; // a leading zero of the current number was dropped
        var keepZeros = false;   // the current number follows a decimal point
        var previous = '\0';
        foreach (var raw in label)
        {
            if (char.IsWhiteSpace(raw))
            {
                continue;
            }

            var c = raw is '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' ? '-' : char.ToLowerInvariant(raw);
            if (char.IsAsciiDigit(c))
            {
                if (digits == 0 && !skippedZero)
                {
                    keepZeros = previous == '.';
                }

                if (c == '0' && digits == 0 && !keepZeros)
                {
                    skippedZero = true;
                }
                else
                {
                    sb.Append(c);
                    digits++;
                }
            }
            else
            {
                EndNumber(sb, ref digits, ref skippedZero);
                sb.Append(c);
            }

            previous = c;
        }

        EndNumber(sb, ref digits, ref skippedZero);
        return sb.ToString();
    }

    private static void EndNumber(StringBuilder sb, ref int digits, ref bool skippedZero)
    {
        if (skippedZero && digits == 0)
        {
            sb.Append('0');
        }

        digits = 0;
        skippedZero = false;
    }
}
