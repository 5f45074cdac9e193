using EEiC.Sources;
using EEiC.Tools.Definitions;

namespace EEiC.Tools.Evaluation;

/// <summary>A finding of a report: a rule whose condition held.</summary>
/// <param name="Rule">The rule identifier.</param>
/// <param name="Severity">How serious the finding is.</param>
/// <param name="Message">What the finding says.</param>
/// <param name="Items">The items it is about (the rule's items, else the items its condition tests).</param>
/// <param name="Sources">The sources that support it.</param>
/// <param name="Actions">The identifiers of the actions it recommends.</param>
/// <param name="RestsOn">The answers, facts and section scores its condition read, with their values.</param>
public sealed record Finding(
    string Rule,
    FindingSeverity Severity,
    string Message,
    IReadOnlyList<string> Items,
    IReadOnlyList<SourceReference> Sources,
    IReadOnlyList<string> Actions,
    IReadOnlyList<FindingBasis> RestsOn)
{
    /// <inheritdoc />
    public bool Equals(Finding? other) =>
        other is not null && Rule == other.Rule && Severity == other.Severity && Message == other.Message
        && Sequence.Equal(Items, other.Items) && Sequence.Equal(Sources, other.Sources)
        && Sequence.Equal(Actions, other.Actions) && Sequence.Equal(RestsOn, other.RestsOn);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Rule, Severity, Message, Sequence.Hash(Items), Sequence.Hash(Sources), Sequence.Hash(Actions), Sequence.Hash(RestsOn));
}
