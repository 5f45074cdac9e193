using EEiC.Sources;
using EEiC.Statistics.DataQuality;
using EEiC.Tools.Definitions;
using EEiC.Tools.Evaluation;

namespace EEiC.Tools.Tests.BuiltIn;

/// <summary>
/// The equality impact assessment tool on two scenarios from the sources. First, a QIPP demand-management scheme to
/// cut unscheduled care (NIHR report, EEiC seed 002, line 1517), screened out as neutral without evidence although
/// local data show a gap between ethnic groups: the study's summary notes that such schemes may discriminate when
/// nobody checks (line 3190). Second, the cardiac heart failure pathway redesign (seed 002, line 1531): national
/// evidence only, little ethnicity-specific local information, limited user input, and a GP pathway pack silent on
/// minority ethnic needs.
/// </summary>
public sealed class EqualityImpactAssessmentScenarioTests
{
    private static readonly ToolDefinition Eqia = ToolLibrary.BuiltIn.Get("equality-impact-assessment");

    private static readonly string[] FullAssessmentItems =
    [
        "discrimination-evidence", "discrimination-impact", "discrimination-monitoring",
        "opportunity-evidence", "opportunity-impact", "opportunity-monitoring",
        "good-relations-evidence", "good-relations-impact", "good-relations-monitoring",
        "process-resourced", "process-consultation", "process-data-quality", "process-decision",
    ];

    private static Dictionary<string, FactValue> LocalData(double completeness) => new()
    {
        ["significant-gap"] = FactValue.FromBoolean(true),
        ["ethnicity-completeness"] = FactValue.FromNumber(completeness),
        ["data-quality-verdict"] = FactValue.FromCategory(FitnessForUse.FitWithCaveats),
    };

    private static ToolResponse DemandManagementScreenedOut() => new("equality-impact-assessment", "1.0.0", new Dictionary<string, Answer>
    {
        ["screening-relevance-ethnicity"] = Answer.OfChoice("not-relevant", "Applies to every A&E attender alike"),
        ["screening-relevance-duty"] = Answer.OfChoice("not-relevant"),
        ["screening-differential-effect"] = Answer.OfChoice("no"),
        ["screening-evidence"] = Answer.Of(YesPartlyNo.No, "Attendance data not broken down"),
    })
    {
        Facts = LocalData(0.84),
    };

    private static Dictionary<string, Answer> CardiacRedesignAnswers() => new()
    {
        ["screening-relevance-ethnicity"] = Answer.OfChoice("relevant"),
        ["screening-relevance-duty"] = Answer.OfChoice("relevant"),
        ["screening-differential-effect"] = Answer.OfChoice("possibly", "Heart disease risk differs between ethnic groups"),
        ["screening-evidence"] = Answer.Of(YesPartlyNo.Partly, "National data by ethnic group; little local ethnicity-specific information"),
        ["discrimination-evidence"] = Answer.Of(YesPartlyNo.Partly),
        ["discrimination-impact"] = Answer.OfChoice("neutral"),
        ["discrimination-monitoring"] = Answer.Of(YesPartlyNo.No),
        ["opportunity-evidence"] = Answer.Of(YesPartlyNo.Partly),
        ["opportunity-impact"] = Answer.OfChoice("adverse", "GP pathway pack silent on minority ethnic needs; no interpreting in rehabilitation classes"),
        ["opportunity-mitigation"] = Answer.Of(YesPartlyNo.No),
        ["opportunity-monitoring"] = Answer.Of(YesPartlyNo.No),
        ["good-relations-evidence"] = Answer.Of(YesPartlyNo.No, "Limited user input"),
        ["good-relations-impact"] = Answer.OfChoice("not-known"),
        ["good-relations-monitoring"] = Answer.Of(YesPartlyNo.No),
        ["process-resourced"] = Answer.Of(YesPartlyNo.Partly),
        ["process-consultation"] = Answer.Of(YesPartlyNo.No),
        ["process-data-quality"] = Answer.Of(YesPartlyNo.No),
        ["process-decision"] = Answer.Of(YesPartlyNo.Yes, "Taken to the steering group with the proposal"),
    };

    private static ToolResponse CardiacRedesign(Dictionary<string, Answer>? answers = null) =>
        new("equality-impact-assessment", "1.0.0", answers ?? CardiacRedesignAnswers()) { Facts = LocalData(0.86) };

