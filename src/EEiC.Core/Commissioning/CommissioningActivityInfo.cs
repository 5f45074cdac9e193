using EEiC.Sources;

namespace EEiC.Commissioning;

/// <summary>A catalogue entry describing one <see cref="CommissioningActivity"/>: its name, a paraphrased description, the phase it belongs to, and where it comes from.</summary>
/// <param name="Activity">The value described.</param>
/// <param name="Name">A short display name, in sentence case.</param>
/// <param name="Description">A short paraphrased description.</param>
/// <param name="Phase">The phase of the cycle the activity belongs to.</param>
/// <param name="Source">Where the value is described.</param>
/// <param name="Provenance">How directly the entry derives from <paramref name="Source"/>.</param>
public sealed record CommissioningActivityInfo(
    CommissioningActivity Activity,
    string Name,
    string Description,
    CommissioningPhase Phase,
    SourceReference Source,
    Provenance Provenance);
