using System.Globalization;
using System.Text.RegularExpressions;
using EEiC.Commissioning;
using EEiC.Sources;
using EEiC.Statistics.DataQuality;
using EEiC.Tools.Definitions;
using EEiC.Tools.Evaluation;

namespace EEiC.Tools.Tests.BuiltIn;

/// <summary>
/// The commissioning cycle review on scenarios from Better Health Briefing 28 (EEiC seed 001): a commissioner that has
/// adopted the briefing's promising monitoring practice, namely a stop-smoking KPI with explicit targets for Black and
/// minority ethnic service users (lines 178-180), a CQUIN on the care of minority ethnic patients in mental health
/// contracts (lines 182-184) and an equity audit of access to self-management (lines 188-190), but whose planning is
/// thinner; and a commissioner that has nothing in monitoring, whose providers' ethnicity recording is not fit for use
/// (lines 172-174).
/// </summary>
public sealed class CommissioningCycleReviewScenarioTests
{
    private static readonly ToolDefinition Tool = ToolLibrary.BuiltIn.Get("commissioning-cycle-review");

    private static ToolResponse PromisingMonitoring() => new("commissioning-cycle-review", "1.0.0", new Dictionary<string, Answer>
    {
        ["sp-02"] = Answer.Of(YesPartlyNo.Partly, "JSNA breaks down smoking and mental health by ethnic group, not the other chapters"),
        ["sp-07"] = Answer.Of(YesPartlyNo.Yes),
        ["sp-12"] = Answer.Of(YesPartlyNo.No),
        ["pm-01"] = Answer.Of(YesPartlyNo.Yes),
        ["pm-02"] = Answer.Of(YesPartlyNo.Yes, "Service improvement plan on ethnicity recording with the mental health trust"),
        ["pm-03"] = Answer.Of(YesPartlyNo.Partly, "Stop-smoking KPIs by ethnic group; other contracts not"),
        ["pm-04"] = Answer.Of(YesPartlyNo.Yes, "Stop-smoking targets for Black and minority ethnic service users"),
        ["pm-05"] = Answer.Of(YesPartlyNo.Yes, "CQUIN on the care of minority ethnic patients in the mental health contract"),
        ["pm-06"] = Answer.Of(YesPartlyNo.Partly),
        ["pm-07"] = Answer.Of(YesPartlyNo.Yes),
        ["pm-08"] = Answer.Of(YesPartlyNo.No),
        ["pm-09"] = Answer.Of(YesPartlyNo.Partly),
        ["pm-10"] = Answer.Of(YesPartlyNo.Yes, "Equity audit of access to self-management from GP practice data"),
        ["pm-11"] = Answer.Of(YesPartlyNo.No),
        ["pm-12"] = Answer.Of(YesPartlyNo.No),
        ["pm-13"] = Answer.Of(YesPartlyNo.Partly),
        ["pm-14"] = Answer.Of(YesPartlyNo.Partly),
        ["pm-15"] = Answer.Of(YesPartlyNo.No),
        ["pm-16"] = Answer.Of(YesPartlyNo.No),
        ["pm-17"] = Answer.Of(YesPartlyNo.Yes),
        ["ka-sp-1"] = Answer.OfGrade("partial"),
        ["ka-pm-1"] = Answer.OfGrade("partial"),
        ["ka-pm-2"] = Answer.OfGrade("embedded"),
        ["ka-pm-3"] = Answer.OfGrade("embedded"),
        ["ka-pm-4"] = Answer.OfGrade("partial"),
        ["ka-pm-5"] = Answer.OfGrade("not-started"),
    })
    {
        Sections = ["strategic-planning", "monitoring-and-evaluation", "key-actions-strategic-planning", "key-actions-monitoring-and-evaluation"],
        Facts = new Dictionary<string, FactValue>
        {
            ["ethnicity-completeness"] = FactValue.FromNumber(0.93),
            ["data-quality-verdict"] = FactValue.FromCategory(FitnessForUse.FitWithCaveats),
            ["significant-gap"] = FactValue.FromBoolean(true),
        },
    };

