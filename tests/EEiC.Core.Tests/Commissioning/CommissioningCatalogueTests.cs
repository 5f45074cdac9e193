using System.Text.Json;
using EEiC.Commissioning;
using EEiC.Sources;

namespace EEiC.Core.Tests.Commissioning;

public class CommissioningCatalogueTests
{
    [Fact]
    public void Every_phase_has_exactly_one_entry() =>
        CatalogueAssert.OneEntryPerValue(CommissioningCatalogue.Phases, e => e.Phase, e => e.Name, e => e.Description, e => e.Source, CommissioningCatalogue.Describe);

    [Fact]
    public void Every_activity_has_exactly_one_entry() =>
        CatalogueAssert.OneEntryPerValue(CommissioningCatalogue.Activities, e => e.Activity, e => e.Name, e => e.Description, e => e.Source, CommissioningCatalogue.Describe);

    [Fact]
    public void Every_Woodin_stage_has_exactly_one_entry() =>
        CatalogueAssert.OneEntryPerValue(CommissioningCatalogue.WoodinStages, e => e.Stage, e => e.Name, e => e.Description, e => e.Source, CommissioningCatalogue.Describe);

    [Fact]
    public void Every_mode_has_exactly_one_entry() =>
        CatalogueAssert.OneEntryPerValue(CommissioningCatalogue.Modes, e => e.Mode, e => e.Name, e => e.Description, e => e.Source, CommissioningCatalogue.Describe);

    [Fact]
    public void Every_redesign_trigger_has_exactly_one_entry() =>
        CatalogueAssert.OneEntryPerValue(CommissioningCatalogue.RedesignTriggers, e => e.Trigger, e => e.Name, e => e.Description, e => e.Source, CommissioningCatalogue.Describe);

    [Fact]
    public void Every_lever_has_exactly_one_entry() =>
        CatalogueAssert.OneEntryPerValue(CommissioningCatalogue.Levers, e => e.Lever, e => e.Name, e => e.Description, e => e.Source, CommissioningCatalogue.Describe);

    [Fact]
    public void Every_product_has_exactly_one_entry() =>
        CatalogueAssert.OneEntryPerValue(CommissioningCatalogue.Products, e => e.Product, e => e.Name, e => e.Description, e => e.Source, CommissioningCatalogue.Describe);

    [Fact]
    public void The_three_phases_have_the_nine_activities_of_the_NHS_Information_Centre_cycle_in_order()
    {
        Assert.Equal(
            [CommissioningPhase.StrategicPlanning, CommissioningPhase.ProcuringServices, CommissioningPhase.MonitoringAndEvaluation],
            CommissioningCatalogue.Phases.Select(p => p.Phase));
        Assert.Equal(["Strategic planning", "Procuring services", "Monitoring and evaluation"], CommissioningCatalogue.Phases.Select(p => p.Name));

        Assert.Equal(
            [CommissioningActivity.AssessNeeds, CommissioningActivity.ReviewCurrentProvision, CommissioningActivity.DecidePriorities],
            CommissioningCatalogue.Describe(CommissioningPhase.StrategicPlanning).Activities);
        Assert.Equal(
            [CommissioningActivity.DesignServices, CommissioningActivity.ShapeStructureOfSupply, CommissioningActivity.ManageDemand],
            CommissioningCatalogue.Describe(CommissioningPhase.ProcuringServices).Activities);
        Assert.Equal(
            [CommissioningActivity.ManagePerformance, CommissioningActivity.EvaluateServices, CommissioningActivity.SeekPatientAndPublicViews],
            CommissioningCatalogue.Describe(CommissioningPhase.MonitoringAndEvaluation).Activities);

        Assert.Equal(
            [
                "Assess needs", "Review current provision", "Decide priorities",
                "Design services", "Shape the structure of supply", "Manage demand",
                "Manage performance", "Evaluate services", "Seek patient and public views",
            ],
            CommissioningCatalogue.Phases.SelectMany(p => p.Activities).Select(a => CommissioningCatalogue.Describe(a).Name));
    }

    [Fact]
    public void Each_activity_names_the_phase_that_lists_it()
    {
        foreach (var phase in CommissioningCatalogue.Phases)
        {
            Assert.Equal(3, phase.Activities.Count);
            Assert.All(phase.Activities, a => Assert.Equal(phase.Phase, CommissioningCatalogue.Describe(a).Phase));
        }

        Assert.Equal(
            CommissioningCatalogue.Activities.Select(a => a.Activity),
            CommissioningCatalogue.Phases.SelectMany(p => p.Activities));
    }

