using EEiC.Statistics.Intervals;

namespace EEiC.Statistics.Workforce;

/// <summary>The BME representation of one pay band (WRES indicator 1): its share, and its share relative to the workforce and to the local population.</summary>
/// <param name="Band">The band's label as given, for example <c>"Band 5"</c>, <c>"VSM"</c> or <c>"Medical"</c>.</param>
/// <param name="Share">The BME percentage of the band (0–100) with its Wilson interval.</param>
/// <param name="RatioToWorkforce">The band's BME share divided by the whole workforce's (the sum over all bands given), with its log-method interval.</param>
/// <param name="RatioToPopulation">The band's BME share divided by the local population's, with its log-method interval; status <see cref="EstimateStatus.MissingInput"/> when no population was given.</param>
public sealed record BandRepresentation(string Band, IntervalEstimate Share, IntervalEstimate RatioToWorkforce, IntervalEstimate RatioToPopulation);
