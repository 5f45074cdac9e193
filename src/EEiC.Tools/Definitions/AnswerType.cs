using System.Text.Json.Serialization;

namespace EEiC.Tools.Definitions;

/// <summary>
/// What kind of answer an item of a tool takes. The EEiC tools combine grading exercises, structured questions and
/// checklists (NIHR report, EEiC seed 002, line 2183), so an item can be graded on a scale, answered yes / partly / no,
/// or filled with a number, a choice, free text or a list of entities (for example the actors of a stakeholder map,
/// seed 002 lines 2292-2298).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<AnswerType>))]
public enum AnswerType
{
    /// <summary>A level of one of the tool's <see cref="GradingScale"/>s (for example Green / Amber / Red / No evidence). Scored.</summary>
    Grade = 0,

    /// <summary>Yes, partly, no or not applicable (a checklist item). Scored: yes 1, partly 0.5, no 0; not applicable takes the item out of scoring and coverage.</summary>
    YesPartlyNo = 1,

    /// <summary>A number (for example a count or a percentage) that rules can test. Not scored.</summary>
    Number = 2,

    /// <summary>One of the item's <see cref="ToolItem.Choices"/>. Scored when every choice has a score.</summary>
    Choice = 3,

    /// <summary>Free text. Not scored.</summary>
    Text = 4,

    /// <summary>A list of named entities (actors, organisations, evidence items). Not scored; rules can test whether it contains a name and how long it is.</summary>
    EntityList = 5,
}
