using System.Text.Json.Nodes;
using EEiC.Sources;
using EEiC.Tools.Definitions;
using EEiC.Tools.Evaluation;
using EEiC.Tools.Serialization;

namespace EEiC.Tools.Tests.BuiltIn;

/// <summary>Organisations adapt tools (NIHR report, EEiC seed 002, lines 2108-2110): change an item, add a rule, load the copy, evaluate.</summary>
public sealed class AdaptingToolsTests
{
    [Fact]
    public void An_adapted_copy_built_in_code_loads_and_evaluates()
    {
        var jsna = ToolLibrary.BuiltIn.Get("jsna-interrogation");
        var item = jsna.FindItem("community-perspectives")! with
        {
            Prompt = "Does the chapter include the views of the Somali and Kashmiri communities, gathered with the local community forum?",
            Weight = 3,
        };
        var adapted = jsna
            .WithItem(item)
            .WithAction(new RecommendedAction("ask-the-forum", "Ask the community forum to review the chapter before sign-off."))
            .WithRule(new FindingRule("forum-not-heard", Condition.Item("community-perspectives", ConditionTest.In, "no-evidence", "red"), FindingSeverity.High,
                "The community forum's view is missing.") { Actions = ["ask-the-forum"], Sources = [new SourceReference(new SourceDocument("anytown-forum", "Anytown community forum terms of reference, 2024."), "section 2")] })
            with
            { Version = "1.0.0-anytown.1", Documents = [new SourceDocument("anytown-forum", "Anytown community forum terms of reference, 2024.")] };

        var loaded = ToolLibrary.Load(ToolDefinitionJson.Write(adapted));
        Assert.Equal(adapted, loaded);
        Assert.NotEqual(jsna, loaded);

        var report = ToolEvaluator.Evaluate(loaded, new ToolResponse(loaded.Id, "1.0.0-anytown.1", new Dictionary<string, Answer>
        {
            ["community-perspectives"] = Answer.OfGrade("red"),
            ["findings-linked-to-action"] = Answer.OfGrade("green"),
        }));
        Assert.Equal(["forum-not-heard", "community-weak"], report.Findings.Select(f => f.Rule));
        Assert.Equal(["ask-the-forum", "involve-communities"], report.Actions.Select(a => a.Id));
        // Weight 3 for the adapted item, 2 for the action item: (3 * 1 + 2 * 3) / (3 * 5) = 60 %.
        Assert.Equal(60, report.Overall.Score!.Value, 12);

        // The original still answers responses to version 1.0.0 only.
        var wrongVersion = ToolEvaluator.Validate(jsna, new ToolResponse(loaded.Id, "1.0.0-anytown.1", new Dictionary<string, Answer>()));
        Assert.Equal("tool-version", Assert.Single(wrongVersion).Rule);

        var library = ToolLibrary.BuiltIn.With(loaded);
        Assert.Same(loaded, library.Get("jsna-interrogation"));
        Assert.Equal(ToolLibrary.BuiltIn.Tools.Count, library.Tools.Count);
    }

    [Fact]
    public void An_adapted_copy_edited_as_json_loads_and_evaluates()
    {
        var node = JsonNode.Parse(ToolDefinitionJson.Write(ToolLibrary.BuiltIn.Get("equality-delivery-system")))!.AsObject();
        node["version"] = "1.0.0-local";
        node["sections"]![0]!["items"]![0]!["guidance"] = "Review maternity, cardiac rehabilitation and smoking cessation.";
        node["rules"]!.AsArray().Add(JsonNode.Parse("""
            { "id": "no-maternity-evidence", "when": { "all": [ { "item": "1a", "at_least": "achieving" }, { "item": "1a", "missing": true } ] },
              "severity": "Low", "message": "never true: 1a cannot be both rated and missing" }
            """));
        node["rules"]!.AsArray().Add(JsonNode.Parse("""
            { "id": "access-below-achieving", "when": { "item": "1a", "below": "achieving" }, "severity": "Medium",
              "message": "Access to maternity services is rated below Achieving.", "actions": ["improve-domain-1"] }
            """));

        var loaded = ToolLibrary.Load(node.ToJsonString());
        var report = ToolEvaluator.Evaluate(loaded, new ToolResponse("equality-delivery-system", "1.0.0-local", new Dictionary<string, Answer> { ["1a"] = Answer.OfGrade("developing") }));

        Assert.Contains(report.Findings, f => f.Rule == "access-below-achieving");
        Assert.DoesNotContain(report.Findings, f => f.Rule == "no-maternity-evidence");
        Assert.Equal("Review maternity, cardiac rehabilitation and smoking cessation.", loaded.FindItem("1a")!.Guidance);
    }

    [Fact]
    public void A_bad_adaptation_is_refused_with_the_path_of_the_problem()
    {
        var node = JsonNode.Parse(ToolDefinitionJson.Write(ToolLibrary.BuiltIn.Get("jsna-interrogation")))!.AsObject();
        node["rules"]![0]!["when"]!["item"] = "population";
        node["sections"]![0]!["items"]![0]!.AsObject().Remove("source");

        var e = Assert.Throws<ToolDefinitionException>(() => ToolLibrary.Load(node.ToJsonString()));
        Assert.Equal([("$.rules[0].when.item", "known-item"), ("$.sections[0].items[0].source", "provenance-required")],
            e.Errors.Select(x => (x.Path, x.Rule)).Order());
    }
}
