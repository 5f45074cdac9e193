using System.Globalization;
using EEiC.Indicators;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Validation;

namespace EEiC.Statistics.Comparison;

/// <summary>
/// Compares values with a benchmark (for example the England value, or the value for all ethnic groups) as Fingertips
/// does: higher, similar or lower by whether the confidence interval excludes the benchmark, or by whether a funnel
/// plot's point lies outside its control limits; and better, similar or worse once the indicator's polarity is known.
/// </summary>
/// <remarks>
/// <para>Rule (confidence intervals): <see cref="BenchmarkComparison.Higher"/> when the lower limit is above the
/// benchmark, <see cref="BenchmarkComparison.Lower"/> when the upper limit is below it, otherwise
/// <see cref="BenchmarkComparison.Similar"/> (a limit equal to the benchmark counts as containing it). The benchmark is
/// treated as a fixed value without error, as in Fingertips, where it is usually a national value. An estimate with no
/// value, or without the limit the decision needs, is <see cref="BenchmarkComparison.NotCompared"/> with a reason.</para>
/// <para>Rule (funnel plots): at 95%, a point above the upper 95% limit (<see cref="FunnelSignificance.High95"/> or
/// <see cref="FunnelSignificance.High99Point8"/>) is higher and one below the lower 95% limit lower; at 99.8%, only
/// points beyond the 99.8% limits are. The benchmark is then the funnel's average.</para>
/// <para>Polarity: <see cref="IndicatorPolarity.HigherIsBetter"/> maps higher to better and lower to worse;
/// <see cref="IndicatorPolarity.LowerIsBetter"/> the reverse; <see cref="IndicatorPolarity.NoJudgement"/> reports only
/// higher, similar or lower (<see cref="BenchmarkAssessment.NotAssessed"/>).</para>
/// <para>Sources: Public Health England. Public Health Outcomes Framework / Fingertips: comparing indicator values with a
/// benchmark ("Compared with benchmark" colour shading), https://fingertips.phe.org.uk/profile/public-health-outcomes-framework/supporting-information/further-info;
/// Public Health England. Technical Guide: RAG rating indicator values (2017) and Technical Guide: Funnel plots (2017),
/// https://fingertips.phe.org.uk/profile/guidance; Spiegelhalter DJ. Stat Med 2005;24:1185–1202.</para>
/// </remarks>
public static class BenchmarkComparer
{
    private const string NoJudgementReason = "the indicator's polarity is NoJudgement: no direction is better, so only higher, similar or lower is reported";

    /// <summary>Compares an estimate's confidence interval with a benchmark value.</summary>
    /// <remarks>
    /// Higher when the lower limit exceeds the benchmark, lower when the upper limit is below it, otherwise similar
    /// (Public Health England, Fingertips "Compared with benchmark"; Technical Guide: RAG rating indicator values, 2017).
    /// </remarks>
    /// <param name="estimate">The estimate with its interval (at the level the comparison is to be made).</param>
    /// <param name="benchmark">The benchmark value on the same scale as the estimate: a finite number.</param>
    /// <param name="polarity">Which direction is better; <see cref="IndicatorPolarity.NoJudgement"/> (the default) reports only higher, similar or lower.</param>
    /// <returns>The comparison, its assessment, the interval's level and, when not compared or assessed, why.</returns>
    /// <exception cref="StatisticsInputException"><paramref name="benchmark"/> is not finite or <paramref name="polarity"/> is not defined.</exception>
    public static BenchmarkComparisonResult Compare(IntervalEstimate estimate, double benchmark, IndicatorPolarity polarity = IndicatorPolarity.NoJudgement)
    {
        var checks = default(InputChecks);
        CheckBenchmark(ref checks, benchmark);
        CheckPolarity(ref checks, polarity);
        checks.ThrowIfAny();
        return CompareCore(estimate, benchmark, polarity);
    }

    /// <summary>Compares many estimates with one benchmark value (for example every group × level from a batch method). Allocates nothing.</summary>
    /// <remarks>Element by element as <see cref="Compare(IntervalEstimate, double, IndicatorPolarity)"/> (Public Health England, Fingertips "Compared with benchmark").</remarks>
    /// <param name="estimates">The estimates, in any layout (results keep it, for example group-major).</param>
    /// <param name="benchmark">The benchmark value on the same scale as the estimates: a finite number.</param>
    /// <param name="polarity">Which direction is better.</param>
    /// <param name="destination">Receives one result per estimate, in the same order; at least as long as <paramref name="estimates"/>.</param>
    /// <exception cref="StatisticsInputException">An argument breaks its rule; every problem is listed.</exception>
    public static void Compare(ReadOnlySpan<IntervalEstimate> estimates, double benchmark, IndicatorPolarity polarity, Span<BenchmarkComparisonResult> destination)
    {
        var checks = default(InputChecks);
        CheckBenchmark(ref checks, benchmark);
        CheckPolarity(ref checks, polarity);
        checks.DestinationLength(nameof(destination), destination.Length, estimates.Length);
        checks.ThrowIfAny();
        for (var i = 0; i < estimates.Length; i++)
        {
            destination[i] = CompareCore(estimates[i], benchmark, polarity);
        }
    }

