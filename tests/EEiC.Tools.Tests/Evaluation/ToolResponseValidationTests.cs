using EEiC.Tools.Definitions;
using EEiC.Tools.Evaluation;
using EEiC.Tools.Serialization;

namespace EEiC.Tools.Tests.Evaluation;

public sealed class ToolResponseValidationTests
{
    private static readonly ToolDefinition Sample = ToolDefinitionJson.Read(SampleTool.Json);

    private static ToolResponse Response(Dictionary<string, Answer> answers, Dictionary<string, FactValue>? facts = null) =>
        new("sample-checklist", "1.2.0", answers) { Facts = facts ?? [] };

    public static TheoryData<string, string, string> BadAnswers() => new()
    {
        { "q99", "$.answers.q99", "known-item" },
        { "q1:number", "$.answers.q1", "answer-type" },
        { "q1:purple", "$.answers.q1.grade", "known-level" },
        { "q7:green", "$.answers.q7.grade", "known-level" },
        { "q2:7", "$.answers.q2.yes_partly_no", "known-value" },
        { "q3:nan", "$.answers.q3.number", "finite-number" },
        { "q4:vague", "$.answers.q4.choice", "known-choice" },
        { "q5:two", "$.answers.q5", "answer-type" },
        { "q6:blank", "$.answers.q6.entities[1]", "required" },
        { "q6:null", "$.answers.q6", "required" },
        { "Bad Id", "$.answers['Bad Id']", "known-item" },
    };

    private static Answer? BadAnswer(string key) => key switch
    {
        "q1:number" => Answer.OfNumber(2),
        "q1:purple" => Answer.OfGrade("purple"),
        "q7:green" => Answer.OfGrade("green"),
        "q2:7" => Answer.Of((YesPartlyNo)7),
        "q3:nan" => Answer.OfNumber(double.NaN),
        "q4:vague" => Answer.OfChoice("vague"),
        "q5:two" => new Answer { Text = "a", Choice = "generic" },
        "q6:blank" => Answer.OfEntities("PH lead", " "),
        "q6:null" => null,
        _ => Answer.OfText("x"),
    };

    [Theory]
    [MemberData(nameof(BadAnswers))]
    public void A_bad_answer_is_reported_at_its_path(string key, string path, string rule)
    {
        var item = key.Split(':')[0];
        var response = Response(item == "q5"
            ? new() { [item] = BadAnswer(key)!, ["q3"] = Answer.OfNumber(6) }
            : new() { [item] = BadAnswer(key)!, ["q5"] = Answer.OfText("fine") });
        var errors = ToolEvaluator.Validate(Sample, response);
        var error = Assert.Single(errors);
        Assert.Equal((path, rule), (error.Path, error.Rule));

        var e = Assert.Throws<ToolResponseException>(() => ToolEvaluator.Evaluate(Sample, response));
        Assert.Equal(errors, e.Errors);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_facts_tool_version_and_sections_are_all_reported()
    {
        var response = new ToolResponse("jsna-interrogation", "0.9", new Dictionary<string, Answer> { ["q1"] = Answer.OfGrade("green") })
        {
            Facts = new Dictionary<string, FactValue>
            {
                ["completeness"] = FactValue.FromBoolean(true),
                ["verdict"] = FactValue.FromCategory("Unfit"),
                ["gap"] = FactValue.FromBoolean(false),
                ["coverage"] = FactValue.FromNumber(3),
                ["gap-size"] = FactValue.FromNumber(double.PositiveInfinity),
            },
            Sections = ["action", "ghost", "action"],
        };

        var errors = ToolEvaluator.Validate(Sample, response);

        Assert.Equal(
        [
            ("$.tool", "tool-id"), ("$.tool_version", "tool-version"), ("$.sections[1]", "known-section"), ("$.sections[2]", "unique-value"),
            ("$.answers.q1", "section-in-use"), ("$.facts.completeness", "fact-type"), ("$.facts.verdict", "known-category"),
            ("$.facts.coverage", "known-fact"), ("$.facts.gap-size", "known-fact"),
        ], errors.Select(e => (e.Path, e.Rule)));
    }

    [Fact]
    public void A_batch_reports_every_bad_response_with_its_index()
    {
        var good = Response(new() { ["q1"] = Answer.OfGrade("green") });
        var e = Assert.Throws<ToolResponseException>(() => ToolEvaluator.Evaluate(Sample, [
            good,
            Response(new() { ["q1"] = Answer.OfGrade("blue") }),
            good,
            Response(new() { ["q4"] = Answer.OfChoice("x"), ["q3"] = Answer.OfText("3") }),
        ]));
        Assert.Equal(["$[1].answers.q1.grade", "$[3].answers.q4.choice", "$[3].answers.q3"], e.Errors.Select(x => x.Path));
        Assert.IsAssignableFrom<ArgumentException>(e);
    }

    [Fact]
    public void A_response_round_trips_through_json()
    {
        var response = new ToolResponse("sample-checklist", "1.2.0", new Dictionary<string, Answer>
        {
            ["q1"] = Answer.OfGrade("amber", "Table 4"),
            ["q2"] = Answer.Of(YesPartlyNo.NotApplicable),
            ["q3"] = Answer.OfNumber(0.1),
            ["q4"] = Answer.OfChoice("none"),
            ["q5"] = Answer.OfText("Commission a health equity audit"),
            ["q6"] = Answer.OfEntities("PH lead", "E&D lead"),
        })
        {
            Facts = new Dictionary<string, FactValue>
            {
                ["completeness"] = FactValue.FromNumber(81.25), ["verdict"] = FactValue.FromCategory("FitWithCaveats"), ["gap"] = FactValue.FromBoolean(false),
            },
            Sections = ["data", "action"],
        };

        var json = ToolResponseJson.Write(response);
        var again = ToolResponseJson.Read(json);

        Assert.Equal(response, again);
        Assert.Contains("\"yes_partly_no\": \"NotApplicable\"", json, StringComparison.Ordinal);
        Assert.Contains("\"verdict\": \"FitWithCaveats\"", json, StringComparison.Ordinal);
        Assert.Empty(ToolEvaluator.Validate(Sample, again));
    }

    [Fact]
    public void Reading_a_response_refuses_unknown_fields_versions_and_bad_facts()
    {
        Assert.Equal("supported-schema-version", Assert.Single(Assert.Throws<ToolResponseException>(() =>
            ToolResponseJson.Read("""{ "schema_version": 3, "tool": "x", "tool_version": "1" }""")).Errors).Rule);

        var unknown = Assert.Single(Assert.Throws<ToolResponseException>(() =>
            ToolResponseJson.Read("""{ "schema_version": 1, "tool": "x", "tool_version": "1", "answers": { "q1": { "grade": "red", "score": 3 } } }""")).Errors);
        Assert.Equal(("known-field", "score"), (unknown.Rule, unknown.Value));
        Assert.StartsWith("$.answers.q1", unknown.Path, StringComparison.Ordinal);

        var errors = Assert.Throws<ToolResponseException>(() =>
            ToolResponseJson.Read("""{ "schema_version": 1, "tool_version": "1", "facts": { "a": [1], "b": null } }""")).Errors;
        Assert.Equal([("$.tool", "required"), ("$.facts.a", "fact-type"), ("$.facts.b", "fact-type")], errors.Select(e => (e.Path, e.Rule)));
    }
}
