using EEiC.Indicators;
using EEiC.Sources;

namespace EEiC.Tools.Definitions;

/// <summary>
/// One item (question, check or prompt) of a tool, with its provenance: the source document and lines it comes from,
/// and whether it is taken from the source, inferred from the research instruments, or added from an external standard.
/// </summary>
/// <param name="Id">The identifier responses and conditions use (kebab-case, unique within the whole tool).</param>
/// <param name="Prompt">The question, paraphrased from the source; may be <see langword="null"/> when <see cref="Indicator"/> names an indicator whose description is the prompt.</param>
/// <param name="AnswerType">The kind of answer.</param>
/// <param name="Source">Where the item comes from (required).</param>
/// <param name="Provenance">How directly the item derives from <paramref name="Source"/>.</param>
public sealed record ToolItem(string Id, string? Prompt, AnswerType AnswerType, SourceReference Source, Provenance Provenance)
{
    /// <summary>Guidance for answering, or <see langword="null"/>.</summary>
    public string? Guidance { get; init; }

    /// <summary>The choices of a <see cref="AnswerType.Choice"/> item (at least two, unique identifiers); empty for other types.</summary>
    public IReadOnlyList<ToolChoice> Choices { get; init; } = [];

    /// <summary>The item's weight in section and overall scores (finite, at least 0; default 1). Ignored for items that are not scored.</summary>
    public double Weight { get; init; } = 1;

    /// <summary>The identifier of the <see cref="GradingScale"/> of a <see cref="AnswerType.Grade"/> item, or <see langword="null"/> for the tool's first scale.</summary>
    public string? Scale { get; init; }

    /// <summary>
    /// The identifier of a built-in indicator of <see cref="IndicatorCatalogue"/> the item assesses (for example
    /// <c>"eds-2022-1a"</c>), or <see langword="null"/>. When <see cref="Prompt"/> is null the indicator's description is the prompt.
    /// </summary>
    public string? Indicator { get; init; }

    /// <summary>When the item applies, or <see langword="null"/> for always. An item that does not apply is left out of scores, coverage and the unanswered list.</summary>
    public Condition? ApplicableWhen { get; init; }

    /// <summary>The prompt to show: <see cref="Prompt"/>, else the description of the <see cref="Indicator"/>, else the identifier.</summary>
    public string DisplayPrompt =>
        Prompt ?? (Indicator is null ? null : IndicatorCatalogue.Find(Indicator)?.Description) ?? Id;

    /// <summary>Whether the item contributes to scores: grades, yes/partly/no items and choice items whose choices all have scores.</summary>
    public bool IsScored =>
        AnswerType is AnswerType.Grade or AnswerType.YesPartlyNo
        || (AnswerType == AnswerType.Choice && Choices.Count > 0 && Choices.All(c => c?.Score is not null));

    /// <inheritdoc />
    public bool Equals(ToolItem? other) =>
        other is not null && Id == other.Id && Prompt == other.Prompt && AnswerType == other.AnswerType
        && Equals(Source, other.Source) && Provenance == other.Provenance && Guidance == other.Guidance
        && Sequence.Equal(Choices, other.Choices) && Weight.Equals(other.Weight) && Scale == other.Scale
        && Indicator == other.Indicator && Equals(ApplicableWhen, other.ApplicableWhen);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id);
        hash.Add(Prompt);
        hash.Add(AnswerType);
        hash.Add(Source);
        hash.Add(Provenance);
        hash.Add(Guidance);
        hash.Add(Sequence.Hash(Choices));
        hash.Add(Weight);
        hash.Add(Scale);
        hash.Add(Indicator);
        hash.Add(ApplicableWhen);
        return hash.ToHashCode();
    }
}
