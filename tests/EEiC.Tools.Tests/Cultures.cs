using System.Globalization;

namespace EEiC.Tools.Tests;

/// <summary>Runs code under another current culture and restores the previous one, for tests of culture-invariant output.</summary>
internal static class Cultures
{
    /// <summary>
    /// A culture that writes 1.234,5 and a minus sign for negatives. Globalisation may be invariant on the test machine
    /// (no named cultures such as de-DE), so it is built from the invariant culture.
    /// </summary>
    public static CultureInfo CommaDecimal { get; } = Build();

    /// <summary>Runs <paramref name="body"/> with <paramref name="culture"/> as the current culture.</summary>
    public static T With<T>(CultureInfo culture, Func<T> body)
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = culture;
            return body();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    /// <summary>Runs <paramref name="body"/> with <paramref name="culture"/> as the current culture.</summary>
    public static void With(CultureInfo culture, Action body) => With(culture, () =>
    {
        body();
        return 0;
    });

    private static CultureInfo Build()
    {
        var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        comma.NumberFormat.NumberDecimalSeparator = ",";
        comma.NumberFormat.NumberGroupSeparator = ".";
        comma.NumberFormat.NegativeSign = "\u2212";
        return CultureInfo.ReadOnly(comma);
    }
}
