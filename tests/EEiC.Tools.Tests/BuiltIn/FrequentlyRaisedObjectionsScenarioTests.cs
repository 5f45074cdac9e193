using EEiC.Sources;
using EEiC.Tools.Definitions;
using EEiC.Tools.Evaluation;

namespace EEiC.Tools.Tests.BuiltIn;

/// <summary>
/// The frequently raised objections tool on scenarios from the sources. Main scenario: an E&amp;D lead preparing to take
/// the early-booking equity audit, which shows a significant gap in late booking between ethnic groups, to the board,
/// as the logic framework intends ("E&amp;D leads to use with senior staff/boards", NIHR report, EEiC seed 002, line 2124;
/// equity audit, line 1598). Ready on money, fairness and data; not ready on legitimacy; the section "it is covered
/// already" only half worked through. Second: a commissioner facing providers after the CAMHS quality incentive was
/// refused (lines 1778-1784). Third: clinicians and the evidence section alone (line 1808).
/// </summary>
public sealed class FrequentlyRaisedObjectionsScenarioTests
{
    private static readonly ToolDefinition Fro = ToolLibrary.BuiltIn.Get("frequently-raised-objections");

    private static Answer Yes(string? note = null) => Answer.Of(YesPartlyNo.Yes, note);

    private static Answer Partly(string? note = null) => Answer.Of(YesPartlyNo.Partly, note);

    private static Answer No(string? note = null) => Answer.Of(YesPartlyNo.No, note);

    private static Answer NotApplicable(string? note = null) => Answer.Of(YesPartlyNo.NotApplicable, note);

    private static ToolResponse BoardPaper() => new("frequently-raised-objections", "1.0.0", new Dictionary<string, Answer>
    {
        // Legitimacy: 7 apply; 1 + 0 + 0.5 + 0 + 0.5 + 0 + 0.5 = 2.5.
        ["not-an-issue"] = Yes("Equity audit: late booking by ethnic group and ward"),
        ["few-here"] = NotApplicable("A third of births are to minority ethnic mothers"),
        ["not-our-business"] = No(),
        ["public-health-remit"] = Partly(),
        ["ed-team-job"] = No(),
        ["providers-job"] = Partly(),
        ["not-our-place"] = No(),
        ["no-room-for-manoeuvre"] = Partly(),

        // Resources: weights 2, 1, 1, 1, 1 (nicety does not apply); 2*1 + 0.5 + 1 + 0.5 + 0 = 4 of 6.
        ["no-resources"] = Yes("Costs of late booking: missed screening, emergency admissions"),
        ["economic-climate"] = Partly(),
        ["separate-services"] = Yes("Changes to the existing booking pathway, not a new service"),
        ["best-for-the-most"] = Partly(),
        ["other-priorities"] = No(),
        ["nicety-not-necessity"] = NotApplicable("The board does not discuss specifications"),

        // Fairness: weights 2, 1, 1, 1, 1, 1 (local people first does not apply); 2 + 0.5 + 0 + 1 + 0.5 + 0.5 = 4.5 of 7.
        ["unfair-to-single-out"] = Yes(),
        ["privileging-minorities"] = Partly(),
        ["political-correctness"] = No(),
        ["local-people-first"] = NotApplicable(),
        ["other-inequalities"] = Yes("Gap remains after adjusting for deprivation"),
        ["fear-of-getting-it-wrong"] = Partly(),
        ["cultural-difference"] = Partly(),

        // Data and evidence: weights 2, 1, 1, 1, 1, 1 (two do not apply); 2 + 1 + 0.5 + 0 + 0.5 + 0.5 = 4.5 of 7.
        ["not-enough-data"] = Yes(),
        ["small-numbers"] = Yes("Intervals in the audit"),
        ["wrong-categories"] = Partly(),
        ["not-transferable"] = NotApplicable("Local data"),
        ["causes-unclear"] = No(),
        ["prove-it-first"] = Partly(),
        ["community-evidence-biased"] = Partly(),
        ["clinical-experience"] = NotApplicable(),

        // Covered already: two of five answered; 1 + 0.5 = 1.5 of 2.
        ["covered-by-health-inequalities"] = Yes(),
        ["services-for-all"] = Partly(),
    })
    {
        Facts = new Dictionary<string, FactValue>
        {
            ["audience"] = FactValue.FromCategory("Board"),
            ["significant-gap"] = FactValue.FromBoolean(true),
            ["ethnicity-completeness"] = FactValue.FromNumber(0.86),
        },
    };

