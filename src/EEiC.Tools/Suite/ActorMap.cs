using System.Collections.ObjectModel;
using EEiC.Organisations;
using EEiC.Tools.Evaluation;

namespace EEiC.Tools.Suite;

/// <summary>
/// The actor map of the stakeholder analysis tool: the people to engage in a piece of work, with their roles and
/// organisations, and the links between them with what flows along each. Workshop participants found it hard to map
/// connections without first listing every potential actor, and suggested mapping flows of knowledge and evidence
/// (NIHR report, EEiC seed 002, lines 2292-2296); so a map lists its actors first, and a link may only join two listed
/// actors. Immutable and validated whole: <see cref="WithActor"/> and <see cref="WithLink"/> return new maps.
/// <see cref="ToFacts"/> gives the facts the built-in <c>stakeholder-analysis</c> tool reads.
/// </summary>
public sealed record ActorMap
{
    private static readonly StakeholderRole[] CommissionerRoles = [StakeholderRole.Commissioner, StakeholderRole.ClinicalCommissioner];
    private static readonly StakeholderRole[] CommunityVoiceRoles = [StakeholderRole.CommunityRepresentative, StakeholderRole.ServiceUserOrCarer];
    private static readonly StakeholderRole[] SeniorSponsorRoles = [StakeholderRole.ChiefExecutive, StakeholderRole.BoardMember, StakeholderRole.HealthInequalitiesLead];

    /// <summary>Creates a map from its actors and the links between them.</summary>
    /// <param name="actors">The actors: names present and unique ignoring case, roles defined, organisations either <see langword="null"/> or not blank.</param>
    /// <param name="links">The links, or <see langword="null"/> for none: each between two different listed actors (names ignoring case), with a defined flow, and no flow listed twice between the same actors.</param>
    /// <exception cref="ArgumentNullException"><paramref name="actors"/> is null.</exception>
    /// <exception cref="ArgumentException">An actor or link breaks a rule; the message lists every problem, each with its position, value and rule.</exception>
    public ActorMap(IEnumerable<Actor> actors, IEnumerable<ActorLink>? links = null)
    {
        ArgumentNullException.ThrowIfNull(actors);
        var actorList = actors.ToArray();
        var linkList = links?.ToArray() ?? [];
        var actorProblems = ActorProblems(actorList);
        var linkProblems = LinkProblems(actorList, linkList);
        if (actorProblems.Count + linkProblems.Count > 0)
        {
            throw new ArgumentException(
                $"The actor map is not valid: {string.Join("; ", actorProblems.Concat(linkProblems))}.",
                actorProblems.Count > 0 ? nameof(actors) : nameof(links));
        }

        Actors = Array.AsReadOnly(actorList);
        Links = Array.AsReadOnly(linkList);
    }

    /// <summary>The actors, in the order listed.</summary>
    public IReadOnlyList<Actor> Actors { get; }

    /// <summary>The links, in the order listed.</summary>
    public IReadOnlyList<ActorLink> Links { get; }

    /// <summary>The actors that no link starts from or reaches, in the order listed.</summary>
    public IReadOnlyList<Actor> ActorsWithoutLinks =>
        Actors.Where(a => !Links.Any(l => SameName(l.From, a.Name) || SameName(l.To, a.Name))).ToArray();

    /// <summary>The links that carry knowledge: <see cref="ActorFlow.Evidence"/> or <see cref="ActorFlow.Insight"/>.</summary>
    public IReadOnlyList<ActorLink> EvidenceFlows => Links.Where(l => l.Flow is ActorFlow.Evidence or ActorFlow.Insight).ToArray();

    /// <summary>The distinct organisations of the actors (ignoring case), in order of first appearance.</summary>
    public IReadOnlyList<string> Organisations =>
        Actors.Select(a => a.Organisation).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

