using System.Text.Json.Serialization;

namespace EEiC.Tools.Definitions;

/// <summary>How serious a finding is. Reports list findings from the most to the least serious.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FindingSeverity>))]
public enum FindingSeverity
{
    /// <summary>Worth knowing; nothing needs to change (for example "the rating is provisional until every item is answered").</summary>
    Information = 0,

    /// <summary>A minor weakness.</summary>
    Low = 1,

    /// <summary>A weakness that should be acted on.</summary>
    Medium = 2,

    /// <summary>A serious gap or a contradiction between the answers and the data.</summary>
    High = 3,
}
