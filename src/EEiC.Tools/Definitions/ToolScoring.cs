using EEiC.Sources;

namespace EEiC.Tools.Definitions;

/// <summary>How a tool's item scores combine into section and overall scores, and the bands of the overall score.</summary>
/// <param name="Method">How scores combine.</param>
/// <param name="Bands">
/// The bands of the overall score in ascending order of <see cref="ScoreBand.From"/>; the first must start at or below
/// the lowest possible score (0 for <see cref="ScoringMethod.WeightedPercentage"/>, the weighted sum of the lowest
/// item scores for <see cref="ScoringMethod.WeightedSum"/>) and none may start above the highest possible score.
/// Empty when the tool has no overall rating.
/// </param>
public sealed record ToolScoring(ScoringMethod Method, IReadOnlyList<ScoreBand> Bands)
{
    /// <summary>Where the bands come from, or <see langword="null"/>.</summary>
    public SourceReference? Source { get; init; }

    /// <summary>How directly the bands derive from <see cref="Source"/>.</summary>
    public Provenance Provenance { get; init; }

    /// <inheritdoc />
    public bool Equals(ToolScoring? other) =>
        other is not null && Method == other.Method && Sequence.Equal(Bands, other.Bands)
        && Equals(Source, other.Source) && Provenance == other.Provenance;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Method, Sequence.Hash(Bands), Source, Provenance);
}