    [Fact]
    public void A_demand_management_scheme_screened_out_against_the_local_data_gets_the_high_finding()
    {
        var report = ToolEvaluator.Evaluate(Eqia, DemandManagementScreenedOut());

        // Only the screening applies; its one scored check (weight 2) is answered No: 0 %.
        Assert.Equal(0, report.Overall.Score);
        Assert.Equal("tick-box", report.Band!.Id);
        Assert.Equal((4, 4), (report.Overall.ApplicableItems, report.Overall.AnsweredItems));
        Assert.Empty(report.Unanswered);
        Assert.All(report.Items.Where(i => i.Section != "screening"), i => Assert.Equal(ItemStatus.NotApplicable, i.Status));
        Assert.All(report.Sections.Where(s => s.Section != "screening"), s => Assert.Null(s.Coverage));

        Assert.Equal(["screened-out-despite-gap", "screening-evidence-weak", "screened-out-without-evidence", "unfit-data", "screened-out"],
            report.Findings.Select(f => f.Rule));
        var gap = report.Findings[0];
        Assert.Equal(FindingSeverity.High, gap.Severity);
        Assert.Contains(new FindingBasis(FindingBasisKind.Fact, "significant-gap", "true"), gap.RestsOn);
        Assert.Equal("line 3190", Assert.Single(gap.Sources).Location);
        Assert.Equal(FindingSeverity.Information, report.Findings[^1].Severity);

        // Must not: nothing about the aims or the process, which the screening took out of scope.
        Assert.DoesNotContain(report.Findings, f => f.Rule is "tick-box-assessment" or "duty-screening-inconsistent" or "gap-left-as-it-is");

        Assert.Equal(["redo-screening", "gather-evidence-by-ethnicity", "state-data-quality", "improve-recording"], report.Actions.Select(a => a.Id));
        Assert.Equal(["evidence-mobilisation", "evidence-appraisal", "equality-delivery-system", "making-the-case"], report.NextTools.Select(t => t.Tool));
    }

    [Fact]
    public void Without_a_local_gap_a_screening_out_stands_but_its_missing_evidence_is_still_flagged()
    {
        var response = DemandManagementScreenedOut() with { Facts = new Dictionary<string, FactValue> { ["ethnicity-completeness"] = FactValue.FromNumber(0.95) } };
        var report = ToolEvaluator.Evaluate(Eqia, response);

        Assert.Equal(["screening-evidence-weak", "screened-out-without-evidence", "screened-out"], report.Findings.Select(f => f.Rule));
        Assert.DoesNotContain(report.Findings, f => f.Severity == FindingSeverity.High);
        Assert.Equal(["evidence-mobilisation", "evidence-appraisal", "equality-delivery-system"], report.NextTools.Select(t => t.Tool));
    }

    [Fact]
    public void Re_screening_as_relevant_brings_the_full_assessment_into_scope()
    {
        var answers = new Dictionary<string, Answer>(DemandManagementScreenedOut().Answers)
        {
            ["screening-relevance-ethnicity"] = Answer.OfChoice("relevant"),
            ["screening-differential-effect"] = Answer.OfChoice("possibly"),
        };
        var report = ToolEvaluator.Evaluate(Eqia, DemandManagementScreenedOut() with { Answers = answers });

        // Mitigation items stay out until an adverse impact is recorded.
        Assert.Equal(FullAssessmentItems, report.Unanswered);
        Assert.True(report.Overall.IsProvisional);
        Assert.Equal((17, 4), (report.Overall.ApplicableItems, report.Overall.AnsweredItems));
        Assert.DoesNotContain(report.Findings, f => f.Rule is "screened-out-despite-gap" or "screened-out-without-evidence" or "screened-out");

        // The duty was still screened as not relevant: inconsistent with a change relevant to ethnic groups.
        Assert.Contains(report.Findings, f => f.Rule == "duty-screening-inconsistent" && f.Severity == FindingSeverity.Medium);
    }