    [Fact]
    public void The_tool_has_34_objections_in_five_themes_answered_yes_partly_no()
    {
        Assert.Equal(
            [("legitimacy", 8), ("resources", 6), ("fairness", 7), ("data-and-evidence", 8), ("covered-already", 5)],
            Fro.Sections.Select(s => (s.Id, s.Items.Count)));
        Assert.All(Fro.AllItems, i => Assert.Equal(AnswerType.YesPartlyNo, i.AnswerType));
        Assert.Equal(ScoringMethod.WeightedPercentage, Fro.Scoring.Method);

        // The three objections the report names (line 2356) weigh double.
        Assert.Equal(["no-resources", "unfair-to-single-out", "not-enough-data"], Fro.AllItems.Where(i => i.Weight == 2).Select(i => i.Id));
        Assert.All(Fro.AllItems.Where(i => i.Weight == 2), i => Assert.Contains("2356", i.Source.Location, StringComparison.Ordinal));

        // The six obstructive attitudes of the logic framework (Figure 3, line 2124) are all objections of the tool.
        Assert.Equal(
            ["not-an-issue", "not-our-business", "public-health-remit", "no-room-for-manoeuvre", "economic-climate", "other-inequalities"],
            Fro.AllItems.Where(i => i.Source.Location == "line 2124").Select(i => i.Id));

        // Objections the source names are FromSource; the one condensed from a finding is Inferred.
        Assert.Equal(["few-here"], Fro.AllItems.Where(i => i.Provenance == Provenance.Inferred).Select(i => i.Id));
        Assert.Equal(SourceDocument.BetterHealthBriefing28, Fro.FindItem("few-here")!.Source.Document);
    }

    [Fact]
    public void Each_theme_has_one_rule_that_reads_every_objection_in_it()
    {
        foreach (var section in Fro.Sections)
        {
            var rule = Assert.Single(Fro.Rules, r => r.When.Kind == ConditionKind.Any
                && r.When.Operands.All(o => o.Kind == ConditionKind.Item && section.Items.Any(i => i.Id == o.Subject)));
            Assert.Equal(section.Items.Select(i => i.Id), rule.When.Operands.Select(o => o.Subject));
            Assert.All(rule.When.Operands, o => Assert.Equal((ConditionTest.AtMost, "Partly"), (o.Test, o.Values.Single())));
            Assert.Equal(FindingSeverity.Medium, rule.Severity);
            Assert.NotEmpty(rule.Actions);
        }
    }

    [Fact]
    public void The_board_paper_scores_and_coverage()
    {
        var report = ToolEvaluator.Evaluate(Fro, BoardPaper());

        // Section scores (weighted percentages of yes 1, partly 0.5, no 0 over the answers that apply):
        // legitimacy 2.5/7, resources 4/6, fairness 4.5/7, data 4.5/7, covered already 1.5/2.
        Assert.Equal(100 * 2.5 / 7, report.Sections[0].Score!.Value, 12);
        Assert.Equal(100 * 4.0 / 6, report.Sections[1].Score!.Value, 12);
        Assert.Equal(100 * 4.5 / 7, report.Sections[2].Score!.Value, 12);
        Assert.Equal(100 * 4.5 / 7, report.Sections[3].Score!.Value, 12);
        Assert.Equal(75, report.Sections[4].Score!.Value, 12);

        // Overall: (2.5 + 4 + 4.5 + 4.5 + 1.5) / (7 + 6 + 7 + 7 + 2) = 17 / 29 = 58.6 %, partly prepared.
        Assert.Equal(100.0 * 17 / 29, report.Overall.Score!.Value, 12);
        Assert.Equal("partly-prepared", report.Band!.Id);

        // 34 objections, 5 not applicable, 26 of the 29 others answered.
        Assert.Equal((29, 26), (report.Overall.ApplicableItems, report.Overall.AnsweredItems));
        Assert.Equal(["done-it-for-years", "enough-attention-already", "hard-to-reach"], report.Unanswered);
        Assert.True(report.Overall.IsProvisional);
        Assert.Equal(5, report.Items.Count(i => i.Status == ItemStatus.NotApplicable));
    }

    [Fact]
    public void The_board_paper_findings_and_actions_that_must_and_must_not_follow()
    {
        var report = ToolEvaluator.Evaluate(Fro, BoardPaper());
        var rules = report.Findings.Select(f => f.Rule).ToArray();

        // Going to the board unready on legitimacy, and a local gap not used against 'political correctness'.
        Assert.Equal(
            ["board-not-ready-on-legitimacy", "local-gap-not-used", "incomplete-recording", "legitimacy-unprepared", "resources-unprepared",
             "fairness-unprepared", "evidence-unprepared", "coverage-claims-unprepared"],
            rules);
        Assert.All(report.Findings.Take(2), f => Assert.Equal(FindingSeverity.High, f.Severity));
        Assert.Contains(new FindingBasis(FindingBasisKind.SectionScore, "legitimacy", (100 * 2.5 / 7).ToString(System.Globalization.CultureInfo.InvariantCulture)), report.Findings[0].RestsOn);
        Assert.Contains(new FindingBasis(FindingBasisKind.Answer, "political-correctness", "No"), report.Findings[1].RestsOn);
        Assert.Contains(new FindingBasis(FindingBasisKind.Fact, "ethnicity-completeness", "0.86"), report.Findings[2].RestsOn);

        // The audience is the board: the provider and clinician rules must not follow.
        Assert.DoesNotContain("provider-objections-unanswered", rules);
        Assert.DoesNotContain("clinical-challenge-unanswered", rules);

        Assert.Equal(
            ["lead-with-local-gap", "prepare-legitimacy-case", "rehearse-with-allies", "prepare-cost-case", "prepare-fairness-response",
             "gather-local-evidence", "appraise-evidence", "test-coverage-claim", "improve-recording"],
            report.Actions.Select(a => a.Id));
        Assert.Equal(
            ["making-the-case", "levers-for-change", "stakeholder-analysis", "service-specification", "equality-impact-assessment",
             "evidence-mobilisation", "evidence-appraisal", "jsna-interrogation", "equality-delivery-system"],
            report.NextTools.Select(t => t.Tool));
    }

