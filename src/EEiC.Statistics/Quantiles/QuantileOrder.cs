using System.Text.Json.Serialization;

namespace EEiC.Statistics.Quantiles;

/// <summary>Which end of the values quantile 1 holds when small areas are assigned to quantiles.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<QuantileOrder>))]
public enum QuantileOrder
{
    /// <summary>
    /// Quantile 1 holds the highest values (<c>phe_quantile</c>'s default, <c>invert = TRUE</c>): for example
    /// deprivation scores, where a higher score is more deprived, so that decile 1 is the most deprived; or an
    /// indicator where low is good, so that quantile 1 is the worst.
    /// </summary>
    HighestFirst = 0,

    /// <summary>Quantile 1 holds the lowest values (<c>invert = FALSE</c>): for example an indicator where high is good, so that quantile 1 is the worst.</summary>
    LowestFirst = 1,
}
