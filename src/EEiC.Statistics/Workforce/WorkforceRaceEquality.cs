using EEiC.Statistics.Intervals;
using EEiC.Statistics.Rates;
using EEiC.Statistics.Validation;

namespace EEiC.Statistics.Workforce;

/// <summary>
/// The NHS Workforce Race Equality Standard (WRES) indicators that are computed from counts: the relative likelihoods
/// of indicators 2 (appointment from shortlisting), 3 (entering the formal disciplinary process) and 4 (accessing
/// non-mandatory training and CPD), each with a confidence interval and a verdict, and the board membership gap of
/// indicator 9. The ids match <c>EEiC.Indicators.IndicatorCatalogue.WorkforceRaceEquality</c> (<c>wres-2</c> and so on).
/// </summary>
/// <remarks>
/// <para>Definitions: NHS England, Workforce Race Equality Standard technical guidance. Each relative likelihood is the
/// ratio of two groups' proportions, oriented so that a value above 1 favours White staff (is adverse for BME staff)
/// and 1 is parity: indicator 2 is p(White appointed | shortlisted) / p(BME appointed | shortlisted) — as the guidance reads it, a figure
/// above 1 indicates that White candidates are more likely than BME candidates to be appointed from shortlisting; indicator 3 is
/// p(BME entering the disciplinary process) / p(White entering it) — above 1, BME staff are more likely to enter it;
/// indicator 4 is p(White accessing training) / p(BME accessing training) — above 1, White staff are more likely to
/// access it. For orientation, the national values for 2020 were 1.61 (indicator 2) and 1.16 (indicator 3, down from
/// 1.37 in 2017) (NHS England and NHS Improvement 2021, WRES data analysis report for NHS trusts, as cited in Robertson R,
/// Williams E, Buck D, Breckwoldt J. Ethnic health inequalities and the NHS. The King's Fund for the NHS Race and Health
/// Observatory, June 2021); the counts behind them are not given there, so they are not used as test references.</para>
/// <para>Interval: the log method of Katz D, Baptista J, Azen SP, Pike MC. Biometrics 1978;34:469–474 (see
/// <see cref="RelativeLikelihood"/>, which also gives the zero-cell rule: no events in either group gives status
/// <see cref="EstimateStatus.Undefined"/> and verdict <see cref="WresVerdict.NotAvailable"/>). The technical guidance
/// publishes the point value only; the interval and verdict are this library's addition.</para>
/// <para>Verdict: <see cref="WresVerdict.SignificantlyFavoursWhiteStaff"/> when the lower limit is above 1,
/// <see cref="WresVerdict.SignificantlyFavoursBmeStaff"/> when the upper limit is below 1, otherwise
/// <see cref="WresVerdict.NoSignificantDifference"/> (a limit exactly 1 does not exclude parity).</para>
/// <para>Bad input (negative counts, more events than people, a total of 0, a level outside (0, 1)) throws
/// <see cref="StatisticsInputException"/> listing every problem by argument name.</para>
/// </remarks>
public static class WorkforceRaceEquality
{
    private const string Indicator2 = "wres-2";
    private const string Indicator3 = "wres-3";
    private const string Indicator4 = "wres-4";

    /// <summary>WRES indicator 2: relative likelihood of White applicants being appointed from shortlisting compared with BME applicants.</summary>
    /// <param name="whiteAppointed">White applicants appointed from shortlisting.</param>
    /// <param name="whiteShortlisted">White applicants shortlisted (&gt; 0, at least <paramref name="whiteAppointed"/>).</param>
    /// <param name="bmeAppointed">BME applicants appointed from shortlisting.</param>
    /// <param name="bmeShortlisted">BME applicants shortlisted (&gt; 0, at least <paramref name="bmeAppointed"/>).</param>
    /// <param name="level">The confidence level.</param>
    /// <returns>(whiteAppointed/whiteShortlisted) / (bmeAppointed/bmeShortlisted) with id <c>wres-2</c>, its interval and verdict.</returns>
    /// <exception cref="StatisticsInputException">An argument breaks the rules in the remarks of <see cref="WorkforceRaceEquality"/>.</exception>
    /// <remarks>WRES technical guidance, indicator 2; interval: Katz D et al. Biometrics 1978;34:469–474.</remarks>
    public static WresRelativeLikelihood AppointmentFromShortlisting(double whiteAppointed, double whiteShortlisted, double bmeAppointed, double bmeShortlisted, ConfidenceLevel level) =>
        Result(Indicator2, RatioKernel.Scalar(whiteAppointed, whiteShortlisted, bmeAppointed, bmeShortlisted, level,
            nameof(whiteAppointed), nameof(whiteShortlisted), nameof(bmeAppointed), nameof(bmeShortlisted)));

