using System.Text.Json.Nodes;
using EEiC.Sources;
using EEiC.Tools.Definitions;
using EEiC.Tools.Serialization;

namespace EEiC.Tools.Tests.Definitions;

/// <summary>Each rule of the definition validator, broken once in an otherwise valid definition read from JSON.</summary>
public sealed class ToolDefinitionValidationTests
{
    private static JsonNode Items(JsonObject d, int section) => d["sections"]![section]!["items"]!;

    private static readonly Dictionary<string, (Action<JsonObject> Break, string Path, string Rule)> Cases = new()
    {
        ["tool id not kebab-case"] = (d => d["id"] = "Sample Checklist", "$.id", "id-format"),
        ["version missing"] = (d => d.Remove("version"), "$.version", "required"),
        ["title blank"] = (d => d["title"] = "  ", "$.title", "required"),
        ["duplicate section id"] = (d => d["sections"]![1]!["id"] = "data", "$.sections[1].id", "unique-id"),
        ["duplicate item id across sections"] = (d => Items(d, 1)[0]!["id"] = "q1", "$.sections[1].items[0].id", "unique-id"),
        ["duplicate rule id"] = (d => d["rules"]![1]!["id"] = "q1-weak", "$.rules[1].id", "unique-id"),
        ["duplicate action id"] = (d => d["actions"]![1]!["id"] = "make-case", "$.actions[1].id", "unique-id"),
        ["duplicate fact id"] = (d => d["facts"]![1]!["id"] = "completeness", "$.facts[1].id", "unique-id"),
        ["duplicate level id"] = (d => d["scales"]![0]!["levels"]![1]!["id"] = "amber", "$.scales[0].levels[2].id", "unique-id"),
        ["duplicate choice id"] = (d => Items(d, 1)[0]!["choices"]![1]!["id"] = "none", "$.sections[1].items[0].choices[1].id", "unique-id"),
        ["redeclared well-known document"] = (d => d["documents"]![0]!["id"] = "eeic-nihr-report-2013", "$.documents[0].id", "unique-id"),
        ["section without items"] = (d => d["sections"]![1]!["items"] = new JsonArray(), "$.sections[1].items", "items-required"),
        ["no sections"] = (d => d["sections"] = new JsonArray(), "$.sections", "sections-required"),
        ["item without source"] = (d => Items(d, 0)[1]!.AsObject().Remove("source"), "$.sections[0].items[1].source", "provenance-required"),
        ["item without provenance"] = (d => Items(d, 0)[1]!.AsObject().Remove("provenance"), "$.sections[0].items[1].provenance", "required"),
        ["source document unknown"] = (d => Items(d, 0)[0]!["source"]!["document"] = "my-notes", "$.sections[0].items[0].source.document", "known-document"),
        ["source location missing"] = (d => Items(d, 0)[0]!["source"]!.AsObject().Remove("location"), "$.sections[0].items[0].source.location", "required"),
        ["negative weight"] = (d => Items(d, 0)[0]!["weight"] = -1, "$.sections[0].items[0].weight", "weight-non-negative"),
        ["infinite weight"] = (d => Items(d, 0)[0]!["weight"] = "Infinity", "$.sections[0].items[0].weight", "weight-non-negative"),
        ["choice item without choices"] = (d => Items(d, 1)[0]!.AsObject().Remove("choices"), "$.sections[1].items[0].choices", "choices-required"),
        ["choices on a text item"] = (d => Items(d, 1)[1]!["choices"] = new JsonArray(new JsonObject { ["id"] = "a", ["label"] = "A" }), "$.sections[1].items[1].choices", "choices-not-allowed"),
        ["some choices scored, some not"] = (d => Items(d, 1)[0]!["choices"]![2]!.AsObject().Remove("score"), "$.sections[1].items[0].choices", "choice-scores"),
        ["unknown scale"] = (d => Items(d, 0)[0]!["scale"] = "five-point", "$.sections[0].items[0].scale", "known-scale"),
        ["scale on a number item"] = (d => Items(d, 0)[2]!["scale"] = "rag", "$.sections[0].items[2].scale", "scale-not-allowed"),
        ["unknown indicator"] = (d => Items(d, 0)[0]!["indicator"] = "eds-2022-9z", "$.sections[0].items[0].indicator", "known-indicator"),
        ["no prompt and no indicator"] = (d => Items(d, 0)[0]!.AsObject().Remove("prompt"), "$.sections[0].items[0].prompt", "required"),
        ["scale with one level"] = (d => d["scales"]![1]!["levels"]!.AsArray().RemoveAt(1), "$.scales[1].levels", "scale-levels"),
        ["two absence levels"] = (d => d["scales"]![0]!["levels"]![1]!["is_absence_of_evidence"] = true, "$.scales[0].levels[1].is_absence_of_evidence", "single-absence-level"),
        ["level without score"] = (d => d["scales"]![0]!["levels"]![2]!.AsObject().Remove("score"), "$.scales[0].levels[2].score", "finite-score"),
        ["category fact without categories"] = (d => d["facts"]![1]!.AsObject().Remove("categories"), "$.facts[1].categories", "categories-required"),
        ["categories on a number fact"] = (d => d["facts"]![0]!["categories"] = new JsonArray("a"), "$.facts[0].categories", "categories-not-allowed"),
        ["first band above the minimum"] = (d => d["scoring"]!["bands"]![0]!["from"] = 10, "$.scoring.bands[0].from", "bands-cover-range"),
        ["bands out of order"] = (d => d["scoring"]!["bands"]![2]!["from"] = 40, "$.scoring.bands[2].from", "bands-ascending"),
        ["band above the maximum"] = (d => d["scoring"]!["bands"]![2]!["from"] = 101, "$.scoring.bands[2].from", "band-in-range"),
        ["scoring missing"] = (d => d.Remove("scoring"), "$.scoring", "required"),
        ["rule on an unknown item"] = (d => d["rules"]![0]!["when"]!["item"] = "q99", "$.rules[0].when.item", "known-item"),
        ["rule on an unknown section"] = (d => d["rules"]![5]!["when"]!["section"] = "ghost", "$.rules[5].when.section", "known-section"),
        ["rule on an undeclared fact"] = (d => d["rules"]![3]!["when"]!["fact"] = "coverage", "$.rules[3].when.fact", "known-fact"),
        ["rule naming an unknown action"] = (d => d["rules"]![0]!["actions"]![0] = "panic", "$.rules[0].actions[0]", "known-action"),
        ["rule naming an unknown item"] = (d => d["rules"]![2]!["items"]![0] = "q42", "$.rules[2].items[0]", "known-item"),
        ["rule without message"] = (d => d["rules"]![0]!.AsObject().Remove("message"), "$.rules[0].message", "required"),
        ["rule without severity"] = (d => d["rules"]![0]!.AsObject().Remove("severity"), "$.rules[0].severity", "required"),
        ["rule without condition"] = (d => d["rules"]![0]!.AsObject().Remove("when"), "$.rules[0].when", "required"),
        ["grade value not on the scale"] = (d => d["rules"]![1]!["when"]!["equals"] = "purple", "$.rules[1].when.equals", "condition-value-type"),
        ["grade threshold is a number"] = (d => d["rules"]![0]!["when"]!["at_most"] = 1, "$.rules[0].when.at_most", "condition-values"),
        ["category not declared"] = (d => d["rules"]![2]!["when"]!["all"]![1]!["equals"] = "Unfit", "$.rules[2].when.all[1].equals", "condition-value-type"),
        ["boolean fact compared with text"] = (d => d["rules"]![4]!["when"]!["all"]![0]!["equals"] = "yes", "$.rules[4].when.all[0].equals", "condition-value-type"),
        ["number fact threshold is text"] = (d => d["rules"]![3]!["when"]!["below"] = "ninety", "$.rules[3].when.below", "condition-values"),
        ["choice not declared"] = (d => d["rules"]![4]!["when"]!["all"]![1]!["in"]![1] = "vague", "$.rules[4].when.all[1].in[1]", "condition-value-type"),
        ["ordered test on a choice"] = (d => d["rules"]![4]!["when"]!["all"]![1] = new JsonObject { ["item"] = "q4", ["at_least"] = "generic" }, "$.rules[4].when.all[1].at_least", "condition-test"),
        ["ordered test on text"] = (d => d["rules"]![7]!["when"] = new JsonObject { ["item"] = "q5", ["above"] = 3 }, "$.rules[7].when.above", "condition-test"),
        ["section compared for equality"] = (d => d["rules"]![5]!["when"] = new JsonObject { ["section"] = "data", ["equals"] = 50 }, "$.rules[5].when.equals", "condition-test"),
        ["yes/partly/no value misspelt"] = (d => d["rules"]![8]!["when"]!["at_most"] = "no", "$.rules[8].when.at_most", "condition-value-type"),
        ["equals without a value"] = (d => d["rules"]![1]!["when"]!["equals"] = null, "$.rules[1].when", "condition-shape"),
        ["empty any"] = (d => d["rules"]![0]!["when"] = new JsonObject { ["any"] = new JsonArray() }, "$.rules[0].when.any", "condition-operands"),
        ["item applicable on its own answer"] = (d => Items(d, 1)[2]!["applicable_when"] = new JsonObject { ["item"] = "q6", ["missing"] = true }, "$.sections[1].items[2].applicable_when", "applicability-cycle"),
        ["section applicable on its own item"] = (d => d["sections"]![1]!["applicable_when"] = new JsonObject { ["item"] = "q4", ["equals"] = "none" }, "$.sections[1].applicable_when", "applicability-cycle"),
        ["section applicable on its own score"] = (d => d["sections"]![0]!["applicable_when"] = new JsonObject { ["section"] = "data", ["above"] = 50 }, "$.sections[0].applicable_when", "applicability-cycle"),
        ["section applicability on an unknown item"] = (d => d["sections"]![1]!["applicable_when"] = new JsonObject { ["item"] = "q0", ["missing"] = true }, "$.sections[1].applicable_when.item", "known-item"),
        ["action without text"] = (d => d["actions"]![0]!.AsObject().Remove("text"), "$.actions[0].text", "required"),
        ["action linking a badly named tool"] = (d => d["actions"]![0]!["tools"]![0] = "Making The Case", "$.actions[0].tools[0]", "id-format"),
        ["link condition on an unknown item"] = (d => d["links"]![1]!["when"]!["item"] = "q0", "$.links[1].when.item", "known-item"),
        ["link without reason"] = (d => d["links"]![0]!.AsObject().Remove("reason"), "$.links[0].reason", "required"),
        ["unknown audience value"] = (d => d["audiences"]![0] = 99, "$.audiences[0]", "known-value"),
    };

