using EEiC.Statistics.DataQuality;
using EEiC.Tools.Definitions;
using EEiC.Tools.Evaluation;

namespace EEiC.Tools.Tests.BuiltIn;

/// <summary>
/// The JSNA interrogation tool on scenarios drawn from the sources: the maternity early-booking case study, whose
/// equity audit presented late booking by ethnic group and whose insight work gathered minority women's views
/// (NIHR report, EEiC seed 002, lines 1513 and 1598), in a JSNA chapter that explains inequalities by culture and
/// language only (line 1798), is silent on data quality, and recommends nothing specific (line 3186).
/// </summary>
public sealed class JsnaInterrogationScenarioTests
{
    private static readonly ToolDefinition Jsna = ToolLibrary.BuiltIn.Get("jsna-interrogation");

    private static ToolResponse MaternityChapter() => new("jsna-interrogation", "1.0.0", new Dictionary<string, Answer>
    {
        ["population-by-ethnicity"] = Answer.OfGrade("amber", "Five broad groups from the 2011 census; no date given"),
        ["ethnicity-defined"] = Answer.OfGrade("red"),
        ["outcomes-by-ethnicity"] = Answer.OfGrade("red", "Infant mortality by ethnic group quoted for England only"),
        ["service-use-by-ethnicity"] = Answer.OfGrade("green", "Equity audit: late booking by ethnic group and ward"),
        ["within-group-breakdown"] = Answer.OfGrade("no-evidence"),
        ["data-quality-acknowledged"] = Answer.OfGrade("no-evidence"),
        ["local-and-national-combined"] = Answer.OfGrade("amber"),
        ["community-perspectives"] = Answer.OfGrade("amber", "Insight work with South Asian women"),
        ["explanations-discussed"] = Answer.OfGrade("red", "Language barriers and cultural preferences only"),
        ["other-equality-dimensions"] = Answer.OfGrade("amber", "Deprivation discussed, not other protected characteristics"),
        ["findings-linked-to-action"] = Answer.OfGrade("red", "'Services should be accessible to all'"),
    })
    {
        Facts = new Dictionary<string, FactValue>
        {
            ["ethnicity-completeness"] = FactValue.FromNumber(0.78),
            ["data-quality-verdict"] = FactValue.FromCategory(FitnessForUse.NotFit),
            ["significant-gap"] = FactValue.FromBoolean(true),
        },
    };

    [Fact]
    public void The_maternity_chapter_scores_below_half_and_is_rated_largely_absent()
    {
        var report = ToolEvaluator.Evaluate(Jsna, MaternityChapter());

        // Grades on 0-3 (no evidence 0, red 1, amber 2, green 3), weights 2 for outcomes, service use and action:
        // sum of weight x grade = 2+1+2*1+2*3+0+0+2+2+1+2+2*1 = 20; sum of weights = 14; 100 * 20 / (3 * 14) = 47.62 %.
        Assert.Equal(100.0 * 20 / 42, report.Overall.Score!.Value, 12);
        Assert.Equal("largely-absent", report.Band!.Id);
        Assert.Equal(1, report.Overall.Coverage);
        Assert.Equal(["within-group-breakdown", "data-quality-acknowledged"], report.Unevidenced);
        Assert.Empty(report.Unanswered);

        // Section "data": (2*1 + 2*3 + 0 + 0 + 2) / (3 * 7) = 10 / 21.
        Assert.Equal(100.0 * 10 / 21, report.Sections.Single(s => s.Section == "data").Score!.Value, 12);
    }

