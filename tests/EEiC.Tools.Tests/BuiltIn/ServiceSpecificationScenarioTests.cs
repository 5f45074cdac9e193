using EEiC.Sources;
using EEiC.Statistics.DataQuality;
using EEiC.Tools.Definitions;
using EEiC.Tools.Evaluation;
using EEiC.Tools.Suite;

namespace EEiC.Tools.Tests.BuiltIn;

/// <summary>
/// The service specification tool on the study's workshop scenario: the redesign of a diabetes management service in
/// which one minority ethnic group has poorer than average outcomes (NIHR report, EEiC seed 002, line 2304), first as
/// the existing generic specification, then re-specified along the lines of the Coventry self-management service, whose
/// new specification added a link worker and courses in community languages after engagement with South Asian people
/// (Better Health Briefing 28, EEiC seed 001, lines 155-157). The specification texts are written for these tests.
/// </summary>
public sealed class ServiceSpecificationScenarioTests
{
    private static readonly ToolDefinition Tool = ToolLibrary.BuiltIn.Get("service-specification");

    private const string ExistingText =
        "Equality and diversity. The service will be accessible to all adults with type 2 diabetes registered with a " +
        "practice in the borough. The provider shall ensure that the service meets the needs of the diverse population " +
        "it serves, regardless of ethnicity. Education sessions will be culturally appropriate. The provider will comply " +
        "with the Equality Act 2010. KPI 1: 90% of newly diagnosed patients offered a structured education place within " +
        "12 weeks. KPI 2: an annual audit of the service is completed.";

    private const string RespecifiedText =
        "Bangladeshi and Pakistani adults with type 2 diabetes in the borough have poorer glucose control than other " +
        "patients and attend structured education less often. The provider will employ two link workers to recruit " +
        "Bangladeshi and Pakistani patients through mosques, community centres and practices. Courses will be run in " +
        "Sylheti, Bengali and Urdu, and professional interpreters will be booked for individual reviews. The provider " +
        "will record the ethnic category of every participant and report uptake, completion and HbA1c outcomes by " +
        "ethnic group each quarter. KPI 4: at least 35% of course places taken up by Bangladeshi and Pakistani patients " +
        "in year one.";

    private static Dictionary<string, FactValue> Facts(string text, FitnessForUse verdict, double completeness)
    {
        var facts = new Dictionary<string, FactValue>(SpecificationTextAnalyser.Analyse(text).ToFacts())
        {
            ["significant-gap"] = FactValue.FromBoolean(true),
            ["data-quality-verdict"] = FactValue.FromCategory(verdict),
            ["ethnicity-completeness"] = FactValue.FromNumber(completeness),
        };
        return facts;
    }

    private static ToolResponse ExistingSpecification() => new("service-specification", "1.0.0", new Dictionary<string, Answer>
    {
        ["needs-named"] = Answer.Of(YesPartlyNo.No),
        ["gap-quantified"] = Answer.Of(YesPartlyNo.No),
        ["causes-considered"] = Answer.Of(YesPartlyNo.Partly, "Discussed at the redesign workshop, not written down"),
        ["response-spelled-out"] = Answer.Of(YesPartlyNo.No),
        ["no-generic-only"] = Answer.Of(YesPartlyNo.No, "'Accessible to all' and 'culturally appropriate' only"),
        ["language-support"] = Answer.Of(YesPartlyNo.Partly, "Interpreters on request, no languages named"),
        ["models-of-care"] = Answer.Of(YesPartlyNo.No),
        ["access-and-engagement"] = Answer.Of(YesPartlyNo.No),
        ["standards-of-care"] = Answer.Of(YesPartlyNo.NotApplicable),
        ["redesign-route"] = Answer.OfChoice("undecided"),
        ["monitoring-by-ethnicity"] = Answer.Of(YesPartlyNo.Partly, "Ethnicity recorded, never reported"),
        ["outcomes-by-ethnicity"] = Answer.Of(YesPartlyNo.No),
        ["kpis-by-ethnicity"] = Answer.Of(YesPartlyNo.No),
        ["ethnic-targets"] = Answer.Of(YesPartlyNo.No),
        ["cquin-or-incentive"] = Answer.Of(YesPartlyNo.No),
        ["recording-improvement"] = Answer.Of(YesPartlyNo.No),
        ["indicators-made-specific"] = Answer.Of(YesPartlyNo.No, "KPI 2: 'an annual audit is completed'"),
        ["feedback-by-ethnicity"] = Answer.Of(YesPartlyNo.No),
        ["needs-assessment-informed"] = Answer.Of(YesPartlyNo.Partly, "JSNA diabetes chapter, no ethnic breakdown"),
        ["communities-engaged"] = Answer.Of(YesPartlyNo.No),
        ["provider-co-production"] = Answer.Of(YesPartlyNo.Partly),
        ["evidence-on-what-works"] = Answer.Of(YesPartlyNo.No),
        ["eqia-acted-on"] = Answer.Of(YesPartlyNo.Partly, "Completed after sign-off"),
        ["ethnicity-content-kept"] = Answer.Of(YesPartlyNo.Yes),
    })
    {
        Facts = Facts(ExistingText, FitnessForUse.FitWithCaveats, 0.86),
    };