    public static TheoryData<string> CaseNames() => [.. Cases.Keys];

    [Fact]
    public void The_sample_is_valid()
    {
        Assert.Empty(ToolDefinitionJson.Read(SampleTool.Json).Validate());
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void A_broken_rule_is_reported_at_its_path(string name)
    {
        var (breakIt, path, rule) = Cases[name];
        var node = SampleTool.Node();
        breakIt(node);

        var e = Assert.Throws<ToolDefinitionException>(() => ToolDefinitionJson.Read(node.ToJsonString()));

        Assert.True(e.Errors.Any(x => x.Path == path && x.Rule == rule),
            $"expected {rule} at {path}; got:{Environment.NewLine}{string.Join(Environment.NewLine, e.Errors)}");
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_reported_none_dropped()
    {
        var node = SampleTool.Node();
        foreach (var name in new[] { "negative weight", "rule on an unknown item", "first band above the minimum", "item without source", "action without text", "choice not declared" })
        {
            Cases[name].Break(node);
        }

        var errors = Assert.Throws<ToolDefinitionException>(() => ToolDefinitionJson.Read(node.ToJsonString())).Errors;
        Assert.Equal(
            ["$.actions[0].text", "$.rules[0].when.item", "$.rules[4].when.all[1].in[1]", "$.scoring.bands[0].from", "$.sections[0].items[0].weight", "$.sections[0].items[1].source"],
            errors.Select(e => e.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_applicability_cycle_through_two_items_is_found()
    {
        var node = SampleTool.Node();
        Items(node, 0)[1]!["applicable_when"] = new JsonObject { ["item"] = "q3", ["above"] = 2 };
        Items(node, 0)[2]!["applicable_when"] = new JsonObject { ["item"] = "q2", ["equals"] = "Yes" };
        var errors = Assert.Throws<ToolDefinitionException>(() => ToolDefinitionJson.Read(node.ToJsonString())).Errors;
        Assert.Contains(errors, e => e.Rule == "applicability-cycle");

        // Through a section score: q3 applies when the data section (which contains q3) scores above 50.
        node = SampleTool.Node();
        Items(node, 0)[2]!["applicable_when"] = new JsonObject { ["section"] = "data", ["above"] = 50 };
        errors = Assert.Throws<ToolDefinitionException>(() => ToolDefinitionJson.Read(node.ToJsonString())).Errors;
        Assert.Contains(errors, e => e is { Path: "$.sections[0].items[2].applicable_when", Rule: "applicability-cycle" });

        // Through a section's applicability: q1 applies when q4 is answered, and the section holding q4 applies only when q1 is green.
        node = SampleTool.Node();
        Items(node, 0)[0]!["applicable_when"] = new JsonObject { ["not"] = new JsonObject { ["item"] = "q4", ["missing"] = true } };
        node["sections"]![1]!["applicable_when"] = new JsonObject { ["item"] = "q1", ["equals"] = "green" };
        errors = Assert.Throws<ToolDefinitionException>(() => ToolDefinitionJson.Read(node.ToJsonString())).Errors;
        Assert.Contains(errors, e => e is { Rule: "applicability-cycle" } && e.Path.StartsWith("$.sections[", StringComparison.Ordinal));
    }

    [Fact]
    public void A_definition_built_in_code_is_checked_with_the_same_paths()
    {
        var source = new SourceReference(SourceDocument.NihrReport2013, "line 1");
        var bad = new ToolDefinition("code-built", "1", "Built in code", "Testing.", [
            new ToolSection("s", "S", [
                new ToolItem("a", "A?", AnswerType.YesPartlyNo, source, Provenance.Inferred) { Weight = double.NaN },
                new ToolItem("b", "B?", AnswerType.Grade, new SourceReference(new SourceDocument("mine", "My notes"), "p. 2"), Provenance.FromSource),
            ]),
        ], new ToolScoring(ScoringMethod.WeightedSum, [new ScoreBand("low", "Low", 0.5)]))
        {
            Rules = [new FindingRule("r", Condition.Any(Condition.Item("a", ConditionTest.EqualTo, "Maybe"), Condition.Not(null!)), FindingSeverity.Low, "m")],
        };

        var errors = bad.Validate();
        Assert.Contains(errors, e => e is { Path: "$.sections[0].items[0].weight", Rule: "weight-non-negative" });
        Assert.Contains(errors, e => e is { Path: "$.sections[0].items[1].source.document", Rule: "known-document" });
        Assert.Contains(errors, e => e is { Path: "$.sections[0].items[1].answer_type", Rule: "known-scale" });
        Assert.Contains(errors, e => e is { Path: "$.rules[0].when.any[0].equals", Rule: "condition-value-type" });
        Assert.Contains(errors, e => e is { Path: "$.rules[0].when.any[1].not", Rule: "required" });
        Assert.Throws<ToolDefinitionException>(bad.ThrowIfInvalid);

        var fixedUp = bad with
        {
            Documents = [new SourceDocument("mine", "My notes")],
            Scales = [new GradingScale("yn", "Two levels", [new GradeLevel("no", "No", 0), new GradeLevel("yes", "Yes", 1)])],
            Scoring = new ToolScoring(ScoringMethod.WeightedSum, [new ScoreBand("low", "Low", 0), new ScoreBand("high", "High", 1.5)]),
            Rules = [new FindingRule("r", Condition.Item("a", ConditionTest.EqualTo, "Partly"), FindingSeverity.Low, "m")],
        };
        var weightFixed = fixedUp.WithItem(fixedUp.FindItem("a")! with { Weight = 1 });
        Assert.Empty(weightFixed.Validate());
        Assert.Equal(weightFixed, ToolDefinitionJson.Read(ToolDefinitionJson.Write(weightFixed)));
    }
}