    /// <summary>Finds an actor by name, ignoring case.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The actor, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public Actor? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Actors.FirstOrDefault(a => SameName(a.Name, name));
    }

    /// <summary>Returns a map with <paramref name="actor"/> added at the end of the actors.</summary>
    /// <param name="actor">The actor.</param>
    /// <returns>The new map.</returns>
    /// <exception cref="ArgumentException">The actor is null, or breaks a rule of the constructor (for example its name is taken).</exception>
    public ActorMap WithActor(Actor actor) => new([.. Actors, actor], Links);

    /// <summary>Returns a map with <paramref name="link"/> added at the end of the links.</summary>
    /// <param name="link">The link, between two listed actors.</param>
    /// <returns>The new map.</returns>
    /// <exception cref="ArgumentException">The link is null, or breaks a rule of the constructor (for example it names an actor not listed).</exception>
    public ActorMap WithLink(ActorLink link) => new(Actors, [.. Links, link]);

    /// <summary>
    /// The facts of the map for the built-in <c>stakeholder-analysis</c> tool (pass them as the response's facts):
    /// <c>commissioner-involved</c> (an actor is a <see cref="StakeholderRole.Commissioner"/> or
    /// <see cref="StakeholderRole.ClinicalCommissioner"/>), <c>ed-lead-involved</c>
    /// (<see cref="StakeholderRole.EqualityAndDiversityLead"/>), <c>community-voice-involved</c>
    /// (<see cref="StakeholderRole.CommunityRepresentative"/> or <see cref="StakeholderRole.ServiceUserOrCarer"/>),
    /// <c>senior-sponsor-involved</c> (<see cref="StakeholderRole.ChiefExecutive"/>, <see cref="StakeholderRole.BoardMember"/>
    /// or <see cref="StakeholderRole.HealthInequalitiesLead"/>) and <c>evidence-reaches-commissioner</c> (an evidence or
    /// insight link ends at a commissioner), all booleans; and the numbers <c>actors</c>, <c>actors-without-links</c>,
    /// <c>evidence-flows</c> (links carrying evidence or insight) and <c>organisations</c> (distinct organisations).
    /// </summary>
    /// <returns>The facts by identifier.</returns>
    public IReadOnlyDictionary<string, FactValue> ToFacts() => new ReadOnlyDictionary<string, FactValue>(new Dictionary<string, FactValue>(StringComparer.Ordinal)
    {
        ["commissioner-involved"] = FactValue.FromBoolean(Actors.Any(a => CommissionerRoles.Contains(a.Role))),
        ["ed-lead-involved"] = FactValue.FromBoolean(Actors.Any(a => a.Role == StakeholderRole.EqualityAndDiversityLead)),
        ["community-voice-involved"] = FactValue.FromBoolean(Actors.Any(a => CommunityVoiceRoles.Contains(a.Role))),
        ["senior-sponsor-involved"] = FactValue.FromBoolean(Actors.Any(a => SeniorSponsorRoles.Contains(a.Role))),
        ["evidence-reaches-commissioner"] = FactValue.FromBoolean(EvidenceFlows.Any(l => Find(l.To) is { } to && CommissionerRoles.Contains(to.Role))),
        ["actors"] = FactValue.FromNumber(Actors.Count),
        ["actors-without-links"] = FactValue.FromNumber(ActorsWithoutLinks.Count),
        ["evidence-flows"] = FactValue.FromNumber(EvidenceFlows.Count),
        ["organisations"] = FactValue.FromNumber(Organisations.Count),
    });

    /// <inheritdoc />
    public bool Equals(ActorMap? other) => other is not null && Sequence.Equal(Actors, other.Actors) && Sequence.Equal(Links, other.Links);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Sequence.Hash(Actors), Sequence.Hash(Links));

    private static bool SameName(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static List<string> ActorProblems(Actor[] actors)
    {
        var problems = new List<string>();
        var first = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < actors.Length; i++)
        {
            var actor = actors[i];
            if (actor is null)
            {
                problems.Add($"actors[{i}] is null");
                continue;
            }

            if (string.IsNullOrWhiteSpace(actor.Name))
            {
                problems.Add($"actors[{i}].Name is empty; every actor needs a name that links can use");
            }
            else if (first.TryGetValue(actor.Name, out var earlier))
            {
                problems.Add($"actors[{i}].Name '{actor.Name}' is also the name of actors[{earlier}]; actor names must be unique (ignoring case) so that links can name them");
            }
            else
            {
                first.Add(actor.Name, i);
            }

            if (!Enum.IsDefined(actor.Role))
            {
                problems.Add($"actors[{i}].Role {(int)actor.Role} is not a StakeholderRole");
            }

            if (actor.Organisation is not null && string.IsNullOrWhiteSpace(actor.Organisation))
            {
                problems.Add($"actors[{i}].Organisation is blank; use null for an actor without an organisation");
            }
        }

        return problems;
    }

    private static List<string> LinkProblems(Actor[] actors, ActorLink[] links)
    {
        var problems = new List<string>();
        var names = actors.Where(a => a is not null && !string.IsNullOrWhiteSpace(a.Name)).Select(a => a.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var first = new Dictionary<(string, string, ActorFlow), int>();
        for (var i = 0; i < links.Length; i++)
        {
            var link = links[i];
            if (link is null)
            {
                problems.Add($"links[{i}] is null");
                continue;
            }

            var known = true;
            foreach (var (end, name) in new[] { ("From", link.From), ("To", link.To) })
            {
                if (name is null || !names.Contains(name))
                {
                    problems.Add($"links[{i}].{end} '{name}' is not a listed actor; list every actor first, then link them");
                    known = false;
                }
            }

            if (!Enum.IsDefined(link.Flow))
            {
                problems.Add($"links[{i}].Flow {(int)link.Flow} is not an ActorFlow");
            }

            if (!known)
            {
                continue;
            }

            if (SameName(link.From, link.To))
            {
                problems.Add($"links[{i}] links '{link.From}' to itself; a link joins two different actors");
                continue;
            }

            var key = (link.From.ToUpperInvariant(), link.To.ToUpperInvariant(), link.Flow);
            if (first.TryGetValue(key, out var earlier))
            {
                problems.Add($"links[{i}] repeats links[{earlier}] ('{link.From}' to '{link.To}', {link.Flow}); list each flow between two actors once");
            }
            else
            {
                first.Add(key, i);
            }
        }

        return problems;
    }
}
