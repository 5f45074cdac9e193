using EEiC.Organisations;
using EEiC.Sources;
using EEiC.Tools.Definitions;
using EEiC.Tools.Evaluation;
using EEiC.Tools.Suite;

namespace EEiC.Tools.Tests.BuiltIn;

/// <summary>
/// The stakeholder analysis tool on the workshop's scenario, the maternity case study (NIHR report, EEiC seed 002,
/// line 2286): early-booking work in a multiprofessional planning and commissioning group with commissioners,
/// providers and user representation (line 1513), an equity audit of late booking by ethnic group and commissioned
/// insight work with minority ethnic women, among them South Asian women (lines 1598, 1714). The map has no E&amp;D lead
/// and no senior sponsor; one third-sector manager is not yet linked. The team has worked through the head of service
/// and the commissioner, started on the E&amp;D lead, and not reached the chief executive.
/// </summary>
public sealed class StakeholderAnalysisScenarioTests
{
    private static readonly ToolDefinition Tool = ToolLibrary.BuiltIn.Get("stakeholder-analysis");

    private static readonly string[] PersonaSections = ["head-of-service", "ed-lead", "commissioner", "chief-executive"];

    private static ActorMap MaternityMap() => new ActorMap(
        [
            new("Maternity commissioning manager", StakeholderRole.Commissioner, "Northtown PCT"),
            new("Public health consultant", StakeholderRole.PublicHealthConsultant, "Northtown PCT"),
            new("Public health analyst", StakeholderRole.Analyst, "Northtown PCT"),
            new("Head of midwifery", StakeholderRole.HeadOfService, "Northtown Hospitals NHS Trust"),
            new("Health visiting lead", StakeholderRole.Clinician, "Northtown Community Health"),
            new("Insight researchers", StakeholderRole.ExternalConsultant, "Insight agency"),
            new("South Asian women's group", StakeholderRole.CommunityRepresentative, "Northtown Asian Women's Centre"),
            new("User representative", StakeholderRole.ServiceUserOrCarer),
            new("Third-sector manager", StakeholderRole.ThirdSectorProvider, "Breastfeeding peer support charity"),
        ])
        .WithLink(new("Public health analyst", "Maternity commissioning manager", ActorFlow.Evidence) { Note = "Equity audit: late booking by ethnic group and ward" })
        .WithLink(new("Public health analyst", "Public health consultant", ActorFlow.Evidence))
        .WithLink(new("South Asian women's group", "Insight researchers", ActorFlow.Insight))
        .WithLink(new("Insight researchers", "Public health consultant", ActorFlow.Insight) { Note = "Insight report on 'hard-to-reach' groups" })
        .WithLink(new("Public health consultant", "Maternity commissioning manager", ActorFlow.Influence))
        .WithLink(new("Maternity commissioning manager", "Insight researchers", ActorFlow.Funding))
        .WithLink(new("Head of midwifery", "Maternity commissioning manager", ActorFlow.Evidence) { Note = "Booking data by ethnic group" })
        .WithLink(new("Health visiting lead", "Head of midwifery", ActorFlow.Insight))
        .WithLink(new("User representative", "Maternity commissioning manager", ActorFlow.Insight));

