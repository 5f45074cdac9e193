using EEiC.Statistics.Intervals;
using EEiC.Statistics.Validation;

namespace EEiC.Statistics.Workforce;

/// <summary>
/// Representation ratios: the BME share of a pay band (Agenda for Change bands 1–9, very senior managers, medical and
/// dental) or of the board, divided by the BME share of a reference (the whole workforce or the local population), with
/// a log-method interval. 1 means the group is represented in proportion; below 1, under-represented.
/// </summary>
/// <remarks>
/// <para>Context: WRES indicator 1 (BME percentage by pay band compared with the whole workforce) and indicator 9
/// (board compared with workforce; see <see cref="WorkforceRaceEquality.BoardMembershipGap"/> for the standard's
/// percentage-point difference). NHS England, Workforce Race Equality Standard technical guidance. For the shares
/// themselves with Wilson intervals, use <see cref="Rates.Proportions"/> with multiplier 100.</para>
/// <para>Ratio = (x/n) / (X/N) with the log method of Katz D, Baptista J, Azen SP, Pike MC. Biometrics
/// 1978;34:469–474: se(ln ratio) = √(1/x − 1/n + 1/X − 1/N). Zero cells (x = 0 or X = 0) give status
/// <see cref="EstimateStatus.Undefined"/>, as in <see cref="RelativeLikelihood"/>.</para>
/// <para>Overlap: the log method assumes the two proportions are independent. Against the local population that holds
/// closely. Against the workforce the band is part of it, and the two shares are positively correlated, so the true
/// variance of the log ratio is smaller than the formula's: the interval is conservative (too wide), markedly so for a
/// large band. To remove the overlap, pass the rest of the workforce (workforce minus the band) as the reference, which
/// answers "is this band's share different from everyone else's?" with independent groups.</para>
/// <para>Rules as in <see cref="RelativeLikelihood"/>; breaches throw <see cref="StatisticsInputException"/> listing every bad group.</para>
/// </remarks>
public static class Representation
{
    /// <summary>The representation ratio of one group (a pay band or the board) against a reference, at one level.</summary>
    /// <param name="bmeInGroup">BME people in the group.</param>
    /// <param name="groupTotal">People in the group (&gt; 0, at least <paramref name="bmeInGroup"/>).</param>
    /// <param name="bmeInReference">BME people in the reference (workforce or population).</param>
    /// <param name="referenceTotal">People in the reference (&gt; 0, at least <paramref name="bmeInReference"/>).</param>
    /// <param name="level">The confidence level.</param>
    /// <returns>The ratio of shares with <see cref="EstimationMethod.KatzLogRatio"/>.</returns>
    /// <exception cref="StatisticsInputException">An argument breaks the rules in the remarks of <see cref="Representation"/>.</exception>
    /// <remarks>Katz D et al. Biometrics 1978;34:469–474.</remarks>
    public static IntervalEstimate Ratio(double bmeInGroup, double groupTotal, double bmeInReference, double referenceTotal, ConfidenceLevel level) =>
        RatioKernel.Scalar(bmeInGroup, groupTotal, bmeInReference, referenceTotal, level,
            nameof(bmeInGroup), nameof(groupTotal), nameof(bmeInReference), nameof(referenceTotal));

    /// <summary>
    /// Representation ratios for many groups (for example every pay band of a trust) at once, without allocating:
    /// group g at level l goes to <c>destination[g * levels.Length + l]</c>.
    /// </summary>
    /// <param name="bmeInGroups">BME people in each group.</param>
    /// <param name="groupTotals">People in each group; as long as <paramref name="bmeInGroups"/>.</param>
    /// <param name="bmeInReferences">BME people in each group's reference (repeat the workforce figure for every band); as long as <paramref name="bmeInGroups"/>.</param>
    /// <param name="referenceTotals">People in each group's reference; as long as <paramref name="bmeInGroups"/>.</param>
    /// <param name="levels">The confidence levels, at least one.</param>
    /// <param name="destination">Receives groups × levels estimates, group-major.</param>
    /// <exception cref="StatisticsInputException">Any count breaks the rules, the spans differ in length or the destination is too short; every bad group is listed and <paramref name="destination"/> is unchanged.</exception>
    /// <remarks>Katz D et al. Biometrics 1978;34:469–474. Each element equals the scalar <see cref="Ratio(double, double, double, double, ConfidenceLevel)"/> exactly.</remarks>
    public static void Ratio(
        ReadOnlySpan<double> bmeInGroups,
        ReadOnlySpan<double> groupTotals,
        ReadOnlySpan<double> bmeInReferences,
        ReadOnlySpan<double> referenceTotals,
        ReadOnlySpan<ConfidenceLevel> levels,
        Span<IntervalEstimate> destination) =>
        RatioKernel.Batch(bmeInGroups, groupTotals, bmeInReferences, referenceTotals, levels, destination,
            nameof(bmeInGroups), nameof(groupTotals), nameof(bmeInReferences), nameof(referenceTotals));
}