    [Fact]
    public void The_existing_generic_specification_scores_low_and_is_rated_generic()
    {
        var report = ToolEvaluator.Evaluate(Tool, ExistingSpecification());

        // Yes 1, partly 0.5, no 0; weight 2 for needs-named, response-spelled-out, monitoring, outcomes and KPIs.
        // Standards of care is not applicable and the route is an unscored choice, so 22 scored items count.
        // needs: 0 + 0 + 0.5 = 0.5 over weights 2+1+1 = 4; response: 0 + 0 + 0.5 + 0 + 0 = 0.5 over 2+1+1+1+1 = 6;
        // monitoring: 2*0.5 = 1 over 2+2+2+1+1+1+1+1 = 11; development: 0.5+0+0.5+0+0.5+1 = 2.5 over 6.
        // Overall 100 * 4.5 / 27 = 16.67 %.
        Assert.Equal(100.0 * 4.5 / 27, report.Overall.Score!.Value, 12);
        Assert.Equal("generic", report.Band!.Id);
        Assert.Equal(100.0 * 1 / 11, report.Sections.Single(s => s.Section == "monitoring-and-levers").Score!.Value, 12);
        Assert.Equal(100.0 * 0.5 / 6, report.Sections.Single(s => s.Section == "service-response").Score!.Value, 12);

        // 24 items, one not applicable: 23 apply and all are answered.
        Assert.Equal((23, 23), (report.Overall.ApplicableItems, report.Overall.AnsweredItems));
        Assert.Equal(1, report.Overall.Coverage);
        Assert.Empty(report.Unanswered);
    }

