using EEiC.Sources;
using EEiC.Tools.Definitions;
using EEiC.Tools.Evaluation;
using EEiC.Tools.Serialization;

namespace EEiC.Tools.Tests.Evaluation;

/// <summary>
/// The engine on the hand-written sample tool. Expected scores are worked by hand in the comments (weighted means of
/// item scores rescaled to 0-1), independently of the engine's code.
/// </summary>
public sealed class ToolEvaluatorTests
{
    private static readonly ToolDefinition Sample = ToolDefinitionJson.Read(SampleTool.Json);

    private static ToolResponse Response(Dictionary<string, Answer> answers, Dictionary<string, FactValue>? facts = null, string[]? sections = null) =>
        new("sample-checklist", "1.2.0", answers) { Facts = facts ?? [], Sections = sections };

    private static ToolResponse MixedResponse() => Response(
        new()
        {
            ["q1"] = Answer.OfGrade("amber", "Table 4 gives outcomes for five broad groups only"),
            ["q2"] = Answer.Of(YesPartlyNo.Partly),
            ["q3"] = Answer.OfNumber(4),
            ["q7"] = Answer.OfGrade("s3"),
            ["q4"] = Answer.OfChoice("generic"),
            ["q6"] = Answer.OfEntities("Public health lead"),
        },
        new()
        {
            ["completeness"] = FactValue.FromNumber(72),
            ["verdict"] = FactValue.FromCategory("NotFit"),
            ["gap"] = FactValue.FromBoolean(true),
        });

    [Fact]
    public void Scores_coverage_and_band_of_a_mixed_response()
    {
        var report = ToolEvaluator.Evaluate(Sample, MixedResponse());

        // data: q1 amber 2 on 0-3 (2/3) weight 2, q2 partly 0.5 weight 1, q7 3 on 0-3 (1) weight 0.5, q3 unscored:
        // (2 * 2/3 + 0.5 + 0.5) / 3.5 = 2.3333 / 3.5 = 66.667 %.
        var data = report.Sections[0];
        Assert.Equal("data", data.Section);
        Assert.Equal(100 * (4.0 / 3 + 1) / 3.5, data.Score!.Value, 12);
        Assert.Equal((4, 4), (data.ApplicableItems, data.AnsweredItems));
        Assert.False(data.IsProvisional);

        // action: q4 generic 1 on 0-2 (0.5) weight 1 = 50 %; q5 unanswered, q6 answered (applies because q4 is not "none").
        var action = report.Sections[1];
        Assert.Equal(50, action.Score!.Value, 12);
        Assert.Equal((3, 2), (action.ApplicableItems, action.AnsweredItems));
        Assert.Equal(2.0 / 3, action.Coverage!.Value, 12);

        // overall: (2.3333 + 0.5) / 4.5 = 62.963 %, in band "partial" (50 <= score < 80).
        Assert.Equal(100 * (4.0 / 3 + 1 + 0.5) / 4.5, report.Overall.Score!.Value, 12);
        Assert.Equal(100, report.Overall.MaximumScore);
        Assert.Equal(6.0 / 7, report.Overall.Coverage!.Value, 12);
        Assert.Equal("partial", report.Band!.Id);

        Assert.Equal(["q5"], report.Unanswered);
        Assert.Empty(report.Unevidenced);
        var q1 = report.Items[0];
        Assert.Equal(("q1", "data", ItemStatus.Answered, 2d, 3d, 2d), (q1.Item, q1.Section, q1.Status, q1.Score!.Value, q1.MaximumScore!.Value, q1.Weight));
        Assert.Null(report.Items.Single(i => i.Item == "q3").Score);
    }

    [Fact]
    public void Findings_actions_and_next_tools_of_a_mixed_response()
    {
        var report = ToolEvaluator.Evaluate(Sample, MixedResponse());

        // High first (rule order), then Medium, Low, Information. Not found: q1-weak (amber is above red), data-weak
        // (66.7 is not below 50), no-owners (one owner), q2-no (partly is above no).
        Assert.Equal(["claims-vs-data", "gap-no-action", "q1-amber", "low-completeness", "few-groups", "q5-missing"], report.Findings.Select(f => f.Rule));
        var claims = report.Findings[0];
        Assert.Equal(FindingSeverity.High, claims.Severity);
        Assert.Equal(["q1"], claims.Items);
        Assert.Equal([new FindingBasis(FindingBasisKind.Answer, "q1", "amber"), new FindingBasis(FindingBasisKind.Fact, "verdict", "NotFit")], claims.RestsOn);
        Assert.Equal(["q4"], report.Findings[1].Items); // no explicit items: the items the condition tests
        Assert.Equal([new FindingBasis(FindingBasisKind.Fact, "gap", "true"), new FindingBasis(FindingBasisKind.Answer, "q4", "generic")], report.Findings[1].RestsOn);
        Assert.Equal(new FindingBasis(FindingBasisKind.Fact, "completeness", "72"), Assert.Single(report.Findings[3].RestsOn));
        Assert.Equal(new FindingBasis(FindingBasisKind.Answer, "q5", null), Assert.Single(report.Findings[5].RestsOn));

        // All three actions are recommended by a High finding, so they keep definition order; each appears once.
        Assert.Equal(["make-case", "break-down", "improve-recording"], report.Actions.Select(a => a.Id));
        Assert.Equal(["making-the-case", "evidence-mobilisation", "evidence-appraisal"], report.NextTools.Select(t => t.Tool));
        Assert.Equal("Make the case for acting on the gap.", report.NextTools[0].Reason);
    }

