using EEiC.Indicators;
using EEiC.Sources;
using EEiC.Tools.Definitions;
using EEiC.Tools.Serialization;

namespace EEiC.Tools.Tests.BuiltIn;

public sealed class BuiltInLibraryTests
{
    public static TheoryData<string> BuiltInIds() => [.. ToolLibrary.BuiltIn.Tools.Select(t => t.Id)];

    [Fact]
    public void The_built_in_library_holds_the_thirteen_tools_of_the_suite_in_identifier_order()
    {
        // The suite of issue 5: the EEiC study's tools (NIHR report, EEiC seed 002, lines 2207-2215 and 2191-2193),
        // the organisational diagnostic of the 2016 paper and the levers for change of the 2021 RHO / King's Fund report;
        // and the equity audit of issue 6, whose facts EEiC.Tools.Audit.EquityAudit fills (Better Health Briefing 28,
        // EEiC seed 001, lines 188-190 and 239).
        Assert.Equal(
            ["commissioning-cycle-review", "equality-delivery-system", "equality-impact-assessment", "equity-audit", "evidence-appraisal", "evidence-mobilisation",
             "frequently-raised-objections", "jsna-interrogation", "levers-for-change", "making-the-case", "organisational-diagnostic",
             "service-specification", "stakeholder-analysis"],
            ToolLibrary.BuiltIn.Tools.Select(t => t.Id));
        Assert.Same(ToolLibrary.BuiltIn, ToolLibrary.BuiltIn);
        Assert.Null(ToolLibrary.BuiltIn.Find("nonexistent"));
        var e = Assert.Throws<KeyNotFoundException>(() => ToolLibrary.BuiltIn.Get("jsna"));
        Assert.Contains("jsna-interrogation", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BuiltInIds))]
    public void Every_built_in_definition_validates_and_round_trips(string id)
    {
        var tool = ToolLibrary.BuiltIn.Get(id);
        Assert.Empty(tool.Validate());
        Assert.Equal(tool, ToolDefinitionJson.Read(ToolDefinitionJson.Write(tool)));
        Assert.NotNull(tool.Source);
        Assert.NotEmpty(tool.Audiences);
        Assert.NotEmpty(tool.Modes);
        Assert.NotEmpty(tool.Rules);
    }

    [Theory]
    [MemberData(nameof(BuiltInIds))]
    public void Every_link_and_action_tool_names_a_tool_of_the_suite(string id)
    {
        Assert.Empty(ToolLibrary.BuiltIn.ValidateLinks(ToolLibrary.BuiltIn.Get(id)));
    }

    [Fact]
    public void Every_tool_of_the_suite_is_reachable_from_another()
    {
        var targets = ToolLibrary.BuiltIn.Tools
            .SelectMany(t => t.Links.Select(l => (From: t.Id, To: l.Tool)).Concat(t.Actions.SelectMany(a => a.Tools.Select(x => (From: t.Id, To: x)))))
            .Where(p => p.From != p.To)
            .Select(p => p.To)
            .ToHashSet(StringComparer.Ordinal);
        Assert.All(ToolLibrary.BuiltIn.Tools, t => Assert.Contains(t.Id, targets));
    }

    [Theory]
    [MemberData(nameof(BuiltInIds))]
    public void Every_item_has_provenance_and_every_weak_answer_leads_to_an_action(string id)
    {
        var tool = ToolLibrary.BuiltIn.Get(id);
        foreach (var item in tool.AllItems)
        {
            Assert.NotNull(item.Source);
            Assert.NotNull(SourceDocument.FindWellKnown(item.Source.Document.Id));
            Assert.False(string.IsNullOrWhiteSpace(item.Source.Location), $"{id}/{item.Id} cites no location");
            Assert.True(Enum.IsDefined(item.Provenance));
            Assert.False(string.IsNullOrWhiteSpace(item.DisplayPrompt));

            // Each item is read by at least one rule that recommends an action.
            Assert.Contains(tool.Rules, r => r.Actions.Count > 0 && r.When.ToString().Contains($"'{item.Id}'", StringComparison.Ordinal));
        }

        Assert.All(tool.Actions, a => Assert.Contains(tool.Rules, r => r.Actions.Contains(a.Id)));
    }

    [Fact]
    public void The_jsna_tool_has_eleven_inferred_questions_graded_on_four_levels()
    {
        var jsna = ToolLibrary.BuiltIn.Get("jsna-interrogation");
        Assert.Equal(11, jsna.AllItems.Count());
        Assert.All(jsna.AllItems, i => Assert.Equal((AnswerType.Grade, Provenance.Inferred), (i.AnswerType, i.Provenance)));
        Assert.All(jsna.AllItems, i => Assert.Same(SourceDocument.NihrReport2013, i.Source.Document));
        Assert.Equal(4, jsna.Sections.Count);

        var scale = Assert.Single(jsna.Scales);
        Assert.Equal(["no-evidence", "red", "amber", "green"], scale.Levels.OrderBy(l => l.Score).Select(l => l.Id));
        Assert.Equal("no-evidence", Assert.Single(scale.Levels, l => l.IsAbsenceOfEvidence).Id);
        Assert.Equal(Provenance.FromSource, scale.Provenance);
        Assert.Equal(Provenance.Inferred, jsna.Scoring.Provenance);
    }

    [Fact]
    public void The_eds_tool_takes_its_outcomes_from_the_indicator_catalogue_without_copying_them()
    {
        var eds = ToolLibrary.BuiltIn.Get("equality-delivery-system");
        var items = eds.AllItems.ToArray();

        Assert.Equal(IndicatorCatalogue.EqualityDeliverySystemOutcomes.Select(o => o.Id), items.Select(i => i.Indicator));
        Assert.All(items, i => Assert.Null(i.Prompt));
        Assert.All(items, i => Assert.Equal(IndicatorCatalogue.Get(i.Indicator!).Description, i.DisplayPrompt));
        Assert.All(items, i => Assert.Equal((Provenance.ExternalStandard, SourceDocument.EqualityDeliverySystem2022), (i.Provenance, i.Source.Document)));
        Assert.Equal([4, 4, 3], eds.Sections.Select(s => s.Items.Count));

        // EDS 2022: each outcome scored 0 Undeveloped to 3 Excelling; overall rating bands < 8, 8-21, 22-32, 33.
        Assert.Equal([0d, 1d, 2d, 3d], Assert.Single(eds.Scales).Levels.Select(l => l.Score));
        Assert.Equal(ScoringMethod.WeightedSum, eds.Scoring.Method);
        Assert.Equal([("underdeveloped", 0d), ("developing", 8d), ("achieving", 22d), ("excelling", 33d)], eds.Scoring.Bands.Select(b => (b.Id, b.From)));
    }
}
