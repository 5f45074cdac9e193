using System.Text;
using System.Text.Json.Nodes;
using EEiC.Organisations;
using EEiC.Sources;
using EEiC.Tools.Definitions;
using EEiC.Tools.Serialization;

namespace EEiC.Tools.Tests.Serialization;

public sealed class ToolDefinitionJsonTests
{
    private static ToolDefinitionException ReadFails(string json) =>
        Assert.Throws<ToolDefinitionException>(() => ToolDefinitionJson.Read(json));

    [Fact]
    public void Reads_every_part_of_a_hand_written_definition()
    {
        var d = ToolDefinitionJson.Read(SampleTool.Json);

        Assert.Equal("sample-checklist", d.Id);
        Assert.Equal("1.2.0", d.Version);
        Assert.Equal([StakeholderRole.Commissioner, StakeholderRole.CommunityRepresentative], d.Audiences);
        Assert.Equal([ToolMode.Evaluative, ToolMode.Diagnostic], d.Modes);
        Assert.Same(SourceDocument.NihrReport2013, d.Source!.Document);
        Assert.Equal("local-strategy", Assert.Single(d.Documents).Id);

        var rag = d.Scales[0];
        Assert.Equal(["no-evidence", "red", "amber", "green"], rag.Levels.Select(l => l.Id));
        Assert.True(rag.Levels[0].IsAbsenceOfEvidence);
        Assert.False(rag.Levels[1].IsAbsenceOfEvidence);
        Assert.Equal(Provenance.FromSource, rag.Provenance);
        Assert.Equal(Provenance.Inferred, d.Scoring.Provenance);
        Assert.Equal([0d, 50d, 80d], d.Scoring.Bands.Select(b => b.From));

        var q1 = d.FindItem("q1")!;
        Assert.Equal(AnswerType.Grade, q1.AnswerType);
        Assert.Equal(2, q1.Weight);
        Assert.Null(q1.Scale);
        Assert.Equal(Provenance.Inferred, q1.Provenance);
        Assert.Equal("lines 3141-3155", q1.Source.Location);
        Assert.Equal(1, d.FindItem("q2")!.Weight); // default weight
        Assert.Equal("Anytown ICB. Health inequalities strategy 2024.", d.FindItem("q3")!.Source.Document.Citation);
        Assert.Equal([0d, 1d, 2d], d.FindItem("q4")!.Choices.Select(c => c.Score!.Value));
        Assert.True(d.FindItem("q4")!.IsScored);
        Assert.False(d.FindItem("q5")!.IsScored);

        var applicable = d.FindItem("q6")!.ApplicableWhen!;
        Assert.Equal(ConditionKind.Not, applicable.Kind);
        Assert.Equal(Condition.Item("q4", ConditionTest.EqualTo, "none"), Assert.Single(applicable.Operands));

        Assert.Equal(Condition.Item("q1", ConditionTest.AtMost, "red"), d.Rules[0].When);
        Assert.Equal(Condition.All(Condition.Item("q1", ConditionTest.In, "green", "amber"), Condition.Fact("verdict", ConditionTest.EqualTo, "NotFit")), d.Rules[2].When);
        Assert.Equal(Condition.Fact("completeness", ConditionTest.Below, 90), d.Rules[3].When);
        Assert.Equal(Condition.Fact("gap", true), d.Rules[4].When.Operands[0]);
        Assert.Equal(Condition.Section("data", ConditionTest.Below, 50), d.Rules[5].When);
        Assert.Equal(Condition.Item("q5", ConditionTest.Missing), d.Rules[7].When);
        Assert.Equal(FindingSeverity.Information, d.Rules[7].Severity);
        Assert.Equal(["improve-recording", "break-down"], d.Rules[2].Actions);
        Assert.Equal(["making-the-case"], d.Actions[0].Tools);
        Assert.Equal(Condition.Item("q4", ConditionTest.EqualTo, "specific"), d.Links[1].When);
    }

    [Fact]
    public void Round_trips_to_an_equal_definition_and_identical_text()
    {
        var d = ToolDefinitionJson.Read(SampleTool.Json);
        var json = ToolDefinitionJson.Write(d);
        var again = ToolDefinitionJson.Read(json);

        Assert.Equal(d, again);
        Assert.Equal(d.GetHashCode(), again.GetHashCode());
        Assert.Equal(json, ToolDefinitionJson.Write(again));

        using var stream = new MemoryStream();
        ToolDefinitionJson.Write(d, stream);
        stream.Position = 0;
        Assert.Equal(d, ToolDefinitionJson.Read(stream));
    }

    [Fact]
    public void Equality_is_structural_and_sees_a_change_deep_inside()
    {
        var a = ToolDefinitionJson.Read(SampleTool.Json);
        var b = ToolDefinitionJson.Read(SampleTool.Json);
        Assert.Equal(a, b);
        Assert.NotSame(a.Sections, b.Sections);

        var changed = a.WithItem(a.FindItem("q6")! with { ApplicableWhen = Condition.Not(Condition.Item("q4", ConditionTest.EqualTo, "generic")) });
        Assert.NotEqual(a, changed);
    }

