namespace EEiC.Tools.Definitions;

/// <summary>
/// A concrete action a report can recommend. Users of the JSNA interrogation tool asked that the tool make
/// recommendations and link to resources (NIHR report, EEiC seed 002, lines 2344-2350); the suite should guide users
/// to the next tool (seed 002, line 2179).
/// </summary>
/// <param name="Id">The identifier rules use (kebab-case, unique within the tool).</param>
/// <param name="Text">What to do, as an instruction.</param>
public sealed record RecommendedAction(string Id, string Text)
{
    /// <summary>Identifiers of tools that help carry the action out (kebab-case tool identifiers).</summary>
    public IReadOnlyList<string> Tools { get; init; } = [];

    /// <summary>Guidance or resources to consult, as citations or addresses.</summary>
    public IReadOnlyList<string> Guidance { get; init; } = [];

    /// <inheritdoc />
    public bool Equals(RecommendedAction? other) =>
        other is not null && Id == other.Id && Text == other.Text
        && Sequence.Equal(Tools, other.Tools) && Sequence.Equal(Guidance, other.Guidance);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Text, Sequence.Hash(Tools), Sequence.Hash(Guidance));
}
