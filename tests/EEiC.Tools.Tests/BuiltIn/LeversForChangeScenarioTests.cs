using EEiC.Sources;
using EEiC.Tools.Definitions;
using EEiC.Tools.Evaluation;

namespace EEiC.Tools.Tests.BuiltIn;

/// <summary>
/// The levers for change tool on the report's exemplar and its opposite. West Yorkshire and Harrogate Health and Care
/// Partnership (NHS Race and Health Observatory / King's Fund report, EEiC seed 004, lines 353-372): a staff network
/// and fellowship programme, a £450,000 grant fund, a health inequalities academy, an inequalities review with an
/// action plan, dedicated public health staff, senior support, voluntary sector representation on the partnership
/// board, and accountability to the community. Against it, a system that has invested in ethnicity data and a
/// dashboard and in nothing else, the single-lever approach the report warns against (line 741).
/// </summary>
public sealed class LeversForChangeScenarioTests
{
    private static readonly ToolDefinition Levers = ToolLibrary.BuiltIn.Get("levers-for-change");

    private static readonly string[] LeverIds =
        ["national-policy-and-strategy", "workforce", "accountability-and-improvement", "data-and-evidence", "funding", "community-engagement", "leadership"];

    private static readonly YesPartlyNo Y = YesPartlyNo.Yes;
    private static readonly YesPartlyNo P = YesPartlyNo.Partly;
    private static readonly YesPartlyNo N = YesPartlyNo.No;

    /// <summary>Answers in the definition's item order, lever by lever.</summary>
    private static ToolResponse Answered(YesPartlyNo[][] byLever, Dictionary<string, FactValue> facts)
    {
        var answers = new Dictionary<string, Answer>();
        for (var s = 0; s < byLever.Length; s++)
        {
            var items = Levers.Sections[s].Items;
            Assert.Equal(items.Count, byLever[s].Length);
            for (var i = 0; i < items.Count; i++)
            {
                answers[items[i].Id] = Answer.Of(byLever[s][i]);
            }
        }

        return new ToolResponse("levers-for-change", "1.0.0", answers) { Facts = facts };
    }

    private static Dictionary<string, FactValue> Facts(double completeness, string verdict) => new()
    {
        ["ethnicity-completeness"] = FactValue.FromNumber(completeness),
        ["data-quality-verdict"] = FactValue.FromCategory(verdict),
        ["workforce-race-gap"] = FactValue.FromBoolean(true),
        ["significant-gap"] = FactValue.FromBoolean(true),
    };

    private static ToolResponse WestYorkshireAndHarrogate() => Answered(
        [
            [Y, P, Y, P],    // strategy: central focus; goals partly; population planning and prevention; wider determinants partly
            [Y, Y, P, Y, N], // workforce: commitment, WRES plan, accountability partly, network and fellowship, primary care not tracked
            [P, Y, P, Y, P], // accountability: equal weight partly, dashboard, peer review partly, accountable to the community, oversight partly
            [P, Y, P, Y, Y], // data: recording partly, capacity and intelligence, sharing partly, with communities, good practice shared
            [P, Y, P, Y],    // funding: allocation partly, grant fund, incentives partly, NHS and council public health linked
            [Y, Y, P, Y, Y], // engagement: strategic, VCS on the partnership board, co-production partly, assets, COVID-19 learning
            [Y, Y, P, Y, Y], // leadership: dedicated leads, leadership reflective of communities, accountability partly, senior support, academy
        ],
        Facts(0.93, "FitWithCaveats"));

    private static ToolResponse DataOnlySystem() => Answered(
        [
            [P, N, N, N],
            [N, N, N, N, N],
            [N, Y, N, N, N],
            [Y, Y, Y, Y, Y],
            [N, N, N, N],
            [N, N, N, N, N],
            [P, N, N, N, N],
        ],
        Facts(0.97, "Fit"));

