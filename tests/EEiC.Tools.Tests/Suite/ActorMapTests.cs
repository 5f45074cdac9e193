using EEiC.Organisations;
using EEiC.Tools.Definitions;
using EEiC.Tools.Evaluation;
using EEiC.Tools.Suite;
using FsCheck;
using FsCheck.Fluent;

namespace EEiC.Tools.Tests.Suite;

/// <summary>The actor map of the stakeholder analysis tool (NIHR report, EEiC seed 002, lines 2292-2298): validation, queries and facts.</summary>
public sealed class ActorMapTests
{
    private static readonly Actor Commissioner = new("Maternity commissioner", StakeholderRole.Commissioner, "Northtown PCT");
    private static readonly Actor Analyst = new("Public health analyst", StakeholderRole.Analyst, "Northtown PCT");
    private static readonly Actor Midwife = new("Head of midwifery", StakeholderRole.HeadOfService, "Northtown Hospitals NHS Trust");
    private static readonly Actor Women = new("South Asian women's group", StakeholderRole.CommunityRepresentative, "Northtown Women's Centre");

    [Fact]
    public void A_map_lists_actors_then_links_and_answers_simple_questions()
    {
        var map = new ActorMap([Commissioner, Analyst, Midwife, Women])
            .WithLink(new ActorLink("public health ANALYST", "Maternity commissioner", ActorFlow.Evidence) { Note = "Equity audit" })
            .WithLink(new ActorLink("Head of midwifery", "Maternity commissioner", ActorFlow.Influence));

        Assert.Equal([Commissioner, Analyst, Midwife, Women], map.Actors);
        Assert.Equal(2, map.Links.Count);
        Assert.Equal("Equity audit", map.Links[0].Note);
        Assert.Equal([Women], map.ActorsWithoutLinks);
        Assert.Equal([map.Links[0]], map.EvidenceFlows);
        Assert.Equal(["Northtown PCT", "Northtown Hospitals NHS Trust", "Northtown Women's Centre"], map.Organisations);
        Assert.Same(Midwife, map.Find("HEAD OF MIDWIFERY"));
        Assert.Null(map.Find("Chief executive"));

        // Records compare by value, lists included; adding returns a new map and leaves the old one unchanged.
        Assert.Equal(map, new ActorMap(map.Actors.ToList(), map.Links.ToList()));
        Assert.Equal(map.GetHashCode(), new ActorMap(map.Actors.ToList(), map.Links.ToList()).GetHashCode());
        var larger = map.WithActor(new Actor("Service user", StakeholderRole.ServiceUserOrCarer));
        Assert.Equal(4, map.Actors.Count);
        Assert.Equal(5, larger.Actors.Count);
        Assert.NotEqual(map, larger);
    }

    [Fact]
    public void The_facts_follow_the_roles_and_links()
    {
        var map = new ActorMap(
            [Commissioner, Analyst, Midwife, Women, new("Service user", StakeholderRole.ServiceUserOrCarer)],
            [
                new ActorLink(Analyst.Name, Midwife.Name, ActorFlow.Evidence),
                new ActorLink(Women.Name, Analyst.Name, ActorFlow.Insight),
                new ActorLink(Commissioner.Name, Analyst.Name, ActorFlow.Funding),
            ]);

        var facts = map.ToFacts();
        Assert.Equal(FactValue.FromBoolean(true), facts["commissioner-involved"]);
        Assert.Equal(FactValue.FromBoolean(false), facts["ed-lead-involved"]);
        Assert.Equal(FactValue.FromBoolean(true), facts["community-voice-involved"]);
        Assert.Equal(FactValue.FromBoolean(false), facts["senior-sponsor-involved"]);
        Assert.Equal(FactValue.FromBoolean(false), facts["evidence-reaches-commissioner"]); // funding goes to the analyst, evidence not back
        Assert.Equal(FactValue.FromNumber(5), facts["actors"]);
        Assert.Equal(FactValue.FromNumber(1), facts["actors-without-links"]); // the service user
        Assert.Equal(FactValue.FromNumber(2), facts["evidence-flows"]);
        Assert.Equal(FactValue.FromNumber(3), facts["organisations"]); // the service user has none

        var better = map
            .WithActor(new Actor("E&D lead", StakeholderRole.EqualityAndDiversityLead, "Northtown PCT"))
            .WithActor(new Actor("Non-executive director", StakeholderRole.BoardMember, "Northtown PCT"))
            .WithLink(new ActorLink("Service user", Commissioner.Name, ActorFlow.Insight))
            .ToFacts();
        Assert.Equal(FactValue.FromBoolean(true), better["ed-lead-involved"]);
        Assert.Equal(FactValue.FromBoolean(true), better["senior-sponsor-involved"]);
        Assert.Equal(FactValue.FromBoolean(true), better["evidence-reaches-commissioner"]);
        Assert.Equal(FactValue.FromNumber(2), better["actors-without-links"]); // the two just added

        // A clinical commissioner is a commissioner; a chief executive or health inequalities lead is a senior sponsor.
        var clinical = new ActorMap([new("GP lead", StakeholderRole.ClinicalCommissioner), new("Executive lead", StakeholderRole.HealthInequalitiesLead)],
            [new ActorLink("Executive lead", "GP lead", ActorFlow.Evidence)]).ToFacts();
        Assert.Equal(FactValue.FromBoolean(true), clinical["evidence-reaches-commissioner"]);
        Assert.Equal(FactValue.FromBoolean(true), clinical["senior-sponsor-involved"]);
        Assert.Equal(FactValue.FromNumber(0), clinical["organisations"]);
    }

