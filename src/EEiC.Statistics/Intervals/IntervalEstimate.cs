using System.Globalization;

namespace EEiC.Statistics.Intervals;

/// <summary>
/// An estimate with its confidence interval at one level, the method used and a status. Absent values are
/// <see langword="null"/>: when <see cref="Status"/> is not <see cref="EstimateStatus.Ok"/> there is no value,
/// and a limit the method does not define (a negative Byar's lower limit, say) is absent on its own.
/// </summary>
/// <remarks>A compact value type (48 bytes: three doubles, the level and two enums) so that batch calls can fill a caller's span without allocating.</remarks>
public readonly struct IntervalEstimate : IEquatable<IntervalEstimate>
{
    private readonly double _value;
    private readonly double _lower;
    private readonly double _upper;

    /// <summary>Creates an estimate. NaN stands for "absent" in the arguments; the properties expose it as <see langword="null"/>.</summary>
    /// <param name="value">The estimate, or NaN when there is none.</param>
    /// <param name="lower">The lower limit, or NaN when there is none.</param>
    /// <param name="upper">The upper limit, or NaN when there is none.</param>
    /// <param name="level">The confidence level of the limits.</param>
    /// <param name="method">The method the limits were computed with.</param>
    /// <param name="status">Whether the estimate could be produced.</param>
    public IntervalEstimate(double value, double lower, double upper, ConfidenceLevel level, EstimationMethod method, EstimateStatus status)
    {
        _value = value;
        _lower = lower;
        _upper = upper;
        Level = level;
        Method = method;
        Status = status;
    }

    /// <summary>The estimate, or <see langword="null"/> when it could not be produced (see <see cref="Status"/>).</summary>
    public double? Value => double.IsNaN(_value) ? null : _value;

    /// <summary>The lower confidence limit, or <see langword="null"/> when it is not defined.</summary>
    public double? Lower => double.IsNaN(_lower) ? null : _lower;

    /// <summary>The upper confidence limit, or <see langword="null"/> when it is not defined.</summary>
    public double? Upper => double.IsNaN(_upper) ? null : _upper;

    /// <summary>The confidence level of <see cref="Lower"/> and <see cref="Upper"/>.</summary>
    public ConfidenceLevel Level { get; }

    /// <summary>The method the interval was computed with.</summary>
    public EstimationMethod Method { get; }

    /// <summary>Whether the estimate could be produced.</summary>
    public EstimateStatus Status { get; }

    /// <summary><see langword="true"/> when there is a value.</summary>
    public bool HasValue => !double.IsNaN(_value);

    /// <summary>An estimate that could not be produced.</summary>
    /// <param name="status">Why (must not be <see cref="EstimateStatus.Ok"/>).</param>
    /// <param name="level">The confidence level requested.</param>
    /// <param name="method">The method that would have been used.</param>
    /// <returns>An estimate with no value and no limits.</returns>
    public static IntervalEstimate NotAvailable(EstimateStatus status, ConfidenceLevel level, EstimationMethod method) =>
        new(double.NaN, double.NaN, double.NaN, level, method, status);

    /// <summary>Returns the estimate with value and limits multiplied by a constant (for example 100 for a percentage). A negative factor swaps the limits.</summary>
    /// <param name="factor">The multiplier.</param>
    /// <returns>The scaled estimate.</returns>
    public IntervalEstimate Scale(double factor) => factor >= 0
        ? new(_value * factor, _lower * factor, _upper * factor, Level, Method, Status)
        : new(_value * factor, _upper * factor, _lower * factor, Level, Method, Status);

    /// <inheritdoc />
    public bool Equals(IntervalEstimate other) =>
        _value.Equals(other._value) && _lower.Equals(other._lower) && _upper.Equals(other._upper)
        && Level.Equals(other.Level) && Method == other.Method && Status == other.Status;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IntervalEstimate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_value, _lower, _upper, Level, Method, Status);

    /// <summary>Compares two estimates for equality (NaN equals NaN for absent values).</summary>
    /// <param name="left">The first estimate.</param>
    /// <param name="right">The second estimate.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(IntervalEstimate left, IntervalEstimate right) => left.Equals(right);

    /// <summary>Compares two estimates for inequality.</summary>
    /// <param name="left">The first estimate.</param>
    /// <param name="right">The second estimate.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(IntervalEstimate left, IntervalEstimate right) => !left.Equals(right);

    /// <summary>For example <c>"12.3 (10.1 to 14.9, 95% Wilson)"</c>, or the status when there is no value.</summary>
    /// <returns>The formatted estimate.</returns>
    public override string ToString() => HasValue
        ? string.Create(CultureInfo.InvariantCulture, $"{_value:G6} ({Format(_lower)} to {Format(_upper)}, {Level} {Method})")
        : $"no value: {Status}";

    private static string Format(double limit) => double.IsNaN(limit) ? "NA" : limit.ToString("G6", CultureInfo.InvariantCulture);
}
