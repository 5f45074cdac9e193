using System.Text.Json.Serialization;

namespace EEiC.Tools.Reports;

/// <summary>The scale of a chart's value axis.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChartScale>))]
public enum ChartScale
{
    /// <summary>Equal distances for equal differences: for proportions, rates and differences.</summary>
    Linear = 0,

    /// <summary>
    /// Equal distances for equal ratios, ticks at powers of 2 (0.25, 0.5, 1, 2, 4) or 10: for ratios against a
    /// reference group, so that a ratio of 2 and one of 0.5 lie at the same distance either side of 1. Every value,
    /// limit and reference value must then be greater than 0.
    /// </summary>
    Log = 1,
}
