using EEiC.Sources;
using EEiC.Tools.Definitions;
using EEiC.Tools.Evaluation;
using EEiC.Tools.Suite;

namespace EEiC.Tools.Tests.BuiltIn;

/// <summary>
/// The Making the case tool on a scenario from the sources: an equality and diversity lead takes local evidence of a
/// gap in revascularisation for Asian patients, found by combining national survey data on heart disease by ethnic
/// group with the local population and in-patient activity (Better Health Briefing 28, EEiC seed 001, line 121), to an
/// integrated care board. The draft cites the equality duty but neither the quality nor the efficiency argument, which
/// tends to produce tick-box responses (NIHR report, EEiC seed 002, line 1025); it leaves out the expected-against-
/// observed comparison that found the gap, and has no one-page summary (line 2280).
/// </summary>
public sealed class MakingTheCaseScenarioTests
{
    private static readonly ToolDefinition Tool = ToolLibrary.BuiltIn.Get("making-the-case");

    private static ToolResponse BoardPaper() => new("making-the-case", "1.0.0", new Dictionary<string, Answer>
    {
        ["audience"] = Answer.OfChoice("board"),
        ["whats-in-it-for-audience"] = Answer.Of(YesPartlyNo.Partly, "Mentions the duties, not the cost of late treatment"),
        ["local-population-data"] = Answer.Of(YesPartlyNo.Yes),
        ["local-gap-evidence"] = Answer.Of(YesPartlyNo.Yes, "Revascularisation rates by ethnic group"),
        ["expected-vs-observed"] = Answer.Of(YesPartlyNo.No),
        ["data-pointers"] = Answer.Of(YesPartlyNo.Partly),
        ["equality-duty"] = Answer.Of(YesPartlyNo.Yes),
        ["health-inequalities-duty"] = Answer.Of(YesPartlyNo.No),
        ["quality-argument"] = Answer.Of(YesPartlyNo.No),
        ["efficiency-argument"] = Answer.Of(YesPartlyNo.No),
        ["examples-of-action"] = Answer.Of(YesPartlyNo.Yes),
        ["one-page-summary"] = Answer.Of(YesPartlyNo.No),
        ["brief-and-direct"] = Answer.Of(YesPartlyNo.Yes),
        ["clear-ask"] = Answer.Of(YesPartlyNo.Partly),
        ["objections-prepared"] = Answer.Of(YesPartlyNo.No),
        ["evidence-appraised"] = Answer.Of(YesPartlyNo.Partly),
    })
    {
        Facts = new Dictionary<string, FactValue>
        {
            ["significant-gap"] = FactValue.FromBoolean(true),
            ["observed-below-expected"] = FactValue.FromBoolean(true),
            ["data-quality-verdict"] = FactValue.FromCategory("FitWithCaveats"),
        },
    };

    private static string[] Rules(ToolReport report) => [.. report.Findings.Select(f => f.Rule)];

    [Fact]
    public void The_board_paper_scores_half_and_needs_work()
    {
        var report = ToolEvaluator.Evaluate(Tool, BoardPaper());

        // Weights 2 for "what is in it" and the local gap, 1 otherwise (17 in all); yes 1, partly 0.5, no 0:
        // 2 x 0.5 + 1 + 2 x 1 + 0 + 0.5 + 1 + 0 + 0 + 0 + 1 + 0 + 1 + 0.5 + 0 + 0.5 = 8.5; 100 x 8.5 / 17 = 50 %,
        // the first score of the "needs work" band.
        Assert.Equal(50, report.Overall.Score!.Value, 12);
        Assert.Equal("needs-work", report.Band!.Id);
        Assert.Equal(1, report.Overall.Coverage);

        // Sections: audience 1 / 2; local evidence (1 + 2 + 0 + 0.5) / 5; arguments 2 / 5; presentation 2 / 5.
        Assert.Equal([50d, 70d, 40d, 40d], report.Sections.Select(s => s.Score!.Value));
    }

    [Fact]
    public void The_board_paper_findings_that_must_and_must_not_follow()
    {
        var report = ToolEvaluator.Evaluate(Tool, BoardPaper());

        Assert.Equal(
            ["shortfall-not-in-case",
             "wiifm-board", "expected-observed-missing", "compliance-only", "no-quality-argument", "no-efficiency-argument", "no-one-page-summary", "no-clear-ask",
             "objections-unprepared", "evidence-unappraised",
             "no-health-inequalities-duty", "no-data-pointers"],
            Rules(report));
        Assert.Equal(FindingSeverity.High, report.Findings[0].Severity);
        Assert.Contains(new FindingBasis(FindingBasisKind.Fact, "observed-below-expected", "true"), report.Findings[0].RestsOn);
        Assert.Equal(["equality-duty", "quality-argument", "efficiency-argument"], report.Findings[3].Items);

        // The gap is in the case and the duty is cited; only the board's own "what is in it" finding fires.
        Assert.DoesNotContain(report.Findings, f => f.Rule is "no-local-gap" or "gap-not-in-case" or "no-audience" or "no-equality-duty" or "gap-on-unfit-data"
            or "wiifm-commissioner" or "wiifm-provider" or "wiifm-community" or "population-missing" or "no-examples" or "not-brief");

        Assert.Equal(
            ["add-expected-vs-observed", "frame-for-board", "add-quality-argument", "add-efficiency-argument", "write-one-page-summary", "state-the-ask",
             "prepare-for-objections", "appraise-evidence", "cite-health-inequalities-duties", "add-data-pointers"],
            report.Actions.Select(a => a.Id));
        Assert.Equal(["evidence-appraisal", "evidence-mobilisation", "service-specification", "frequently-raised-objections", "stakeholder-analysis", "levers-for-change"],
            report.NextTools.Select(t => t.Tool));
    }

