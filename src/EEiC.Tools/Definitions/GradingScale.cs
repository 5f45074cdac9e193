using EEiC.Sources;

namespace EEiC.Tools.Definitions;

/// <summary>
/// A grading scale, as data: for example Green / Amber / Red / No evidence, or the Equality Delivery System 2022
/// scores 0 (Undeveloped activity) to 3 (Excelling activity). Items with <see cref="AnswerType.Grade"/> are answered
/// with one of its levels.
/// </summary>
/// <param name="Id">The identifier items use to name the scale (kebab-case, unique within the tool).</param>
/// <param name="Label">The scale's name.</param>
/// <param name="Levels">The levels, at least two, with unique identifiers and at most one <see cref="GradeLevel.IsAbsenceOfEvidence"/> level.</param>
public sealed record GradingScale(string Id, string Label, IReadOnlyList<GradeLevel> Levels)
{
    /// <summary>Where the scale comes from, or <see langword="null"/>.</summary>
    public SourceReference? Source { get; init; }

    /// <summary>How directly the scale derives from <see cref="Source"/>.</summary>
    public Provenance Provenance { get; init; }

    /// <summary>Finds a level by identifier (ordinal).</summary>
    /// <param name="id">The level identifier.</param>
    /// <returns>The level, or <see langword="null"/> when the scale has none with that identifier.</returns>
    public GradeLevel? FindLevel(string id) => Levels.FirstOrDefault(l => string.Equals(l.Id, id, StringComparison.Ordinal));

    /// <inheritdoc />
    public bool Equals(GradingScale? other) =>
        other is not null && Id == other.Id && Label == other.Label && Sequence.Equal(Levels, other.Levels)
        && Equals(Source, other.Source) && Provenance == other.Provenance;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Label, Sequence.Hash(Levels), Source, Provenance);
}