    /// <summary>WRES indicator 3: relative likelihood of BME staff entering the formal disciplinary process compared with White staff.</summary>
    /// <param name="bmeEntering">BME staff entering the formal disciplinary process.</param>
    /// <param name="bmeStaff">BME staff in the workforce (&gt; 0, at least <paramref name="bmeEntering"/>).</param>
    /// <param name="whiteEntering">White staff entering the formal disciplinary process.</param>
    /// <param name="whiteStaff">White staff in the workforce (&gt; 0, at least <paramref name="whiteEntering"/>).</param>
    /// <param name="level">The confidence level.</param>
    /// <returns>(bmeEntering/bmeStaff) / (whiteEntering/whiteStaff) with id <c>wres-3</c>, its interval and verdict.</returns>
    /// <exception cref="StatisticsInputException">An argument breaks the rules in the remarks of <see cref="WorkforceRaceEquality"/>.</exception>
    /// <remarks>WRES technical guidance, indicator 3; interval: Katz D et al. Biometrics 1978;34:469–474.</remarks>
    public static WresRelativeLikelihood EnteringDisciplinaryProcess(double bmeEntering, double bmeStaff, double whiteEntering, double whiteStaff, ConfidenceLevel level) =>
        Result(Indicator3, RatioKernel.Scalar(bmeEntering, bmeStaff, whiteEntering, whiteStaff, level,
            nameof(bmeEntering), nameof(bmeStaff), nameof(whiteEntering), nameof(whiteStaff)));

    /// <summary>WRES indicator 4: relative likelihood of White staff accessing non-mandatory training and CPD compared with BME staff.</summary>
    /// <param name="whiteAccessing">White staff accessing non-mandatory training or CPD.</param>
    /// <param name="whiteStaff">White staff in the workforce (&gt; 0, at least <paramref name="whiteAccessing"/>).</param>
    /// <param name="bmeAccessing">BME staff accessing non-mandatory training or CPD.</param>
    /// <param name="bmeStaff">BME staff in the workforce (&gt; 0, at least <paramref name="bmeAccessing"/>).</param>
    /// <param name="level">The confidence level.</param>
    /// <returns>(whiteAccessing/whiteStaff) / (bmeAccessing/bmeStaff) with id <c>wres-4</c>, its interval and verdict.</returns>
    /// <exception cref="StatisticsInputException">An argument breaks the rules in the remarks of <see cref="WorkforceRaceEquality"/>.</exception>
    /// <remarks>WRES technical guidance, indicator 4; interval: Katz D et al. Biometrics 1978;34:469–474.</remarks>
    public static WresRelativeLikelihood AccessingNonMandatoryTraining(double whiteAccessing, double whiteStaff, double bmeAccessing, double bmeStaff, ConfidenceLevel level) =>
        Result(Indicator4, RatioKernel.Scalar(whiteAccessing, whiteStaff, bmeAccessing, bmeStaff, level,
            nameof(whiteAccessing), nameof(whiteStaff), nameof(bmeAccessing), nameof(bmeStaff)));