    [Fact]
    public void The_promising_monitoring_commissioner_is_making_some_progress_with_coverage_per_phase()
    {
        var report = ToolEvaluator.Evaluate(Tool, PromisingMonitoring());
        var sections = report.Sections.ToDictionary(s => s.Section);

        // Monitoring: yes 1, partly 0.5, no 0; pm-03 and pm-07 weigh 2, total weight 19.
        // 1+1+2*0.5+1+1+0.5+2*1+0+0.5+1+0+0+0.5+0.5+0+0+1 = 11, so 100 * 11 / 19 = 57.89 %.
        Assert.Equal(100.0 * 11 / 19, sections["monitoring-and-evaluation"].Score!.Value, 12);
        Assert.Equal(1, sections["monitoring-and-evaluation"].Coverage);

        // Strategic planning, partly answered: sp-02 partly, sp-07 yes, sp-12 no, each weighing 2: (1 + 2 + 0) / 6 = 50 %.
        Assert.Equal(50, sections["strategic-planning"].Score!.Value, 12);
        Assert.Equal(3.0 / 15, sections["strategic-planning"].Coverage!.Value, 12);
        Assert.True(sections["strategic-planning"].IsProvisional);

        // Key Actions on 0-2 (not started, partial, embedded): monitoring (1+2+2+1+0) / 10 = 60 %; planning one partial of three.
        Assert.Equal(60, sections["key-actions-monitoring-and-evaluation"].Score!.Value, 12);
        Assert.Equal(1, sections["key-actions-monitoring-and-evaluation"].Coverage);
        Assert.Equal(50, sections["key-actions-strategic-planning"].Score!.Value, 12);
        Assert.Equal(1.0 / 3, sections["key-actions-strategic-planning"].Coverage!.Value, 12);

        // Overall: (11 + 3 + 3 + 0.5) / (19 + 6 + 5 + 1) = 17.5 / 31 = 56.45 %; 26 of 40 items answered.
        Assert.Equal(100.0 * 17.5 / 31, report.Overall.Score!.Value, 12);
        Assert.Equal("making-some-progress", report.Band!.Id);
        Assert.Equal((40, 26), (report.Overall.ApplicableItems, report.Overall.AnsweredItems));
        Assert.Equal(4, report.Sections.Count);
    }

    [Fact]
    public void The_promising_monitoring_commissioner_findings_that_must_and_must_not_follow()
    {
        var report = ToolEvaluator.Evaluate(Tool, PromisingMonitoring());
        var rules = report.Findings.Select(f => f.Rule).ToArray();

        // KPIs partly broken down, a partial trigger, priorities set, recording above 90 %: no High finding.
        Assert.DoesNotContain(report.Findings, f => f.Severity == FindingSeverity.High);
        Assert.Equal(
            ["strategic-documents-not-broken-down", "no-organisational-strategy", "kpis-not-broken-down", "inequality-not-a-trigger", "ka-pm-5-not-started",
             "clauses-unused", "benchmarks-not-broken-down", "feedback-not-broken-down", "communities-not-in-evaluation", "no-independent-evaluation",
             "redesigns-not-evaluated", "not-performance-managed", "key-actions-strategic-planning-partial", "key-actions-monitoring-partial"],
            rules);

        // The three practices in place raise nothing, and the embedded ratings are consistent with the checklist.
        foreach (var absent in new[] { "no-ethnic-targets", "no-cquin", "no-equity-audit", "key-actions-monitoring-overrated", "gap-without-ethnic-kpis", "gap-without-trigger", "gap-without-priority" })
        {
            Assert.DoesNotContain(absent, rules);
        }

        Assert.Equal(
            ["break-down-kpis", "make-inequality-a-trigger", "break-down-strategic-documents", "adopt-strategy", "evaluate-redesigns",
             "invoke-contract-clauses", "benchmark-by-ethnicity", "disaggregate-feedback", "involve-communities-in-evaluation", "commission-independent-evaluation",
             "reward-progress", "embed-key-actions"],
            report.Actions.Select(a => a.Id));
        Assert.Equal(
            ["levers-for-change", "service-specification", "jsna-interrogation", "evidence-mobilisation", "making-the-case", "organisational-diagnostic",
             "evidence-appraisal", "stakeholder-analysis", "equality-delivery-system"],
            report.NextTools.Select(t => t.Tool));
    }

