using System.Text.Json.Serialization;

namespace EEiC.Tools.Suite;

/// <summary>
/// What flows along a link of an <see cref="ActorMap"/>. Workshop participants suggested mapping flows of knowledge and
/// evidence rather than actors and organisations alone (NIHR report, EEiC seed 002, line 2296); the other flows are the
/// resources and influence the stakeholder analysis tool asks users to consider (seed 002, lines 2284, 2294).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ActorFlow>))]
public enum ActorFlow
{
    /// <summary>Data, analyses or research evidence (for example an equity audit of late booking by ethnic group). Counts as an evidence flow.</summary>
    Evidence = 0,

    /// <summary>The experience and views of service users, communities or practitioners (for example insight work with minority ethnic women). Counts as an evidence flow.</summary>
    Insight = 1,

    /// <summary>Money or other resources.</summary>
    Funding = 2,

    /// <summary>Persuasion, sponsorship or authority to decide.</summary>
    Influence = 3,

    /// <summary>A route of contact: an introduction or a channel to reach the actor.</summary>
    Contact = 4,
}
