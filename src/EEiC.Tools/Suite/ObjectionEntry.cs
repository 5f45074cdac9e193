using EEiC.Indicators;
using EEiC.Sources;

namespace EEiC.Tools.Suite;

/// <summary>
/// One objection of an <see cref="ObjectionCatalogue"/>, read from an item of the frequently raised objections tool:
/// the objection as it is heard, a short label for cards and lists, a suggested response and pointers to the evidence
/// that backs it. The tool was built to help people anticipate common objections to work on minority ethnic health and
/// answer them (NIHR report, EEiC seed 002, lines 2352-2358).
/// </summary>
/// <param name="Id">The identifier of the tool item (kebab-case), for example <c>"no-resources"</c>.</param>
/// <param name="Theme">The identifier of the item's section, for example <c>"resources"</c>.</param>
/// <param name="ThemeTitle">The section's title, for example "Resources, cost and priorities".</param>
/// <param name="Label">A short label, unique in the catalogue ignoring case, for example "No resources".</param>
/// <param name="Objection">The objection, paraphrased as it is typically heard (the item's prompt).</param>
/// <param name="Response">The suggested response.</param>
/// <param name="Evidence">Pointers to the evidence behind the response (at least one): identifiers of tools of the suite (see <see cref="Tools"/>) or references.</param>
/// <param name="Source">Where the objection is recorded.</param>
/// <param name="Provenance">Whether the source names the objection (<see cref="Provenance.FromSource"/>) or it is condensed from findings (<see cref="Provenance.Inferred"/>).</param>
public sealed record ObjectionEntry(
    string Id,
    string Theme,
    string ThemeTitle,
    string Label,
    string Objection,
    string Response,
    IReadOnlyList<string> Evidence,
    SourceReference Source,
    Provenance Provenance)
{
    /// <summary>The evidence pointers that name a tool: those written as a kebab-case identifier (for example <c>"evidence-mobilisation"</c>).</summary>
    public IReadOnlyList<string> Tools => Evidence.Where(IndicatorDefinition.IsValidId).ToArray();

    /// <inheritdoc />
    public bool Equals(ObjectionEntry? other) =>
        other is not null && Id == other.Id && Theme == other.Theme && ThemeTitle == other.ThemeTitle && Label == other.Label
        && Objection == other.Objection && Response == other.Response && Sequence.Equal(Evidence, other.Evidence)
        && Equals(Source, other.Source) && Provenance == other.Provenance;

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Id, Theme, ThemeTitle, Label, Objection, Response, Sequence.Hash(Evidence), HashCode.Combine(Source, Provenance));
}
