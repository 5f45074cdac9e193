using EEiC.Statistics.DataQuality;
using EEiC.Tools.Definitions;
using EEiC.Tools.Evaluation;

namespace EEiC.Tools.Tests.BuiltIn;

/// <summary>
/// The evidence appraisal tool on a coronary heart disease case from the sources: a proposal to tackle the
/// under-representation of South Asian patients in cardiac rehabilitation, prompted by national guidance (NIHR report,
/// EEiC seed 002, line 1748), meets the usual challenges to evidence on ethnicity (line 1808). The numbers are invented
/// for the test: 7 of 19 eligible Bangladeshi patients started rehabilitation (Wilson 95% interval 0.1915 to 0.5896, so
/// a relative width of (0.5896 - 0.1915) / (7 / 19) = 1.08), ethnicity was recorded for 84% of patients (not fit for use
/// against the 90% threshold), and the proposal reports three groups: White, South Asian and Other.
/// </summary>
public sealed class EvidenceAppraisalScenarioTests
{
    private static readonly ToolDefinition Tool = ToolLibrary.BuiltIn.Get("evidence-appraisal");

    private static Dictionary<string, FactValue> CardiacFacts() => new()
    {
        ["smallest-group-count"] = FactValue.FromNumber(7),
        ["relative-interval-width"] = FactValue.FromNumber(1.08),
        ["ethnicity-completeness"] = FactValue.FromNumber(0.84),
        ["data-quality-verdict"] = FactValue.FromCategory(FitnessForUse.NotFit),
        ["categories-used"] = FactValue.FromNumber(3),
        ["significant-gap"] = FactValue.FromBoolean(true),
    };

    private static ToolResponse CardiacRehabilitation() => new("evidence-appraisal", "1.0.0", new Dictionary<string, Answer>
    {
        ["small-numbers-checked"] = Answer.Of(YesPartlyNo.Yes),
        ["small-numbers-addressed"] = Answer.Of(YesPartlyNo.No, "The Bangladeshi figure is shown without an interval"),
        ["representativeness-checked"] = Answer.Of(YesPartlyNo.No),
        ["voices-representative"] = Answer.Of(YesPartlyNo.NotApplicable, "No survey or consultation evidence is used"),
        ["categories-justified"] = Answer.Of(YesPartlyNo.No, "'South Asian' with no reason given"),
        ["categories-comparable"] = Answer.Of(YesPartlyNo.Yes),
        ["subgroups-examined"] = Answer.Of(YesPartlyNo.Partly, "In the analyst's tables, not in the proposal"),
        ["within-group-examined"] = Answer.Of(YesPartlyNo.No),
        ["transferability-assessed"] = Answer.Of(YesPartlyNo.Partly, "National guidance quoted, not checked against local referrals"),
        ["national-applied-locally"] = Answer.Of(YesPartlyNo.Yes, "National prevalence by ethnic group applied to the local population"),
        ["causes-explained"] = Answer.Of(YesPartlyNo.No),
        ["commissioner-can-act"] = Answer.Of(YesPartlyNo.Partly),
    })
    { Facts = CardiacFacts() };

    private static string[] Rules(ToolReport report) => [.. report.Findings.Select(f => f.Rule)];

    [Fact]
    public void The_cardiac_rehabilitation_evidence_leaves_most_challenges_open()
    {
        var report = ToolEvaluator.Evaluate(Tool, CardiacRehabilitation());

        // Eleven items apply (the voices item is answered not applicable), each weight 1: yes 1, partly 0.5, no 0.
        // 1 + 0 + 0 + 0 + 1 + 0.5 + 0 + 0.5 + 1 + 0 + 0.5 = 4.5 of 11: 40.9 %.
        Assert.Equal(100 * 4.5 / 11, report.Overall.Score!.Value, 12);
        Assert.Equal("challenges-open", report.Band!.Id);
        Assert.Equal((11, 11), (report.Overall.ApplicableItems, report.Overall.AnsweredItems));
        Assert.Empty(report.Unanswered);

        // Per challenge: small numbers 1/2, representativeness 0/1, categories 1/2, subgroups 0.5/2, transferability 1.5/2, causes 0.5/2.
        Assert.Equal([50d, 0d, 50d, 25d, 75d, 25d], report.Sections.Select(s => s.Score!.Value));
        Assert.Equal(ItemStatus.NotApplicable, report.Items.Single(i => i.Item == "voices-representative").Status);
    }

