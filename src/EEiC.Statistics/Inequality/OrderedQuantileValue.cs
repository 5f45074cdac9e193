using System.Globalization;

namespace EEiC.Statistics.Inequality;

/// <summary>
/// The indicator value of one quantile of an <em>ordered</em> social dimension (for example a deprivation decile)
/// within one area, as input to the <see cref="SlopeIndexOfInequality"/>: its position <see cref="Quantile"/>
/// (1 = the most disadvantaged, k = the least), its population, the value and its uncertainty (a standard error,
/// or 95% confidence limits to derive one from).
/// </summary>
/// <remarks>
/// <para>The slope index of inequality regresses the value on the quantile's position in the cumulative population,
/// so it is only meaningful for a dimension with a natural order. That is why this type demands an explicit
/// position: ethnic groups have no order, and must not be fed here (compare ethnic groups with the non-ordered
/// summary measures instead). The SII can still be computed <em>within</em> each ethnic group across deprivation
/// quantiles. Positions are integers, so the reference's ordering of text quantile labels as text ("10" before "2")
/// cannot arise.</para>
/// <para>Nothing is checked when a value is created; <see cref="SlopeIndexOfInequality"/> checks every value of a
/// batch and reports all problems at once.</para>
/// </remarks>
public readonly struct OrderedQuantileValue : IEquatable<OrderedQuantileValue>
{
    private readonly double _standardError;
    private readonly double _lower95;
    private readonly double _upper95;

    private OrderedQuantileValue(int quantile, double population, double value, double standardError, double lower95, double upper95)
    {
        Quantile = quantile;
        Population = population;
        Value = value;
        _standardError = standardError;
        _lower95 = lower95;
        _upper95 = upper95;
    }

    /// <summary>The position of the quantile in the social order: 1 for the most disadvantaged (for example the most deprived decile) up to the number of quantiles for the least.</summary>
    public int Quantile { get; }

    /// <summary>The population of the quantile (the denominator); must be &gt; 0.</summary>
    public double Population { get; }

    /// <summary>The indicator value of the quantile, on its natural scale (a proportion between 0 and 1 for <see cref="SlopeIndexValueType.Proportion"/>).</summary>
    public double Value { get; }

    /// <summary>
    /// The standard error of the value when given directly, on the scale the value is simulated on (the value's own
    /// scale for <see cref="SlopeIndexValueType.Normal"/>, the log scale for rates and the logit scale for
    /// proportions), or <see langword="null"/> when confidence limits were given instead.
    /// </summary>
    public double? StandardError => double.IsNaN(_standardError) ? null : _standardError;

    /// <summary>The lower 95% confidence limit of the value, when limits were given instead of a standard error.</summary>
    public double? Lower95 => double.IsNaN(_lower95) ? null : _lower95;

    /// <summary>The upper 95% confidence limit of the value, when limits were given instead of a standard error.</summary>
    public double? Upper95 => double.IsNaN(_upper95) ? null : _upper95;

    internal double RawStandardError => _standardError;

    internal double RawLower95 => _lower95;

    internal double RawUpper95 => _upper95;

    /// <summary>A quantile's value with its standard error.</summary>
    /// <param name="quantile">The position: 1 = most disadvantaged.</param>
    /// <param name="population">The population of the quantile, &gt; 0.</param>
    /// <param name="value">The indicator value.</param>
    /// <param name="standardError">The standard error, ≥ 0, on the simulation scale (natural for normal values, log for rates, logit for proportions).</param>
    /// <returns>The quantile value.</returns>
    public static OrderedQuantileValue WithStandardError(int quantile, double population, double value, double standardError) =>
        new(quantile, population, value, standardError, double.NaN, double.NaN);

    /// <summary>
    /// A quantile's value with its 95% confidence limits, from which the standard error is derived on the
    /// simulation scale g (identity, log or logit): (g(upper) − g(lower)) / (2 · 1.959964). The limits are always
    /// taken to be 95% limits, whatever levels the SII is computed at.
    /// </summary>
    /// <param name="quantile">The position: 1 = most disadvantaged.</param>
    /// <param name="population">The population of the quantile, &gt; 0.</param>
    /// <param name="value">The indicator value.</param>
    /// <param name="lower95">The lower 95% confidence limit of the value.</param>
    /// <param name="upper95">The upper 95% confidence limit of the value.</param>
    /// <returns>The quantile value.</returns>
    public static OrderedQuantileValue WithConfidenceLimits(int quantile, double population, double value, double lower95, double upper95) =>
        new(quantile, population, value, double.NaN, lower95, upper95);

    /// <inheritdoc />
    public bool Equals(OrderedQuantileValue other) =>
        Quantile == other.Quantile && Population.Equals(other.Population) && Value.Equals(other.Value)
        && _standardError.Equals(other._standardError) && _lower95.Equals(other._lower95) && _upper95.Equals(other._upper95);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is OrderedQuantileValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Quantile, Population, Value, _standardError, _lower95, _upper95);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(OrderedQuantileValue left, OrderedQuantileValue right) => left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(OrderedQuantileValue left, OrderedQuantileValue right) => !left.Equals(right);

    /// <summary>For example <c>"quantile 1: 75.9 (se 1.64), population 7291"</c>.</summary>
    /// <returns>The formatted value.</returns>
    public override string ToString() => StandardError is { } se
        ? string.Create(CultureInfo.InvariantCulture, $"quantile {Quantile}: {Value:G6} (se {se:G4}), population {Population:G}")
        : string.Create(CultureInfo.InvariantCulture, $"quantile {Quantile}: {Value:G6} ({_lower95:G6} to {_upper95:G6}), population {Population:G}");
}
