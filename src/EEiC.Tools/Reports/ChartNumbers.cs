using System.Globalization;

namespace EEiC.Tools.Reports;

/// <summary>Invariant-culture number formatting for chart labels, tables and text alternatives.</summary>
internal static class ChartNumbers
{
    /// <summary>The most decimal places a chart shows.</summary>
    internal const int MaxDecimals = 6;

    /// <summary>Formats <paramref name="value"/> with thousands separators and exactly <paramref name="decimals"/> decimal places; never "-0".</summary>
    internal static string Format(double value, int decimals)
    {
        var text = value.ToString(decimals == 0 ? "#,0" : "#,0." + new string('0', decimals), CultureInfo.InvariantCulture);
        return text.StartsWith('-') && text.AsSpan(1).IndexOfAnyExcept("0.,") < 0 ? text[1..] : text;
    }

    /// <summary>Formats <paramref name="value"/> and appends <paramref name="unit"/>: directly after a symbol (<c>31%</c>), after a space otherwise (<c>31 per 1,000</c>).</summary>
    internal static string Format(double value, int decimals, string? unit) => WithUnit(Format(value, decimals), unit);

    /// <summary>Appends <paramref name="unit"/> to a formatted number, as <see cref="Format(double, int, string?)"/> does.</summary>
    internal static string WithUnit(string number, string? unit) =>
        string.IsNullOrEmpty(unit) ? number : char.IsLetterOrDigit(unit[0]) ? number + " " + unit : number + unit;

    /// <summary>Formats a coordinate for SVG: at most two decimals, invariant, never "-0".</summary>
    internal static string Coordinate(double value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0 : rounded).ToString("0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>Formats a tick value with no more decimals than it needs (up to <see cref="MaxDecimals"/>); below 0.0001 or from 10^9 in scientific notation.</summary>
    internal static string Tick(double value) =>
        value != 0 && (Math.Abs(value) < 1e-4 || Math.Abs(value) >= 1e9)
            ? value.ToString("0.##E+0", CultureInfo.InvariantCulture)
            : Format(value, DecimalsOf(value));

    /// <summary>The decimal places <paramref name="value"/> needs to be written exactly, up to <see cref="MaxDecimals"/>.</summary>
    internal static int DecimalsOf(double value)
    {
        for (var d = 0; d < MaxDecimals; d++)
        {
            if (Math.Abs(value - Math.Round(value, d)) <= 1e-9 * Math.Max(1, Math.Abs(value)))
            {
                return d;
            }
        }

        return MaxDecimals;
    }

    /// <summary>
    /// Decimal places for estimates when the caller gives none: enough that the narrowest positive interval width shows
    /// two significant digits (a 26 to 37 interval gives 0 places, 0.81 to 1.29 gives 2); without intervals, enough for
    /// three significant digits of the largest absolute value. Between 0 and 4.
    /// </summary>
    internal static int AutomaticDecimals(IEnumerable<double> values, IEnumerable<double> intervalWidths)
    {
        var narrowest = intervalWidths.Where(w => w > 0).DefaultIfEmpty(double.NaN).Min();
        if (!double.IsNaN(narrowest))
        {
            return Math.Clamp(1 - (int)Math.Floor(Math.Log10(narrowest)), 0, 4);
        }

        var largest = values.Select(Math.Abs).Where(v => v > 0).DefaultIfEmpty(double.NaN).Max();
        return double.IsNaN(largest) ? 0 : Math.Clamp(2 - (int)Math.Floor(Math.Log10(largest)), 0, 4);
    }
}
