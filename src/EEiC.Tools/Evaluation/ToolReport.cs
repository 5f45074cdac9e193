using EEiC.Tools.Definitions;

namespace EEiC.Tools.Evaluation;

/// <summary>
/// The report of evaluating a response with <see cref="ToolEvaluator"/>: the result of every item of the sections in
/// use, score and coverage per section and overall, the overall band, the findings (most serious first), the
/// recommended actions (deduplicated, most urgent first), the unanswered and unevidenced items, and the tools to use
/// next. Records compare by value, lists included.
/// </summary>
/// <param name="Tool">The tool identifier.</param>
/// <param name="ToolVersion">The tool version.</param>
/// <param name="Items">The result of every item of the sections in use, in definition order.</param>
/// <param name="Sections">The result of every section in use, in definition order.</param>
/// <param name="Overall">Score and coverage over all sections in use (its <see cref="SectionResult.Section"/> is the tool identifier).</param>
/// <param name="Band">The band of the overall score, or <see langword="null"/> when the tool has no bands, nothing scored is answered, or the score falls below the first band (possible for a partial weighted sum of positive scores).</param>
/// <param name="Findings">The findings, most serious first, then in rule order.</param>
/// <param name="Actions">The recommended actions, deduplicated: ordered by the most serious finding recommending each, then in definition order.</param>
/// <param name="Unanswered">The identifiers of the applicable items with no answer, in definition order.</param>
/// <param name="Unevidenced">The identifiers of the items answered with an absence-of-evidence level, in definition order.</param>
/// <param name="NextTools">The tools to use next: those of the recommended actions (in action order), then the definition's links whose condition holds; one entry per tool.</param>
public sealed record ToolReport(
    string Tool,
    string ToolVersion,
    IReadOnlyList<ItemResult> Items,
    IReadOnlyList<SectionResult> Sections,
    SectionResult Overall,
    ScoreBand? Band,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<RecommendedAction> Actions,
    IReadOnlyList<string> Unanswered,
    IReadOnlyList<string> Unevidenced,
    IReadOnlyList<ToolLink> NextTools)
{
    /// <inheritdoc />
    public bool Equals(ToolReport? other) =>
        other is not null && Tool == other.Tool && ToolVersion == other.ToolVersion
        && Sequence.Equal(Items, other.Items) && Sequence.Equal(Sections, other.Sections) && Equals(Overall, other.Overall)
        && Equals(Band, other.Band) && Sequence.Equal(Findings, other.Findings) && Sequence.Equal(Actions, other.Actions)
        && Sequence.Equal(Unanswered, other.Unanswered) && Sequence.Equal(Unevidenced, other.Unevidenced)
        && Sequence.Equal(NextTools, other.NextTools);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Tool, ToolVersion, Sequence.Hash(Items), Overall, Band, Sequence.Hash(Findings), Sequence.Hash(Actions), Sequence.Hash(Unanswered));
}
