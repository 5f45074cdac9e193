using EEiC.Sources;

namespace EEiC.Organisations;

/// <summary>A catalogue entry describing one <see cref="OrganisationType"/>: its name and abbreviation, a paraphrased description, whether it still exists, what replaced it, and where it comes from.</summary>
/// <param name="Type">The type described.</param>
/// <param name="Name">The full name, in the sentence case the NHS uses (for example "Primary care trust").</param>
/// <param name="Abbreviation">The usual abbreviation (for example "PCT"), or <see langword="null"/> when none is in common use.</param>
/// <param name="Description">A short paraphrased description of the organisation's role.</param>
/// <param name="Era">Whether the type is historic or current.</param>
/// <param name="SucceededBy">For a historic type, the type that took over most of its functions, when there is a single clear successor; otherwise <see langword="null"/>.</param>
/// <param name="Source">Where the type is described.</param>
/// <param name="Provenance">How directly the entry derives from <paramref name="Source"/>.</param>
public sealed record OrganisationTypeInfo(
    OrganisationType Type,
    string Name,
    string? Abbreviation,
    string Description,
    OrganisationEra Era,
    OrganisationType? SucceededBy,
    SourceReference Source,
    Provenance Provenance);