    [Fact]
    public void The_exemplar_scores_well_on_every_lever()
    {
        var report = ToolEvaluator.Evaluate(Levers, WestYorkshireAndHarrogate());

        // Per lever (yes 1, partly 0.5, no 0): 3/4, 3.5/5, 3.5/5, 4/5, 3/4, 4.5/5, 4.5/5.
        Assert.Equal(LeverIds, report.Sections.Select(s => s.Section));
        Assert.Equal([75d, 70d, 70d, 80d, 75d, 90d, 90d], report.Sections.Select(s => Math.Round(s.Score!.Value, 10)));
        Assert.All(report.Sections, s => Assert.Equal(1, s.Coverage));

        // Overall: 26 of 33 = 78.79 %.
        Assert.Equal(100.0 * 26 / 33, report.Overall.Score!.Value, 12);
        Assert.Equal("comprehensive", report.Band!.Id);
    }

    [Fact]
    public void The_exemplar_is_still_told_to_act_on_workforce_race_equality_and_its_partial_criteria()
    {
        var report = ToolEvaluator.Evaluate(Levers, WestYorkshireAndHarrogate());

        // High: the WRES shows a gap and WRES accountability is only partly in place. No lever is neglected, the
        // gap is tracked by ethnic group, and recording (93 %, fit with caveats) passes.
        Assert.Equal("workforce-gap-unanswered", report.Findings[0].Rule);
        Assert.Single(report.Findings, f => f.Severity == FindingSeverity.High);
        Assert.DoesNotContain(report.Findings, f => f.Rule is "levers-not-combined" or "levers-largely-unused" or "gap-untracked"
            or "recording-not-fit" or "recording-rated-on-unfit-data");

        // One Medium finding for each criterion answered partly or no: 13.
        Assert.Equal(
            ["strategy-measurable-goals-weak", "strategy-wider-determinants-weak", "workforce-wres-accountability-weak", "workforce-primary-care-weak",
             "accountability-equal-weight-weak", "accountability-peer-review-weak", "accountability-oversight-weak", "data-recording-quality-weak",
             "data-sharing-weak", "funding-transparent-allocation-weak", "funding-incentives-weak", "engagement-co-production-weak",
             "leadership-accountable-weak"],
            report.Findings.Skip(1).Select(f => f.Rule));

        // Each recommendation-based finding cites the report.
        Assert.All(report.Findings, f => Assert.Same(SourceDocument.RaceAndHealthObservatory2021, Assert.Single(f.Sources).Document));
        Assert.Equal("line 643", report.Findings[0].Sources[0].Location);

        Assert.Equal(
            ["act-on-wres", "set-measurable-goals", "act-on-wider-determinants", "track-primary-care-workforce", "give-equal-weight", "join-peer-review",
             "embed-in-oversight", "improve-ethnicity-recording", "share-data", "allocate-transparently", "review-incentives", "co-produce-services",
             "hold-leaders-to-account"],
            report.Actions.Select(a => a.Id));
        Assert.Equal(
            ["equality-delivery-system", "jsna-interrogation", "stakeholder-analysis", "commissioning-cycle-review", "service-specification",
             "organisational-diagnostic", "making-the-case"],
            report.NextTools.Select(t => t.Tool));
    }