    [Fact]
    public void The_existing_specification_findings_that_must_and_must_not_follow()
    {
        var report = ToolEvaluator.Evaluate(Tool, ExistingSpecification());
        var rules = report.Findings.Select(f => f.Rule).ToArray();

        // The text holds five generic statements and no commitment; the data show a gap, and recording is 86 % complete.
        Assert.Equal(["generic-statements-only", "text-generic-only", "gap-without-outcomes-or-kpis", "gap-not-named", "unfit-data-no-recording-requirement"], rules.Take(5));
        Assert.All(report.Findings.Take(5), f => Assert.Equal(FindingSeverity.High, f.Severity));
        Assert.Contains(new FindingBasis(FindingBasisKind.Fact, "text-generic-statements", "5"), report.Findings[1].RestsOn);
        Assert.Contains(new FindingBasis(FindingBasisKind.Fact, "ethnicity-completeness", "0.86"), report.Findings[4].RestsOn);

        Assert.Equal(
            ["needs-weak", "response-weak", "language-support-weak", "models-of-care-weak", "access-and-engagement-weak", "monitoring-weak", "outcomes-weak",
             "kpis-weak", "targets-weak", "recording-weak", "needs-assessment-weak", "communities-weak", "eqia-weak", "route-undecided"],
            report.Findings.Where(f => f.Severity == FindingSeverity.Medium).Select(f => f.Rule));
        Assert.Equal(
            ["gap-unquantified", "causes-unexplored", "cquin-weak", "indicators-generic", "feedback-weak", "co-production-weak", "what-works-weak"],
            report.Findings.Where(f => f.Severity == FindingSeverity.Low).Select(f => f.Rule));

        // Not applicable, answered No rather than Partly, answered Yes, or answers the text-only rules leave to the items.
        foreach (var absent in new[] { "standards-weak", "generic-reliance", "ethnicity-content-lost", "needs-answer-not-in-text", "language-answer-not-in-text",
                                       "monitoring-answers-not-in-text", "text-names-no-group",
                                       "text-no-language-support", "text-no-ethnic-monitoring", "text-no-ethnic-targets", "text-no-community-roles",
                                       "kpis-on-caveated-data", "targeted-service-without-mainstream-monitoring" })
        {
            Assert.DoesNotContain(absent, rules);
        }

        Assert.Equal(26, rules.Length);
        Assert.Equal(
            ["replace-generic-statements", "spell-out-response", "state-outcomes-by-ethnicity", "add-ethnic-kpis", "name-needs", "make-the-case", "require-recording-improvement",
             "require-language-support", "stipulate-models-of-care", "detail-access-and-engagement", "require-ethnic-monitoring", "set-ethnic-targets", "base-on-needs-assessment",
             "engage-communities", "act-on-eqia", "choose-route",
             "quantify-gap", "explore-causes", "use-cquin", "make-indicators-specific", "report-feedback-by-ethnicity", "co-produce-with-provider", "review-what-works"],
            report.Actions.Select(a => a.Id));
        Assert.Equal(
            ["evidence-mobilisation", "levers-for-change", "commissioning-cycle-review", "jsna-interrogation", "making-the-case", "frequently-raised-objections",
             "evidence-appraisal", "stakeholder-analysis", "equality-impact-assessment"],
            report.NextTools.Select(t => t.Tool));
    }

    [Fact]
    public void The_respecified_service_has_no_serious_finding_and_is_rated_specific()
    {
        var answers = Tool.AllItems.Where(i => i.AnswerType == AnswerType.YesPartlyNo).ToDictionary(i => i.Id, _ => Answer.Of(YesPartlyNo.Yes));
        answers["cquin-or-incentive"] = Answer.Of(YesPartlyNo.Partly, "CQUIN agreed in principle for year two");
        answers["standards-of-care"] = Answer.Of(YesPartlyNo.NotApplicable);
        answers["redesign-route"] = Answer.OfChoice("change-existing");
        var report = ToolEvaluator.Evaluate(Tool, new ToolResponse("service-specification", "1.0.0", answers)
        {
            Facts = Facts(RespecifiedText, FitnessForUse.Fit, 0.96),
        });

        // Every answer Yes but CQUIN partly: 100 * (27 - 0.5) / 27 = 98.15 %.
        Assert.Equal(100.0 * 26.5 / 27, report.Overall.Score!.Value, 12);
        Assert.Equal("specific", report.Band!.Id);

        // The text backs every Yes answer, so no contradiction; only CQUIN remains.
        var finding = Assert.Single(report.Findings);
        Assert.Equal(("cquin-weak", FindingSeverity.Low), (finding.Rule, finding.Severity));
        Assert.Equal(["use-cquin"], report.Actions.Select(a => a.Id));
        Assert.Equal(["levers-for-change", "commissioning-cycle-review", "making-the-case"], report.NextTools.Select(t => t.Tool));
    }

    [Fact]
    public void The_text_alone_gives_a_quick_check_before_anyone_answers()
    {
        var report = ToolEvaluator.Evaluate(Tool, new ToolResponse("service-specification", "1.0.0", new Dictionary<string, Answer>())
        {
            Facts = SpecificationTextAnalyser.Analyse(ExistingText).ToFacts(),
        });

        Assert.Equal(
            ["text-generic-only", "text-names-no-group", "text-no-language-support", "text-no-ethnic-monitoring", "text-no-ethnic-targets", "text-no-community-roles"],
            report.Findings.Select(f => f.Rule));
        Assert.Null(report.Overall.Score);
        Assert.Null(report.Band);
        Assert.Equal(0, report.Overall.Coverage);
        Assert.Equal(Tool.AllItems.Select(i => i.Id), report.Unanswered);
    }

