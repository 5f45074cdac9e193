using System.Globalization;
using MathNet.Numerics.Distributions;

namespace EEiC.Statistics.Intervals;

/// <summary>
/// A two-sided confidence level strictly between 0 and 1, with its standard normal quantile
/// z = Φ⁻¹(c + (1 − c)/2) computed once. Public health indicators in England are usually published with
/// 95% and 99.8% limits (about two and three standard deviations): <see cref="Standard"/>.
/// </summary>
public readonly record struct ConfidenceLevel
{
    /// <summary>Creates a confidence level.</summary>
    /// <param name="value">The level as a fraction, strictly between 0 and 1 (for example 0.95).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not strictly between 0 and 1.</exception>
    public ConfidenceLevel(double value)
    {
        if (!(value > 0 && value < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value,
                $"confidence level must be strictly between 0 and 1 (for example 0.95), got {value.ToString(CultureInfo.InvariantCulture)}.");
        }

        Value = value;
        Z = Normal.InvCDF(0, 1, value + (1 - value) / 2);
    }

    /// <summary>95%.</summary>
    public static ConfidenceLevel Percent95 { get; } = new(0.95);

    /// <summary>99.8%.</summary>
    public static ConfidenceLevel Percent99Point8 { get; } = new(0.998);

    /// <summary>The usual pair for public health indicators in England: 95% and 99.8%.</summary>
    public static IReadOnlyList<ConfidenceLevel> Standard { get; } = [Percent95, Percent99Point8];

    /// <summary>The level as a fraction (for example 0.95).</summary>
    public double Value { get; }

    /// <summary>The two-sided standard normal quantile Φ⁻¹(c + (1 − c)/2) (1.959964… at 95%).</summary>
    public double Z { get; }

    /// <summary>The upper tail probability (1 − c)/2 of a two-sided interval.</summary>
    public double TailProbability => (1 - Value) / 2;

    /// <summary>Creates a level from a percentage.</summary>
    /// <param name="percent">The level in percent, strictly between 0 and 100 (for example 99.8).</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is not strictly between 0 and 100.</exception>
    public static ConfidenceLevel FromPercent(double percent)
    {
        if (!(percent > 0 && percent < 100))
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent,
                $"confidence level must be strictly between 0 and 100 percent (for example 95), got {percent.ToString(CultureInfo.InvariantCulture)}.");
        }

        return new ConfidenceLevel(percent / 100);
    }

    /// <summary>The level as a percentage, for example <c>"95%"</c> or <c>"99.8%"</c>.</summary>
    /// <returns>The formatted level.</returns>
    public override string ToString() => (Value * 100).ToString("0.###", CultureInfo.InvariantCulture) + "%";
}
