using System.Text.RegularExpressions;
using EEiC.Evidence;
using EEiC.Sources;
using EEiC.Tools.Definitions;
using EEiC.Tools.Evaluation;

namespace EEiC.Tools.Tests.BuiltIn;

/// <summary>
/// The evidence mobilisation tool on the study's workshop scenario: making the case for a stop smoking service for
/// minority ethnic groups from five one-page evidence items: population figures, service activity, disease data and
/// people's own accounts (NIHR report, EEiC seed 002, lines 2324-2328). The items here are invented for the test, as the
/// workshop's were partly fabricated; the team sorts them, drafts a quality message but no cost message, and packages
/// the case for fund holders.
/// </summary>
public sealed class EvidenceMobilisationScenarioTests
{
    private static readonly ToolDefinition Tool = ToolLibrary.BuiltIn.Get("evidence-mobilisation");

    private const string Census = "Census: Bangladeshi and Pakistani residents by ward";
    private const string ServiceUse = "Stop smoking service: clients and quitters by ethnic group, last year";
    private const string Survey = "National survey: smoking and chewing tobacco by ethnic group and sex";
    private const string FocusGroup = "Focus group with Bangladeshi men about the stop smoking service";
    private const string Evaluation = "Evaluation of a bilingual stop smoking service run in community venues";

    private static ToolResponse SmokingCessation() => new("evidence-mobilisation", "1.0.0", new Dictionary<string, Answer>
    {
        ["evidence-items"] = Answer.OfEntities(Census, ServiceUse, Survey, FocusGroup, Evaluation),
        ["evidence-types-mixed"] = Answer.Of(YesPartlyNo.Yes),
        ["absence-checked"] = Answer.Of(YesPartlyNo.Yes, "The provider supplied client data by ethnic group on request"),
        ["indicates-inequality"] = Answer.OfEntities(ServiceUse, Survey),
        ["explains-inequality"] = Answer.OfEntities(FocusGroup),
        ["suggests-remedy"] = Answer.OfEntities(FocusGroup, Evaluation),
        ["reveals-gap"] = Answer.OfEntities("Four-week quit rates by ethnic group", "Cost per quitter of the bilingual model"),
        ["gap-plan"] = Answer.Of(YesPartlyNo.No),
        ["specification-proposal"] = Answer.Of(YesPartlyNo.Partly, "A bilingual outreach strand, not yet specified"),
        ["quality-message"] = Answer.OfText("Bilingual sessions in community venues would reach Bangladeshi men who smoke but do not use the service."),
        ["quality-message-supported"] = Answer.Of(YesPartlyNo.Yes),
        ["cost-message-supported"] = Answer.Of(YesPartlyNo.No),
        ["audience"] = Answer.OfChoice("commissioner"),
        ["summary-format"] = Answer.Of(YesPartlyNo.Partly),
    })
    {
        Facts = new Dictionary<string, FactValue>
        {
            ["significant-gap"] = FactValue.FromBoolean(true),
            ["data-quality-verdict"] = FactValue.FromCategory("FitWithCaveats"),
        },
    };

    private static string[] Rules(ToolReport report) => [.. report.Findings.Select(f => f.Rule)];

    [Fact]
    public void The_smoking_cessation_case_scores_below_half()
    {
        var report = ToolEvaluator.Evaluate(Tool, SmokingCessation());

        // Yes/partly/no items (yes 1, partly 0.5, no 0) times their weights: types mixed 1 x 1, absence checked 1 x 1,
        // gap plan 1 x 0, specification 2 x 0.5, quality supported 2 x 1, cost supported 2 x 0, summary 1 x 0.5;
        // sum 1 + 1 + 0 + 1 + 2 + 0 + 0.5 = 5.5 over the weights 1 + 1 + 1 + 2 + 2 + 2 + 1 = 10: 55 %.
        Assert.Equal(55, report.Overall.Score!.Value, 12);
        Assert.Equal("taking-shape", report.Band!.Id);

        // Sections: gather 2 / 2; classify: only the gap plan is scored, 0 / 1; messages (1 + 2 + 0) / 6; packaging 0.5 / 1.
        Assert.Equal([100d, 0d, 50d, 50d], report.Sections.Select(s => s.Score!.Value));

        // Every item applies (two gaps are listed, so the gap plan does) and all but the cost message are answered: 14 of 15.
        Assert.Equal(["cost-message"], report.Unanswered);
        Assert.Equal((15, 14), (report.Overall.ApplicableItems, report.Overall.AnsweredItems));
        Assert.True(report.Overall.IsProvisional);
    }