    [Fact]
    public void Woodin_stages_map_onto_the_cycle_in_order_and_cover_every_phase()
    {
        Assert.Equal(CommissioningPhase.StrategicPlanning, CommissioningCatalogue.Describe(WoodinStage.AssessNeeds).Phase);
        Assert.Equal(CommissioningPhase.ProcuringServices, CommissioningCatalogue.Describe(WoodinStage.SpecifyServices).Phase);
        Assert.Equal(CommissioningPhase.ProcuringServices, CommissioningCatalogue.Describe(WoodinStage.SecureServices).Phase);
        Assert.Equal(CommissioningPhase.MonitoringAndEvaluation, CommissioningCatalogue.Describe(WoodinStage.MonitorAndEvaluate).Phase);

        var phases = CommissioningCatalogue.WoodinStages.Select(s => (int)s.Phase).ToArray();
        Assert.Equal(phases.Order(), phases);
        Assert.Equal(Enum.GetValues<CommissioningPhase>(), CommissioningCatalogue.WoodinStages.Select(s => s.Phase).Distinct());
        Assert.All(CommissioningCatalogue.WoodinStages, s => Assert.Equal(new SourceReference(SourceDocument.BetterHealthBriefing28, "line 41"), s.Source));
    }

    [Fact]
    public void The_cycle_and_its_levers_cite_the_briefing_sections_that_describe_them()
    {
        Assert.Equal(SourceDocument.BetterHealthBriefing28, CommissioningCatalogue.Describe(CommissioningPhase.StrategicPlanning).Source.Document);
        Assert.All(CommissioningCatalogue.Phases, p => Assert.Equal(SourceDocument.BetterHealthBriefing28, p.Source.Document));
        Assert.Equal("line 237", CommissioningCatalogue.Describe(RedesignTrigger.Inequality).Source.Location);
        Assert.Equal("lines 182-184", CommissioningCatalogue.Describe(CommissioningLever.CommissioningForQualityAndInnovation).Source.Location);
        Assert.All(CommissioningCatalogue.Levers, l => Assert.Equal(Provenance.FromSource, l.Provenance));
    }

    [Fact]
    public void Phase_activities_are_read_only_and_compared_by_value()
    {
        var entry = CommissioningCatalogue.Describe(CommissioningPhase.ProcuringServices);
        CatalogueAssert.IsReadOnly(entry.Activities);

        var activities = new List<CommissioningActivity>(entry.Activities);
        var copy = new CommissioningPhaseInfo(entry.Phase, entry.Name, entry.Description, activities, entry.Source, entry.Provenance);
        activities.Clear();

        Assert.Equal(3, copy.Activities.Count);
        Assert.Equal(entry, copy);
        Assert.Equal(entry.GetHashCode(), copy.GetHashCode());
        Assert.NotEqual(entry, copy with { Name = "Other" });
        Assert.NotEqual(entry, new CommissioningPhaseInfo(entry.Phase, entry.Name, entry.Description, entry.Activities.Reverse().ToArray(), entry.Source, entry.Provenance));
        Assert.Throws<ArgumentNullException>(() => new CommissioningPhaseInfo(entry.Phase, entry.Name, entry.Description, null!, entry.Source, entry.Provenance));
    }

    [Fact]
    public void Catalogue_entries_round_trip_through_json_with_enums_as_names()
    {
        Assert.Equal("\"MonitoringAndEvaluation\"", JsonSerializer.Serialize(CommissioningPhase.MonitoringAndEvaluation));
        Assert.Equal("\"CommissioningForQualityAndInnovation\"", JsonSerializer.Serialize(CommissioningLever.CommissioningForQualityAndInnovation));

        JsonAssert.RoundTrips(CommissioningCatalogue.Phases);
        JsonAssert.RoundTrips(CommissioningCatalogue.Activities);
        JsonAssert.RoundTrips(CommissioningCatalogue.WoodinStages);
        JsonAssert.RoundTrips(CommissioningCatalogue.Modes);
        JsonAssert.RoundTrips(CommissioningCatalogue.RedesignTriggers);
        JsonAssert.RoundTrips(CommissioningCatalogue.Levers);
        JsonAssert.RoundTrips(CommissioningCatalogue.Products);

        var json = JsonSerializer.Serialize(CommissioningCatalogue.Describe(CommissioningActivity.ManageDemand));
        Assert.Contains("\"Activity\":\"ManageDemand\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Phase\":\"ProcuringServices\"", json, StringComparison.Ordinal);
    }
}
