using System.Text.Json.Serialization;

namespace EEiC.Statistics.Comparison;

/// <summary>
/// A <see cref="BenchmarkComparison"/> read through the indicator's polarity
/// (<see cref="EEiC.Indicators.IndicatorPolarity"/>): significantly better, similar, or significantly worse than the
/// benchmark — Fingertips' green, amber/yellow and red.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<BenchmarkAssessment>))]
public enum BenchmarkAssessment
{
    /// <summary>
    /// Not assessed: the value was not compared, or the indicator's polarity is
    /// <see cref="EEiC.Indicators.IndicatorPolarity.NoJudgement"/> (only higher, similar or lower is reported).
    /// </summary>
    NotAssessed = 0,

    /// <summary>Significantly worse than the benchmark.</summary>
    Worse = 1,

    /// <summary>Not significantly different from the benchmark.</summary>
    Similar = 2,

    /// <summary>Significantly better than the benchmark.</summary>
    Better = 3,
}
