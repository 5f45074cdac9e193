using System.Text.Json.Serialization;

namespace EEiC.Statistics.Inequality;

/// <summary>
/// What kind of value the quantiles carry, which decides the scale the slope index of inequality simulates on:
/// the values are drawn as normal on that scale (the value's natural scale, its logarithm, or its logit) with the
/// quantile's standard error, and transformed back before the regression unless
/// <see cref="SlopeIndexOptions.Transform"/> is set.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<SlopeIndexValueType>))]
public enum SlopeIndexValueType
{
    /// <summary>A value on a continuous scale with a symmetric interval, such as life expectancy (<c>value_type = 0</c>): no transformation.</summary>
    Normal = 0,

    /// <summary>A rate, such as a directly standardised mortality rate (<c>value_type = 1</c>): simulated on the log scale; values and limits must be &gt; 0.</summary>
    Rate = 1,

    /// <summary>A proportion strictly between 0 and 1, such as the prevalence of obesity (<c>value_type = 2</c>): simulated on the logit scale. Give proportions, not percentages; use <see cref="SlopeIndexOptions.Multiplier"/> (100) for percentage points.</summary>
    Proportion = 2,
}
