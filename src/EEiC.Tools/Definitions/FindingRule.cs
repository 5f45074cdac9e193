using EEiC.Sources;

namespace EEiC.Tools.Definitions;

/// <summary>
/// A declarative rule: when its condition holds over the answers and data facts of a response, the report contains a
/// finding with this severity and message, and recommends the rule's actions.
/// </summary>
/// <param name="Id">The identifier (kebab-case, unique within the tool).</param>
/// <param name="When">The condition.</param>
/// <param name="Severity">How serious the finding is.</param>
/// <param name="Message">What the finding says.</param>
public sealed record FindingRule(string Id, Condition When, FindingSeverity Severity, string Message)
{
    /// <summary>The items the finding is about; when empty, the items the condition tests.</summary>
    public IReadOnlyList<string> Items { get; init; } = [];

    /// <summary>The sources that support the finding.</summary>
    public IReadOnlyList<SourceReference> Sources { get; init; } = [];

    /// <summary>Identifiers of the <see cref="RecommendedAction"/>s the finding recommends.</summary>
    public IReadOnlyList<string> Actions { get; init; } = [];

    /// <inheritdoc />
    public bool Equals(FindingRule? other) =>
        other is not null && Id == other.Id && Equals(When, other.When) && Severity == other.Severity && Message == other.Message
        && Sequence.Equal(Items, other.Items) && Sequence.Equal(Sources, other.Sources) && Sequence.Equal(Actions, other.Actions);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Id, When, Severity, Message, Sequence.Hash(Items), Sequence.Hash(Sources), Sequence.Hash(Actions));
}
