using EEiC.Statistics.Disclosure;
using EEiC.Statistics.Intervals;

namespace EEiC.Tools.Audit;

/// <summary>
/// The estimate of one ethnic group (missing-ethnicity categories are not groups): its published counts and its crude and,
/// when the rows have age bands, directly standardised estimate at every level. When a count the estimate rests on is
/// suppressed, <paramref name="Suppressed"/> is set and the estimate lists are empty (the estimate could reveal the count).
/// </summary>
/// <param name="Group">The category code.</param>
/// <param name="Label">The category label.</param>
/// <param name="IsReference">Whether this is the reference group.</param>
/// <param name="Numerator">The events or people with the outcome, published.</param>
/// <param name="Denominator">The population, person-time or people eligible, published.</param>
/// <param name="Crude">The crude estimate at each level (Wilson for proportions; exact Poisson below 10 events and Byar's above for rates), times the multiplier.</param>
/// <param name="Standardised">The directly standardised estimate at each level (Dobson), or empty when not standardised.</param>
/// <param name="Suppressed">Whether the estimates are withheld because a count they rest on is suppressed.</param>
public sealed record AuditGroupEstimate(
    string Group,
    string Label,
    bool IsReference,
    DisclosureCell Numerator,
    DisclosureCell Denominator,
    IReadOnlyList<IntervalEstimate> Crude,
    IReadOnlyList<IntervalEstimate> Standardised,
    bool Suppressed);
