using System.Text.Json.Serialization;

namespace EEiC.Statistics.Comparison;

/// <summary>The kind of statistic a funnel plot shows, which decides how its control limits are computed.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FunnelStatistic>))]
public enum FunnelStatistic
{
    /// <summary>A proportion (numerator out of denominator), with Wilson score control limits around the pooled proportion.</summary>
    Proportion = 0,

    /// <summary>A ratio of observed to expected events (for example an indirectly standardised ratio), with exact Poisson control limits around 1.</summary>
    Ratio = 1,

    /// <summary>A rate (crude or directly standardised), with exact Poisson control limits around the pooled rate.</summary>
    Rate = 2,
}