    private static ToolResponse Maternity(ActorMap map) => new("stakeholder-analysis", "1.0.0", new Dictionary<string, Answer>
    {
        ["head-of-service-contribution"] = Answer.OfText("Booking data by ethnic group; midwives' insight; authority to change the booking pathway"),
        ["head-of-service-objections"] = Answer.OfText("We need extra resource to do outreach. Late booking is down to the women's culture."),
        ["head-of-service-objections-answered"] = Answer.Of(YesPartlyNo.Partly),
        ["head-of-service-own-objectives"] = Answer.Of(YesPartlyNo.Yes, "Early booking is a monitored indicator"),
        ["ed-lead-contribution"] = Answer.OfText("Equality information; the equality impact assessment; links to community groups"),
        ["ed-lead-own-objectives"] = Answer.Of(YesPartlyNo.No),
        ["commissioner-contribution"] = Answer.OfText("The maternity specification; data requests to the trust; funding for insight work"),
        ["commissioner-objections"] = Answer.OfText("The numbers in each group are too small. There's no budget for a separate service."),
        ["commissioner-objections-answered"] = Answer.Of(YesPartlyNo.Yes),
        ["commissioner-own-objectives"] = Answer.Of(YesPartlyNo.Yes, "The national early-booking indicator met for every group"),
        ["actors-listed"] = Answer.OfEntities([.. map.Actors.Select(a => a.Name)]),
        ["links-and-flows-mapped"] = Answer.Of(YesPartlyNo.Yes),
        ["contact-routes"] = Answer.Of(YesPartlyNo.Partly),
        ["map-kept-current"] = Answer.Of(YesPartlyNo.No),
    })
    {
        Facts = map.ToFacts(),
    };

    [Fact]
    public void Part_one_has_the_four_personas_with_the_three_questions_and_part_two_lists_actors_first()
    {
        // The personas of the 'in their shoes' exercise (line 2288) are those the domain model marks, one section each.
        var roles = new Dictionary<string, StakeholderRole>
        {
            ["head-of-service"] = StakeholderRole.HeadOfService, ["ed-lead"] = StakeholderRole.EqualityAndDiversityLead,
            ["commissioner"] = StakeholderRole.Commissioner, ["chief-executive"] = StakeholderRole.ChiefExecutive,
        };
        Assert.Equal(OrganisationCatalogue.Personas.Select(p => p.Role).Order(), PersonaSections.Select(s => roles[s]).Order());
        Assert.Equal([.. PersonaSections, "actor-map"], Tool.Sections.Select(s => s.Id));
        foreach (var persona in PersonaSections)
        {
            var section = Tool.Sections.Single(s => s.Id == persona);
            Assert.Equal(
                [(persona + "-contribution", AnswerType.Text), (persona + "-objections", AnswerType.Text),
                 (persona + "-objections-answered", AnswerType.YesPartlyNo), (persona + "-own-objectives", AnswerType.YesPartlyNo)],
                section.Items.Select(i => (i.Id, i.AnswerType)));
            Assert.StartsWith("Profile:", section.Description, StringComparison.Ordinal);
            Assert.Equal(2, section.Items[3].Weight);

            // Each persona's objections lead to the frequently raised objections tool.
            var rule = Tool.Rules.Single(r => r.Id == persona + "-objections-unanswered");
            Assert.Contains("frequently-raised-objections", Tool.Actions.Single(a => a.Id == Assert.Single(rule.Actions)).Tools);
        }

        // The mapping exercise lists every actor before any link (lines 2292-2294).
        var map = Tool.Sections.Single(s => s.Id == "actor-map");
        Assert.Equal(("actors-listed", AnswerType.EntityList), (map.Items[0].Id, map.Items[0].AnswerType));
        Assert.All(Tool.AllItems, i => Assert.Equal(SourceDocument.NihrReport2013, i.Source.Document));
    }

    [Fact]
    public void The_maternity_map_gives_the_facts_of_its_roles_and_flows()
    {
        var facts = MaternityMap().ToFacts();

        Assert.Equal(true, facts["commissioner-involved"].Boolean);
        Assert.Equal(false, facts["ed-lead-involved"].Boolean);
        Assert.Equal(true, facts["community-voice-involved"].Boolean);
        Assert.Equal(false, facts["senior-sponsor-involved"].Boolean);
        Assert.Equal(true, facts["evidence-reaches-commissioner"].Boolean);
        Assert.Equal(9, facts["actors"].Number);
        Assert.Equal(1, facts["actors-without-links"].Number); // the third-sector manager

        // Evidence or insight: analyst to commissioner and to consultant, group to researchers, researchers to consultant,
        // head of midwifery to commissioner, health visiting to midwifery, user representative to commissioner.
        Assert.Equal(7, facts["evidence-flows"].Number);
        Assert.Equal(6, facts["organisations"].Number); // the user representative has none
    }

