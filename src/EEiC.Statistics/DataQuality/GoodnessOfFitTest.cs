using System.Globalization;
using EEiC.Statistics.Intervals;

namespace EEiC.Statistics.DataQuality;

/// <summary>Pearson's chi-square goodness-of-fit test of observed counts against reference proportions: see <see cref="DistributionComparison.GoodnessOfFit"/>.</summary>
/// <param name="Statistic">X² = Σ (O − E)²/E, or <see langword="null"/> when undefined.</param>
/// <param name="DegreesOfFreedom">The number of categories with a reference share above 0, minus 1.</param>
/// <param name="PValue">P(χ²<sub>df</sub> ≥ X²), or <see langword="null"/> when undefined.</param>
/// <param name="SmallExpectedCells">The number of categories with an expected count below 5: when more than a fifth of the cells, the chi-square approximation is doubtful (Cochran WG. Biometrics 1954;10:417–451).</param>
/// <param name="Status"><see cref="EstimateStatus.Ok"/>; <see cref="EstimateStatus.ZeroDenominator"/> when there are no observations; <see cref="EstimateStatus.Undefined"/> when fewer than two categories have a reference share, or a category with observations has a reference share of 0 (X² would be infinite).</param>
public readonly record struct GoodnessOfFitTest(double? Statistic, int DegreesOfFreedom, double? PValue, int SmallExpectedCells, EstimateStatus Status)
{
    /// <summary>For example <c>"chi-square 0.47 (df 3, p = 0.925)"</c>.</summary>
    /// <returns>The formatted test.</returns>
    public override string ToString() => Status == EstimateStatus.Ok
        ? string.Create(CultureInfo.InvariantCulture, $"chi-square {Statistic:G4} (df {DegreesOfFreedom}, p = {PValue:G3})")
        : $"no goodness-of-fit test: {Status}";
}
