using System.Text.Json.Serialization;

namespace EEiC.Tools.Audit;

/// <summary>What a group's share of events is set against in the representation ratios of an equity audit.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RepresentationBasis>))]
public enum RepresentationBasis
{
    /// <summary>The group's share of the denominators (people eligible, or population): no reference rates were given.</summary>
    Denominators = 0,

    /// <summary>The group's share of the expected events computed from the reference rates (share of activity against share of need).</summary>
    Expected = 1,
}