    /// <summary>Compares a funnel plot's point with the funnel's average, by whether it lies outside the control limits at <paramref name="level"/>.</summary>
    /// <remarks>
    /// At 95% a point beyond either 95% limit differs; at 99.8% only a point beyond a 99.8% limit does (Spiegelhalter DJ.
    /// Stat Med 2005;24:1185–1202; Public Health England, Technical Guide: Funnel plots, 2017).
    /// </remarks>
    /// <param name="significance">The point's position relative to the limits (from the <c>Points</c> or <c>Significance</c> methods of <see cref="FunnelPlot"/>).</param>
    /// <param name="level">Which limits to judge by: <see cref="ConfidenceLevel.Percent95"/> or <see cref="ConfidenceLevel.Percent99Point8"/>.</param>
    /// <param name="polarity">Which direction is better; <see cref="IndicatorPolarity.NoJudgement"/> (the default) reports only higher, similar or lower.</param>
    /// <returns>The comparison and its assessment; a <see cref="FunnelSignificance.NotApplicable"/> point is not compared.</returns>
    /// <exception cref="StatisticsInputException">An argument is not one of the defined values.</exception>
    public static BenchmarkComparisonResult Compare(FunnelSignificance significance, ConfidenceLevel level, IndicatorPolarity polarity = IndicatorPolarity.NoJudgement)
    {
        var checks = default(InputChecks);
        CheckFunnelLevel(ref checks, level);
        CheckPolarity(ref checks, polarity);
        CheckSignificance(ref checks, null, significance);
        checks.ThrowIfAny();
        return CompareFunnelCore(significance, level, polarity);
    }

    /// <summary>Compares every point of a funnel plot with the funnel's average at <paramref name="level"/>. Allocates nothing.</summary>
    /// <remarks>Point by point as <see cref="Compare(FunnelSignificance, ConfidenceLevel, IndicatorPolarity)"/> (Spiegelhalter DJ. Stat Med 2005;24:1185–1202).</remarks>
    /// <param name="points">The points, for example from <see cref="FunnelPlot.ProportionPoints"/>.</param>
    /// <param name="level">Which limits to judge by: <see cref="ConfidenceLevel.Percent95"/> or <see cref="ConfidenceLevel.Percent99Point8"/>.</param>
    /// <param name="polarity">Which direction is better.</param>
    /// <param name="destination">Receives one result per point, in the same order; at least as long as <paramref name="points"/>.</param>
    /// <exception cref="StatisticsInputException">An argument breaks its rule; every problem is listed.</exception>
    public static void Compare(ReadOnlySpan<FunnelPoint> points, ConfidenceLevel level, IndicatorPolarity polarity, Span<BenchmarkComparisonResult> destination)
    {
        var checks = default(InputChecks);
        CheckFunnelLevel(ref checks, level);
        CheckPolarity(ref checks, polarity);
        checks.DestinationLength(nameof(destination), destination.Length, points.Length);
        for (var i = 0; i < points.Length; i++)
        {
            CheckSignificance(ref checks, i, points[i].Significance);
        }

        checks.ThrowIfAny();
        for (var i = 0; i < points.Length; i++)
        {
            destination[i] = CompareFunnelCore(points[i].Significance, level, polarity);
        }
    }

    /// <summary>Reads a comparison through an indicator's polarity.</summary>
    /// <remarks>
    /// Higher is better under <see cref="IndicatorPolarity.HigherIsBetter"/> and worse under
    /// <see cref="IndicatorPolarity.LowerIsBetter"/>; <see cref="IndicatorPolarity.NoJudgement"/> and
    /// <see cref="BenchmarkComparison.NotCompared"/> give <see cref="BenchmarkAssessment.NotAssessed"/> (Public Health
    /// England, Technical Guide: RAG rating indicator values, 2017).
    /// </remarks>
    /// <param name="comparison">The statistical comparison.</param>
    /// <param name="polarity">Which direction is better.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="StatisticsInputException">An argument is not one of the defined values.</exception>
    public static BenchmarkAssessment Assess(BenchmarkComparison comparison, IndicatorPolarity polarity)
    {
        var checks = default(InputChecks);
        CheckPolarity(ref checks, polarity);
        if (comparison is not (BenchmarkComparison.NotCompared or BenchmarkComparison.Lower or BenchmarkComparison.Similar or BenchmarkComparison.Higher))
        {
            checks.Add(null, nameof(comparison), comparison.ToString(), "must be NotCompared, Lower, Similar or Higher");
        }

        checks.ThrowIfAny();
        return AssessCore(comparison, polarity);
    }

