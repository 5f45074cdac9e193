using System.Text.Json.Serialization;

namespace EEiC.Tools.Evaluation;

/// <summary>The answer to a checklist item (<see cref="Definitions.AnswerType.YesPartlyNo"/>). Scored yes 1, partly 0.5, no 0.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<YesPartlyNo>))]
public enum YesPartlyNo
{
    /// <summary>No (score 0).</summary>
    No = 0,

    /// <summary>Partly (score 0.5).</summary>
    Partly = 1,

    /// <summary>Yes (score 1).</summary>
    Yes = 2,

    /// <summary>Not applicable: the item is left out of scores and coverage.</summary>
    NotApplicable = 3,
}