    [Fact]
    public void The_cardiac_redesign_scores_as_largely_a_formality()
    {
        var report = ToolEvaluator.Evaluate(Eqia, CardiacRedesign());

        // Scored checks that apply (weight, value): screening evidence (2, 0.5); discrimination evidence (2, 0.5) and
        // monitoring (1, 0); opportunity evidence (2, 0.5), mitigation (2, 0) and monitoring (1, 0); good relations
        // evidence (2, 0) and monitoring (1, 0); process resourced (1, 0.5), consultation (1, 0), data quality (1, 0),
        // decision (1, 1). Sum 1 + 1 + 1 + 0.5 + 1 = 4.5 over weights 17: 26.47 %. The discrimination and good
        // relations mitigations do not apply (impact neutral, not known).
        Assert.Equal(100.0 * 4.5 / 17, report.Overall.Score!.Value, 12);
        Assert.Equal("tick-box", report.Band!.Id);
        Assert.Equal((18, 18), (report.Overall.ApplicableItems, report.Overall.AnsweredItems));
        Assert.Equal(ItemStatus.NotApplicable, report.Items.Single(i => i.Item == "discrimination-mitigation").Status);
        Assert.Equal(ItemStatus.Answered, report.Items.Single(i => i.Item == "opportunity-mitigation").Status);

        // Sections: screening 1/2; discrimination 1/3; opportunity 1/5; good relations 0/3; process 1.5/4.
        Assert.Equal([50, 100.0 / 3, 20, 0, 37.5], report.Sections.Select(s => s.Score!.Value), new ToleranceComparer(1e-12));
    }

    [Fact]
    public void The_cardiac_redesign_findings_and_actions_that_must_and_must_not_follow()
    {
        var report = ToolEvaluator.Evaluate(Eqia, CardiacRedesign());

        Assert.Equal(
            ["opportunity-adverse-unmitigated", "screening-evidence-weak", "discrimination-evidence-weak", "opportunity-evidence-weak",
             "good-relations-evidence-weak", "good-relations-impact-unknown", "discrimination-monitoring-weak", "opportunity-monitoring-weak",
             "good-relations-monitoring-weak", "resourcing-weak", "consultation-weak", "data-quality-unstated", "unfit-data"],
            report.Findings.Select(f => f.Rule));
        Assert.Equal(FindingSeverity.High, report.Findings[0].Severity);
        Assert.Contains(new FindingBasis(FindingBasisKind.Answer, "opportunity-mitigation", "No"), report.Findings[0].RestsOn);

        // Must not: the screening is sound; evidence is partial, not absent, so not the tick-box pattern; the gap is
        // widened (adverse), not left as it is; the assessment reached the decision.
        Assert.DoesNotContain(report.Findings, f => f.Rule is "screened-out-despite-gap" or "tick-box-assessment" or "gap-left-as-it-is"
            or "discrimination-adverse-unmitigated" or "decision-uninformed" or "decision-partly-informed");

        Assert.Equal(
            ["mitigate-opportunity", "gather-evidence-by-ethnicity", "consult-affected-groups", "resource-assessment", "resolve-unknown-impact",
             "monitor-by-ethnicity", "state-data-quality", "improve-recording"],
            report.Actions.Select(a => a.Id));
        Assert.DoesNotContain(report.Actions, a => a.Id is "assign-owners" or "redo-screening");
        Assert.Equal(
            ["service-specification", "evidence-mobilisation", "evidence-appraisal", "stakeholder-analysis", "organisational-diagnostic",
             "commissioning-cycle-review", "equality-delivery-system", "making-the-case"],
            report.NextTools.Select(t => t.Tool));
    }

    [Fact]
    public void Owned_mitigations_lift_the_high_finding_and_partial_ones_ask_for_owners()
    {
        var answers = CardiacRedesignAnswers();
        answers["opportunity-mitigation"] = Answer.Of(YesPartlyNo.Partly, "Interpreting agreed; pathway pack revision has no owner");
        var rules = ToolEvaluator.Evaluate(Eqia, CardiacRedesign(answers)).Findings.Select(f => f.Rule).ToArray();
        Assert.DoesNotContain("opportunity-adverse-unmitigated", rules);
        Assert.Contains("opportunity-mitigation-partial", rules);

        // An adverse impact with no mitigation recorded at all is as serious as one answered No.
        answers.Remove("opportunity-mitigation");
        var report = ToolEvaluator.Evaluate(Eqia, CardiacRedesign(answers));
        Assert.Equal("opportunity-adverse-unmitigated", report.Findings[0].Rule);
        Assert.Equal(["opportunity-mitigation"], report.Unanswered);
    }

