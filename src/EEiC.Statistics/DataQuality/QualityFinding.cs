using System.Globalization;

namespace EEiC.Statistics.DataQuality;

/// <summary>The result of one check of an ethnicity column: the check, its outcome, the value it looked at and the threshold it applied.</summary>
/// <param name="Check">The check.</param>
/// <param name="Outcome">Pass, caveat, not fit, or not evaluated.</param>
/// <param name="Value">The value checked (a share between 0 and 1, a ratio, or an index), or <see langword="null"/> when the check was not evaluated.</param>
/// <param name="Threshold">The threshold applied, from <see cref="EthnicityQualityThresholds"/>.</param>
/// <param name="Explanation">A sentence naming the check, the value, the threshold and the consequence.</param>
public sealed record QualityFinding(QualityCheck Check, QualityOutcome Outcome, double? Value, double Threshold, string Explanation)
{
    /// <summary>For example <c>"Completeness: NotFit — completeness 0.842 is below the minimum 0.9 …"</c>.</summary>
    /// <returns>The check, outcome and explanation.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Check}: {Outcome} — {Explanation}");
}