    [Fact]
    public void Refuses_an_unknown_schema_version_before_reading_the_rest()
    {
        var e = ReadFails("""{ "id": "x", "schema_version": 2, "whatever": [1, 2] }""");
        var error = Assert.Single(e.Errors);
        Assert.Equal(("$.schema_version", "2", "supported-schema-version"), (error.Path, error.Value, error.Rule));

        error = Assert.Single(ReadFails("""{ "id": "x" }""").Errors);
        Assert.Equal(("$.schema_version", "supported-schema-version"), (error.Path, error.Rule));
        error = Assert.Single(ReadFails("[1]").Errors);
        Assert.Equal(("$", "json-object"), (error.Path, error.Rule));
    }

    [Fact]
    public void Refuses_an_unknown_field_and_names_its_path()
    {
        var node = SampleTool.Node();
        node["sections"]![1]!["items"]![0]!["wieght"] = 3;
        var error = Assert.Single(ReadFails(node.ToJsonString()).Errors);
        Assert.Equal("known-field", error.Rule);
        Assert.Equal("wieght", error.Value);
        Assert.StartsWith("$.sections[1].items[0]", error.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_a_value_of_the_wrong_json_type_with_its_path()
    {
        var node = SampleTool.Node();
        node["sections"]![0]!["items"]![1]!["weight"] = "heavy";
        var error = Assert.Single(ReadFails(node.ToJsonString()).Errors);
        Assert.Equal("json-syntax", error.Rule);
        Assert.Equal("$.sections[0].items[1].weight", error.Path);

        node = SampleTool.Node();
        node["sections"]![0]!["items"]![1]!["answer_type"] = "Essay";
        error = Assert.Single(ReadFails(node.ToJsonString()).Errors);
        Assert.Equal("$.sections[0].items[1].answer_type", error.Path);
    }

    [Fact]
    public void Bounds_the_input_size_and_depth()
    {
        var error = Assert.Single(Assert.Throws<ToolDefinitionException>(() =>
            ToolDefinitionJson.Read(SampleTool.Json, new ToolReadLimits { MaxBytes = 100 })).Errors);
        Assert.Equal("size-limit", error.Rule);

        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(SampleTool.Json));
        Assert.Equal("size-limit", Assert.Single(Assert.Throws<ToolDefinitionException>(() =>
            ToolDefinitionJson.Read(stream, new ToolReadLimits { MaxBytes = 100 })).Errors).Rule);

        var deep = SampleTool.Node();
        JsonObject condition = new() { ["item"] = "q5", ["missing"] = true };
        for (var i = 0; i < 80; i++)
        {
            condition = new JsonObject { ["not"] = condition };
        }

        deep["rules"]![7]!["when"] = condition;
        Assert.Equal("json-syntax", Assert.Single(ReadFails(deep.ToJsonString()).Errors).Rule);
        Assert.Throws<ArgumentException>(() => ToolDefinitionJson.Read(SampleTool.Json, new ToolReadLimits { MaxDepth = 0 }));
    }

    [Fact]
    public void Reports_conditions_with_no_or_two_shapes_and_tests()
    {
        var node = SampleTool.Node();
        node["rules"]![0]!["when"] = new JsonObject { ["item"] = "q1", ["fact"] = "gap", ["equals"] = true };
        node["rules"]![1]!["when"] = new JsonObject { ["item"] = "q1", ["equals"] = "red", ["in"] = new JsonArray("red") };
        node["rules"]![2]!["when"] = new JsonObject { ["all"] = new JsonArray(), ["equals"] = "red" };
        node["rules"]![3]!["when"] = new JsonObject { ["fact"] = "completeness", ["below"] = new JsonArray() };
        node["rules"]![4]!["when"] = new JsonObject { ["item"] = "q5", ["missing"] = false };
        var errors = ReadFails(node.ToJsonString()).Errors;

        Assert.Contains(errors, e => e is { Path: "$.rules[0].when", Rule: "condition-shape" });
        Assert.Contains(errors, e => e is { Path: "$.rules[1].when", Rule: "condition-shape" });
        Assert.Contains(errors, e => e is { Path: "$.rules[2].when", Rule: "condition-shape" });
        Assert.Contains(errors, e => e is { Path: "$.rules[2].when.all", Rule: "condition-operands" });
        Assert.Contains(errors, e => e is { Path: "$.rules[3].when.below", Rule: "condition-value-type" });
        Assert.Contains(errors, e => e is { Path: "$.rules[4].when.missing", Rule: "condition-values" });
    }

    [Fact]
    public void Writes_snake_case_enum_names_and_leaves_out_defaults()
    {
        var json = ToolDefinitionJson.Write(ToolDefinitionJson.Read(SampleTool.Json));
        Assert.Contains("\"answer_type\": \"YesPartlyNo\"", json, StringComparison.Ordinal);
        Assert.Contains("\"is_absence_of_evidence\": true", json, StringComparison.Ordinal);
        Assert.Contains("\"applicable_when\"", json, StringComparison.Ordinal);
        Assert.Contains("\"equals\": true", json, StringComparison.Ordinal);
        Assert.Contains("\"below\": 90", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"weight\": 1,", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"is_absence_of_evidence\": false", json, StringComparison.Ordinal);
    }
}
