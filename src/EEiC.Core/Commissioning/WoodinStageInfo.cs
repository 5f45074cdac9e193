using EEiC.Sources;

namespace EEiC.Commissioning;

/// <summary>A catalogue entry describing one <see cref="WoodinStage"/>: its name, a paraphrased description, the cycle phase it maps to, and where it comes from.</summary>
/// <param name="Stage">The value described.</param>
/// <param name="Name">A short display name, in sentence case.</param>
/// <param name="Description">A short paraphrased description.</param>
/// <param name="Phase">The cycle phase in which the stage mainly takes place. This mapping is the library's reading of the two models (the sources give both models but do not map one onto the other).</param>
/// <param name="Source">Where the value is described.</param>
/// <param name="Provenance">How directly the entry derives from <paramref name="Source"/>.</param>
public sealed record WoodinStageInfo(
    WoodinStage Stage,
    string Name,
    string Description,
    CommissioningPhase Phase,
    SourceReference Source,
    Provenance Provenance);