    [Fact]
    public void A_monitoring_section_used_alone_is_checked_against_the_text()
    {
        // A partial response on one section: the answers claim monitoring by ethnicity, but the text analysed has none.
        var report = ToolEvaluator.Evaluate(Tool, new ToolResponse("service-specification", "1.0.0", new Dictionary<string, Answer>
        {
            ["monitoring-by-ethnicity"] = Answer.Of(YesPartlyNo.Yes),
            ["kpis-by-ethnicity"] = Answer.Of(YesPartlyNo.Partly),
            ["recording-improvement"] = Answer.Of(YesPartlyNo.No),
        })
        {
            Sections = ["monitoring-and-levers"],
            Facts = Facts(ExistingText, FitnessForUse.FitWithCaveats, 0.93),
        });

        Assert.Equal(["monitoring-and-levers"], report.Sections.Select(s => s.Section));
        Assert.True(report.Overall.IsProvisional);
        Assert.Equal(["outcomes-by-ethnicity", "ethnic-targets", "cquin-or-incentive", "indicators-made-specific", "feedback-by-ethnicity"], report.Unanswered);

        // (2*1 + 2*0.5 + 1*0) / (2 + 2 + 1) = 60 %.
        Assert.Equal(60, report.Overall.Score!.Value, 12);
        var rules = report.Findings.Select(f => f.Rule).ToArray();
        Assert.Equal("text-generic-only", rules[0]);
        Assert.Contains("monitoring-answers-not-in-text", rules);
        Assert.Contains("kpis-on-caveated-data", rules);

        // Completeness 93 % and a verdict with caveats: recording is weak (Medium), but not the High finding.
        Assert.Contains("recording-weak", rules);
        Assert.DoesNotContain("unfit-data-no-recording-requirement", rules);

        // The gap is significant, but outcomes are unanswered and KPIs partly broken down: not the High finding.
        Assert.DoesNotContain("gap-without-outcomes-or-kpis", rules);
        Assert.Contains("kpis-weak", rules);
        Assert.Contains("check-answers-against-text", report.Actions.Select(a => a.Id));
    }

    [Fact]
    public void A_targeted_service_beside_an_unmonitored_mainstream_service_is_flagged()
    {
        var report = ToolEvaluator.Evaluate(Tool, new ToolResponse("service-specification", "1.0.0", new Dictionary<string, Answer>
        {
            ["redesign-route"] = Answer.OfChoice("complementary-service"),
            ["monitoring-by-ethnicity"] = Answer.Of(YesPartlyNo.No),
        }));

        Assert.Equal(["monitoring-weak", "targeted-service-without-mainstream-monitoring"], report.Findings.Select(f => f.Rule));
        Assert.Equal(["require-ethnic-monitoring"], report.Actions.Select(a => a.Id));
    }

    [Fact]
    public void The_tool_asks_the_study_s_four_operational_checks_in_four_standalone_sections()
    {
        Assert.Equal(["needs", "service-response", "monitoring-and-levers", "development"], Tool.Sections.Select(s => s.Id));

        // The protocol's document-analysis questions on specifications (NIHR report, seed 002, line 2844).
        var checks = Tool.AllItems.Where(i => i.Source.Document == SourceDocument.NihrReport2013 && i.Source.Location == "line 2844").Select(i => i.Id);
        Assert.Equal(["language-support", "models-of-care", "monitoring-by-ethnicity", "outcomes-by-ethnicity"], checks.Order(StringComparer.Ordinal));
        Assert.All(Tool.AllItems.Where(i => i.Source.Location == "line 2844"), i => Assert.Equal(Provenance.FromSource, i.Provenance));

        // A checklist answered yes / partly / no, plus the unscored choice of redesign route.
        var route = Assert.Single(Tool.AllItems, i => i.AnswerType != AnswerType.YesPartlyNo);
        Assert.Equal(("redesign-route", false), (route.Id, route.IsScored));
        Assert.Empty(Tool.Scales);
    }
}
