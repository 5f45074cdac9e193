using System.Globalization;
using EEiC.Sources;
using EEiC.Tools.Definitions;
using EEiC.Tools.Evaluation;

namespace EEiC.Tools.Tests.BuiltIn;

/// <summary>
/// The organisational diagnostic on a scenario from the paper (EEiC seed 000): a commissioning organisation like the
/// case study PCTs, where ethnic equity is marginal and handled as legal compliance (lines 101-105, 125, 193), but
/// whose individual commissioners are committed to it, the individual agency the study found behind most progress
/// (line 167). Its equality lead is linked to analysts and community organisations contribute evidence, yet most of
/// the principles for evidence mobilisation (NIHR report, seed 002, lines 2494-2515) are unmet.
/// </summary>
public sealed class OrganisationalDiagnosticScenarioTests
{
    private static readonly ToolDefinition Diagnostic = ToolLibrary.BuiltIn.Get("organisational-diagnostic");

    private static readonly string[] Themes = ["marginalisation", "ambivalence", "clarity"];

    private static readonly string[] Levels = ["policy", "organisation", "individual"];

    private static Dictionary<string, Answer> CaseStudyAnswers() => new()
    {
        // Marginalisation: present at every level.
        ["marginalisation-policy-resources"] = Answer.OfGrade("holds"),
        ["marginalisation-policy-measurement"] = Answer.OfGrade("holds"),
        ["marginalisation-policy-alignment"] = Answer.OfGrade("partly-holds"),
        ["marginalisation-organisation-e-and-d-staff"] = Answer.OfGrade("holds", "One part-time equality lead, band 6"),
        ["marginalisation-organisation-team-make-up"] = Answer.OfGrade("holds"),
        ["marginalisation-organisation-quality-processes"] = Answer.OfGrade("holds"),
        ["marginalisation-individual-not-my-job"] = Answer.OfGrade("partly-holds"),
        ["marginalisation-individual-extra-detail"] = Answer.OfGrade("holds"),
        ["marginalisation-individual-isolated-practice"] = Answer.OfGrade("holds"),

        // Ambivalence: national and organisational, but not among these committed individuals.
        ["ambivalence-policy-unconvinced"] = Answer.OfGrade("partly-holds"),
        ["ambivalence-policy-leadership"] = Answer.OfGrade("holds"),
        ["ambivalence-policy-obstruction"] = Answer.OfGrade("does-not-hold"),
        ["ambivalence-organisation-statements"] = Answer.OfGrade("holds"),
        ["ambivalence-organisation-watered-down"] = Answer.OfGrade("holds", "Ethnicity indicators dropped from the final specification"),
        ["ambivalence-organisation-no-consequences"] = Answer.OfGrade("partly-holds"),
        ["ambivalence-individual-privileging"] = Answer.OfGrade("does-not-hold"),
        ["ambivalence-individual-giving-up"] = Answer.OfGrade("does-not-hold"),
        ["ambivalence-individual-lone-champions"] = Answer.OfGrade("does-not-hold"),

        // Lack of clarity and confidence: at every level.
        ["clarity-policy-expectations"] = Answer.OfGrade("holds"),
        ["clarity-policy-guidance"] = Answer.OfGrade("holds"),
        ["clarity-policy-concepts"] = Answer.OfGrade("partly-holds"),
        ["clarity-organisation-document-detail"] = Answer.OfGrade("holds"),
        ["clarity-organisation-delegation"] = Answer.OfGrade("partly-holds"),
        ["clarity-organisation-no-debate"] = Answer.OfGrade("partly-holds"),
        ["clarity-individual-responsibility"] = Answer.OfGrade("holds"),
        ["clarity-individual-skills"] = Answer.OfGrade("partly-holds"),
        ["clarity-individual-understanding"] = Answer.OfGrade("partly-holds"),

        // Orientation: mostly compliance.
        ["orientation-impact-assessment"] = Answer.OfGrade("compliance", "Completed after decisions and filed"),
        ["orientation-equality-objectives"] = Answer.OfGrade("compliance"),
        ["orientation-equality-information"] = Answer.OfGrade("compliance"),
        ["orientation-service-specifications"] = Answer.OfGrade("compliance"),
        ["orientation-triggers"] = Answer.OfGrade("developing"),
        ["orientation-engagement"] = Answer.OfGrade("developing"),
        ["orientation-data-gaps"] = Answer.OfGrade("compliance"),
        ["orientation-board-scrutiny"] = Answer.OfGrade("compliance"),

        // Principles.
        ["principle-needs-focused"] = Answer.Of(YesPartlyNo.Partly),
        ["principle-leadership-incentives"] = Answer.Of(YesPartlyNo.No),
        ["principle-well-resourced-areas"] = Answer.Of(YesPartlyNo.No),
        ["principle-national-support"] = Answer.Of(YesPartlyNo.Partly),
        ["principle-specification-standards"] = Answer.Of(YesPartlyNo.No),
        ["principle-local-infrastructure"] = Answer.Of(YesPartlyNo.Partly),
        ["principle-stakeholder-knowledge"] = Answer.Of(YesPartlyNo.Yes),
        ["principle-incremental-gap-filling"] = Answer.Of(YesPartlyNo.No),
        ["principle-transformational-evidence"] = Answer.Of(YesPartlyNo.No),
        ["principle-pilot-and-evaluate"] = Answer.Of(YesPartlyNo.Partly),
        ["principle-disseminate"] = Answer.Of(YesPartlyNo.No),
        ["principle-evidence-based-e-and-d"] = Answer.Of(YesPartlyNo.Yes),
        ["principle-all-staff-skills"] = Answer.Of(YesPartlyNo.No),
        ["principle-creative-routes"] = Answer.Of(YesPartlyNo.Partly),
        ["principle-strategic-framework"] = Answer.Of(YesPartlyNo.Partly),
    };

