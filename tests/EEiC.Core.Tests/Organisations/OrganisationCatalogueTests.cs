using EEiC.Organisations;
using EEiC.Sources;

namespace EEiC.Core.Tests.Organisations;

public class OrganisationCatalogueTests
{
    [Fact]
    public void Every_organisation_type_has_exactly_one_entry() =>
        CatalogueAssert.OneEntryPerValue(OrganisationCatalogue.OrganisationTypes, e => e.Type, e => e.Name, e => e.Description, e => e.Source, OrganisationCatalogue.Describe);

    [Fact]
    public void Every_stakeholder_role_has_exactly_one_entry() =>
        CatalogueAssert.OneEntryPerValue(OrganisationCatalogue.StakeholderRoles, e => e.Role, e => e.Name, e => e.Description, e => e.Source, OrganisationCatalogue.Describe);

    [Fact]
    public void Pre_2022_commissioners_and_abolished_bodies_are_historic()
    {
        Assert.Equal(
            new[]
            {
                OrganisationType.PrimaryCareTrust, OrganisationType.StrategicHealthAuthority, OrganisationType.ClinicalCommissioningGroup,
                OrganisationType.NhsCommissioningBoard, OrganisationType.PublicHealthEngland, OrganisationType.SustainabilityAndTransformationPartnership,
            },
            OrganisationCatalogue.OrganisationTypes.Where(o => o.Era == OrganisationEra.Historic).Select(o => o.Type));
        Assert.All(
            new[] { OrganisationType.IntegratedCareBoard, OrganisationType.IntegratedCareSystem, OrganisationType.PrimaryCareNetwork, OrganisationType.HealthAndWellbeingBoard, OrganisationType.LocalAuthority },
            t => Assert.Equal(OrganisationEra.Current, OrganisationCatalogue.Describe(t).Era));
    }

    [Fact]
    public void Successions_run_from_historic_types_and_end_in_a_current_type()
    {
        foreach (var entry in OrganisationCatalogue.OrganisationTypes)
        {
            if (entry.Era == OrganisationEra.Current)
            {
                Assert.Null(entry.SucceededBy);
                continue;
            }

            var seen = new HashSet<OrganisationType> { entry.Type };
            var current = entry;
            while (current.SucceededBy is { } next)
            {
                Assert.True(seen.Add(next), $"succession from {entry.Type} loops");
                current = OrganisationCatalogue.Describe(next);
            }

            Assert.True(current == entry || current.Era == OrganisationEra.Current, $"succession from {entry.Type} ends in historic {current.Type}");
        }

        Assert.Equal(OrganisationType.ClinicalCommissioningGroup, OrganisationCatalogue.Describe(OrganisationType.PrimaryCareTrust).SucceededBy);
        Assert.Equal(OrganisationType.IntegratedCareBoard, OrganisationCatalogue.Describe(OrganisationType.ClinicalCommissioningGroup).SucceededBy);
    }

    [Fact]
    public void Abbreviations_are_unique_and_names_are_distinct()
    {
        var abbreviations = OrganisationCatalogue.OrganisationTypes.Select(o => o.Abbreviation).OfType<string>().ToArray();
        Assert.Equal(abbreviations.Length, abbreviations.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(abbreviations, a => Assert.False(string.IsNullOrWhiteSpace(a)));
        Assert.Equal(OrganisationCatalogue.OrganisationTypes.Count, OrganisationCatalogue.OrganisationTypes.Select(o => o.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal("PCT", OrganisationCatalogue.Describe(OrganisationType.PrimaryCareTrust).Abbreviation);
        Assert.Equal("ICB", OrganisationCatalogue.Describe(OrganisationType.IntegratedCareBoard).Abbreviation);
    }

    [Fact]
    public void The_personas_are_the_four_of_the_in_their_shoes_exercise()
    {
        Assert.Equal(
            [StakeholderRole.Commissioner, StakeholderRole.HeadOfService, StakeholderRole.EqualityAndDiversityLead, StakeholderRole.ChiefExecutive],
            OrganisationCatalogue.Personas.Select(p => p.Role));
        Assert.All(OrganisationCatalogue.Personas, p => Assert.Equal(new SourceReference(SourceDocument.NihrReport2013, "line 2288"), p.Source));
        Assert.Equal(
            OrganisationCatalogue.StakeholderRoles.Where(r => r.Source.Location == "line 2288").Select(r => r.Role),
            OrganisationCatalogue.Personas.Select(p => p.Role));
        CatalogueAssert.IsReadOnly(OrganisationCatalogue.Personas);
    }

    [Fact]
    public void Catalogue_entries_round_trip_through_json()
    {
        JsonAssert.RoundTrips(OrganisationCatalogue.OrganisationTypes);
        JsonAssert.RoundTrips(OrganisationCatalogue.StakeholderRoles);
        var json = System.Text.Json.JsonSerializer.Serialize(OrganisationCatalogue.Describe(OrganisationType.PrimaryCareTrust));
        Assert.Contains("\"Era\":\"Historic\"", json, StringComparison.Ordinal);
        Assert.Contains("\"SucceededBy\":\"ClinicalCommissioningGroup\"", json, StringComparison.Ordinal);
    }
}
