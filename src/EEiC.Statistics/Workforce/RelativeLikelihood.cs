using EEiC.Statistics.Intervals;
using EEiC.Statistics.Validation;

namespace EEiC.Statistics.Workforce;

/// <summary>
/// The relative likelihood (relative risk) of an outcome in group A compared with group B, (a/n1)/(b/n2), with the
/// log-method confidence interval for a ratio of two independent proportions: the arithmetic behind WRES indicators
/// 2, 3 and 4 (see <see cref="WorkforceRaceEquality"/> for those indicators with the WRES orientation and a verdict).
/// </summary>
/// <remarks>
/// <para>Method: Katz D, Baptista J, Azen SP, Pike MC. Obtaining confidence intervals for the risk ratio in cohort
/// studies. Biometrics 1978;34:469–474. The relative likelihood itself is defined as in NHS England, Workforce Race
/// Equality Standard technical guidance (the ratio of the two groups' proportions, 1 = parity).</para>
/// <para>For a events out of n1 in group A and b out of n2 in group B: RR = (a/n1)/(b/n2),
/// se(ln RR) = √(1/a − 1/n1 + 1/b − 1/n2), limits RR·exp(∓z·se) with z = Φ⁻¹(c + (1 − c)/2). The limits are
/// symmetric on the log scale, so swapping the groups gives 1/RR with limits 1/upper and 1/lower.</para>
/// <para>Zero cells: when a = 0 or b = 0 the ratio is 0, infinite or 0/0 and the log-method standard error is infinite,
/// so the estimate has status <see cref="EstimateStatus.Undefined"/> and no value or limits. No continuity correction is
/// applied silently; a caller who wants one (for example Haldane's, adding 0.5 to a, b, n1 − a and n2 − b, so 1 to
/// each total) can pass the corrected counts, which may be non-integer. a = n1 or b = n2 (everyone) is fine.</para>
/// <para>Rules: every count finite and ≥ 0, each total &gt; 0, a ≤ n1 and b ≤ n2. Any breach throws
/// <see cref="StatisticsInputException"/> listing every bad group of a batch (index, argument, value, rule).</para>
/// </remarks>
public static class RelativeLikelihood
{
    /// <summary>The relative likelihood (a/n1)/(b/n2) with its log-method interval at one level.</summary>
    /// <param name="eventsA">Group A's count with the outcome, a ≥ 0 (may be non-integer).</param>
    /// <param name="totalA">Group A's count eligible, n1 &gt; 0 with a ≤ n1.</param>
    /// <param name="eventsB">Group B's count with the outcome, b ≥ 0 (may be non-integer).</param>
    /// <param name="totalB">Group B's count eligible, n2 &gt; 0 with b ≤ n2.</param>
    /// <param name="level">The confidence level.</param>
    /// <returns>The estimate with <see cref="EstimationMethod.KatzLogRatio"/>; status <see cref="EstimateStatus.Undefined"/> when a or b is 0.</returns>
    /// <exception cref="StatisticsInputException">An argument breaks the rules in the remarks of <see cref="RelativeLikelihood"/>.</exception>
    /// <remarks>Katz D et al. Biometrics 1978;34:469–474.</remarks>
    public static IntervalEstimate Ratio(double eventsA, double totalA, double eventsB, double totalB, ConfidenceLevel level) =>
        RatioKernel.Scalar(eventsA, totalA, eventsB, totalB, level, nameof(eventsA), nameof(totalA), nameof(eventsB), nameof(totalB));

    /// <summary>
    /// Relative likelihoods for many comparisons at once (one per organisation, say), written to a caller's buffer
    /// without allocating: comparison g at level l goes to <c>destination[g * levels.Length + l]</c>.
    /// </summary>
    /// <param name="eventsA">Group A's count with the outcome in each comparison.</param>
    /// <param name="totalsA">Group A's count eligible in each comparison; as long as <paramref name="eventsA"/>.</param>
    /// <param name="eventsB">Group B's count with the outcome in each comparison; as long as <paramref name="eventsA"/>.</param>
    /// <param name="totalsB">Group B's count eligible in each comparison; as long as <paramref name="eventsA"/>.</param>
    /// <param name="levels">The confidence levels, at least one.</param>
    /// <param name="destination">Receives comparisons × levels estimates, group-major.</param>
    /// <exception cref="StatisticsInputException">
    /// Any count breaks the rules in the remarks of <see cref="RelativeLikelihood"/>, the spans differ in length or the
    /// destination is too short; every bad comparison is listed and <paramref name="destination"/> is left unchanged.
    /// </exception>
    /// <remarks>Katz D et al. Biometrics 1978;34:469–474. Each element equals the scalar <see cref="Ratio(double, double, double, double, ConfidenceLevel)"/> exactly.</remarks>
    public static void Ratio(
        ReadOnlySpan<double> eventsA,
        ReadOnlySpan<double> totalsA,
        ReadOnlySpan<double> eventsB,
        ReadOnlySpan<double> totalsB,
        ReadOnlySpan<ConfidenceLevel> levels,
        Span<IntervalEstimate> destination) =>
        RatioKernel.Batch(eventsA, totalsA, eventsB, totalsB, levels, destination, nameof(eventsA), nameof(totalsA), nameof(eventsB), nameof(totalsB));
}
