namespace EEiC.Ethnicity;

/// <summary>The answer to "which category of scheme X is this?" for one category.</summary>
/// <param name="Source">The category mapped.</param>
/// <param name="TargetScheme">The scheme mapped into.</param>
/// <param name="Match">Whether the answer is exact, lossy but determinate, or not determinable.</param>
/// <param name="Candidates">The target categories the source overlaps: one for <see cref="CrosswalkMatch.Equivalent"/> and <see cref="CrosswalkMatch.Coarsened"/>, two or more for <see cref="CrosswalkMatch.Split"/>.</param>
public sealed record CrosswalkResult(
    EthnicCategory Source,
    EthnicityScheme TargetScheme,
    CrosswalkMatch Match,
    IReadOnlyList<EthnicCategory> Candidates)
{
    /// <summary>The single target category when the answer is determinate, otherwise <see langword="null"/>.</summary>
    public EthnicCategory? Target => Match == CrosswalkMatch.Split ? null : Candidates[0];

    /// <summary><see langword="true"/> unless the match is <see cref="CrosswalkMatch.Equivalent"/>.</summary>
    public bool IsLossy => Match != CrosswalkMatch.Equivalent;
}