    [Fact]
    public void No_evidence_and_no_consultation_is_the_tick_box_pattern()
    {
        var answers = CardiacRedesignAnswers();
        answers["screening-evidence"] = Answer.Of(YesPartlyNo.No);
        answers["process-decision"] = Answer.Of(YesPartlyNo.No, "Completed after the steering group decided, filed on the website");
        var report = ToolEvaluator.Evaluate(Eqia, CardiacRedesign(answers));

        Assert.Equal(["opportunity-adverse-unmitigated", "decision-uninformed"], report.Findings.Take(2).Select(f => f.Rule));
        var tickBox = Assert.Single(report.Findings, f => f.Rule == "tick-box-assessment");
        Assert.Equal(FindingSeverity.Medium, tickBox.Severity);
        Assert.Contains(SourceDocument.ObstaclesPaper2016, tickBox.Sources.Select(s => s.Document));
        Assert.Contains(report.Actions, a => a.Id == "inform-decision");
    }

    [Fact]
    public void A_change_that_leaves_a_known_gap_as_it_is_is_asked_whether_it_could_narrow_it()
    {
        var answers = CardiacRedesignAnswers();
        answers["opportunity-impact"] = Answer.OfChoice("neutral");
        var report = ToolEvaluator.Evaluate(Eqia, CardiacRedesign(answers));

        Assert.Contains(report.Findings, f => f.Rule == "gap-left-as-it-is");
        Assert.DoesNotContain(report.Findings, f => f.Severity == FindingSeverity.High);
        Assert.Contains(report.Actions, a => a.Id == "consider-positive-action");
        Assert.DoesNotContain(report.Items, i => i.Item == "opportunity-mitigation" && i.Status != ItemStatus.NotApplicable);

        // Without the local gap there is nothing to narrow.
        var withoutGap = ToolEvaluator.Evaluate(Eqia, CardiacRedesign(answers) with { Facts = new Dictionary<string, FactValue>() });
        Assert.DoesNotContain(withoutGap.Findings, f => f.Rule is "gap-left-as-it-is" or "unfit-data");
    }

    [Fact]
    public void The_screening_can_be_used_alone()
    {
        var report = ToolEvaluator.Evaluate(Eqia, DemandManagementScreenedOut() with { Sections = ["screening"] });

        Assert.Equal(["screening"], report.Sections.Select(s => s.Section));
        Assert.Equal(["screened-out-despite-gap", "screening-evidence-weak", "screened-out-without-evidence", "unfit-data", "screened-out"],
            report.Findings.Select(f => f.Rule));
    }

    [Fact]
    public void The_full_assessment_follows_the_three_aims_of_the_duty_and_applies_only_after_screening()
    {
        Assert.Equal(["screening", "discrimination", "opportunity", "good-relations", "process"], Eqia.Sections.Select(s => s.Id));
        foreach (var aim in new[] { "discrimination", "opportunity", "good-relations" })
        {
            var section = Eqia.Sections.Single(s => s.Id == aim);
            Assert.Equal([$"{aim}-evidence", $"{aim}-impact", $"{aim}-mitigation", $"{aim}-monitoring"], section.Items.Select(i => i.Id));

            // The aim and its evidence come from section 149 of the Equality Act 2010.
            var evidence = section.Items[0];
            Assert.Equal((Provenance.ExternalStandard, SourceDocument.EqualityAct2010), (evidence.Provenance, evidence.Source.Document));
            Assert.StartsWith("section 149(1)", evidence.Source.Location, StringComparison.Ordinal);

            // Mitigation applies only when the impact found is adverse.
            Assert.Contains($"item '{aim}-impact' EqualTo [adverse]", section.Items[2].ApplicableWhen!.ToString(), StringComparison.Ordinal);
        }

        Assert.All(Eqia.Sections[0].Items, i => Assert.Null(i.ApplicableWhen));
        Assert.All(Eqia.Sections.Skip(1).SelectMany(s => s.Items), i => Assert.NotNull(i.ApplicableWhen));
        Assert.Equal(["significant-gap", "data-quality-verdict", "ethnicity-completeness"], Eqia.Facts.Select(f => f.Id));
        Assert.Equal(Enum.GetNames<FitnessForUse>(), Eqia.Facts.Single(f => f.Id == "data-quality-verdict").Categories);
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
