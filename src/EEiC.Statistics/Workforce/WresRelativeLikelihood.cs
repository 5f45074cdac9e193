using EEiC.Statistics.Intervals;

namespace EEiC.Statistics.Workforce;

/// <summary>A WRES relative likelihood (indicator 2, 3 or 4) with its interval and the verdict the interval supports.</summary>
/// <param name="IndicatorId">The indicator's id in <c>EEiC.Indicators.IndicatorCatalogue.WorkforceRaceEquality</c>: <c>wres-2</c>, <c>wres-3</c> or <c>wres-4</c>.</param>
/// <param name="Estimate">The relative likelihood, oriented as the standard defines it (above 1 favours White staff), with its log-method interval.</param>
/// <param name="Verdict">Whether the interval excludes parity, and in whose favour.</param>
public readonly record struct WresRelativeLikelihood(string IndicatorId, IntervalEstimate Estimate, WresVerdict Verdict);
