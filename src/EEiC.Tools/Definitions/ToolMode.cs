using System.Text.Json.Serialization;

namespace EEiC.Tools.Definitions;

/// <summary>
/// How a tool works on its users. The first three are the modes of the EEiC suite (NIHR report, EEiC seed 002,
/// lines 2140-2175); the last three are the tool types the study's protocol planned (seed 002, lines 2892-2906).
/// A tool can have several.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ToolMode>))]
public enum ToolMode
{
    /// <summary>Influencing or challenging key actors, raising demand for evidence (seed 002, lines 2146-2150).</summary>
    Influencing = 0,

    /// <summary>Clarifying thinking and raising confidence (seed 002, lines 2152-2165).</summary>
    Thinking = 1,

    /// <summary>Supporting action: how to generate, find and use evidence (seed 002, lines 2167-2175).</summary>
    HowTo = 2,

    /// <summary>Diagnostic: assessing readiness and capability against levels of competence and good practice (seed 002, line 2896).</summary>
    Diagnostic = 3,

    /// <summary>Evaluative: identifying strengths and areas for improvement (seed 002, lines 2898-2900).</summary>
    Evaluative = 4,

    /// <summary>Change management: scenarios, templates and checklists for developing and delivering an action plan (seed 002, lines 2902-2904).</summary>
    ChangeManagement = 5,
}