    [Fact]
    public void A_system_with_only_a_data_lever_is_warned_that_levers_work_together()
    {
        var report = ToolEvaluator.Evaluate(Levers, DataOnlySystem());

        // Per lever: 0.5/4, 0/5, 1/5, 5/5, 0/4, 0/5, 0.5/5; overall 7 of 33 = 21.21 %.
        Assert.Equal([12.5, 0d, 20d, 100d, 0d, 0d, 10d], report.Sections.Select(s => Math.Round(s.Score!.Value, 10)));
        Assert.Equal(100.0 * 7 / 33, report.Overall.Score!.Value, 12);
        Assert.Equal("limited", report.Band!.Id);

        Assert.Equal(["levers-not-combined", "workforce-gap-unanswered"],
            report.Findings.Where(f => f.Severity == FindingSeverity.High).Select(f => f.Rule));
        var notCombined = report.Findings[0];
        Assert.Equal("line 741", Assert.Single(notCombined.Sources).Location);
        Assert.Equal(7, notCombined.RestsOn.Count);
        Assert.Contains(new FindingBasis(FindingBasisKind.SectionScore, "data-and-evidence", "100"), notCombined.RestsOn);

        // Every criterion outside the data lever answered partly or no (33 - 5 - 1 for the dashboard = 27) gets its
        // recommendation; the data lever gets none, and the data facts raise nothing.
        Assert.Equal(27, report.Findings.Count(f => f.Severity == FindingSeverity.Medium));
        Assert.DoesNotContain(report.Findings, f => f.Rule.StartsWith("data-", StringComparison.Ordinal) || f.Rule.StartsWith("recording-", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Findings, f => f.Rule is "levers-largely-unused" or "gap-untracked" or "accountability-metrics-by-ethnicity-weak");

        Assert.Equal(["use-all-levers", "act-on-wres", "make-central-focus"], report.Actions.Take(3).Select(a => a.Id));
        Assert.DoesNotContain(report.Actions, a => a.Id is "improve-ethnicity-recording" or "mobilise-evidence" or "track-by-ethnicity");
    }

    [Fact]
    public void A_system_using_no_lever_gets_the_largely_unused_finding_instead()
    {
        var none = Answered(LeverIds.Select((_, s) => Levers.Sections[s].Items.Select(_ => N).ToArray()).ToArray(), Facts(0.72, "NotFit"));
        var report = ToolEvaluator.Evaluate(Levers, none);

        Assert.Equal(0, report.Overall.Score);
        Assert.Equal(["levers-largely-unused", "gap-untracked", "workforce-gap-unanswered", "recording-not-fit"],
            report.Findings.Where(f => f.Severity == FindingSeverity.High).Select(f => f.Rule));
        Assert.DoesNotContain(report.Findings, f => f.Rule == "levers-not-combined");
        Assert.Equal(33, report.Findings.Count(f => f.Severity == FindingSeverity.Medium));
        Assert.Equal(["use-all-levers", "make-central-focus"], report.Actions.Take(2).Select(a => a.Id));
    }

    [Fact]
    public void Unfit_ethnicity_data_question_a_confident_recording_answer()
    {
        var answers = new Dictionary<string, Answer>(DataOnlySystem().Answers);
        var report = ToolEvaluator.Evaluate(Levers, DataOnlySystem() with { Answers = answers, Facts = Facts(0.81, "FitWithCaveats") });

        Assert.Contains(report.Findings, f => f.Rule == "recording-rated-on-unfit-data" && f.Severity == FindingSeverity.Medium);
        Assert.DoesNotContain(report.Findings, f => f.Rule == "recording-not-fit");

        answers["data-recording-quality"] = Answer.Of(P);
        var partly = ToolEvaluator.Evaluate(Levers, DataOnlySystem() with { Answers = answers, Facts = Facts(0.81, "FitWithCaveats") });
        Assert.Contains(partly.Findings, f => f.Rule == "recording-not-fit" && f.Severity == FindingSeverity.High);
        Assert.DoesNotContain(partly.Findings, f => f.Rule == "recording-rated-on-unfit-data");
    }

    [Fact]
    public void Levers_left_unanswered_are_reported_as_such_and_not_judged()
    {
        var data = Levers.Sections.Single(s => s.Id == "data-and-evidence").Items.ToDictionary(i => i.Id, _ => Answer.Of(Y));
        var report = ToolEvaluator.Evaluate(Levers, new ToolResponse("levers-for-change", "1.0.0", data));

        Assert.Equal(28, report.Unanswered.Count);
        Assert.Equal(5.0 / 33, report.Overall.Coverage!.Value, 12);
        Assert.True(report.Overall.IsProvisional);
        Assert.All(report.Sections.Where(s => s.Section != "data-and-evidence"), s =>
        {
            Assert.Null(s.Score);
            Assert.Equal(0, s.Coverage);
        });
        Assert.Empty(report.Findings);

        // Used as a module, the workforce and data levers alone: the WRES rule is read, the all-levers rules are not.
        var workforce = Levers.Sections.Single(s => s.Id == "workforce").Items.ToDictionary(i => i.Id, _ => Answer.Of(P));
        var modular = ToolEvaluator.Evaluate(Levers, new ToolResponse("levers-for-change", "1.0.0", data.Concat(workforce).ToDictionary())
        {
            Sections = ["workforce", "data-and-evidence"],
            Facts = Facts(0.95, "Fit"),
        });
        Assert.Equal(["workforce", "data-and-evidence"], modular.Sections.Select(s => s.Section));
        Assert.Equal("workforce-gap-unanswered", modular.Findings[0].Rule);
        Assert.DoesNotContain(modular.Findings, f => f.Rule is "levers-not-combined" or "levers-largely-unused");
    }

    [Fact]
    public void Exactly_seven_levers_named_as_in_the_report_each_with_criteria_and_recommendations()
    {
        Assert.Equal(LeverIds, Levers.Sections.Select(s => s.Id));
        Assert.Equal(
            ["National policy and strategy", "Workforce", "Accountability and improvement", "Data and evidence", "Funding", "Community engagement", "Leadership"],
            Levers.Sections.Select(s => s.Title));
        foreach (var lever in Levers.Sections)
        {
            Assert.NotEmpty(lever.Items);
            Assert.All(lever.Items, i => Assert.Equal(AnswerType.YesPartlyNo, i.AnswerType));
            Assert.All(lever.Items, i => Assert.Same(SourceDocument.RaceAndHealthObservatory2021, i.Source.Document));

            // Every criterion leads to a recommendation, cited by line from the report.
            foreach (var item in lever.Items)
            {
                var rule = Assert.Single(Levers.Rules, r => r.Id == item.Id + "-weak");
                Assert.Equal($"item '{item.Id}' AtMost [Partly]", rule.When.ToString());
                Assert.Same(SourceDocument.RaceAndHealthObservatory2021, Assert.Single(rule.Sources).Document);
                Assert.StartsWith("line", rule.Sources[0].Location, StringComparison.Ordinal);
                Assert.NotEmpty(rule.Actions);
            }
        }

        // The tool's own source is the report's list of the seven levers.
        Assert.Equal((SourceDocument.RaceAndHealthObservatory2021, "lines 430-442"), (Levers.Source!.Document, Levers.Source.Location));
    }

    [Fact]
    public void Data_facts_mean_what_they_mean_in_the_equality_delivery_system_tool()
    {
        var eds = ToolLibrary.BuiltIn.Get("equality-delivery-system");
        foreach (var id in new[] { "ethnicity-completeness", "data-quality-verdict", "workforce-race-gap" })
        {
            var here = Levers.Facts.Single(f => f.Id == id);
            var there = eds.Facts.Single(f => f.Id == id);
            Assert.Equal((there.Type, there.Categories), (here.Type, here.Categories), new FactShapeComparer());
        }

        Assert.Equal(eds.Facts.Single(f => f.Id == "workforce-race-gap").Label, Levers.Facts.Single(f => f.Id == "workforce-race-gap").Label);
        var jsnaGap = ToolLibrary.BuiltIn.Get("jsna-interrogation").Facts.Single(f => f.Id == "significant-gap");
        Assert.Equal(jsnaGap.Type, Levers.Facts.Single(f => f.Id == "significant-gap").Type);
    }

    private sealed class FactShapeComparer : IEqualityComparer<(FactType Type, IReadOnlyList<string> Categories)>
    {
        public bool Equals((FactType Type, IReadOnlyList<string> Categories) x, (FactType Type, IReadOnlyList<string> Categories) y) =>
            x.Type == y.Type && x.Categories.SequenceEqual(y.Categories, StringComparer.Ordinal);

        public int GetHashCode((FactType Type, IReadOnlyList<string> Categories) obj) => (int)obj.Type;
    }
}