    [Fact]
    public void Without_local_facts_only_the_answers_drive_the_findings()
    {
        var report = ToolEvaluator.Evaluate(Fro, BoardPaper() with { Facts = new Dictionary<string, FactValue>() });
        Assert.Equal(
            ["legitimacy-unprepared", "resources-unprepared", "fairness-unprepared", "evidence-unprepared", "coverage-claims-unprepared"],
            report.Findings.Select(f => f.Rule));
        Assert.DoesNotContain(report.Actions, a => a.Id is "lead-with-local-gap" or "rehearse-with-allies" or "improve-recording");
    }

    [Fact]
    public void Facing_providers_after_a_refused_incentive_calls_for_contract_levers()
    {
        // The CAMHS commissioner of lines 1778-1784: ready on money, not on culture or 'hard to reach'.
        var report = ToolEvaluator.Evaluate(Fro, new ToolResponse("frequently-raised-objections", "1.0.0", new Dictionary<string, Answer>
        {
            ["no-resources"] = Yes(),
            ["separate-services"] = Yes(),
            ["cultural-difference"] = No("'Family therapy is not accepted by these groups'"),
            ["hard-to-reach"] = Partly(),
        })
        {
            Sections = ["resources", "fairness", "covered-already"],
            Facts = new Dictionary<string, FactValue> { ["audience"] = FactValue.FromCategory("Providers") },
        });

        Assert.Equal(["provider-objections-unanswered", "fairness-unprepared", "coverage-claims-unprepared"], report.Findings.Select(f => f.Rule));
        Assert.Equal(FindingSeverity.Medium, report.Findings[0].Severity);
        Assert.Equal("lines 1778-1784", Assert.Single(report.Findings[0].Sources).Location);
        Assert.Equal(["prepare-fairness-response", "test-coverage-claim", "use-contract-levers"], report.Actions.Select(a => a.Id));

        // Sections not in use are not scored, and rules reading them are not evaluated.
        Assert.Equal(["resources", "fairness", "covered-already"], report.Sections.Select(s => s.Section));
        Assert.DoesNotContain(report.Findings, f => f.Rule is "legitimacy-unprepared" or "evidence-unprepared");
        Assert.Equal(14, report.Unanswered.Count); // 6 + 7 + 5 objections in use, 4 answered.
    }

    [Fact]
    public void Clinicians_and_the_evidence_section_alone()
    {
        var answers = Fro.Sections.Single(s => s.Id == "data-and-evidence").Items.ToDictionary(i => i.Id, _ => Yes());
        answers["clinical-experience"] = No("The cardiologist's own patients 'do no differently'");
        var report = ToolEvaluator.Evaluate(Fro, new ToolResponse("frequently-raised-objections", "1.0.0", answers)
        {
            Sections = ["data-and-evidence"],
            Facts = new Dictionary<string, FactValue> { ["audience"] = FactValue.FromCategory("Clinicians") },
        });

        // Weights 2 + 7 x 1 = 9, all yes but one no: 8 / 9.
        Assert.Equal(100.0 * 8 / 9, report.Overall.Score!.Value, 12);
        Assert.Equal("well-prepared", report.Band!.Id);
        Assert.Equal(["clinical-challenge-unanswered", "evidence-unprepared"], report.Findings.Select(f => f.Rule));
        Assert.Equal(["gather-local-evidence", "appraise-evidence", "find-clinical-champion"], report.Actions.Select(a => a.Id));
        Assert.Empty(report.Unanswered);
    }

    [Fact]
    public void Ready_for_every_objection_raises_nothing_but_the_standing_links()
    {
        var answers = Fro.AllItems.ToDictionary(i => i.Id, _ => Yes());
        var report = ToolEvaluator.Evaluate(Fro, new ToolResponse("frequently-raised-objections", "1.0.0", answers)
        {
            Facts = new Dictionary<string, FactValue>
            {
                ["audience"] = FactValue.FromCategory("Board"), ["significant-gap"] = FactValue.FromBoolean(true), ["ethnicity-completeness"] = FactValue.FromNumber(0.95),
            },
        });

        Assert.Empty(report.Findings);
        Assert.Empty(report.Actions);
        Assert.Equal(100, report.Overall.Score);
        Assert.Equal("well-prepared", report.Band!.Id);
        Assert.Equal(["making-the-case", "stakeholder-analysis"], report.NextTools.Select(t => t.Tool));
    }
}