    [Fact]
    public void The_maternity_chapter_findings_that_must_and_must_not_follow()
    {
        var report = ToolEvaluator.Evaluate(Jsna, MaternityChapter());
        var rules = report.Findings.Select(f => f.Rule).ToArray();

        // The data say recording is not fit and a gap exists; the chapter says neither, nor what to do.
        Assert.Equal(["unfit-data-unacknowledged", "gap-without-action"], rules.Take(2));
        Assert.All(report.Findings.Take(2), f => Assert.Equal(FindingSeverity.High, f.Severity));
        Assert.Contains("breakdown-on-unfit-data", rules);
        foreach (var weak in new[] { "population-weak", "definition-weak", "outcomes-weak", "within-group-weak", "data-quality-weak", "national-evidence-weak", "community-weak", "explanations-weak", "equality-dimensions-weak", "action-weak" })
        {
            Assert.Contains(weak, rules);
        }

        // Service use is broken down (green): no finding on it, and the "no breakdown at all" finding must not follow.
        Assert.DoesNotContain("service-use-weak", rules);
        Assert.DoesNotContain("no-ethnic-breakdown", rules);
        Assert.Equal(13, rules.Length);

        var unfit = report.Findings[0];
        Assert.Contains(new FindingBasis(FindingBasisKind.Fact, "data-quality-verdict", "NotFit"), unfit.RestsOn);
        Assert.Contains(new FindingBasis(FindingBasisKind.Answer, "data-quality-acknowledged", "no-evidence"), unfit.RestsOn);

        // Actions of High findings first (definition order among them), then Medium, then Low; each once.
        Assert.Equal(
            ["make-the-case", "link-to-action", "state-data-quality", "improve-recording", "break-down-outcomes", "profile-population", "involve-communities",
             "combine-local-and-national", "break-down-within-groups", "explain-inequalities", "compare-equality-dimensions", "define-ethnicity"],
            report.Actions.Select(a => a.Id));
        Assert.DoesNotContain(report.Actions, a => a.Id == "break-down-service-use");
        Assert.Equal(["making-the-case", "frequently-raised-objections", "service-specification", "commissioning-cycle-review", "evidence-appraisal",
            "evidence-mobilisation", "stakeholder-analysis", "equality-impact-assessment"], report.NextTools.Select(t => t.Tool));
    }

    [Fact]
    public void Without_local_data_facts_only_the_answers_drive_the_findings()
    {
        var response = MaternityChapter() with { Facts = new Dictionary<string, FactValue>() };
        var rules = ToolEvaluator.Evaluate(Jsna, response).Findings.Select(f => f.Rule).ToArray();
        Assert.DoesNotContain("unfit-data-unacknowledged", rules);
        Assert.DoesNotContain("gap-without-action", rules);
        Assert.DoesNotContain("breakdown-on-unfit-data", rules);
        Assert.Equal(10, rules.Length);
    }

    [Fact]
    public void A_chapter_that_breaks_nothing_down_gets_the_high_finding()
    {
        var report = ToolEvaluator.Evaluate(Jsna, new ToolResponse("jsna-interrogation", "1.0.0", new Dictionary<string, Answer>
        {
            ["outcomes-by-ethnicity"] = Answer.OfGrade("no-evidence"),
            ["service-use-by-ethnicity"] = Answer.OfGrade("red"),
        })
        { Sections = ["data"] });

        Assert.Equal("no-ethnic-breakdown", report.Findings[0].Rule);
        Assert.Equal(["data"], report.Sections.Select(s => s.Section));
        Assert.Equal(["within-group-breakdown", "data-quality-acknowledged", "local-and-national-combined"], report.Unanswered);
        Assert.True(report.Overall.IsProvisional);
    }

    [Fact]
    public void A_gold_standard_chapter_raises_no_finding_and_no_action()
    {
        var answers = Jsna.AllItems.ToDictionary(i => i.Id, _ => Answer.OfGrade("green"));
        var report = ToolEvaluator.Evaluate(Jsna, new ToolResponse("jsna-interrogation", "1.0.0", answers)
        {
            Facts = new Dictionary<string, FactValue>
            {
                ["ethnicity-completeness"] = FactValue.FromNumber(0.97), ["data-quality-verdict"] = FactValue.FromCategory("Fit"), ["significant-gap"] = FactValue.FromBoolean(true),
            },
        });

        Assert.Empty(report.Findings);
        Assert.Empty(report.Actions);
        Assert.Equal(100, report.Overall.Score);
        Assert.Equal("well-considered", report.Band!.Id);
        Assert.Equal(["evidence-mobilisation", "making-the-case"], report.NextTools.Select(t => t.Tool));
    }
}
