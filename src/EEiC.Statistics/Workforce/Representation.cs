using System.Globalization;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Rates;
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

    /// <summary>
    /// WRES indicator 1 for a whole organisation: each pay band's BME percentage, and its ratio to the workforce's BME
    /// share (the workforce being the sum of the bands given) and, optionally, to the local population's.
    /// </summary>
    /// <param name="bands">The band labels, for example Agenda for Change <c>"Band 1"</c> to <c>"Band 9"</c>, <c>"VSM"</c> and <c>"Medical"</c>; each non-empty. Give bands that together make up the workforce.</param>
    /// <param name="bmeStaff">BME staff in each band; as long as <paramref name="bands"/>.</param>
    /// <param name="staff">Staff in each band (&gt; 0, at least the BME count); as long as <paramref name="bands"/>.</param>
    /// <param name="level">The confidence level.</param>
    /// <param name="bmePopulation">BME people in the local population, or <see langword="null"/> for none (then give no <paramref name="population"/> either).</param>
    /// <param name="population">People in the local population (&gt; 0, at least <paramref name="bmePopulation"/>), or <see langword="null"/>.</param>
    /// <returns>One <see cref="BandRepresentation"/> per band, in the order given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bands"/>, <paramref name="bmeStaff"/> or <paramref name="staff"/> is null.</exception>
    /// <exception cref="StatisticsInputException">Lengths differ, a label is empty, a count breaks the rules, or only one of the population counts is given; every problem is listed, bands by index and label.</exception>
    /// <remarks>
    /// <para>NHS England, Workforce Race Equality Standard technical guidance, indicator 1. Shares: Wilson EB. J Am Stat
    /// Assoc 1927;22:209–212 (as <see cref="Proportions"/>, multiplier 100). Ratios: Katz D et al. Biometrics
    /// 1978;34:469–474, as <see cref="Ratio(double, double, double, double, ConfidenceLevel)"/>, with the same zero-cell
    /// rule (a band with no BME staff has a share of 0 but an <see cref="EstimateStatus.Undefined"/> ratio) and the same
    /// caveat: each band is part of the workforce, so the ratio to the workforce has a conservative (too wide) interval.</para>
    /// </remarks>
    public static IReadOnlyList<BandRepresentation> ByBand(
        IReadOnlyList<string> bands,
        IReadOnlyList<double> bmeStaff,
        IReadOnlyList<double> staff,
        ConfidenceLevel level,
        double? bmePopulation = null,
        double? population = null)
    {
        ArgumentNullException.ThrowIfNull(bands);
        ArgumentNullException.ThrowIfNull(bmeStaff);
        ArgumentNullException.ThrowIfNull(staff);
        var checks = default(InputChecks);
        checks.SameLength(nameof(bmeStaff), bmeStaff.Count, nameof(bands), bands.Count);
        checks.SameLength(nameof(staff), staff.Count, nameof(bands), bands.Count);
        CountInputs.Level(ref checks, level);
        var count = Math.Min(bands.Count, Math.Min(bmeStaff.Count, staff.Count));
        if (count == 0)
        {
            checks.Add(null, nameof(bands), "empty", "must contain at least one band");
        }

        double bmeWorkforce = 0, workforce = 0;
        for (var g = 0; g < count; g++)
        {
            var label = string.IsNullOrWhiteSpace(bands[g]) ? null : bands[g];
            if (label is null)
            {
                checks.Add(g, nameof(bands), bands[g] ?? "null", "must be a non-empty label");
            }

            double x = bmeStaff[g], n = staff[g];
            checks.NonNegative(g, nameof(bmeStaff), x, label);
            checks.Positive(g, nameof(staff), n, label);
            if (x > n)
            {
                checks.Add(g, nameof(bmeStaff), x, $"must be <= staff ({n.ToString("R", CultureInfo.InvariantCulture)})", label);
            }

            bmeWorkforce += x;
            workforce += n;
        }

        if (bmePopulation.HasValue != population.HasValue)
        {
            checks.Add(null, bmePopulation.HasValue ? nameof(population) : nameof(bmePopulation), "null", $"must be given together with {(bmePopulation.HasValue ? nameof(bmePopulation) : nameof(population))}");
        }
        else if (bmePopulation is { } px && population is { } pn)
        {
            checks.NonNegative(null, nameof(bmePopulation), px);
            checks.Positive(null, nameof(population), pn);
            if (px > pn)
            {
                checks.Add(null, nameof(bmePopulation), px, $"must be <= population ({pn.ToString("R", CultureInfo.InvariantCulture)})");
            }
        }

        checks.ThrowIfAny();
        var results = new BandRepresentation[count];
        for (var g = 0; g < count; g++)
        {
            double x = bmeStaff[g], n = staff[g];
            var share = Proportions.Wilson(x, n, level, 100);
            var toWorkforce = new RatioKernel.Terms(x, n, bmeWorkforce, workforce).Estimate(level);
            var toPopulation = population is { } pop
                ? new RatioKernel.Terms(x, n, bmePopulation!.Value, pop).Estimate(level)
                : IntervalEstimate.NotAvailable(EstimateStatus.MissingInput, level, EstimationMethod.KatzLogRatio);
            results[g] = new BandRepresentation(bands[g], share, toWorkforce, toPopulation);
        }

        return results;
    }
}