    private static ToolResponse NothingInMonitoring()
    {
        var answers = Tool.Sections.Single(s => s.Id == "monitoring-and-evaluation").Items.ToDictionary(i => i.Id, _ => Answer.Of(YesPartlyNo.No));
        foreach (var item in Tool.Sections.Single(s => s.Id == "key-actions-monitoring-and-evaluation").Items)
        {
            answers[item.Id] = Answer.OfGrade("not-started");
        }

        return new ToolResponse("commissioning-cycle-review", "1.0.0", answers)
        {
            Sections = ["monitoring-and-evaluation", "key-actions-monitoring-and-evaluation"],
            Facts = new Dictionary<string, FactValue>
            {
                ["ethnicity-completeness"] = FactValue.FromNumber(0.62),
                ["data-quality-verdict"] = FactValue.FromCategory(FitnessForUse.NotFit),
                ["significant-gap"] = FactValue.FromBoolean(true),
            },
        };
    }

    [Fact]
    public void A_commissioner_with_nothing_in_monitoring_gets_the_high_findings()
    {
        var report = ToolEvaluator.Evaluate(Tool, NothingInMonitoring());
        var rules = report.Findings.Select(f => f.Rule).ToArray();

        Assert.Equal(0, report.Overall.Score);
        Assert.Equal("not-yet", report.Band!.Id);
        Assert.Equal(1, report.Overall.Coverage);

        Assert.Equal(["nothing-in-monitoring", "unfit-data-no-recording-plan", "gap-without-ethnic-kpis", "gap-without-trigger"], rules.Take(4));
        Assert.All(report.Findings.Take(4), f => Assert.Equal(FindingSeverity.High, f.Severity));
        Assert.Contains(new FindingBasis(FindingBasisKind.Fact, "data-quality-verdict", "NotFit"), report.Findings[1].RestsOn);

        // The planning section is not in use: the rule on priorities that reads it is not evaluated.
        Assert.DoesNotContain("gap-without-priority", rules);
        Assert.DoesNotContain("recording-monitored-but-incomplete", rules);
        Assert.DoesNotContain("key-actions-monitoring-partial", rules);

        // 7 Medium checklist findings, the 5 Key Actions not started, 9 Low checklist findings.
        Assert.Equal(12, report.Findings.Count(f => f.Severity == FindingSeverity.Medium));
        Assert.Equal(9, report.Findings.Count(f => f.Severity == FindingSeverity.Low));
        Assert.Equal(25, rules.Length);
        Assert.All(Tool.Sections.Single(s => s.Id == "key-actions-monitoring-and-evaluation").Items, i => Assert.Contains(i.Id + "-not-started", rules));

        Assert.Equal(
            ["monitor-recording", "break-down-kpis", "review-at-contract-meetings", "agree-recording-improvement", "set-ethnic-targets", "make-inequality-a-trigger"],
            report.Actions.Take(6).Select(a => a.Id));
        Assert.Contains(report.NextTools, t => t.Tool == "levers-for-change");
    }

    [Fact]
    public void Without_data_facts_the_commissioner_with_nothing_in_monitoring_keeps_only_the_answer_based_high_finding()
    {
        var report = ToolEvaluator.Evaluate(Tool, NothingInMonitoring() with { Facts = new Dictionary<string, FactValue>() });
        Assert.Equal(["nothing-in-monitoring"], report.Findings.Where(f => f.Severity == FindingSeverity.High).Select(f => f.Rule));
    }

    [Fact]
    public void Completeness_monitored_with_a_plan_but_still_low_needs_a_firmer_plan()
    {
        var report = ToolEvaluator.Evaluate(Tool, new ToolResponse("commissioning-cycle-review", "1.0.0", new Dictionary<string, Answer>
        {
            ["pm-01"] = Answer.Of(YesPartlyNo.Yes),
            ["pm-02"] = Answer.Of(YesPartlyNo.Partly),
        })
        {
            Sections = ["monitoring-and-evaluation"],
            Facts = new Dictionary<string, FactValue> { ["ethnicity-completeness"] = FactValue.FromNumber(0.81) },
        });

        Assert.Equal(["recording-monitored-but-incomplete", "no-recording-improvement-plan"], report.Findings.Select(f => f.Rule));
        Assert.DoesNotContain("unfit-data-no-recording-plan", report.Findings.Select(f => f.Rule));
        Assert.Equal(["agree-recording-improvement"], report.Actions.Select(a => a.Id));
    }

    [Fact]
    public void Key_actions_rated_embedded_against_a_checklist_that_says_otherwise_are_challenged()
    {
        var report = ToolEvaluator.Evaluate(Tool, new ToolResponse("commissioning-cycle-review", "1.0.0", new Dictionary<string, Answer>
        {
            ["ka-pm-2"] = Answer.OfGrade("embedded"),
            ["pm-03"] = Answer.Of(YesPartlyNo.No),
            ["ka-cp-1"] = Answer.OfGrade("embedded"),
            ["cp-01"] = Answer.Of(YesPartlyNo.Yes),
        }));

        var rules = report.Findings.Select(f => f.Rule).ToArray();
        Assert.Contains("key-actions-monitoring-overrated", rules);
        Assert.DoesNotContain("key-actions-procuring-overrated", rules);
        Assert.Contains("reconcile-self-assessment", report.Actions.Select(a => a.Id));
    }

