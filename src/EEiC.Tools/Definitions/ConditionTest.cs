using System.Text.Json.Serialization;

namespace EEiC.Tools.Definitions;

/// <summary>
/// The test a leaf <see cref="Condition"/> applies to its subject. Every test except <see cref="Missing"/> is false
/// when the subject has no value (an unanswered item, a fact not supplied, a section with no answered scored item).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ConditionTest>))]
public enum ConditionTest
{
    /// <summary>The value equals the condition's single value (JSON <c>"equals"</c>). For an entity list: the list contains it (ignoring case).</summary>
    EqualTo = 0,

    /// <summary>The value is one of the condition's values (JSON <c>"in"</c>). For an entity list: the list contains one of them.</summary>
    In = 1,

    /// <summary>The value is at most the threshold (JSON <c>"at_most"</c>): a number, or for graded and yes/partly/no items a level compared by score.</summary>
    AtMost = 2,

    /// <summary>The value is at least the threshold (JSON <c>"at_least"</c>).</summary>
    AtLeast = 3,

    /// <summary>The value is strictly below the threshold (JSON <c>"below"</c>).</summary>
    Below = 4,

    /// <summary>The value is strictly above the threshold (JSON <c>"above"</c>).</summary>
    Above = 5,

    /// <summary>The subject has no value: the item is unanswered, the fact was not supplied, or the section has no answered scored item (JSON <c>"missing": true</c>).</summary>
    Missing = 6,
}
