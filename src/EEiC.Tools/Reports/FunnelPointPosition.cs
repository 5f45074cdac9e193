using System.Text.Json.Serialization;

namespace EEiC.Tools.Reports;

/// <summary>Where a point of a <see cref="FunnelChart"/> lies against its control limits (above or below follows from its value against the overall value).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FunnelPointPosition>))]
public enum FunnelPointPosition
{
    /// <summary>Within the inner limits (for example 95%), limits included: drawn as a hollow circle.</summary>
    WithinLimits = 0,

    /// <summary>Beyond the inner limits but within the outer ones (for example between 95% and 99.8%): drawn as a triangle pointing away from the overall value.</summary>
    BeyondInnerLimits = 1,

    /// <summary>Beyond the outer limits (for example 99.8%): drawn as a larger, darker triangle with its label beside it.</summary>
    BeyondOuterLimits = 2,
}