    [Fact]
    public void The_cardiac_rehabilitation_findings_that_must_and_must_not_follow()
    {
        var report = ToolEvaluator.Evaluate(Tool, CardiacRehabilitation());

        Assert.Equal(
            ["small-numbers-unaddressed", "unfit-data-representativeness-unaddressed",
             "gap-unexplained", "small-numbers-weak", "representativeness-weak", "categories-weak", "subgroups-weak", "transferability-weak", "causes-weak", "levers-weak",
             "within-group-weak"],
            Rules(report));
        Assert.Equal([FindingSeverity.High, FindingSeverity.High], report.Findings.Take(2).Select(f => f.Severity));
        Assert.Contains(new FindingBasis(FindingBasisKind.Fact, "smallest-group-count", "7"), report.Findings[0].RestsOn);
        Assert.Contains(new FindingBasis(FindingBasisKind.Fact, "data-quality-verdict", "NotFit"), report.Findings[1].RestsOn);

        // Must not: three groups are more than a two-group split; the subgroups exist in part; the gap is significant;
        // the data are not fit, so neither the caveats rule nor the "small numbers do not apply" rule holds; the answer
        // "not applicable" on voices is not a weak answer.
        Assert.DoesNotContain(report.Findings, f => f.Rule is "binary-categories" or "broad-groups-only" or "imprecise-no-gap" or "caveated-data-representativeness"
            or "small-numbers-do-not-apply" or "voices-weak" or "small-numbers-not-checked" or "categories-not-comparable" or "national-not-tested");

        Assert.Equal(
            ["pool-and-show-intervals", "apply-national-rates", "state-completeness", "improve-recording",
             "justify-categories", "break-down-subgroups", "compare-local-context", "explain-causes", "identify-levers", "break-down-within-groups"],
            report.Actions.Select(a => a.Id));
        Assert.Equal(["evidence-mobilisation", "service-specification", "stakeholder-analysis", "levers-for-change", "frequently-raised-objections", "making-the-case"],
            report.NextTools.Select(t => t.Tool));
    }

    [Fact]
    public void With_large_numbers_and_data_fit_for_use_the_small_numbers_challenge_does_not_apply()
    {
        var answers = Tool.AllItems.ToDictionary(i => i.Id, _ => Answer.Of(YesPartlyNo.Yes));
        answers["small-numbers-addressed"] = Answer.Of(YesPartlyNo.No);
        var report = ToolEvaluator.Evaluate(Tool, new ToolResponse("evidence-appraisal", "1.0.0", answers)
        {
            Facts = new Dictionary<string, FactValue>
            {
                ["smallest-group-count"] = FactValue.FromNumber(240),
                ["relative-interval-width"] = FactValue.FromNumber(0.27),
                ["ethnicity-completeness"] = FactValue.FromNumber(0.97),
                ["data-quality-verdict"] = FactValue.FromCategory(FitnessForUse.Fit),
                ["categories-used"] = FactValue.FromNumber(16),
                ["significant-gap"] = FactValue.FromBoolean(true),
            },
        });

        // The "No" on addressing small numbers neither counts nor raises a finding: the item does not apply.
        Assert.Equal(["small-numbers-do-not-apply"], Rules(report));
        Assert.Equal(FindingSeverity.Information, report.Findings[0].Severity);
        Assert.Equal(["answer-with-counts"], report.Actions.Select(a => a.Id));
        Assert.Equal(ItemStatus.NotApplicable, report.Items.Single(i => i.Item == "small-numbers-addressed").Status);
        Assert.Equal(100, report.Overall.Score);
        Assert.Equal("ready-for-challenge", report.Band!.Id);
        Assert.Equal(11, report.Overall.ApplicableItems);
    }

    [Fact]
    public void Large_numbers_alone_are_not_enough_when_the_data_are_not_fit()
    {
        var facts = CardiacFacts();
        facts["smallest-group-count"] = FactValue.FromNumber(240);
        facts["relative-interval-width"] = FactValue.FromNumber(0.27);
        var report = ToolEvaluator.Evaluate(Tool, CardiacRehabilitation() with { Facts = facts });

        Assert.DoesNotContain("small-numbers-unaddressed", Rules(report));
        Assert.DoesNotContain("small-numbers-do-not-apply", Rules(report));
        Assert.Contains("small-numbers-weak", Rules(report));
        Assert.Equal(ItemStatus.Answered, report.Items.Single(i => i.Item == "small-numbers-addressed").Status);
    }

