using System.Globalization;
using EEiC.Statistics.Intervals;

namespace EEiC.Statistics.Standardisation;

/// <summary>
/// An indirectly standardised ratio (for example a standardised mortality ratio) or rate for one group at one
/// confidence level, with the observed and expected counts it was computed from.
/// </summary>
/// <param name="Observed">The observed number of events O.</param>
/// <param name="Expected">The expected number of events E = Σ (reference rate of the band × population of the band).</param>
/// <param name="Estimate">O/E times the reference value (ratio) or times the reference rate (rate), with its confidence interval, method and status.</param>
public readonly record struct IndirectlyStandardisedEstimate(double Observed, double Expected, IntervalEstimate Estimate)
{
    /// <summary>For example <c>"1.07072 (1.00171 to 1.14323, 95% Byar); observed 895, expected 835.884"</c>.</summary>
    /// <returns>The estimate with the observed and expected counts.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Estimate}; observed {Observed:G6}, expected {Expected:G6}");
}