    [Fact]
    public void Scores_band_and_coverage_of_the_partial_response()
    {
        var report = ToolEvaluator.Evaluate(Tool, Maternity(MaternityMap()));

        // Scored items: objections answered (weight 1) and own objectives (weight 2) per persona, three map checks.
        // Head of service: partly 0.5 + 2 x yes 1 = 2.5 of 3. E&D lead: 2 x no 0 = 0 of 2. Commissioner: 1 + 2 = 3 of 3.
        // Chief executive: nothing answered, no score. Map: yes 1 + partly 0.5 + no 0 = 1.5 of 3.
        Assert.Equal([100 * 2.5 / 3, 0, 100, double.NaN, 50], report.Sections.Select(s => s.Score ?? double.NaN));

        // Overall: (2.5 + 0 + 3 + 1.5) / (3 + 2 + 3 + 3) = 7 / 11 = 63.6 %, partly ready.
        Assert.Equal(100.0 * 7 / 11, report.Overall.Score!.Value, 12);
        Assert.Equal("partly-ready", report.Band!.Id);

        // 20 items apply (text and lists included), 14 answered.
        Assert.Equal((20, 14), (report.Overall.ApplicableItems, report.Overall.AnsweredItems));
        Assert.Equal(
            ["ed-lead-objections", "ed-lead-objections-answered", "chief-executive-contribution", "chief-executive-objections",
             "chief-executive-objections-answered", "chief-executive-own-objectives"],
            report.Unanswered);
        Assert.True(report.Overall.IsProvisional);
    }

    [Fact]
    public void Findings_and_actions_that_must_and_must_not_follow()
    {
        var report = ToolEvaluator.Evaluate(Tool, Maternity(MaternityMap()));
        var rules = report.Findings.Select(f => f.Rule).ToArray();

        Assert.Equal(
            ["no-senior-sponsor", "no-ed-lead", "ed-lead-not-considered", "chief-executive-not-considered", "head-of-service-objections-unanswered",
             "ed-lead-objectives-unmet", "isolated-actors", "contact-routes-unknown", "map-not-current"],
            rules);
        Assert.Equal(FindingSeverity.High, report.Findings[0].Severity);
        Assert.Equal("lines 1353, 2134", Assert.Single(report.Findings[0].Sources).Location);
        Assert.Contains(new FindingBasis(FindingBasisKind.Fact, "ed-lead-involved", "false"), report.Findings[1].RestsOn);
        Assert.Contains(new FindingBasis(FindingBasisKind.Fact, "actors-without-links", "1"), report.Findings[6].RestsOn);

        // Community voices, a commissioner, evidence reaching the commissioner, partners beyond one organisation and a
        // long enough list are present: none of their findings may follow. Nor may findings on answers not given.
        foreach (var absent in new[]
        {
            "no-commissioner", "evidence-not-reaching-commissioner", "no-community-voice", "no-evidence-flows", "links-not-mapped",
            "single-organisation", "too-few-actors", "head-of-service-not-considered", "commissioner-not-considered",
            "commissioner-objections-unanswered", "commissioner-objectives-unmet", "ed-lead-objections-unanswered", "chief-executive-objectives-unmet",
        })
        {
            Assert.DoesNotContain(absent, rules);
        }

        Assert.Equal(
            ["find-senior-sponsor", "involve-ed-lead", "walk-in-their-shoes", "prepare-objection-responses", "show-ed-lead-gain",
             "connect-isolated-actors", "find-contact-routes", "date-and-review-map"],
            report.Actions.Select(a => a.Id));
        Assert.Equal(["making-the-case", "equality-impact-assessment", "frequently-raised-objections", "equality-delivery-system"],
            report.NextTools.Select(t => t.Tool));
    }