    [Fact]
    public void A_section_that_does_not_apply_leaves_out_all_its_items_and_combines_with_item_conditions()
    {
        // The action section applies only when outcomes are at least amber (a "full assessment" gated by screening).
        var gated = Sample with
        {
            Sections = [Sample.Sections[0], Sample.Sections[1] with { ApplicableWhen = Condition.Item("q1", ConditionTest.AtLeast, "amber") }],
        };
        Assert.Empty(gated.Validate());
        Assert.Equal(gated, ToolDefinitionJson.Read(ToolDefinitionJson.Write(gated)));
        Assert.NotEqual(Sample, gated);

        var red = ToolEvaluator.Evaluate(gated, Response(new() { ["q1"] = Answer.OfGrade("red"), ["q4"] = Answer.OfChoice("none") }));
        var action = red.Sections[1];
        Assert.Equal((0, 0), (action.ApplicableItems, action.AnsweredItems));
        Assert.Null(action.Coverage);
        Assert.Null(action.Score);
        Assert.All(red.Items.Where(i => i.Item is "q4" or "q5" or "q6"), i => Assert.Equal(ItemStatus.NotApplicable, i.Status));
        Assert.Equal(["q2", "q3", "q7"], red.Unanswered);

        // Green: the section applies; q6 still needs its own condition (q4 not "none").
        var green = ToolEvaluator.Evaluate(gated, Response(new() { ["q1"] = Answer.OfGrade("green"), ["q4"] = Answer.OfChoice("none") }));
        Assert.Equal((2, 1), (green.Sections[1].ApplicableItems, green.Sections[1].AnsweredItems));
        Assert.Equal(ItemStatus.NotApplicable, green.Items.Single(i => i.Item == "q6").Status);
        Assert.Equal(["q2", "q3", "q7", "q5"], green.Unanswered);
    }

    [Fact]
    public void A_weak_partial_response_counts_absence_of_evidence_and_leaves_out_items_that_do_not_apply()
    {
        var report = ToolEvaluator.Evaluate(Sample, Response(new()
        {
            ["q1"] = Answer.OfGrade("no-evidence"),
            ["q2"] = Answer.Of(YesPartlyNo.No),
            ["q4"] = Answer.OfChoice("none"),
        }));

        Assert.Equal(0, report.Sections[0].Score);
        Assert.Equal((4, 2), (report.Sections[0].ApplicableItems, report.Sections[0].AnsweredItems));
        Assert.Equal((2, 1), (report.Sections[1].ApplicableItems, report.Sections[1].AnsweredItems)); // q6 does not apply
        Assert.Equal(ItemStatus.NotApplicable, report.Items.Single(i => i.Item == "q6").Status);
        Assert.Equal(ItemStatus.Unevidenced, report.Items[0].Status);
        Assert.Equal(["q1"], report.Unevidenced);
        Assert.Equal(["q3", "q7", "q5"], report.Unanswered);
        Assert.Equal("weak", report.Band!.Id);
        Assert.True(report.Overall.IsProvisional);

        // Facts not supplied make fact conditions false; 'missing' and ordered tests on the answers that exist hold.
        Assert.Equal(["q1-weak", "q2-no", "data-weak", "q5-missing"], report.Findings.Select(f => f.Rule));
        Assert.Equal(["break-down", "improve-recording"], report.Actions.Select(a => a.Id));
        Assert.Equal(["evidence-mobilisation", "evidence-appraisal"], report.NextTools.Select(t => t.Tool));
    }

    [Fact]
    public void An_empty_response_reports_everything_missing_and_no_score()
    {
        var report = ToolEvaluator.Evaluate(Sample, Response([]));
        Assert.Null(report.Overall.Score);
        Assert.Null(report.Band);
        Assert.Equal(0, report.Overall.Coverage);
        Assert.Equal(["q1", "q2", "q3", "q7", "q4", "q5", "q6"], report.Unanswered);
        Assert.Equal(["q5-missing"], report.Findings.Select(f => f.Rule));
    }

