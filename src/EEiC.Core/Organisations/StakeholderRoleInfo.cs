using EEiC.Sources;

namespace EEiC.Organisations;

/// <summary>A catalogue entry describing one <see cref="StakeholderRole"/>: its name, a paraphrased description, whether it is one of the personas of the stakeholder analysis tool, and where it comes from.</summary>
/// <param name="Role">The role described.</param>
/// <param name="Name">A short display name, in sentence case.</param>
/// <param name="Description">A short paraphrased description, including what the role can contribute to commissioning for a multi-ethnic population.</param>
/// <param name="IsStakeholderAnalysisPersona">Whether the role is one of the four personas of the "in their shoes" exercise of the EEiC stakeholder analysis tool (NIHR report, seed 002, line 2288).</param>
/// <param name="Source">Where the role is described.</param>
/// <param name="Provenance">How directly the entry derives from <paramref name="Source"/>.</param>
public sealed record StakeholderRoleInfo(
    StakeholderRole Role,
    string Name,
    string Description,
    bool IsStakeholderAnalysisPersona,
    SourceReference Source,
    Provenance Provenance);
