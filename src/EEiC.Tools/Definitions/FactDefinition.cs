namespace EEiC.Tools.Definitions;

/// <summary>
/// A named, typed data fact that a response may supply and rules may test: for example the completeness of ethnicity
/// recording, the data-quality verdict of EEiC.Statistics, or whether a significant gap between ethnic groups was found.
/// Facts let a tool read the organisation's own numbers next to the answers.
/// </summary>
/// <param name="Id">The identifier responses and conditions use (kebab-case, unique within the tool).</param>
/// <param name="Label">What the fact is, in a few words.</param>
/// <param name="Type">The fact's type.</param>
public sealed record FactDefinition(string Id, string Label, FactType Type)
{
    /// <summary>The allowed values of a <see cref="FactType.Category"/> fact (at least one, unique); empty for other types.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>How the fact is obtained (for example which EEiC.Statistics result supplies it), or <see langword="null"/>.</summary>
    public string? Description { get; init; }

    /// <inheritdoc />
    public bool Equals(FactDefinition? other) =>
        other is not null && Id == other.Id && Label == other.Label && Type == other.Type
        && Sequence.Equal(Categories, other.Categories) && Description == other.Description;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Label, Type, Sequence.Hash(Categories), Description);
}
