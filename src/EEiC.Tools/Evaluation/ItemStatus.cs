using System.Text.Json.Serialization;

namespace EEiC.Tools.Evaluation;

/// <summary>The state of an item in a report.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ItemStatus>))]
public enum ItemStatus
{
    /// <summary>The item applies and is answered.</summary>
    Answered = 0,

    /// <summary>The item applies and is answered with the scale's absence-of-evidence level: it counts as answered, and is listed as unevidenced.</summary>
    Unevidenced = 1,

    /// <summary>The item applies and has no answer.</summary>
    Unanswered = 2,

    /// <summary>The item does not apply (its applicability condition is false, or it was answered "not applicable").</summary>
    NotApplicable = 3,
}
