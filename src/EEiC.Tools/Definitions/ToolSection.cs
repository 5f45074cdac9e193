namespace EEiC.Tools.Definitions;

/// <summary>
/// A modular section of a tool that can be used alone: a response may select some sections only, and the report then
/// covers those. JSNA interrogation users asked for standalone modular sections so that the depth can match the time
/// available (NIHR report, EEiC seed 002, lines 2344-2350).
/// </summary>
/// <param name="Id">The identifier (kebab-case, unique within the tool).</param>
/// <param name="Title">The section's title.</param>
/// <param name="Items">The section's items (at least one).</param>
public sealed record ToolSection(string Id, string Title, IReadOnlyList<ToolItem> Items)
{
    /// <summary>What the section covers, or <see langword="null"/>.</summary>
    public string? Description { get; init; }

    /// <summary>
    /// When the section applies, or <see langword="null"/> for always (for example a full assessment that applies only
    /// when screening finds it is needed). An item applies when both its section's condition and its own
    /// <see cref="ToolItem.ApplicableWhen"/> hold; the condition cannot read the section's own items.
    /// </summary>
    public Condition? ApplicableWhen { get; init; }

    /// <inheritdoc />
    public bool Equals(ToolSection? other) =>
        other is not null && Id == other.Id && Title == other.Title && Sequence.Equal(Items, other.Items) && Description == other.Description
        && Equals(ApplicableWhen, other.ApplicableWhen);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Title, Sequence.Hash(Items), Description, ApplicableWhen);
}
