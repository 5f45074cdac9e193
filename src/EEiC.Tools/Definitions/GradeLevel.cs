namespace EEiC.Tools.Definitions;

/// <summary>One level of a <see cref="GradingScale"/>, for example Amber, or "2 Achieving activity".</summary>
/// <param name="Id">The identifier answers use (kebab-case, unique within the scale), for example <c>"amber"</c>.</param>
/// <param name="Label">The text shown to the user.</param>
/// <param name="Score">The level's score (finite). Higher is better; levels are ordered by score when a condition compares them.</param>
public sealed record GradeLevel(string Id, string Label, double Score)
{
    /// <summary>What the level means, or <see langword="null"/>.</summary>
    public string? Description { get; init; }

    /// <summary>
    /// Whether this level records an absence of evidence. Such an answer counts as answered (in coverage and with
    /// its score) and is also listed in <see cref="Evaluation.ToolReport.Unevidenced"/>. JSNA interrogation
    /// users asked for this fourth grade below red (NIHR report, EEiC seed 002, lines 2344-2350).
    /// </summary>
    public bool IsAbsenceOfEvidence { get; init; }
}