    [Fact]
    public void Two_challenges_on_their_own_give_a_provisional_appraisal()
    {
        var report = ToolEvaluator.Evaluate(Tool, new ToolResponse("evidence-appraisal", "1.0.0", new Dictionary<string, Answer>
        {
            ["small-numbers-checked"] = Answer.Of(YesPartlyNo.Yes),
            ["causes-explained"] = Answer.Of(YesPartlyNo.Partly),
        })
        { Sections = ["small-numbers", "causes"], Facts = CardiacFacts() });

        // The unanswered "addressed" item counts as not addressing small numbers; the representativeness rule reads an
        // item outside the sections in use, so it is not evaluated although the data are not fit.
        Assert.Equal(["small-numbers-unaddressed", "causes-weak"], Rules(report));
        Assert.DoesNotContain("unfit-data-representativeness-unaddressed", Rules(report));
        Assert.DoesNotContain("gap-unexplained", Rules(report));
        Assert.Equal(["small-numbers-addressed", "commissioner-can-act"], report.Unanswered);

        // (1 + 0.5) / 2 answered = 75 %, on half the items.
        Assert.Equal(75, report.Overall.Score!.Value, 12);
        Assert.Equal(0.5, report.Overall.Coverage);
        Assert.True(report.Overall.IsProvisional);
        Assert.Equal("partly-answered", report.Band!.Id);
    }

    [Fact]
    public void No_significant_gap_on_wide_intervals_is_not_evidence_of_no_gap()
    {
        var facts = CardiacFacts();
        facts["significant-gap"] = FactValue.FromBoolean(false);
        facts["relative-interval-width"] = FactValue.FromNumber(1.4);
        var report = ToolEvaluator.Evaluate(Tool, CardiacRehabilitation() with { Facts = facts });

        Assert.Contains("imprecise-no-gap", Rules(report));
        Assert.DoesNotContain("gap-unexplained", Rules(report));
        Assert.DoesNotContain(report.NextTools, t => t.Tool == "making-the-case");
    }

    [Fact]
    public void A_white_and_non_white_split_is_high()
    {
        var facts = CardiacFacts();
        facts["categories-used"] = FactValue.FromNumber(2);
        var report = ToolEvaluator.Evaluate(Tool, new ToolResponse("evidence-appraisal", "1.0.0", new Dictionary<string, Answer>())
        { Sections = ["categories", "subgroups"], Facts = facts });

        Assert.Equal(["binary-categories", "broad-groups-only"], Rules(report));
        Assert.Equal(FindingSeverity.High, report.Findings[0].Severity);
        Assert.Equal(["use-finer-categories", "break-down-subgroups"], report.Actions.Select(a => a.Id));
    }

    [Fact]
    public void Six_challenges_one_section_each_with_guidance_on_answering_them()
    {
        Assert.Equal(["small-numbers", "representativeness", "categories", "subgroups", "transferability", "causes"], Tool.Sections.Select(s => s.Id));
        Assert.All(Tool.Sections, s => Assert.Equal(2, s.Items.Count));
        Assert.All(Tool.AllItems, i => Assert.Equal((AnswerType.YesPartlyNo, EEiC.Sources.Provenance.Inferred), (i.AnswerType, i.Provenance)));

        // Every challenge has at least one action saying how to answer it.
        foreach (var section in Tool.Sections)
        {
            var ids = section.Items.Select(i => $"'{i.Id}'").ToArray();
            Assert.Contains(Tool.Rules, r => r.Actions.Count > 0 && ids.Any(id => r.When.ToString().Contains(id, StringComparison.Ordinal)));
        }

        // The data-quality facts are those of the JSNA tool, with the categories of EEiC.Statistics' verdict.
        var jsna = ToolLibrary.BuiltIn.Get("jsna-interrogation");
        foreach (var id in new[] { "data-quality-verdict", "ethnicity-completeness", "significant-gap" })
        {
            var mine = Tool.Facts.Single(f => f.Id == id);
            var theirs = jsna.Facts.Single(f => f.Id == id);
            Assert.Equal(theirs.Type, mine.Type);
            Assert.Equal(theirs.Categories, mine.Categories);
        }

        Assert.Equal(Enum.GetNames<FitnessForUse>(), Tool.Facts.Single(f => f.Id == "data-quality-verdict").Categories);
        Assert.Contains("(Upper - Lower) / Value", Tool.Facts.Single(f => f.Id == "relative-interval-width").Description, StringComparison.Ordinal);
    }
}
