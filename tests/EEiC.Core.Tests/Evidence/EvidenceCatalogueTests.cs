using EEiC.Evidence;
using EEiC.Sources;

namespace EEiC.Core.Tests.Evidence;

public class EvidenceCatalogueTests
{
    [Fact]
    public void Every_evidence_type_has_exactly_one_entry() =>
        CatalogueAssert.OneEntryPerValue(EvidenceCatalogue.Types, e => e.Type, e => e.Name, e => e.Description, e => e.Source, EvidenceCatalogue.Describe);

    [Fact]
    public void Every_evidence_role_has_exactly_one_entry() =>
        CatalogueAssert.OneEntryPerValue(EvidenceCatalogue.Roles, e => e.Role, e => e.Name, e => e.Description, e => e.Source, EvidenceCatalogue.Describe);

    [Fact]
    public void The_four_roles_come_from_the_evidence_mobilisation_exercise()
    {
        Assert.Equal(
            [EvidenceRole.IndicatesInequality, EvidenceRole.ExplainsInequality, EvidenceRole.SuggestsRemedy, EvidenceRole.RevealsGap],
            EvidenceCatalogue.Roles.Select(r => r.Role));
        Assert.All(EvidenceCatalogue.Roles, r => Assert.Equal(new SourceReference(SourceDocument.NihrReport2013, "line 2326"), r.Source));
    }

    [Fact]
    public void Evidence_types_cite_the_EEiC_sources()
    {
        Assert.All(EvidenceCatalogue.Types, t => Assert.Contains(t.Source.Document, new[] { SourceDocument.NihrReport2013, SourceDocument.BetterHealthBriefing28 }));
        Assert.Equal(14, EvidenceCatalogue.Types.Count(t => t.Source == new SourceReference(SourceDocument.NihrReport2013, "line 3053")));
        CatalogueAssert.IsReadOnly(EvidenceCatalogue.Types);
    }

    [Fact]
    public void Catalogue_entries_round_trip_through_json()
    {
        JsonAssert.RoundTrips(EvidenceCatalogue.Types);
        JsonAssert.RoundTrips(EvidenceCatalogue.Roles);
    }
}