    [Fact]
    public void The_personas_objections_match_the_catalogue_of_the_objections_tool()
    {
        var response = Maternity(MaternityMap());
        var catalogue = ObjectionCatalogue.BuiltIn;
        string[] FirstMatches(string item) =>
            [.. response.Answers[item].Text!.Split('.', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(sentence => catalogue.Match(sentence)[0].Entry.Id)];

        // 'Extra resource' is the objection that meeting these needs means extra, additional services (line 1730).
        Assert.Equal(["separate-services", "cultural-difference"], FirstMatches("head-of-service-objections"));
        Assert.Equal(["small-numbers", "separate-services"], FirstMatches("commissioner-objections"));
    }

    [Fact]
    public void Evidence_that_stops_short_of_the_commissioner_is_a_high_finding()
    {
        // Without the three flows into the commissioner, the audit and the insight stop at public health.
        var full = MaternityMap();
        var map = new ActorMap(full.Actors, full.Links.Where(l => l.To != "Maternity commissioning manager" || l.Flow == ActorFlow.Influence));
        var report = ToolEvaluator.Evaluate(Tool, Maternity(map));

        Assert.Equal(["evidence-not-reaching-commissioner", "no-senior-sponsor"], report.Findings.Take(2).Select(f => f.Rule));
        Assert.Equal("route-evidence-to-commissioner", report.Actions[0].Id);
        Assert.Contains(report.NextTools, t => t.Tool == "evidence-mobilisation");

        // The user representative is now unlinked as well as the third-sector manager.
        Assert.Equal(2, map.ToFacts()["actors-without-links"].Number);
    }

    [Fact]
    public void A_map_of_one_organisation_without_commissioner_or_community()
    {
        var map = new ActorMap(
            [
                new("Head of midwifery", StakeholderRole.HeadOfService, "Northtown Hospitals NHS Trust"),
                new("Trust E&D lead", StakeholderRole.EqualityAndDiversityLead, "Northtown Hospitals NHS Trust"),
                new("Trust chief executive", StakeholderRole.ChiefExecutive, "Northtown Hospitals NHS Trust"),
            ],
            [new("Trust E&D lead", "Head of midwifery", ActorFlow.Evidence), new("Trust chief executive", "Head of midwifery", ActorFlow.Influence)]);
        var report = ToolEvaluator.Evaluate(Tool, new ToolResponse("stakeholder-analysis", "1.0.0", new Dictionary<string, Answer>
        {
            ["actors-listed"] = Answer.OfEntities([.. map.Actors.Select(a => a.Name)]),
            ["links-and-flows-mapped"] = Answer.Of(YesPartlyNo.Yes),
            ["contact-routes"] = Answer.Of(YesPartlyNo.Yes),
            ["map-kept-current"] = Answer.Of(YesPartlyNo.Yes),
        })
        {
            Sections = ["actor-map"],
            Facts = map.ToFacts(),
        });

        // No commissioner: the 'evidence does not reach the commissioner' finding must not follow as well.
        Assert.Equal(["no-commissioner", "no-community-voice", "single-organisation", "too-few-actors"], report.Findings.Select(f => f.Rule));
        Assert.DoesNotContain(report.Findings, f => f.Rule is "evidence-not-reaching-commissioner" or "no-senior-sponsor" or "no-ed-lead" or "isolated-actors");
        Assert.Equal(100, report.Overall.Score);
        Assert.Equal("ready", report.Band!.Id);

        // Persona rules read sections not in use: not evaluated.
        Assert.DoesNotContain(report.Findings, f => f.Rule.EndsWith("-not-considered", StringComparison.Ordinal));
        Assert.Equal(["add-commissioner", "involve-community-voice", "look-beyond-organisation", "list-all-actors"], report.Actions.Select(a => a.Id));
    }
}