    [Fact]
    public void A_commissioner_with_everything_embedded_raises_no_finding()
    {
        var answers = Tool.AllItems.ToDictionary(i => i.Id, i => i.AnswerType == AnswerType.Grade ? Answer.OfGrade("embedded") : Answer.Of(YesPartlyNo.Yes));
        var report = ToolEvaluator.Evaluate(Tool, new ToolResponse("commissioning-cycle-review", "1.0.0", answers)
        {
            Facts = new Dictionary<string, FactValue>
            {
                ["ethnicity-completeness"] = FactValue.FromNumber(0.97), ["data-quality-verdict"] = FactValue.FromCategory("Fit"), ["significant-gap"] = FactValue.FromBoolean(true),
            },
        });

        Assert.Empty(report.Findings);
        Assert.Empty(report.Actions);
        Assert.Equal(100, report.Overall.Score);
        Assert.Equal("embedded", report.Band!.Id);
        Assert.Equal(["equality-delivery-system", "evidence-mobilisation"], report.NextTools.Select(t => t.Tool));
    }

    [Fact]
    public void The_tool_holds_the_21_key_actions_8_3_5_5_from_the_briefing()
    {
        var keyActions = Tool.Sections.Where(s => s.Id.StartsWith("key-actions-", StringComparison.Ordinal)).ToArray();
        Assert.Equal(
            [("key-actions-cross-cutting", 8), ("key-actions-strategic-planning", 3), ("key-actions-procuring-services", 5), ("key-actions-monitoring-and-evaluation", 5)],
            keyActions.Select(s => (s.Id, s.Items.Count)));
        var items = keyActions.SelectMany(s => s.Items).ToArray();
        Assert.Equal(21, items.Length);

        // Every Key Action is taken from the briefing's list (seed 001, lines 210-241), one line each, in order.
        var lines = new List<int>();
        foreach (var item in items)
        {
            Assert.Equal((Provenance.FromSource, SourceDocument.BetterHealthBriefing28, AnswerType.Grade), (item.Provenance, item.Source.Document, item.AnswerType));
            var line = int.Parse(Regex.Match(item.Source.Location, "^line ([0-9]+)$").Groups[1].Value, CultureInfo.InvariantCulture);
            Assert.InRange(line, 210, 241);
            lines.Add(line);
        }

        Assert.Equal(lines.Order(), lines);
        Assert.Equal(21, lines.Distinct().Count());

        var scale = Assert.Single(Tool.Scales);
        Assert.Equal(["not-started", "partial", "embedded"], scale.Levels.OrderBy(l => l.Score).Select(l => l.Id));
        Assert.DoesNotContain(scale.Levels, l => l.IsAbsenceOfEvidence);
    }

    [Fact]
    public void Each_commissioning_phase_has_a_checklist_and_key_actions_named_after_it()
    {
        foreach (var phase in Enum.GetValues<CommissioningPhase>())
        {
            var id = Kebab(phase.ToString());
            var checklist = Assert.Single(Tool.Sections, s => s.Id == id);
            Assert.Equal(CommissioningCatalogue.Describe(phase).Name, checklist.Title);
            Assert.All(checklist.Items, i => Assert.Equal((AnswerType.YesPartlyNo, Provenance.Inferred), (i.AnswerType, i.Provenance)));
            Assert.Single(Tool.Sections, s => s.Id == "key-actions-" + id);
        }

        // The checklists of the domain notes: SP-01..15, CP-01..16, PM-01..17.
        Assert.Equal([15, 16, 17], Enum.GetValues<CommissioningPhase>().Select(p => Tool.Sections.Single(s => s.Id == Kebab(p.ToString())).Items.Count));
        Assert.Equal(7, Tool.Sections.Count);
    }

    /// <summary>"MonitoringAndEvaluation" gives "monitoring-and-evaluation".</summary>
    private static string Kebab(string pascal) =>
        Regex.Replace(pascal, "(?<!^)([A-Z])", "-$1").ToLowerInvariant();
}
