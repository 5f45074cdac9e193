namespace EEiC.Tools.Suite;

/// <summary>A directed link of an <see cref="ActorMap"/>: what flows from one listed actor to another.</summary>
/// <param name="From">The name of the actor the flow starts from (an actor of the map, ignoring case).</param>
/// <param name="To">The name of the actor the flow reaches (another actor of the map, ignoring case).</param>
/// <param name="Flow">What flows.</param>
public sealed record ActorLink(string From, string To, ActorFlow Flow)
{
    /// <summary>What the flow is, in a few words (for example "equity audit: late booking by ethnic group"), or <see langword="null"/>.</summary>
    public string? Note { get; init; }
}