    [Fact]
    public void The_fact_identifiers_are_those_the_built_in_tool_declares_with_their_types()
    {
        var tool = ToolLibrary.BuiltIn.Get("stakeholder-analysis");
        var facts = new ActorMap([Commissioner]).ToFacts();

        Assert.Equal(tool.Facts.Select(f => f.Id).Order(StringComparer.Ordinal), facts.Keys.Order(StringComparer.Ordinal));
        Assert.All(tool.Facts, f => Assert.Equal(f.Type, facts[f.Id].Type));
        Assert.Empty(ToolEvaluator.Validate(tool, new ToolResponse(tool.Id, tool.Version, new Dictionary<string, Answer>()) { Facts = facts }));
    }

    [Fact]
    public void A_link_to_an_unlisted_actor_is_an_error_naming_it()
    {
        var e = Assert.Throws<ArgumentException>(() => new ActorMap([Commissioner, Analyst], [new ActorLink(Analyst.Name, "Chief executive", ActorFlow.Evidence)]));
        Assert.Equal("links", e.ParamName);
        Assert.Contains("links[0].To 'Chief executive' is not a listed actor; list every actor first, then link them", e.Message, StringComparison.Ordinal);

        var map = new ActorMap([Commissioner]);
        Assert.Contains("links[0].From 'Nobody'", Assert.Throws<ArgumentException>(() => map.WithLink(new ActorLink("Nobody", Commissioner.Name, ActorFlow.Contact))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_reported_together_with_its_position_value_and_rule()
    {
        var e = Assert.Throws<ArgumentException>(() => new ActorMap(
            [Commissioner, Analyst, new("maternity COMMISSIONER", StakeholderRole.Commissioner), new(" ", StakeholderRole.Analyst), null!,
             new("Somebody", (StakeholderRole)99, "  ")],
            [
                new ActorLink(Analyst.Name, Analyst.Name, ActorFlow.Evidence),
                new ActorLink(Analyst.Name, Commissioner.Name, ActorFlow.Evidence),
                new ActorLink(Analyst.Name.ToUpperInvariant(), Commissioner.Name, ActorFlow.Evidence),
                new ActorLink(Analyst.Name, Commissioner.Name, (ActorFlow)42),
                null!,
            ]));

        Assert.Equal("actors", e.ParamName);
        foreach (var expected in new[]
        {
            "actors[2].Name 'maternity COMMISSIONER' is also the name of actors[0]; actor names must be unique (ignoring case)",
            "actors[3].Name is empty",
            "actors[4] is null",
            "actors[5].Role 99 is not a StakeholderRole",
            "actors[5].Organisation is blank; use null for an actor without an organisation",
            "links[0] links 'Public health analyst' to itself; a link joins two different actors",
            "links[2] repeats links[1] ('PUBLIC HEALTH ANALYST' to 'Maternity commissioner', Evidence); list each flow between two actors once",
            "links[3].Flow 42 is not an ActorFlow",
            "links[4] is null",
        })
        {
            Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        }

        Assert.Throws<ArgumentNullException>(() => new ActorMap(null!));
        Assert.Throws<ArgumentNullException>(() => new ActorMap([Commissioner]).Find(null!));

        // The same two actors may exchange different flows, and flows in both directions.
        var map = new ActorMap([Commissioner, Analyst],
            [new(Analyst.Name, Commissioner.Name, ActorFlow.Evidence), new(Analyst.Name, Commissioner.Name, ActorFlow.Influence), new(Commissioner.Name, Analyst.Name, ActorFlow.Evidence)]);
        Assert.Equal(3, map.Links.Count);
    }

    [Fact]
    public void Facts_count_what_the_map_holds()
    {
        var roles = Enum.GetValues<StakeholderRole>();
        var flows = Enum.GetValues<ActorFlow>();
        var maps =
            from n in Gen.Choose(1, 8)
            from actorRoles in Gen.Elements(roles).ArrayOf(n)
            from organisations in Gen.Elements<string?>(null, "PCT", "pct", "Trust", "Council").ArrayOf(n)
            from linkCount in Gen.Choose(0, 12)
            from ends in (from a in Gen.Choose(0, n - 1) from b in Gen.Choose(0, n - 1) from f in Gen.Elements(flows) select (From: a, To: b, Flow: f)).ArrayOf(linkCount)
            select (Actors: actorRoles.Select((r, i) => new Actor($"Actor {i}", r, organisations[i])).ToArray(),
                    Links: ends.Where(x => x.From != x.To).DistinctBy(x => x)
                        .Select(x => new ActorLink($"Actor {x.From}", $"actor {x.To}", x.Flow)).ToArray());

        Prop.ForAll(maps.ToArbitrary(), input =>
        {
            var map = new ActorMap(input.Actors, input.Links);
            var facts = map.ToFacts();
            var linked = input.Links.SelectMany(l => new[] { l.From, l.To }).Select(s => s.ToUpperInvariant()).ToHashSet();
            Assert.Equal(input.Actors.Length, facts["actors"].Number);
            Assert.Equal(input.Actors.Count(a => !linked.Contains(a.Name.ToUpperInvariant())), facts["actors-without-links"].Number);
            Assert.Equal(input.Links.Count(l => l.Flow is ActorFlow.Evidence or ActorFlow.Insight), facts["evidence-flows"].Number);
            Assert.Equal(input.Actors.Select(a => a.Organisation?.ToUpperInvariant()).OfType<string>().Distinct().Count(), facts["organisations"].Number);
            Assert.Equal(input.Actors.Any(a => a.Role == StakeholderRole.EqualityAndDiversityLead), facts["ed-lead-involved"].Boolean);
            Assert.Equal(map, new ActorMap(input.Actors, input.Links));
        }).QuickCheckThrowOnFailure();
    }
}
