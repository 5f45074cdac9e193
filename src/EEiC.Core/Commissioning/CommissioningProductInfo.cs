using EEiC.Sources;

namespace EEiC.Commissioning;

/// <summary>A catalogue entry describing one <see cref="CommissioningProduct"/>: its name, a paraphrased description, and where it comes from.</summary>
/// <param name="Product">The value described.</param>
/// <param name="Name">A short display name, in sentence case.</param>
/// <param name="Description">A short paraphrased description.</param>
/// <param name="Source">Where the value is described.</param>
/// <param name="Provenance">How directly the entry derives from <paramref name="Source"/>.</param>
public sealed record CommissioningProductInfo(
    CommissioningProduct Product,
    string Name,
    string Description,
    SourceReference Source,
    Provenance Provenance);