    [Fact]
    public void The_smoking_cessation_findings_that_must_and_must_not_follow()
    {
        var report = ToolEvaluator.Evaluate(Tool, SmokingCessation());

        // Medium findings in rule order, then the format recommended for fund holders.
        Assert.Equal(["no-cost-message", "specification-weak", "gaps-to-fill", "not-condensed", "format-for-commissioners"], Rules(report));
        Assert.Equal(FindingSeverity.Information, report.Findings[^1].Severity);
        Assert.All(report.Findings.SkipLast(1), f => Assert.Equal(FindingSeverity.Medium, f.Severity));
        Assert.Contains(new FindingBasis(FindingBasisKind.Answer, "gap-plan", "No"), report.Findings[2].RestsOn);

        // The case indicates, explains and suggests a remedy, and its quality message is supported: none of these fire.
        Assert.DoesNotContain(report.Findings, f => f.Rule is "no-inequality-indicated" or "local-gap-not-used" or "nothing-explains" or "no-remedy"
            or "no-quality-message" or "messages-overreach" or "narrow-evidence" or "unfit-data-behind-case" or "no-audience" or "format-for-board");

        Assert.Equal(["draft-cost-message", "write-specification-proposal", "fill-gaps", "condense-evidence", "format-slides-with-local-data"], report.Actions.Select(a => a.Id));
        Assert.Equal(["making-the-case", "service-specification", "commissioning-cycle-review", "evidence-appraisal", "stakeholder-analysis"],
            report.NextTools.Select(t => t.Tool));
    }

    [Fact]
    public void Nothing_indicating_an_inequality_is_high_and_a_local_gap_left_out_is_named()
    {
        // The first exercise only (modular use): the team puts every item under "explains" and "remedy".
        var sorted = new ToolResponse("evidence-mobilisation", "1.0.0", new Dictionary<string, Answer>
        {
            ["indicates-inequality"] = Answer.OfEntities(),
            ["explains-inequality"] = Answer.OfEntities(FocusGroup),
            ["suggests-remedy"] = Answer.OfEntities(Evaluation),
        })
        { Sections = ["classify"] };

        var withoutData = ToolEvaluator.Evaluate(Tool, sorted);
        Assert.Equal("no-inequality-indicated", withoutData.Findings[0].Rule);
        Assert.Equal(FindingSeverity.High, withoutData.Findings[0].Severity);
        Assert.DoesNotContain("local-gap-not-used", Rules(withoutData));
        Assert.DoesNotContain("nothing-explains", Rules(withoutData));
        Assert.Equal(["find-inequality-evidence"], withoutData.Actions.Select(a => a.Id));

        // The gap plan does not apply when no gap is listed: it is not counted as unanswered.
        Assert.Equal(["reveals-gap"], withoutData.Unanswered);
        Assert.Equal(ItemStatus.NotApplicable, withoutData.Items.Single(i => i.Item == "gap-plan").Status);
        Assert.Null(withoutData.Overall.Score);

        var withGap = ToolEvaluator.Evaluate(Tool, sorted with { Facts = new Dictionary<string, FactValue> { ["significant-gap"] = FactValue.FromBoolean(true) } });
        Assert.Equal("local-gap-not-used", withGap.Findings[0].Rule);
        Assert.DoesNotContain("no-inequality-indicated", Rules(withGap));
        Assert.Equal(["present-local-gap"], withGap.Actions.Select(a => a.Id));
    }

    [Fact]
    public void An_indicated_inequality_with_no_explanation_or_remedy_needs_both()
    {
        var report = ToolEvaluator.Evaluate(Tool, new ToolResponse("evidence-mobilisation", "1.0.0", new Dictionary<string, Answer>
        {
            ["indicates-inequality"] = Answer.OfEntities(ServiceUse),
        })
        {
            Sections = ["classify"],
            Facts = new Dictionary<string, FactValue> { ["data-quality-verdict"] = FactValue.FromCategory("NotFit") },
        });

        Assert.Equal(["nothing-explains", "no-remedy", "unfit-data-behind-case", "gaps-not-considered"], Rules(report));
        Assert.Equal(["seek-explanations", "find-remedies", "caveat-unfit-data", "list-gaps"], report.Actions.Select(a => a.Id));
        Assert.Contains(report.NextTools, t => t.Tool == "making-the-case");
    }