    private static ToolResponse Respond(Dictionary<string, Answer> answers, params string[] sections) =>
        new("organisational-diagnostic", "1.0.0", answers) { Sections = sections.Length == 0 ? null : sections };

    [Fact]
    public void Scores_by_cell_orientation_and_principle_group()
    {
        var report = ToolEvaluator.Evaluate(Diagnostic, Respond(CaseStudyAnswers()));

        // Grid cells, items 0-2 (holds 0, partly holds 1, does not hold 2): for example marginalisation-policy
        // 0 + 0 + 1 of 6, ambivalence-policy 1 + 0 + 2 of 6. Orientation 0-3: compliance 1 x 6 and developing 2 x 2,
        // 10 of 24. Principles, yes 1, partly 0.5, no 0: demand 1 of 5, access 2 of 6, confidence 2 of 4.
        var expected = new Dictionary<string, double>
        {
            ["marginalisation-policy"] = 100.0 * 1 / 6, ["marginalisation-organisation"] = 0, ["marginalisation-individual"] = 100.0 * 1 / 6,
            ["ambivalence-policy"] = 50, ["ambivalence-organisation"] = 100.0 * 1 / 6, ["ambivalence-individual"] = 100,
            ["clarity-policy"] = 100.0 * 1 / 6, ["clarity-organisation"] = 100.0 * 2 / 6, ["clarity-individual"] = 100.0 * 2 / 6,
            ["orientation"] = 100.0 * 10 / 24,
            ["principles-demand"] = 20, ["principles-access"] = 100.0 * 2 / 6, ["principles-confidence"] = 50,
        };
        foreach (var section in report.Sections)
        {
            Assert.Equal(expected[section.Section], section.Score!.Value, 12);
            Assert.Equal(1, section.Coverage);
        }

        // Overall, each item rescaled to 0-1, weights 1: grid 17/2 = 8.5, orientation 10/3, principles 1 + 2 + 2 = 5,
        // over 50 items: (8.5 + 10/3 + 5) / 50 = 101/300, that is 33.67 %.
        Assert.Equal(100.0 * 101 / 300, report.Overall.Score!.Value, 12);
        Assert.Equal("obstacles-dominate", report.Band!.Id);
        Assert.Empty(report.Unanswered);
    }

