using EEiC.Sources;

namespace EEiC.Evidence;

/// <summary>A catalogue entry describing one <see cref="EvidenceRole"/>: its name, a paraphrased description, and where it comes from.</summary>
/// <param name="Role">The value described.</param>
/// <param name="Name">A short display name, in sentence case.</param>
/// <param name="Description">A short paraphrased description.</param>
/// <param name="Source">Where the value is described.</param>
/// <param name="Provenance">How directly the entry derives from <paramref name="Source"/>.</param>
public sealed record EvidenceRoleInfo(
    EvidenceRole Role,
    string Name,
    string Description,
    SourceReference Source,
    Provenance Provenance);