    [Theory]
    [InlineData("board", "wiifm-board", "frame-for-board")]
    [InlineData("commissioner", "wiifm-commissioner", "frame-for-commissioner")]
    [InlineData("provider", "wiifm-provider", "frame-for-provider")]
    [InlineData("community", "wiifm-community", "frame-for-community")]
    public void What_is_in_it_depends_on_the_audience(string audience, string rule, string action)
    {
        var report = ToolEvaluator.Evaluate(Tool, new ToolResponse("making-the-case", "1.0.0", new Dictionary<string, Answer>
        {
            ["audience"] = Answer.OfChoice(audience),
            ["whats-in-it-for-audience"] = Answer.Of(YesPartlyNo.No),
        })
        { Sections = ["audience"] });

        Assert.Equal([rule], Rules(report));
        Assert.Equal([action], report.Actions.Select(a => a.Id));
    }

    [Fact]
    public void An_audience_that_knows_what_is_in_it_for_them_raises_nothing()
    {
        var report = ToolEvaluator.Evaluate(Tool, new ToolResponse("making-the-case", "1.0.0", new Dictionary<string, Answer>
        {
            ["audience"] = Answer.OfChoice("provider"),
            ["whats-in-it-for-audience"] = Answer.Of(YesPartlyNo.Yes),
        })
        { Sections = ["audience"] });

        Assert.Empty(report.Findings);
        Assert.Equal(100, report.Overall.Score);
        Assert.Equal(["frequently-raised-objections", "evidence-mobilisation"], report.NextTools.Select(t => t.Tool));
    }

    [Fact]
    public void A_case_with_no_local_gap_is_high_and_names_the_gap_the_data_show()
    {
        var answers = new Dictionary<string, Answer> { ["local-population-data"] = Answer.Of(YesPartlyNo.Yes) };
        var withoutData = ToolEvaluator.Evaluate(Tool, new ToolResponse("making-the-case", "1.0.0", answers) { Sections = ["local-evidence"] });
        Assert.Equal(["no-local-gap"], Rules(withoutData));
        Assert.Equal(["find-local-evidence"], withoutData.Actions.Select(a => a.Id));
        Assert.Equal(["local-gap-evidence", "expected-vs-observed", "data-pointers"], withoutData.Unanswered);
        Assert.True(withoutData.Overall.IsProvisional);

        var withData = ToolEvaluator.Evaluate(Tool, new ToolResponse("making-the-case", "1.0.0", answers)
        {
            Sections = ["local-evidence"],
            Facts = new Dictionary<string, FactValue>
            {
                ["significant-gap"] = FactValue.FromBoolean(true),
                ["observed-below-expected"] = FactValue.FromBoolean(true),
                ["data-quality-verdict"] = FactValue.FromCategory("NotFit"),
            },
        });
        Assert.Equal(["gap-not-in-case", "shortfall-not-in-case"], Rules(withData));
        Assert.DoesNotContain("no-local-gap", Rules(withData));
        Assert.DoesNotContain("gap-on-unfit-data", Rules(withData));
        Assert.Contains(withData.NextTools, t => t.Tool == "evidence-appraisal");
    }

    [Fact]
    public void A_compliance_case_with_some_quality_argument_is_not_compliance_only()
    {
        var answers = new Dictionary<string, Answer>(BoardPaper().Answers) { ["quality-argument"] = Answer.Of(YesPartlyNo.Partly) };
        var rules = Rules(ToolEvaluator.Evaluate(Tool, BoardPaper() with { Answers = answers }));

        Assert.DoesNotContain("compliance-only", rules);
        Assert.Contains("no-quality-argument", rules);
        Assert.Contains("no-efficiency-argument", rules);
    }

    [Fact]
    public void A_gap_on_unfit_data_must_be_caveated()
    {
        var response = BoardPaper() with
        {
            Facts = new Dictionary<string, FactValue>
            {
                ["significant-gap"] = FactValue.FromBoolean(true),
                ["data-quality-verdict"] = FactValue.FromCategory("NotFit"),
            },
        };
        var report = ToolEvaluator.Evaluate(Tool, response);

        Assert.Contains("gap-on-unfit-data", Rules(report));
        Assert.DoesNotContain("shortfall-not-in-case", Rules(report));
        Assert.Contains(report.Actions, a => a.Id == "state-data-caveats");
    }

    [Fact]
    public void The_tool_cites_the_duties_checks_readiness_and_shares_its_audiences_with_the_briefing()
    {
        var equality = Tool.AllItems.Single(i => i.Id == "equality-duty");
        Assert.Equal((SourceDocument.EqualityAct2010, Provenance.ExternalStandard), (equality.Source.Document, equality.Provenance));
        Assert.Same(SourceDocument.RaceAndHealthObservatory2021, Tool.AllItems.Single(i => i.Id == "health-inequalities-duty").Source.Document);

        // The audiences of the tool are those of the briefing generator, by name.
        Assert.Equal(Enum.GetNames<BriefingAudience>().Select(n => n.ToLowerInvariant()), Tool.AllItems.Single(i => i.Id == "audience").Choices.Select(c => c.Id));

        // Readiness for objections links to the objections and evidence tools whatever the answers.
        Assert.Equal(["frequently-raised-objections", "evidence-mobilisation"], Tool.Links.Where(l => l.When is null).Select(l => l.Tool));
        Assert.Contains("frequently-raised-objections", Tool.Actions.Single(a => a.Id == "prepare-for-objections").Tools);
        Assert.Equal(["audience", "local-evidence", "arguments", "presentation"], Tool.Sections.Select(s => s.Id));
    }
}
