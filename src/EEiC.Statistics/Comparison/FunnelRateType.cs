using System.Text.Json.Serialization;

namespace EEiC.Statistics.Comparison;

/// <summary>The kind of rate a rate funnel plot shows (PHEindicatormethods' <c>rate_type</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FunnelRateType>))]
public enum FunnelRateType
{
    /// <summary>
    /// A directly standardised rate (<c>"dsr"</c>). Its denominator is derived as multiplier × events / rate; areas with
    /// fewer than 10 events are not assessed (<see cref="FunnelSignificance.NotApplicable"/>) and not plotted, and
    /// areas with no events are left out of the pooled rate and the axis.
    /// </summary>
    DirectlyStandardised = 0,

    /// <summary>
    /// A crude rate (<c>"crude"</c>): events per person (or person-year) × multiplier. Its denominator is derived as
    /// multiplier × events / rate, or taken from the denominators supplied for areas with no events.
    /// </summary>
    Crude = 1,
}