    [Theory]
    [InlineData("board", "format-for-board", "format-one-page-summary")]
    [InlineData("commissioner", "format-for-commissioners", "format-slides-with-local-data")]
    [InlineData("provider", "format-for-providers", "format-data-pack")]
    [InlineData("community", "format-for-community", "format-community-meeting")]
    public void Each_audience_gets_its_own_format(string audience, string rule, string action)
    {
        var report = ToolEvaluator.Evaluate(Tool, new ToolResponse("evidence-mobilisation", "1.0.0", new Dictionary<string, Answer>
        {
            ["audience"] = Answer.OfChoice(audience),
            ["summary-format"] = Answer.Of(YesPartlyNo.Yes),
        })
        { Sections = ["packaging"] });

        Assert.Equal([rule], Rules(report));
        Assert.Equal([action], report.Actions.Select(a => a.Id));
    }

    [Fact]
    public void Without_an_audience_the_case_cannot_be_packaged()
    {
        var report = ToolEvaluator.Evaluate(Tool, new ToolResponse("evidence-mobilisation", "1.0.0", new Dictionary<string, Answer>
        {
            ["summary-format"] = Answer.Of(YesPartlyNo.No),
        })
        { Sections = ["packaging"] });

        Assert.Equal(["no-audience", "not-condensed"], Rules(report));
        Assert.DoesNotContain(report.Findings, f => f.Rule.StartsWith("format-for-", StringComparison.Ordinal));
        Assert.Equal(["stakeholder-analysis", "evidence-appraisal", "service-specification"], report.NextTools.Select(t => t.Tool));
    }

    [Fact]
    public void Partly_supported_messages_are_flagged_as_going_beyond_the_evidence()
    {
        var response = SmokingCessation();
        var answers = new Dictionary<string, Answer>(response.Answers)
        {
            ["cost-message"] = Answer.OfText("Fewer smoking-related admissions among Bangladeshi men within five years"),
            ["cost-message-supported"] = Answer.Of(YesPartlyNo.Partly),
        };
        var rules = Rules(ToolEvaluator.Evaluate(Tool, response with { Answers = answers }));

        Assert.Contains("messages-overreach", rules);
        Assert.DoesNotContain("no-cost-message", rules);
    }

    [Fact]
    public void A_complete_case_raises_only_the_format_for_its_audience()
    {
        var response = SmokingCessation();
        var answers = new Dictionary<string, Answer>(response.Answers)
        {
            ["gap-plan"] = Answer.Of(YesPartlyNo.Yes),
            ["specification-proposal"] = Answer.Of(YesPartlyNo.Yes),
            ["cost-message"] = Answer.OfText("Each extra quitter avoids later treatment costs for smoking-related disease"),
            ["cost-message-supported"] = Answer.Of(YesPartlyNo.Yes),
            ["summary-format"] = Answer.Of(YesPartlyNo.Yes),
        };
        var report = ToolEvaluator.Evaluate(Tool, response with { Answers = answers });

        Assert.Equal(["format-for-commissioners"], Rules(report));
        Assert.Equal(100, report.Overall.Score);
        Assert.Equal("ready", report.Band!.Id);
        Assert.Empty(report.Unanswered);
    }

    [Fact]
    public void The_classification_items_are_the_evidence_roles_of_the_core_catalogue()
    {
        var classify = Tool.Sections.Single(s => s.Id == "classify");
        var roles = Enum.GetValues<EvidenceRole>();

        Assert.Equal(roles.Select(Kebab), classify.Items.Take(roles.Length).Select(i => i.Id));
        foreach (var role in roles)
        {
            var info = EvidenceCatalogue.Describe(role);
            var item = classify.Items.Single(i => i.Id == Kebab(role));
            Assert.Equal(AnswerType.EntityList, item.AnswerType);
            Assert.StartsWith(info.Name + ":", item.Prompt, StringComparison.Ordinal);
            Assert.Equal(info.Source, item.Source);
            Assert.Equal(info.Provenance, item.Provenance);
        }

        Assert.Equal(["board", "commissioner", "provider", "community"], Tool.AllItems.Single(i => i.Id == "audience").Choices.Select(c => c.Id));
        Assert.Same(SourceDocument.NihrReport2013, Tool.Source!.Document);
    }

    private static string Kebab(EvidenceRole role) => Regex.Replace(role.ToString(), "(?<!^)([A-Z])", "-$1").ToLowerInvariant();
}
