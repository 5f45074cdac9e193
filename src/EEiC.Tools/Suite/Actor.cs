using EEiC.Organisations;

namespace EEiC.Tools.Suite;

/// <summary>
/// A person (or a group acting as one) on an <see cref="ActorMap"/>: someone to engage in a piece of work on minority
/// ethnic health, with their role and parent organisation (NIHR report, EEiC seed 002, lines 2292-2294).
/// </summary>
/// <param name="Name">The name that identifies the actor on the map (unique ignoring case), for example "Head of midwifery".</param>
/// <param name="Role">The actor's role; the roles decide the map's facts (see <see cref="ActorMap.ToFacts"/>).</param>
/// <param name="Organisation">The actor's parent organisation, or <see langword="null"/> for none (for example a service user).</param>
public sealed record Actor(string Name, StakeholderRole Role, string? Organisation = null);
