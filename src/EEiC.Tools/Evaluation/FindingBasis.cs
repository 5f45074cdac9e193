namespace EEiC.Tools.Evaluation;

/// <summary>One answer, fact or section score a finding's condition read, with its value at evaluation.</summary>
/// <param name="Kind">What was read.</param>
/// <param name="Id">The item, fact or section identifier.</param>
/// <param name="Value">The value as text (see <see cref="Answer.DisplayValue"/>; facts and scores in invariant culture), or <see langword="null"/> when it was missing.</param>
public sealed record FindingBasis(FindingBasisKind Kind, string Id, string? Value);
