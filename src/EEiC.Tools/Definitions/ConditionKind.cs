using System.Text.Json.Serialization;

namespace EEiC.Tools.Definitions;

/// <summary>What a <see cref="Condition"/> tests: a combination of other conditions, or an answer, a section score or a data fact.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ConditionKind>))]
public enum ConditionKind
{
    /// <summary>True when every operand is true (JSON <c>"all": [...]</c>).</summary>
    All = 0,

    /// <summary>True when at least one operand is true (JSON <c>"any": [...]</c>).</summary>
    Any = 1,

    /// <summary>True when its single operand is false (JSON <c>"not": {...}</c>).</summary>
    Not = 2,

    /// <summary>Tests the answer to an item (JSON <c>"item": "id"</c>).</summary>
    Item = 3,

    /// <summary>Tests the score of a section (JSON <c>"section": "id"</c>).</summary>
    Section = 4,

    /// <summary>Tests a data fact supplied with the response (JSON <c>"fact": "id"</c>).</summary>
    Fact = 5,
}