    [Fact]
    public void Findings_and_actions_that_must_and_must_not_follow()
    {
        var report = ToolEvaluator.Evaluate(Diagnostic, Respond(CaseStudyAnswers()));
        var rules = report.Findings.Select(f => f.Rule).ToArray();

        // High: marginalisation and lack of clarity reported at all three levels, and a compliance orientation
        // (41.7 % < 50). Not ambivalence at every level: these individuals are committed.
        Assert.Equal(["marginalisation-at-every-level", "clarity-at-every-level", "compliance-orientation"],
            report.Findings.Where(f => f.Severity == FindingSeverity.High).Select(f => f.Rule));
        var orientation = Assert.Single(report.Findings[2].RestsOn);
        Assert.Equal((FindingBasisKind.SectionScore, "orientation"), (orientation.Kind, orientation.Id));
        Assert.Equal(100.0 * 10 / 24, double.Parse(orientation.Value!, CultureInfo.InvariantCulture), 12);

        // Every cell but one reports an obstacle; the ambivalence of individuals does not hold.
        Assert.Equal(8, rules.Count(r => r.EndsWith("-reported", StringComparison.Ordinal)));
        Assert.DoesNotContain("ambivalence-individual-reported", rules);
        Assert.DoesNotContain("ambivalence-at-every-level", rules);

        // Orientation: six practices at compliance; triggers and engagement are developing; none absent.
        Assert.Equal(6, rules.Count(r => r.EndsWith("-compliance", StringComparison.Ordinal)));
        Assert.DoesNotContain("triggers-compliance", rules);
        Assert.DoesNotContain("impact-assessment-absent", rules);

        // Principles: demand (20 %) and access (33 %) below half; confidence exactly half, so neither its group finding
        // nor the "largely unmet" finding. Thirteen principles answered partly or no.
        Assert.Contains("demand-principles-unmet", rules);
        Assert.Contains("access-principles-unmet", rules);
        Assert.DoesNotContain("confidence-principles-unmet", rules);
        Assert.DoesNotContain("principles-largely-unmet", rules);
        Assert.Equal(13, report.Findings.Count(f => f.Severity == FindingSeverity.Low));
        Assert.Equal(3 + 16 + 13, rules.Length);

        Assert.Equal(["plan-across-levels", "reframe-as-core", "tie-to-core-drivers"], report.Actions.Take(3).Select(a => a.Id));
        Assert.DoesNotContain(report.Actions, a => a.Id is "support-champions" or "trigger-on-inequity" or "engage-directly" or "build-confidence"
            or "draw-in-stakeholders" or "link-equality-staff-to-analysts" or "evidence-mobilisation-plan");
        Assert.Equal(["levers-for-change", "making-the-case"], report.NextTools.Take(2).Select(t => t.Tool));
    }

    [Fact]
    public void Principles_largely_unmet_point_to_evidence_mobilisation_stakeholder_analysis_and_levers_for_change()
    {
        var answers = CaseStudyAnswers();
        answers["principle-creative-routes"] = Answer.Of(YesPartlyNo.No); // confidence: (1 + 0 + 0 + 0.5) / 4 = 37.5 %
        var report = ToolEvaluator.Evaluate(Diagnostic, Respond(answers));

        var unmet = Assert.Single(report.Findings, f => f.Rule == "principles-largely-unmet");
        Assert.Equal(FindingSeverity.High, unmet.Severity);
        Assert.Equal("lines 2488-2515", Assert.Single(unmet.Sources).Location);
        Assert.Contains("confidence-principles-unmet", report.Findings.Select(f => f.Rule));
        var plan = Assert.Single(Diagnostic.Actions, a => a.Id == "evidence-mobilisation-plan");
        Assert.Equal(["evidence-mobilisation", "stakeholder-analysis", "levers-for-change"], plan.Tools);
        Assert.Contains(plan, report.Actions);
    }

    [Fact]
    public void A_team_can_assess_the_individual_level_alone()
    {
        var answers = Themes.SelectMany(t => Diagnostic.Sections.Single(s => s.Id == $"{t}-individual").Items)
            .ToDictionary(i => i.Id, _ => Answer.OfGrade("holds"));
        var report = ToolEvaluator.Evaluate(Diagnostic, Respond(answers, "marginalisation-individual", "ambivalence-individual", "clarity-individual"));

        // Every individual-level obstacle holds, but the "every level" findings need the policy and organisation
        // levels, which this response does not use.
        Assert.Equal(["marginalisation-individual-reported", "ambivalence-individual-reported", "clarity-individual-reported"],
            report.Findings.Select(f => f.Rule));
        Assert.Equal(0, report.Overall.Score);
        Assert.Equal(3, report.Sections.Count);
    }

