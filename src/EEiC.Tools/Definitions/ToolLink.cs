namespace EEiC.Tools.Definitions;

/// <summary>
/// A link from a tool to another tool of the suite, to follow up with. The suite is meant to be modular and linked, so
/// that users are guided to the most appropriate next tool (NIHR report, EEiC seed 002, line 2179).
/// </summary>
/// <param name="Tool">The linked tool's identifier (kebab-case).</param>
/// <param name="Reason">Why to use it next.</param>
public sealed record ToolLink(string Tool, string Reason)
{
    /// <summary>When the link applies, or <see langword="null"/> for always.</summary>
    public Condition? When { get; init; }
}
