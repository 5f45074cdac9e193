using EEiC.Commissioning;
using EEiC.Indicators;
using EEiC.Sources;
using FsCheck;
using FsCheck.Fluent;

namespace EEiC.Core.Tests.Indicators;

public class IndicatorCatalogueTests
{
    [Fact]
    public void All_is_the_three_groups_in_order_with_unique_kebab_case_ids()
    {
        Assert.Equal(
            IndicatorCatalogue.Service.Concat(IndicatorCatalogue.WorkforceRaceEquality).Concat(IndicatorCatalogue.EqualityDeliverySystemOutcomes),
            IndicatorCatalogue.All);
        Assert.Equal(IndicatorCatalogue.All.Count, IndicatorCatalogue.All.Select(d => d.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(IndicatorCatalogue.All.Count, IndicatorCatalogue.All.Select(d => d.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(IndicatorCatalogue.All, d => Assert.True(IndicatorDefinition.IsValidId(d.Id), d.Id));
        Assert.All(IndicatorCatalogue.All, d => Assert.Equal(d.Name, d.Name.Trim()));
        CatalogueAssert.IsReadOnly(IndicatorCatalogue.All);
        CatalogueAssert.IsReadOnly(IndicatorCatalogue.Service);
    }

    [Theory]
    [InlineData("maternity-early-booking", IndicatorPolarity.HigherIsBetter)]
    [InlineData("maternity-late-booking", IndicatorPolarity.LowerIsBetter)]
    [InlineData("cardiac-rehabilitation-uptake", IndicatorPolarity.HigherIsBetter)]
    [InlineData("coronary-revascularisation-access", IndicatorPolarity.HigherIsBetter)]
    [InlineData("hiv-late-diagnosis", IndicatorPolarity.LowerIsBetter)]
    [InlineData("smoking-cessation-quitters", IndicatorPolarity.HigherIsBetter)]
    [InlineData("ethnicity-recording-completeness", IndicatorPolarity.HigherIsBetter)]
    [InlineData("patient-experience-positive", IndicatorPolarity.HigherIsBetter)]
    [InlineData("infant-mortality", IndicatorPolarity.LowerIsBetter)]
    public void The_indicators_named_by_the_EEiC_sources_are_built_in_with_their_direction(string id, IndicatorPolarity polarity)
    {
        var d = IndicatorCatalogue.Get(id);
        Assert.Equal(polarity, d.Polarity);
        Assert.Contains(d, IndicatorCatalogue.Service);
        Assert.Contains(d.Source.Document, new[] { SourceDocument.BetterHealthBriefing28, SourceDocument.NihrReport2013, SourceDocument.RaceAndHealthObservatory2021 });
        Assert.Equal(Provenance.FromSource, d.Provenance);
    }

    [Fact]
    public void Service_indicators_use_the_conventional_scales()
    {
        Assert.All(IndicatorCatalogue.All.Where(d => d.ValueType == IndicatorValueType.Proportion), d => Assert.Equal(100, d.Multiplier));
        var infantMortality = IndicatorCatalogue.Get("infant-mortality");
        Assert.Equal(IndicatorValueType.CrudeRate, infantMortality.ValueType);
        Assert.Equal(1000, infantMortality.Multiplier);
        Assert.Equal(IndicatorDomain.Outcome, infantMortality.Domain);
        Assert.Contains("12 weeks", IndicatorCatalogue.Get("maternity-early-booking").Description, StringComparison.Ordinal);
        Assert.Equal(IndicatorDomain.DataQuality, IndicatorCatalogue.Get("ethnicity-recording-completeness").Domain);
        Assert.Equal(CommissioningLever.KeyPerformanceIndicator, IndicatorCatalogue.Get("smoking-cessation-quitters").Lever);
        Assert.Equal(IndicatorValueType.IndirectlyStandardisedRatio, IndicatorCatalogue.Get("coronary-revascularisation-access").ValueType);
        Assert.All(IndicatorCatalogue.Service.Where(d => d.Domain != IndicatorDomain.DataQuality), d => Assert.True(d.RequiresEthnicBreakdown, d.Id));
    }

    [Fact]
    public void The_WRES_has_nine_indicators_of_which_2_3_and_4_are_relative_likelihoods()
    {
        var wres = IndicatorCatalogue.WorkforceRaceEquality;
        Assert.Equal(Enumerable.Range(1, 9).Select(n => $"wres-{n}"), wres.Select(d => d.Id));
        Assert.Equal(
            ["wres-2", "wres-3", "wres-4"],
            wres.Where(d => d.ValueType == IndicatorValueType.RelativeLikelihood).Select(d => d.Id));
        Assert.All(wres, d =>
        {
            Assert.Equal(IndicatorDomain.Workforce, d.Domain);
            Assert.True(d.RequiresEthnicBreakdown);
            Assert.Equal(SourceDocument.WorkforceRaceEqualityStandard, d.Source.Document);
            Assert.Equal($"indicator {d.Id["wres-".Length..]}", d.Source.Location);
            Assert.Equal(Provenance.ExternalStandard, d.Provenance);
        });
    }

    [Theory]
    [InlineData("wres-2", "Relative likelihood of White applicants", "compared with BME applicants")]
    [InlineData("wres-3", "Relative likelihood of BME staff", "compared with White staff")]
    [InlineData("wres-4", "Relative likelihood of White staff", "compared with BME staff")]
    public void WRES_relative_likelihoods_state_their_direction_and_above_one_is_adverse(string id, string numerator, string denominator)
    {
        var d = IndicatorCatalogue.Get(id);
        Assert.StartsWith(numerator, d.Description, StringComparison.Ordinal);
        Assert.Contains(denominator, d.Description, StringComparison.Ordinal);
        Assert.Equal(IndicatorPolarity.LowerIsBetter, d.Polarity);
        Assert.Equal(1, d.Multiplier);
    }

    [Fact]
    public void EDS_2022_outcome_ids_are_exactly_1A_to_3C()
    {
        string[] outcomes = ["1A", "1B", "1C", "1D", "2A", "2B", "2C", "2D", "3A", "3B", "3C"];
        var eds = IndicatorCatalogue.EqualityDeliverySystemOutcomes;
        Assert.Equal(outcomes.Select(o => "eds-2022-" + o.ToLowerInvariant()), eds.Select(d => d.Id));
        Assert.Equal(outcomes, eds.Select(d => d.Name.Split(' ', ':')[3]));
        Assert.Equal(11, IndicatorCatalogue.All.Count(d => d.Id.StartsWith("eds-2022-", StringComparison.Ordinal)));
        Assert.All(eds, d =>
        {
            Assert.Equal(IndicatorValueType.Score, d.ValueType);
            Assert.Equal(IndicatorPolarity.HigherIsBetter, d.Polarity);
            Assert.Equal(SourceDocument.EqualityDeliverySystem2022, d.Source.Document);
            Assert.Equal(Provenance.ExternalStandard, d.Provenance);
            Assert.Equal(CommissioningLever.EqualityDeliverySystem, d.Lever);
            Assert.Contains("0 (Undeveloped)", d.Description, StringComparison.Ordinal);
            Assert.Contains("3 (Excelling)", d.Description, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void EDS_2022_domains_are_services_then_workforce_then_inclusive_leadership()
    {
        var byDomain = IndicatorCatalogue.EqualityDeliverySystemOutcomes.ToLookup(d => d.Id["eds-2022-".Length]);
        Assert.All(byDomain['1'], d => Assert.Contains(d.Domain, new[] { IndicatorDomain.Access, IndicatorDomain.Experience, IndicatorDomain.Outcome }));
        Assert.All(byDomain['2'], d => Assert.Equal(IndicatorDomain.Workforce, d.Domain));
        Assert.All(byDomain['3'], d => Assert.Equal(IndicatorDomain.Leadership, d.Domain));
        Assert.Equal([4, 4, 3], byDomain.Select(g => g.Count()));
    }

    [Fact]
    public void Find_returns_null_and_Get_reports_an_unknown_id()
    {
        Assert.Null(IndicatorCatalogue.Find("no-such-indicator"));
        var error = Assert.Throws<KeyNotFoundException>(() => IndicatorCatalogue.Get("no-such-indicator"));
        Assert.Contains("'no-such-indicator'", error.Message, StringComparison.Ordinal);
        Assert.Contains($"{IndicatorCatalogue.All.Count} built-in", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Did you mean", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => IndicatorCatalogue.Find(null!));
        Assert.Throws<ArgumentNullException>(() => IndicatorCatalogue.Get(null!));
    }

    [Theory]
    [InlineData("WRES-2", "wres-2")]
    [InlineData("Infant_Mortality", "infant-mortality")]
    [InlineData(" eds-2022-1A ", "eds-2022-1a")]
    public void Get_suggests_the_id_a_near_miss_meant(string asked, string meant)
    {
        Assert.Null(IndicatorCatalogue.Find(asked));
        var error = Assert.Throws<KeyNotFoundException>(() => IndicatorCatalogue.Get(asked));
        Assert.Contains($"'{asked}'", error.Message, StringComparison.Ordinal);
        Assert.Contains($"Did you mean '{meant}'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_built_in_id_is_found_and_any_other_string_is_not() =>
        Prop.ForAll(
                Arb.From(Gen.OneOf(
                    Gen.Elements(IndicatorCatalogue.All.Select(d => d.Id)),
                    ArbMap.Default.ArbFor<string>().Generator.Where(s => s is not null))),
                id =>
                {
                    var found = IndicatorCatalogue.Find(id);
                    var expected = IndicatorCatalogue.All.SingleOrDefault(d => d.Id == id);
                    return ReferenceEquals(found, expected) && (found is null || ReferenceEquals(found, IndicatorCatalogue.Get(id)));
                })
            .QuickCheckThrowOnFailure();

    [Fact]
    public void Built_in_definitions_round_trip_through_json() => JsonAssert.RoundTrips(IndicatorCatalogue.All);
}
