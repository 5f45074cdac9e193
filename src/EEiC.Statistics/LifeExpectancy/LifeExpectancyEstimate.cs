using EEiC.Statistics.Intervals;

namespace EEiC.Statistics.LifeExpectancy;

/// <summary>
/// Life expectancy at one age for one population: the further years a person of that age would live, on average,
/// under the population's current age-specific death rates, with its confidence intervals.
/// </summary>
/// <param name="Age">The age the life expectancy is for (the start of an age band; 0 = at birth).</param>
/// <param name="StandardError">
/// The standard error of the life expectancy (Chiang's variance with the Silcocks et al. term for the open band),
/// or <see langword="null"/> when there is no life expectancy (it is present for <see cref="LifeExpectancySuppression.WideInterval"/>).
/// </param>
/// <param name="Deaths">The deaths at this age and above, which the estimate uses (PHEindicatormethods' <c>dths_used</c>).</param>
/// <param name="Population">The population at this age and above (PHEindicatormethods' <c>pops_used</c>).</param>
/// <param name="Suppression">Why the value is absent, or <see cref="LifeExpectancySuppression.None"/>.</param>
/// <param name="Estimates">One estimate per confidence level requested, in the order requested (method <see cref="EstimationMethod.ChiangII"/>).</param>
public sealed record LifeExpectancyEstimate(
    int Age,
    double? StandardError,
    double Deaths,
    double Population,
    LifeExpectancySuppression Suppression,
    IReadOnlyList<IntervalEstimate> Estimates);