    /// <summary>The verdict a WRES relative likelihood (oriented so that above 1 favours White staff) supports.</summary>
    /// <param name="relativeLikelihood">The estimate, for example from a batch of <see cref="RelativeLikelihood.Ratio(ReadOnlySpan{double}, ReadOnlySpan{double}, ReadOnlySpan{double}, ReadOnlySpan{double}, ReadOnlySpan{ConfidenceLevel}, Span{IntervalEstimate})"/>.</param>
    /// <returns>The verdict; <see cref="WresVerdict.NotAvailable"/> when the estimate has no value or a limit is absent.</returns>
    /// <remarks>WRES technical guidance (1 = parity); the rule is in the remarks of <see cref="WorkforceRaceEquality"/>.</remarks>
    public static WresVerdict Verdict(IntervalEstimate relativeLikelihood)
    {
        if (relativeLikelihood.Status != EstimateStatus.Ok || relativeLikelihood.Lower is not { } lower || relativeLikelihood.Upper is not { } upper)
        {
            return WresVerdict.NotAvailable;
        }

        return lower > 1 ? WresVerdict.SignificantlyFavoursWhiteStaff
            : upper < 1 ? WresVerdict.SignificantlyFavoursBmeStaff
            : WresVerdict.NoSignificantDifference;
    }

    /// <summary>
    /// WRES indicator 9: the BME percentage of the board's voting membership minus the BME percentage of the overall
    /// workforce, in percentage points (positive: BME people are better represented on the board than in the workforce),
    /// with Newcombe's hybrid score interval.
    /// </summary>
    /// <param name="bmeBoardMembers">BME voting board members.</param>
    /// <param name="boardMembers">Voting board members (&gt; 0, at least <paramref name="bmeBoardMembers"/>).</param>
    /// <param name="bmeStaff">BME staff in the overall workforce.</param>
    /// <param name="staff">Staff in the overall workforce (&gt; 0, at least <paramref name="bmeStaff"/>).</param>
    /// <param name="level">The confidence level.</param>
    /// <returns>The difference in percentage points with <see cref="EstimationMethod.NewcombeHybridScore"/>.</returns>
    /// <exception cref="StatisticsInputException">An argument breaks the rules in the remarks of <see cref="WorkforceRaceEquality"/>.</exception>
    /// <remarks>
    /// <para>WRES technical guidance, indicator 9 (board membership percentage minus overall workforce percentage).
    /// Interval: Newcombe RG. Interval estimation for the difference between independent proportions: comparison of
    /// eleven methods. Stat Med 1998;17:873–890 (method 10), from the Wilson limits (Wilson EB. J Am Stat Assoc
    /// 1927;22:209–212) of each proportion: with d = p1 − p2, lower = d − √((p1 − l1)² + (u2 − p2)²) and
    /// upper = d + √((u1 − p1)² + (p2 − l2)²), then × 100.</para>
    /// <para>The method assumes independent groups. Executive board members are usually also staff, so the two
    /// proportions overlap slightly; with a board of a dozen and a workforce of thousands the effect is negligible, and
    /// the interval is dominated by the board's small size, which is the point of showing it.</para>
    /// </remarks>
    public static IntervalEstimate BoardMembershipGap(double bmeBoardMembers, double boardMembers, double bmeStaff, double staff, ConfidenceLevel level)
    {
        var checks = default(InputChecks);
        RatioKernel.Check(ref checks, null, bmeBoardMembers, boardMembers, bmeStaff, staff,
            nameof(bmeBoardMembers), nameof(boardMembers), nameof(bmeStaff), nameof(staff));
        CountInputs.Level(ref checks, level);
        checks.ThrowIfAny();
        var terms = new NewcombeKernel.Terms(bmeBoardMembers, boardMembers, bmeStaff, staff);
        terms.Limits(level.Z, out var lower, out var upper);
        var d = terms.Difference;
        return new IntervalEstimate(d * 100, lower * 100, upper * 100, level, EstimationMethod.NewcombeHybridScore, EstimateStatus.Ok);
    }

    private static WresRelativeLikelihood Result(string id, IntervalEstimate estimate) => new(id, estimate, Verdict(estimate));
}
