using System.Text.Json.Serialization;

namespace EEiC.Statistics.Comparison;

/// <summary>How a ratio funnel plot expresses the ratio of observed to expected events (PHEindicatormethods' <c>ratio_type</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FunnelRatioType>))]
public enum FunnelRatioType
{
    /// <summary>The relative excess: observed/expected − 1, so that 0 means "as expected" (<c>ratio_type = "count"</c>).</summary>
    Count = 0,

    /// <summary>An indirectly standardised ratio: observed/expected × 100, so that 100 means "as expected" (<c>ratio_type = "isr"</c>).</summary>
    IndirectlyStandardised = 1,
}