    [Fact]
    public void A_partial_response_reports_what_it_can()
    {
        var report = ToolEvaluator.Evaluate(Diagnostic, Respond(new Dictionary<string, Answer>
        {
            ["orientation-impact-assessment"] = Answer.OfGrade("absent"),
            ["orientation-board-scrutiny"] = Answer.OfGrade("developing"),
        }));

        Assert.Equal(48, report.Unanswered.Count);
        Assert.True(report.Overall.IsProvisional);
        Assert.Equal(2.0 / 50, report.Overall.Coverage!.Value, 12);

        // Orientation over the two practices answered: (0 + 2) / 6 = 33.3 %, below half.
        Assert.Equal(100.0 / 3, report.Sections.Single(s => s.Section == "orientation").Score!.Value, 12);
        Assert.Equal(["compliance-orientation", "impact-assessment-absent", "impact-assessment-compliance"], report.Findings.Select(f => f.Rule));
        Assert.Equal(SourceDocument.EqualityAct2010, report.Findings[1].Sources[0].Document);
        Assert.Null(report.Sections.Single(s => s.Section == "principles-demand").Score);
    }

    [Fact]
    public void The_obstacles_form_a_three_by_three_grid_of_themes_and_levels()
    {
        var grid = Themes.SelectMany(t => Levels.Select(l => $"{t}-{l}")).ToArray();
        Assert.Equal(grid, Diagnostic.Sections.Take(9).Select(s => s.Id));
        foreach (var cell in Diagnostic.Sections.Take(9))
        {
            Assert.True(cell.Items.Count >= 2, cell.Id);
            Assert.All(cell.Items, i => Assert.StartsWith(cell.Id + "-", i.Id, StringComparison.Ordinal));
            Assert.All(cell.Items, i => Assert.Equal((AnswerType.Grade, (string?)null, Provenance.Inferred), (i.AnswerType, i.Scale, i.Provenance)));
            Assert.All(cell.Items, i => Assert.Same(SourceDocument.ObstaclesPaper2016, i.Source.Document));
            Assert.Contains(Diagnostic.Rules, r => r.Id == cell.Id + "-reported");
        }

        // The grid's scale is the tool's first (default) one, ordered from "holds" (worst) to "does not hold".
        Assert.Equal(["holds", "partly-holds", "does-not-hold"], Diagnostic.Scales[0].Levels.OrderBy(l => l.Score).Select(l => l.Id));
        Assert.All(Themes, t => Assert.Equal(FindingSeverity.High, Diagnostic.Rules.Single(r => r.Id == $"{t}-at-every-level").Severity));
    }

    [Fact]
    public void The_orientation_scale_runs_in_order_from_absent_through_compliance_to_integral()
    {
        var scale = Assert.Single(Diagnostic.Scales, s => s.Id == "orientation");
        Assert.Equal(["absent", "compliance", "developing", "integral"], scale.Levels.Select(l => l.Id));
        Assert.Equal([0d, 1d, 2d, 3d], scale.Levels.Select(l => l.Score));
        Assert.All(scale.Levels, l => Assert.False(string.IsNullOrWhiteSpace(l.Description)));
        Assert.DoesNotContain(scale.Levels, l => l.IsAbsenceOfEvidence);
        Assert.Equal(Provenance.Inferred, scale.Provenance);

        var items = Diagnostic.Sections.Single(s => s.Id == "orientation").Items;
        Assert.True(items.Count >= 6);
        Assert.All(items, i => Assert.Equal(("orientation", Provenance.Inferred), (i.Scale, i.Provenance)));
        Assert.All(items, i => Assert.Contains(Diagnostic.Rules, r => r.Actions.Count > 0 && r.When.ToString() == $"item '{i.Id}' AtMost [compliance]"));
    }

    [Fact]
    public void The_fifteen_principles_are_taken_from_the_report_in_order()
    {
        var groups = Diagnostic.Sections.Where(s => s.Id.StartsWith("principles-", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["principles-demand", "principles-access", "principles-confidence"], groups.Select(s => s.Id));
        Assert.Equal([5, 6, 4], groups.Select(s => s.Items.Count));

        var principles = groups.SelectMany(s => s.Items).ToArray();
        Assert.Equal(15, principles.Length);
        Assert.All(principles, p => Assert.Equal((AnswerType.YesPartlyNo, Provenance.FromSource), (p.AnswerType, p.Provenance)));
        Assert.All(principles, p => Assert.Same(SourceDocument.NihrReport2013, p.Source.Document));

        // One line each, within the report's list (lines 2488-2515), in the report's order.
        var lines = principles.Select(p => int.Parse(p.Source.Location.Replace("line ", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture)).ToArray();
        Assert.All(lines, l => Assert.InRange(l, 2488, 2515));
        Assert.Equal(lines.Order(), lines);
        Assert.Equal(15, lines.Distinct().Count());
    }
}
