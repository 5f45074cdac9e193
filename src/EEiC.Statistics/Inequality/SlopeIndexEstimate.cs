using System.Globalization;
using EEiC.Statistics.Intervals;

namespace EEiC.Statistics.Inequality;

/// <summary>
/// The slope and relative indices of inequality of one area at one confidence level, and the intercept of the
/// fitted line.
/// </summary>
/// <remarks>A compact value type so that batch calls can fill a caller's span without allocating.</remarks>
public readonly struct SlopeIndexEstimate : IEquatable<SlopeIndexEstimate>
{
    private readonly double _intercept;

    /// <summary>Creates an estimate.</summary>
    /// <param name="slopeIndex">The SII with its simulated limits.</param>
    /// <param name="relativeIndex">The RII with its simulated limits.</param>
    /// <param name="intercept">The intercept, or NaN when there is none.</param>
    public SlopeIndexEstimate(IntervalEstimate slopeIndex, IntervalEstimate relativeIndex, double intercept)
    {
        SlopeIndex = slopeIndex;
        RelativeIndex = relativeIndex;
        _intercept = intercept;
    }

    /// <summary>
    /// The slope index of inequality: the difference between the fitted values at the least and the most
    /// disadvantaged ends of the social order (relative rank 1 minus relative rank 0), times the multiplier, with
    /// its simulated confidence limits (<see cref="EstimationMethod.Simulation"/>).
    /// </summary>
    public IntervalEstimate SlopeIndex { get; }

    /// <summary>
    /// The relative index of inequality: the fitted value at the least disadvantaged end divided by that at the
    /// most disadvantaged end (inverted when the multiplier is negative), with its simulated limits (absent when
    /// <see cref="SlopeIndexOptions.RelativeIndexLimits"/> is off). Not available (<see cref="EstimateStatus.Undefined"/>)
    /// when the fitted value at the most disadvantaged end is 0.
    /// </summary>
    public IntervalEstimate RelativeIndex { get; }

    /// <summary>
    /// The fitted value at the most disadvantaged end (relative rank 0): on the values' own scale, not multiplied,
    /// when <see cref="SlopeIndexOptions.Transform"/> is off; back-transformed and multiplied by the absolute
    /// multiplier when it is on (as <c>phe_sii</c> reports it). <see langword="null"/> when there is no estimate.
    /// </summary>
    public double? Intercept => double.IsNaN(_intercept) ? null : _intercept;

    /// <summary>Whether the estimate could be produced (the status of <see cref="SlopeIndex"/>).</summary>
    public EstimateStatus Status => SlopeIndex.Status;

    /// <inheritdoc />
    public bool Equals(SlopeIndexEstimate other) =>
        SlopeIndex.Equals(other.SlopeIndex) && RelativeIndex.Equals(other.RelativeIndex) && _intercept.Equals(other._intercept);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SlopeIndexEstimate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(SlopeIndex, RelativeIndex, _intercept);

    /// <summary>Compares two estimates for equality (NaN equals NaN for absent values).</summary>
    /// <param name="left">The first estimate.</param>
    /// <param name="right">The second estimate.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(SlopeIndexEstimate left, SlopeIndexEstimate right) => left.Equals(right);

    /// <summary>Compares two estimates for inequality.</summary>
    /// <param name="left">The first estimate.</param>
    /// <param name="right">The second estimate.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(SlopeIndexEstimate left, SlopeIndexEstimate right) => !left.Equals(right);

    /// <summary>For example <c>"SII 6.93 (3.13 to 10.8, 95% Simulation); RII 1.09 (1.04 to 1.14, 95% Simulation)"</c>.</summary>
    /// <returns>The formatted estimate.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"SII {SlopeIndex}; RII {RelativeIndex}");
}
