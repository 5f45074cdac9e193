using System.Text.Json.Serialization;

namespace EEiC.Statistics.Comparison;

/// <summary>
/// Where a point of a funnel plot lies relative to the control limits around the average: the labels of
/// PHEindicatormethods' <c>assign_funnel_significance</c> (given with each value), as an enumeration.
/// </summary>
/// <remarks>
/// The 95% limits are at two-sided p = 0.05 (0.025 in each tail, "2s") and the 99.8% limits at two-sided p = 0.002
/// (0.001 in each tail, "3s"). A point beyond the 99.8% limit is <see cref="High99Point8"/> or <see cref="Low99Point8"/>,
/// not also <see cref="High95"/> or <see cref="Low95"/>: the values are exclusive.
/// </remarks>
[JsonConverter(typeof(JsonStringEnumConverter<FunnelSignificance>))]
public enum FunnelSignificance
{
    /// <summary>Within the 95% control limits (<c>"Not significant"</c>).</summary>
    NotSignificant = 0,

    /// <summary>Above the upper 95% limit but not above the upper 99.8% limit (<c>"High (0.025)"</c>).</summary>
    High95 = 1,

    /// <summary>Above the upper 99.8% limit (<c>"High (0.001)"</c>).</summary>
    High99Point8 = 2,

    /// <summary>Below the lower 95% limit but not below the lower 99.8% limit (<c>"Low (0.025)"</c>).</summary>
    Low95 = 3,

    /// <summary>Below the lower 99.8% limit (<c>"Low (0.001)"</c>).</summary>
    Low99Point8 = 4,

    /// <summary>
    /// Not assessed: a directly standardised rate from fewer than 10 events, which by convention is not published
    /// (<c>"Not applicable for events less than 10 for dsrs"</c>).
    /// </summary>
    NotApplicable = 5,
}
