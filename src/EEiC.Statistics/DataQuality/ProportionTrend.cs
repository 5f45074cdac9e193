using EEiC.Statistics.Intervals;
using EEiC.Statistics.Validation;
using MathNet.Numerics;

namespace EEiC.Statistics.DataQuality;

/// <summary>
/// The chi-square test for a linear trend in proportions across ordered periods or groups (the Cochran–Armitage test, as
/// R's <c>prop.trend.test</c> computes it), used here for the trend of ethnicity completeness over periods.
/// </summary>
/// <remarks>
/// <para>With r<sub>i</sub> events of n<sub>i</sub> at score x<sub>i</sub>, N = Σn, R = Σr, p̄ = R/N and
/// x̄ = Σn<sub>i</sub>x<sub>i</sub>/N: T = Σr<sub>i</sub>(x<sub>i</sub> − x̄), S<sub>xx</sub> = Σn<sub>i</sub>(x<sub>i</sub> − x̄)²,
/// X² = T²/(p̄(1 − p̄)S<sub>xx</sub>) on 1 degree of freedom, and the slope b = T/S<sub>xx</sub> is the weighted
/// least-squares change in the proportion per unit of score. The p-value is two-sided (a significant decrease is as
/// significant as an increase; the sign of the slope gives the direction).</para>
/// <para>Why here: the EEiC study found data gaps allowed to persist year after year and recommends building up and
/// reviewing data annually (seed 001 lines 91 and 124; domain notes <c>seed-000-001.md</c> §6 line 590, method S2).</para>
/// <para>References: Cochran WG. Some methods for strengthening the common χ² tests. Biometrics 1954;10:417–451.
/// Armitage P. Tests for linear trends in proportions and frequencies. Biometrics 1955;11:375–386. Armitage P, Berry G,
/// Matthews JNS. Statistical Methods in Medical Research, 4th ed. Oxford: Blackwell; 2002, §15.7.</para>
/// </remarks>
public static class ProportionTrend
{
    /// <summary>The chi-square test for linear trend in the proportions events[i]/totals[i] with the given scores.</summary>
    /// <param name="events">The events (for example complete records) of each period, finite and ≥ 0.</param>
    /// <param name="totals">The totals of each period, finite, &gt; 0 and at least the events; as long as <paramref name="events"/>.</param>
    /// <param name="scores">The score of each period (for example 1, 2, 3 for equally spaced years), finite; empty for 1, 2, …, k.</param>
    /// <returns>The statistic, p-value and slope, or a status saying why the test is undefined.</returns>
    /// <remarks>Cochran WG. Biometrics 1954;10:417–451; Armitage P. Biometrics 1955;11:375–386.</remarks>
    /// <exception cref="StatisticsInputException">An input breaks the rules; every problem is listed.</exception>
    public static ProportionTrendTest ChiSquare(ReadOnlySpan<double> events, ReadOnlySpan<double> totals, ReadOnlySpan<double> scores = default)
    {
        var checks = default(InputChecks);
        checks.SameLength(nameof(totals), totals.Length, nameof(events), events.Length);
        if (!scores.IsEmpty)
        {
            checks.SameLength(nameof(scores), scores.Length, nameof(events), events.Length);
        }

        var k = Math.Min(events.Length, totals.Length);
        for (var i = 0; i < k; i++)
        {
            checks.NonNegative(i, nameof(events), events[i]);
            checks.Positive(i, nameof(totals), totals[i]);
            if (events[i] > totals[i])
            {
                checks.Add(i, nameof(events), events[i], "must be <= the total of its period");
            }

            if (!scores.IsEmpty && i < scores.Length && !double.IsFinite(scores[i]))
            {
                checks.Add(i, nameof(scores), scores[i], "must be a finite number");
            }
        }

        checks.ThrowIfAny();
        return Compute(events[..k], totals[..k], scores);
    }

    /// <summary>The test on checked inputs.</summary>
    internal static ProportionTrendTest Compute(ReadOnlySpan<double> events, ReadOnlySpan<double> totals, ReadOnlySpan<double> scores)
    {
        var undefined = new ProportionTrendTest(null, null, null, EstimateStatus.Undefined);
        double n = 0, r = 0, nx = 0;
        for (var i = 0; i < events.Length; i++)
        {
            var x = scores.IsEmpty ? i + 1 : scores[i];
            n += totals[i];
            r += events[i];
            nx += totals[i] * x;
        }

        if (events.Length < 2)
        {
            return undefined;
        }

        var mean = nx / n;
        double t = 0, sxx = 0;
        for (var i = 0; i < events.Length; i++)
        {
            var d = (scores.IsEmpty ? i + 1 : scores[i]) - mean;
            t += events[i] * d;
            sxx += totals[i] * d * d;
        }

        var p = r / n;
        var variance = p * (1 - p);
        if (!(sxx > 0) || !(variance > 0))
        {
            return undefined;
        }

        var statistic = t * t / (variance * sxx);
        return new ProportionTrendTest(t / sxx, statistic, SpecialFunctions.GammaUpperRegularized(0.5, statistic / 2), EstimateStatus.Ok);
    }
}
