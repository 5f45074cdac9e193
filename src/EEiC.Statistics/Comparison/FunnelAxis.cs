using System.Globalization;

namespace EEiC.Statistics.Comparison;

/// <summary>
/// The horizontal axis of a funnel plot as PHEindicatormethods 2.1.0 builds it (<c>calculate_funnel_limits</c>): a
/// neat range around the smallest and largest denominators, and 100 points spread geometrically across it.
/// </summary>
/// <remarks>
/// Reproduced operation for operation so that the 100 points match the reference exactly, including R's rounding
/// half to even and the width of R's <c>as.character</c> of a number ("1e+05" has 5 characters, not 6).
/// </remarks>
internal static class FunnelAxis
{
    internal const int Rows = 100;

    /// <summary>The axis minimum: 0 when the largest denominator is more than twice the smallest, otherwise <see cref="FloorNeat"/> of the smallest.</summary>
    internal static double Minimum(double min, double max, double years) =>
        max > 2 * min ? 0 : FloorNeat(min / years) * years;

    /// <summary>The axis maximum: <see cref="CeilingNeat"/> of the largest denominator.</summary>
    internal static double Maximum(double max, double years) => CeilingNeat(max / years) * years;

    /// <summary>R's <c>signif.floor</c>: floor(0.95x / 10^k)·10^k with k = nchar(floor(0.95x)) − 1; 0 for x = 0.</summary>
    internal static double FloorNeat(double x)
    {
        if (x == 0)
        {
            return 0;
        }

        var scale = Pow10(RCharacterCount(Math.Floor(x * 0.95)) - 1);
        return Math.Floor(x * 0.95 / scale) * scale;
    }

    /// <summary>R's <c>signif.ceiling</c>: ceiling(1.05x / 10^k)·10^k with k = nchar(ceiling(1.05x)) − 2; 0 for x = 0.</summary>
    internal static double CeilingNeat(double x)
    {
        if (x == 0)
        {
            return 0;
        }

        var scale = Pow10(RCharacterCount(Math.Ceiling(x * 1.05)) - 2);
        return Math.Ceiling(x * 1.05 / scale) * scale;
    }

    /// <summary>
    /// Fills the 100 points: p₁ = max(1, minimum); p_j = max(round((maximum/p_{j−1})^(1/(101 − o))·p_{j−1}), p_{j−1} + 1)
    /// with o = j, or o = j − 1 for ratio funnels (<paramref name="ratio"/>), rounding half to even.
    /// </summary>
    internal static void Points(double minimum, double maximum, bool ratio, Span<double> points)
    {
        points[0] = Math.Max(1, minimum);
        for (var j = 2; j <= Rows; j++)
        {
            var offset = ratio ? j - 1 : j;
            var previous = points[j - 2];
            var next = Math.Round(Math.Pow(maximum / previous, 1.0 / (101 - offset)) * previous, MidpointRounding.ToEven);
            points[j - 1] = Math.Max(next, previous + 1);
        }
    }

    /// <summary>
    /// The number of characters of R's <c>as.character(v)</c> for a whole number v ≥ 0: 15 significant digits, written
    /// in fixed notation unless scientific notation is strictly shorter (R's default <c>scipen = 0</c>).
    /// </summary>
    internal static int RCharacterCount(double v)
    {
        if (v == 0)
        {
            return 1;
        }

        // d.dddddddddddddd E±xxx: 15 significant digits, rounded as R's formatReal does.
        var text = v.ToString("E14", CultureInfo.InvariantCulture);
        var exponentAt = text.IndexOf('E', StringComparison.Ordinal);
        var exponent = int.Parse(text.AsSpan(exponentAt + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var significant = 15;
        for (var i = exponentAt - 1; i > 0 && text[i] == '0'; i--)
        {
            significant--;
        }

        var fixedWidth = exponent >= 0 ? exponent + 1 : 1;
        var scientificWidth = (significant > 1 ? significant + 1 : 1) + (Math.Abs(exponent) >= 100 ? 5 : 4);
        return fixedWidth <= scientificWidth ? fixedWidth : scientificWidth;
    }

    // R's 10^n: R_pow(10, n), which squares for n = 2 and otherwise calls the C library's pow.
    private static double Pow10(int n) => n == 2 ? 100 : Math.Pow(10, n);
}
