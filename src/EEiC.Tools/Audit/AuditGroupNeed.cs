using EEiC.Statistics.Disclosure;
using EEiC.Statistics.Intervals;

namespace EEiC.Tools.Audit;

/// <summary>One group's observed and expected activity and its representation ratio.</summary>
/// <param name="Group">The category code.</param>
/// <param name="Label">The category label.</param>
/// <param name="Observed">The observed events, published.</param>
/// <param name="Expected">The expected events from the reference rates applied to the group's age structure, or <see langword="null"/> without reference rates or when withheld (a model value, but one that with the reference rates could reveal a suppressed denominator).</param>
/// <param name="ObservedToExpected">O/E at each level (exact Poisson below 10 events, Byar's above; <see cref="EEiC.Statistics.Need.ExpectedVersusObserved"/>); empty without reference rates or when withheld.</param>
/// <param name="Representation">The share of events over the share of the basis at each level (<see cref="EEiC.Statistics.Need.RepresentationRatios"/>, Wilson over a fixed reference share); empty when withheld or when there are no events.</param>
/// <param name="Suppressed">Whether the expected count and the ratios are withheld because a count of the group is suppressed.</param>
public sealed record AuditGroupNeed(
    string Group,
    string Label,
    DisclosureCell Observed,
    double? Expected,
    IReadOnlyList<IntervalEstimate> ObservedToExpected,
    IReadOnlyList<IntervalEstimate> Representation,
    bool Suppressed);