    [Fact]
    public void Not_applicable_answers_and_zero_weights_leave_the_score()
    {
        // q2 not applicable and q7 (weight 0.5) answered: data = (2 * 1 + 0.5 * 0) / 2.5 = 80 %.
        var report = ToolEvaluator.Evaluate(Sample, Response(new()
        {
            ["q1"] = Answer.OfGrade("green"),
            ["q2"] = Answer.Of(YesPartlyNo.NotApplicable),
            ["q7"] = Answer.OfGrade("s0"),
        }));
        Assert.Equal(80, report.Sections[0].Score!.Value, 12);
        Assert.Equal((3, 2), (report.Sections[0].ApplicableItems, report.Sections[0].AnsweredItems));
        Assert.Equal(ItemStatus.NotApplicable, report.Items[1].Status);
        Assert.DoesNotContain(report.Findings, f => f.Rule == "q2-no"); // an ordered test is false for "not applicable"
    }

    [Fact]
    public void A_response_using_one_section_is_reported_on_that_section_alone()
    {
        var report = ToolEvaluator.Evaluate(Sample, Response(
            new() { ["q4"] = Answer.OfChoice("specific"), ["q6"] = Answer.OfEntities() },
            new() { ["gap"] = FactValue.FromBoolean(true), ["completeness"] = FactValue.FromNumber(50) },
            ["action"]));

        Assert.Equal(["action"], report.Sections.Select(s => s.Section));
        Assert.Equal(["q4", "q5", "q6"], report.Items.Select(i => i.Item));
        Assert.Equal(100, report.Overall.Score);
        Assert.Equal(["q5"], report.Unanswered);
        // low-completeness reads only a fact, so it is evaluated; no-owners tests the empty list; nothing reads the data section.
        Assert.Equal(["low-completeness", "no-owners", "q5-missing"], report.Findings.Select(f => f.Rule));
        Assert.Equal(["evidence-mobilisation", "evidence-appraisal", "stakeholder-analysis"], report.NextTools.Select(t => t.Tool));
    }

    [Fact]
    public void A_weighted_sum_adds_raw_scores_and_its_maximum_counts_applicable_items_only()
    {
        var source = new SourceReference(SourceDocument.EqualityDeliverySystem2022, "rating");
        var tool = new ToolDefinition("sum-tool", "1", "Sum", "Adds.", [
            new ToolSection("a", "A", [
                new ToolItem("x", "X", AnswerType.Grade, source, Provenance.ExternalStandard),
                new ToolItem("y", "Y", AnswerType.Grade, source, Provenance.ExternalStandard) { Weight = 2 },
                new ToolItem("z", "Z", AnswerType.YesPartlyNo, source, Provenance.ExternalStandard),
            ]),
        ], new ToolScoring(ScoringMethod.WeightedSum, [new ScoreBand("low", "Low", 0), new ScoreBand("mid", "Mid", 4), new ScoreBand("top", "Top", 10)]))
        {
            Scales = [new GradingScale("s", "0-3", [new GradeLevel("s0", "0", 0), new GradeLevel("s1", "1", 1), new GradeLevel("s2", "2", 2), new GradeLevel("s3", "3", 3)])],
        };
        Assert.Empty(tool.Validate());

        var report = ToolEvaluator.Evaluate(tool, new ToolResponse("sum-tool", "1", new Dictionary<string, Answer>
        {
            ["x"] = Answer.OfGrade("s1"), ["y"] = Answer.OfGrade("s2"), ["z"] = Answer.Of(YesPartlyNo.NotApplicable),
        }));
        Assert.Equal(1 + (2 * 2), report.Overall.Score); // 5
        Assert.Equal(3 + (2 * 3), report.Overall.MaximumScore); // z does not apply: 9
        Assert.Equal("mid", report.Band!.Id);
    }

    [Fact]
    public void Evaluation_is_deterministic_and_the_batch_gives_the_same_reports()
    {
        var responses = new[] { MixedResponse(), Response([]), Response(new() { ["q1"] = Answer.OfGrade("red") }) };
        var batch = ToolEvaluator.Evaluate(Sample, responses);
        for (var r = 0; r < responses.Length; r++)
        {
            Assert.Equal(ToolEvaluator.Evaluate(Sample, responses[r]), batch[r]);
            Assert.Equal(ToolEvaluator.Evaluate(Sample, responses[r]), ToolEvaluator.Evaluate(ToolDefinitionJson.Read(SampleTool.Json), responses[r]));
        }
    }

    [Fact]
    public void An_invalid_definition_is_refused_before_evaluation()
    {
        var broken = Sample with { Scoring = new ToolScoring(ScoringMethod.WeightedPercentage, [new ScoreBand("x", "X", 5)]) };
        var e = Assert.Throws<ToolDefinitionException>(() => ToolEvaluator.Evaluate(broken, MixedResponse()));
        Assert.Equal("$.scoring.bands[0].from", Assert.Single(e.Errors).Path);
    }
}
