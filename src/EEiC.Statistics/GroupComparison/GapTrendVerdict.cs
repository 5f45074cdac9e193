using System.Text.Json.Serialization;

namespace EEiC.Statistics.GroupComparison;

/// <summary>What happened to a gap between two groups over the periods, judged by the confidence interval of its linear trend (see <see cref="GapTrend"/>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<GapTrendVerdict>))]
public enum GapTrendVerdict
{
    /// <summary>The interval of the trend contains no change (0 for the difference, 1 for the ratio).</summary>
    NoSignificantChange = 0,

    /// <summary>The gap moved towards no gap (difference 0, ratio 1) significantly, from the side it started on.</summary>
    Narrowed = 1,

    /// <summary>The gap moved away from no gap significantly (or opened from none).</summary>
    Widened = 2,

    /// <summary>The trend could not be estimated (see <see cref="GapTrend"/> for when).</summary>
    NotAvailable = 3,
}
