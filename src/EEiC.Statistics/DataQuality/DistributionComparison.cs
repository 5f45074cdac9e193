using EEiC.Statistics.Intervals;
using EEiC.Statistics.Validation;
using MathNet.Numerics;

namespace EEiC.Statistics.DataQuality;

/// <summary>
/// How far a recorded distribution across ethnic categories lies from a reference population's: the index of
/// dissimilarity and Pearson's chi-square goodness-of-fit test.
/// </summary>
/// <remarks>
/// <para>Why: records whose ethnic mix departs from the population served can signal systematic bias in recording
/// (seed 004 lines 650 and 656; domain notes <c>seed-004.md</c> §1.2 lines 56 and 65, DQ5 and DQ14). A departure can also be a real
/// difference in who uses the service, which is what the analysis sets out to find; so the distance is a caveat to
/// investigate, not proof of poor data.</para>
/// <para>Index of dissimilarity: D = ½ Σ|p<sub>i</sub> − q<sub>i</sub>| over the categories, with p and q the two
/// distributions as shares; 0 when they are identical, 1 when they share no category; the share of records that would
/// have to move category to match the population (Duncan OD, Duncan B. A methodological analysis of segregation
/// indexes. Am Sociol Rev 1955;20:210–217).</para>
/// <para>Goodness of fit: X² = Σ (O<sub>i</sub> − E<sub>i</sub>)²/E<sub>i</sub> with E<sub>i</sub> = n·q<sub>i</sub>
/// over the categories with q<sub>i</sub> &gt; 0, on (their number − 1) degrees of freedom (Pearson K. Phil Mag
/// 1900;50:157–175). With tens of thousands of records the test rejects any difference, however small: read it with D,
/// which measures the size of the difference.</para>
/// </remarks>
public static class DistributionComparison
{
    /// <summary>The index of dissimilarity D = ½ Σ|p − q| between two distributions given as counts (or any non-negative weights).</summary>
    /// <param name="recorded">The counts of the first distribution per category, finite and ≥ 0, with a positive sum.</param>
    /// <param name="reference">The counts of the second distribution per category, parallel to <paramref name="recorded"/>, finite and ≥ 0, with a positive sum.</param>
    /// <returns>D, between 0 and 1.</returns>
    /// <remarks>Duncan OD, Duncan B. Am Sociol Rev 1955;20:210–217.</remarks>
    /// <exception cref="StatisticsInputException">An input breaks the rules; every problem is listed.</exception>
    public static double IndexOfDissimilarity(ReadOnlySpan<double> recorded, ReadOnlySpan<double> reference)
    {
        var checks = default(InputChecks);
        Check(ref checks, recorded, nameof(recorded), reference, nameof(reference));
        checks.ThrowIfAny();
        return Dissimilarity(recorded, reference);
    }

    /// <summary>Pearson's chi-square goodness-of-fit test of observed counts against the proportions of a reference.</summary>
    /// <param name="observed">The observed counts per category, finite and ≥ 0.</param>
    /// <param name="reference">The reference counts (or shares) per category, parallel to <paramref name="observed"/>, finite and ≥ 0, with a positive sum.</param>
    /// <returns>The statistic, degrees of freedom, p-value and the number of cells with an expected count below 5, or a status saying why the test is undefined.</returns>
    /// <remarks>Pearson K. Phil Mag 1900;50:157–175. Cochran WG. Biometrics 1954;10:417–451 (small expected counts). The
    /// upper tail is the regularised upper incomplete gamma function Q(df/2, X²/2) (MathNet.Numerics), accurate for small p.</remarks>
    /// <exception cref="StatisticsInputException">An input breaks the rules; every problem is listed.</exception>
    public static GoodnessOfFitTest GoodnessOfFit(ReadOnlySpan<double> observed, ReadOnlySpan<double> reference)
    {
        var checks = default(InputChecks);
        Check(ref checks, observed, nameof(observed), reference, nameof(reference), observedMayBeZero: true);
        checks.ThrowIfAny();
        return ChiSquare(observed, reference);
    }

    /// <summary>D on checked inputs.</summary>
    internal static double Dissimilarity(ReadOnlySpan<double> recorded, ReadOnlySpan<double> reference)
    {
        double n = 0, total = 0;
        for (var i = 0; i < recorded.Length; i++)
        {
            n += recorded[i];
            total += reference[i];
        }

        double sum = 0;
        for (var i = 0; i < recorded.Length; i++)
        {
            sum += Math.Abs((recorded[i] / n) - (reference[i] / total));
        }

        return Math.Min(sum / 2, 1);
    }

    /// <summary>X² on checked inputs.</summary>
    internal static GoodnessOfFitTest ChiSquare(ReadOnlySpan<double> observed, ReadOnlySpan<double> reference)
    {
        double n = 0, total = 0;
        var cells = 0;
        var impossible = false;
        for (var i = 0; i < observed.Length; i++)
        {
            n += observed[i];
            total += reference[i];
            if (reference[i] > 0)
            {
                cells++;
            }
            else if (observed[i] > 0)
            {
                impossible = true;
            }
        }

        var df = cells - 1;
        if (!(n > 0))
        {
            return new GoodnessOfFitTest(null, Math.Max(df, 0), null, 0, EstimateStatus.ZeroDenominator);
        }

        double statistic = 0;
        var small = 0;
        for (var i = 0; i < observed.Length; i++)
        {
            if (reference[i] > 0)
            {
                var expected = n * reference[i] / total;
                var d = observed[i] - expected;
                statistic += d * d / expected;
                if (expected < 5)
                {
                    small++;
                }
            }
        }

        return impossible || df < 1
            ? new GoodnessOfFitTest(null, Math.Max(df, 0), null, small, EstimateStatus.Undefined)
            : new GoodnessOfFitTest(statistic, df, SpecialFunctions.GammaUpperRegularized(df / 2.0, statistic / 2), small, EstimateStatus.Ok);
    }

    private static void Check(ref InputChecks checks, ReadOnlySpan<double> first, string firstName, ReadOnlySpan<double> second, string secondName, bool observedMayBeZero = false)
    {
        checks.SameLength(secondName, second.Length, firstName, first.Length);
        if (first.IsEmpty)
        {
            checks.Add(null, firstName, "empty", "must give at least one category");
        }

        double a = 0, b = 0;
        for (var i = 0; i < first.Length; i++)
        {
            checks.NonNegative(i, firstName, first[i]);
            a += first[i];
        }

        for (var i = 0; i < second.Length; i++)
        {
            checks.NonNegative(i, secondName, second[i]);
            b += second[i];
        }

        if (!checks.HasProblems)
        {
            if (!observedMayBeZero && !(a > 0))
            {
                checks.Add(null, firstName, "sum 0", "must have a positive sum");
            }

            if (!(b > 0))
            {
                checks.Add(null, secondName, "sum 0", "must have a positive sum");
            }
        }
    }
}