    private static BenchmarkComparisonResult CompareCore(IntervalEstimate estimate, double benchmark, IndicatorPolarity polarity)
    {
        if (estimate.Status != EstimateStatus.Ok || !estimate.HasValue)
        {
            return NotCompared(estimate.Level, NoValueReason(estimate.Status));
        }

        var lower = estimate.Lower;
        var upper = estimate.Upper;
        BenchmarkComparison comparison;
        if (lower > benchmark)
        {
            comparison = BenchmarkComparison.Higher;
        }
        else if (upper < benchmark)
        {
            comparison = BenchmarkComparison.Lower;
        }
        else if (lower is not null && upper is not null)
        {
            comparison = BenchmarkComparison.Similar;
        }
        else
        {
            return NotCompared(estimate.Level, (lower, upper) switch
            {
                (null, null) => "the estimate has no confidence interval",
                (null, _) => "the confidence interval has no lower limit, so whether the value is higher than the benchmark cannot be judged",
                _ => "the confidence interval has no upper limit, so whether the value is lower than the benchmark cannot be judged",
            });
        }

        return Result(comparison, polarity, estimate.Level);
    }

    private static BenchmarkComparisonResult CompareFunnelCore(FunnelSignificance significance, ConfidenceLevel level, IndicatorPolarity polarity)
    {
        var strict = level.Value == ConfidenceLevel.Percent99Point8.Value;
        var comparison = significance switch
        {
            FunnelSignificance.High99Point8 => BenchmarkComparison.Higher,
            FunnelSignificance.High95 => strict ? BenchmarkComparison.Similar : BenchmarkComparison.Higher,
            FunnelSignificance.Low99Point8 => BenchmarkComparison.Lower,
            FunnelSignificance.Low95 => strict ? BenchmarkComparison.Similar : BenchmarkComparison.Lower,
            FunnelSignificance.NotSignificant => BenchmarkComparison.Similar,
            _ => BenchmarkComparison.NotCompared,
        };

        return comparison == BenchmarkComparison.NotCompared
            ? NotCompared(level, "a directly standardised rate from fewer than 10 events is not assessed")
            : Result(comparison, polarity, level);
    }

    private static BenchmarkComparisonResult Result(BenchmarkComparison comparison, IndicatorPolarity polarity, ConfidenceLevel level) =>
        new(comparison, AssessCore(comparison, polarity), level, polarity == IndicatorPolarity.NoJudgement ? NoJudgementReason : null);

    private static BenchmarkComparisonResult NotCompared(ConfidenceLevel level, string reason) =>
        new(BenchmarkComparison.NotCompared, BenchmarkAssessment.NotAssessed, level, reason);

    private static BenchmarkAssessment AssessCore(BenchmarkComparison comparison, IndicatorPolarity polarity) =>
        (comparison, polarity) switch
        {
            (BenchmarkComparison.NotCompared, _) or (_, IndicatorPolarity.NoJudgement) => BenchmarkAssessment.NotAssessed,
            (BenchmarkComparison.Similar, _) => BenchmarkAssessment.Similar,
            (BenchmarkComparison.Higher, IndicatorPolarity.HigherIsBetter) or (BenchmarkComparison.Lower, IndicatorPolarity.LowerIsBetter) => BenchmarkAssessment.Better,
            _ => BenchmarkAssessment.Worse,
        };

    private static string NoValueReason(EstimateStatus status) => status switch
    {
        EstimateStatus.ZeroDenominator => "the estimate has no value: its denominator is zero",
        EstimateStatus.SmallCount => "the estimate has no value: too few events to publish by convention",
        EstimateStatus.MissingInput => "the estimate has no value: an input was missing",
        EstimateStatus.Undefined => "the estimate has no value: it is undefined for these data",
        _ => "the estimate has no value",
    };

    private static void CheckBenchmark(ref InputChecks checks, double benchmark)
    {
        if (!double.IsFinite(benchmark))
        {
            checks.Add(null, nameof(benchmark), benchmark, "must be a finite number");
        }
    }

    private static void CheckPolarity(ref InputChecks checks, IndicatorPolarity polarity)
    {
        if (polarity is not (IndicatorPolarity.HigherIsBetter or IndicatorPolarity.LowerIsBetter or IndicatorPolarity.NoJudgement))
        {
            checks.Add(null, nameof(polarity), polarity.ToString(), "must be HigherIsBetter, LowerIsBetter or NoJudgement");
        }
    }

    private static void CheckFunnelLevel(ref InputChecks checks, ConfidenceLevel level)
    {
        if (level.Value != ConfidenceLevel.Percent95.Value && level.Value != ConfidenceLevel.Percent99Point8.Value)
        {
            checks.Add(null, nameof(level), level.Value.ToString("R", CultureInfo.InvariantCulture), "must be 95% or 99.8%, the levels of a funnel plot's control limits");
        }
    }

    private static void CheckSignificance(ref InputChecks checks, int? index, FunnelSignificance significance)
    {
        if (significance is < FunnelSignificance.NotSignificant or > FunnelSignificance.NotApplicable)
        {
            checks.Add(index, index is null ? "significance" : "points", significance.ToString(), "must be a defined FunnelSignificance");
        }
    }
}
