using System.Globalization;
using EEiC.Statistics.Intervals;

namespace EEiC.Statistics.DataQuality;

/// <summary>
/// The chi-square test for a linear trend in proportions (Cochran 1954; Armitage 1955) on one degree of freedom, with the
/// fitted slope: see <see cref="ProportionTrend.ChiSquare"/>.
/// </summary>
/// <param name="Slope">The weighted least-squares slope of the proportions on the scores (change in proportion per unit of score), or <see langword="null"/> when the test is undefined.</param>
/// <param name="Statistic">The chi-square statistic for trend, or <see langword="null"/> when undefined.</param>
/// <param name="PValue">The two-sided p-value from the chi-square distribution with 1 degree of freedom, or <see langword="null"/> when undefined.</param>
/// <param name="Status"><see cref="EstimateStatus.Ok"/>, or why the test is undefined: <see cref="EstimateStatus.Undefined"/> when every proportion is 0 or every proportion is 1 (no variation) or fewer than two distinct scores are given.</param>
public readonly record struct ProportionTrendTest(double? Slope, double? Statistic, double? PValue, EstimateStatus Status)
{
    /// <summary>The degrees of freedom of the test: always 1.</summary>
    public int DegreesOfFreedom => 1;

    /// <summary>For example <c>"chi-square for trend 8.22 (df 1, p = 0.00413), slope -0.0376"</c>.</summary>
    /// <returns>The formatted test.</returns>
    public override string ToString() => Status == EstimateStatus.Ok
        ? string.Create(CultureInfo.InvariantCulture, $"chi-square for trend {Statistic:G4} (df 1, p = {PValue:G3}), slope {Slope:G3}")
        : $"no trend test: {Status}";
}
