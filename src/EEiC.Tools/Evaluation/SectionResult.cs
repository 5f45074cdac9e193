namespace EEiC.Tools.Evaluation;

/// <summary>The score and coverage of one section (or of the whole tool) in a report.</summary>
/// <param name="Section">The section identifier (the tool identifier for the overall result).</param>
/// <param name="Title">The section's (or tool's) title.</param>
/// <param name="Score">
/// The score over the answered scored items that apply: a weighted percentage 0-100 or a weighted sum, by the tool's
/// <see cref="Definitions.ScoringMethod"/>; <see langword="null"/> when no scored item with weight above 0 is answered.
/// Unanswered items are not counted as zero.
/// </param>
/// <param name="MaximumScore">The highest possible score: 100 for a percentage, the weighted sum of the maximum item scores over the scored items that apply for a sum.</param>
/// <param name="ApplicableItems">How many items apply (every answer type, scored or not).</param>
/// <param name="AnsweredItems">How many of them are answered (absence of evidence included).</param>
public sealed record SectionResult(string Section, string Title, double? Score, double MaximumScore, int ApplicableItems, int AnsweredItems)
{
    /// <summary>The share of the applicable items that are answered, 0-1; <see langword="null"/> when no item applies.</summary>
    public double? Coverage => ApplicableItems == 0 ? null : (double)AnsweredItems / ApplicableItems;

    /// <summary>Whether an applicable item is unanswered, so that the score may change when it is.</summary>
    public bool IsProvisional => AnsweredItems < ApplicableItems;
}
