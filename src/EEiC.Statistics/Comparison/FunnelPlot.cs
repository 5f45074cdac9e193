using EEiC.Statistics.Intervals;
using EEiC.Statistics.Validation;
using MathNet.Numerics.Distributions;

namespace EEiC.Statistics.Comparison;

/// <summary>
/// Funnel plots: control limits around the pooled average of a set of areas (or providers, or groups) and each area's
/// position relative to them, for proportions, ratios of observed to expected events, and crude or directly
/// standardised rates. The 95% limits ("2s", 0.025 in each tail) and 99.8% limits ("3s", 0.001 in each tail) are the
/// ones England's public health indicators use, and the results agree with PHEindicatormethods 2.1.0
/// (<c>calculate_funnel_limits</c>, <c>assign_funnel_significance</c>, <c>calculate_funnel_points</c>).
/// </summary>
/// <remarks>
/// <para>Method: Spiegelhalter DJ. Funnel plots for comparing institutional performance. Stat Med 2005;24:1185–1202;
/// as specified for England's indicators in Public Health England, Technical Guide: Funnel plots (2017) and Flowers J,
/// APHO Technical Briefing 2: Statistical process control methods in public health intelligence (2007).</para>
/// <para>Proportions: the limits at population N are the proportions whose Wilson score interval (Wilson EB. J Am Stat
/// Assoc 1927;22:209–212) has the pooled average p̄ = Σx/Σn as its limit, i.e. with z = Φ⁻¹(0.975) or Φ⁻¹(0.999),
/// A = p̄(N/z² + 1), B = √((8A)² − 64(1/z² + 1/N)·p̄·(N(p̄(N/z² + 2) − 1) + z²(p̄ − 1))), C = 1/z² + 1/N, limit =
/// (A ∓ B/8)/C/N × multiplier, kept within [0, multiplier].</para>
/// <para>Ratios and rates: for an observed count O, the expected count at which O lies exactly on the exact Poisson
/// limit (Garwood F. Biometrika 1936;28:437–442), found by bisection; the limit is O/expected (ratios) or
/// O/(expected/p̄) × multiplier (rates). A point's significance uses the conventional Poisson limits of its own count
/// (exact below 10 events, Byar's from 10: Breslow NE, Day NE. Statistical Methods in Cancer Research vol. II,
/// IARC 1987) divided by its expected count or denominator, compared with 1 or with p̄. As in the reference, the drawn
/// lines are exact while a point's significance uses Byar's approximation from 10 events, so a point within about 1.5%
/// of a 99.8% line near 10 events can be classed on the other side of it.</para>
/// <para>Horizontal axis: 100 points from a neat minimum (0 when the largest denominator exceeds twice the smallest)
/// to a neat maximum, spread geometrically, exactly as the reference builds them.</para>
/// <para>Deliberate differences from the reference, none of which affects its test data: an upper proportion limit is
/// capped at the multiplier (the reference caps it at 100 whatever the multiplier); a negative discriminant B², which
/// rounding can produce only when p̄ is 1 or within about 1e-8 of it, is taken as 0 instead of giving NaN limits (the
/// significance tests keep the reference's NaN, which fails every comparison); a proportion exactly equal to
/// the average is never significant; and denominators are not required for directly standardised rates with no events,
/// which are left out of the average and axis anyway.</para>
/// </remarks>
public static class FunnelPlot
{
    private const double Tail95 = 0.025;
    private const double Tail998 = 0.001;
    private const double DsrMinimumEvents = 10;

    private static readonly double ZSquared95 = Square(Normal.InvCDF(0, 1, 1 - Tail95));
    private static readonly double ZSquared998 = Square(Normal.InvCDF(0, 1, 1 - Tail998));

    // ------------------------------------------------------------------ proportions

    /// <summary>The 100 rows of control limits for a funnel plot of proportions (PHEindicatormethods <c>calculate_funnel_limits(statistic = "proportion")</c>).</summary>
    /// <remarks>
    /// Wilson-score control limits around p̄ = Σx/Σn (Spiegelhalter DJ. Stat Med 2005;24:1185–1202; Wilson EB. J Am Stat
    /// Assoc 1927;22:209–212); see <see cref="FunnelPlot"/> for the formulae.
    /// </remarks>
    /// <param name="numerators">Each area's numerator: finite, ≥ 0 and ≤ its denominator (need not be whole).</param>
    /// <param name="denominators">Each area's denominator: finite and &gt; 0.</param>
    /// <param name="multiplier">The scale of the limits (100 for a percentage): finite and &gt; 0.</param>
    /// <returns>The limits, rows ordered by population.</returns>
    /// <exception cref="StatisticsInputException">Any input breaks its rule; every bad element is listed.</exception>
    public static FunnelLimits ProportionLimits(ReadOnlySpan<double> numerators, ReadOnlySpan<double> denominators, double multiplier = 100)
    {
        var checks = default(InputChecks);
        CheckProportions(ref checks, numerators, denominators);
        checks.Positive(null, nameof(multiplier), multiplier);
        checks.ThrowIfAny();

        var average = PooledAverage(numerators, denominators, out var min, out var max);
        Span<double> population = stackalloc double[FunnelAxis.Rows];
        FunnelAxis.Points(FunnelAxis.Minimum(min, max, 1), FunnelAxis.Maximum(max, 1), ratio: false, population);

        var rows = new FunnelLimitRow[FunnelAxis.Rows];
        for (var i = 0; i < rows.Length; i++)
        {
            var n = population[i];
            rows[i] = new FunnelLimitRow(
                n,
                new(n, LowerLimit(WilsonLimit(ZSquared95, n, average, high: false, multiplier, clampDiscriminant: true), multiplier)),
                new(n, UpperLimit(WilsonLimit(ZSquared95, n, average, high: true, multiplier, clampDiscriminant: true), multiplier)),
                new(n, LowerLimit(WilsonLimit(ZSquared998, n, average, high: false, multiplier, clampDiscriminant: true), multiplier)),
                new(n, UpperLimit(WilsonLimit(ZSquared998, n, average, high: true, multiplier, clampDiscriminant: true), multiplier)));
        }

        return new FunnelLimits(FunnelStatistic.Proportion, EstimationMethod.Wilson, average, average * multiplier, rows);
    }

    /// <summary>Where a proportion lies relative to the funnel limits around a given average (PHEindicatormethods <c>assign_funnel_significance(statistic = "proportion")</c> for one area).</summary>
    /// <remarks>
    /// With the Wilson-score control limits of <see cref="ProportionLimits"/> at population n, tested in the reference's
    /// order: below the lower 99.8% limit, below the lower 95%, above the upper 99.8%, above the upper 95%, otherwise not
    /// significant (Spiegelhalter DJ. Stat Med 2005;24:1185–1202). A proportion equal to the average is not significant.
    /// </remarks>
    /// <param name="numerator">The area's numerator: finite, ≥ 0 and ≤ <paramref name="denominator"/>.</param>
    /// <param name="denominator">The area's denominator: finite and &gt; 0.</param>
    /// <param name="average">The average proportion compared with (for a funnel plot Σx/Σn over all areas, <see cref="FunnelLimits.Average"/>): between 0 and 1.</param>
    /// <returns>The significance.</returns>
    /// <exception cref="StatisticsInputException">Any input breaks its rule.</exception>
    public static FunnelSignificance ProportionSignificance(double numerator, double denominator, double average)
    {
        var checks = default(InputChecks);
        CheckProportion(ref checks, null, numerator, denominator);
        if (!(average >= 0 && average <= 1))
        {
            checks.Add(null, nameof(average), average, "must be a proportion between 0 and 1");
        }

        checks.ThrowIfAny();
        return ProportionSignificanceCore(numerator, denominator, average);
    }

    /// <summary>
    /// Places each area on a funnel plot of proportions: its denominator, its proportion × multiplier and its
    /// significance against the pooled average Σx/Σn of all the areas (PHEindicatormethods
    /// <c>assign_funnel_significance(statistic = "proportion")</c>). Allocates nothing.
    /// </summary>
    /// <remarks>See <see cref="ProportionSignificance(double, double, double)"/> (Spiegelhalter DJ. Stat Med 2005;24:1185–1202).</remarks>
    /// <param name="numerators">Each area's numerator: finite, ≥ 0 and ≤ its denominator.</param>
    /// <param name="denominators">Each area's denominator: finite and &gt; 0.</param>
    /// <param name="multiplier">The scale of <see cref="FunnelPoint.Value"/> (100 for a percentage): finite and &gt; 0.</param>
    /// <param name="destination">Receives one point per area, in input order; at least as long as the input.</param>
    /// <exception cref="StatisticsInputException">Any input breaks its rule; every bad element is listed.</exception>
    public static void ProportionPoints(ReadOnlySpan<double> numerators, ReadOnlySpan<double> denominators, double multiplier, Span<FunnelPoint> destination)
    {
        var checks = default(InputChecks);
        CheckProportions(ref checks, numerators, denominators);
        checks.Positive(null, nameof(multiplier), multiplier);
        checks.DestinationLength(nameof(destination), destination.Length, numerators.Length);
        checks.ThrowIfAny();

        var average = PooledAverage(numerators, denominators, out _, out _);
        for (var i = 0; i < numerators.Length; i++)
        {
            var x = numerators[i];
            var n = denominators[i];
            destination[i] = new FunnelPoint(n, x / n * multiplier, ProportionSignificanceCore(x, n, average));
        }
    }

    // ------------------------------------------------------------------ ratios

    /// <summary>The 100 rows of control limits for a funnel plot of observed/expected ratios (PHEindicatormethods <c>calculate_funnel_limits(statistic = "ratio")</c>).</summary>
    /// <remarks>
    /// For each observed count O on the axis, the expected count E at which O lies exactly on the exact Poisson limit
    /// (Garwood F. Biometrika 1936;28:437–442), by bisection; the limit is O/E expressed as <paramref name="ratioType"/>
    /// (Spiegelhalter DJ. Stat Med 2005;24:1185–1202). The axis spans the expected counts.
    /// </remarks>
    /// <param name="observed">Each area's observed events: finite and ≥ 0.</param>
    /// <param name="expected">Each area's expected events: finite and &gt; 0.</param>
    /// <param name="ratioType">How the ratio is expressed.</param>
    /// <returns>The limits, rows ordered by observed events; each limit's <see cref="FunnelLimitPoint.Denominator"/> is its expected count.</returns>
    /// <exception cref="StatisticsInputException">Any input breaks its rule; every bad element is listed.</exception>
    public static FunnelLimits RatioLimits(ReadOnlySpan<double> observed, ReadOnlySpan<double> expected, FunnelRatioType ratioType)
    {
        var checks = default(InputChecks);
        CheckRatios(ref checks, observed, expected);
        CheckRatioType(ref checks, ratioType);
        checks.ThrowIfAny();

        var average = PooledAverage(observed, expected, out var min, out var max);
        Span<double> events = stackalloc double[FunnelAxis.Rows];
        FunnelAxis.Points(FunnelAxis.Minimum(min, max, 1), FunnelAxis.Maximum(max, 1), ratio: true, events);

        var rows = new FunnelLimitRow[FunnelAxis.Rows];
        Span<double> e = stackalloc double[4];
        for (var i = 0; i < rows.Length; i++)
        {
            var o = events[i];
            PoissonFunnel.ExpectedAllFour(o, e);
            rows[i] = new FunnelLimitRow(
                o, RatioLimit(o, e[0], ratioType), RatioLimit(o, e[1], ratioType), RatioLimit(o, e[2], ratioType), RatioLimit(o, e[3], ratioType));
        }

        return new FunnelLimits(FunnelStatistic.Ratio, EstimationMethod.PoissonFunnel, average, TransformRatio(1, ratioType), rows);
    }

    /// <summary>Where an observed/expected ratio lies relative to the funnel limits around 1 (PHEindicatormethods <c>assign_funnel_significance(statistic = "ratio")</c>).</summary>
    /// <remarks>
    /// With L(c) and U(c) the conventional Poisson limits of the observed count at level c (exact below 10 events,
    /// Garwood F. Biometrika 1936;28:437–442; Byar's from 10, Breslow NE, Day NE. IARC 1987) divided by the expected
    /// count, tested in the reference's order: 1 &lt; L(99.8%) high at 99.8%; 1 &lt; L(95%) high at 95%; 1 &gt; U(99.8%)
    /// low at 99.8%; 1 &gt; U(95%) low at 95%; otherwise not significant.
    /// </remarks>
    /// <param name="observed">The observed events: finite and ≥ 0.</param>
    /// <param name="expected">The expected events: finite and &gt; 0.</param>
    /// <returns>The significance.</returns>
    /// <exception cref="StatisticsInputException">Any input breaks its rule.</exception>
    public static FunnelSignificance RatioSignificance(double observed, double expected)
    {
        var checks = default(InputChecks);
        checks.NonNegative(null, nameof(observed), observed);
        checks.Positive(null, nameof(expected), expected);
        checks.ThrowIfAny();
        return PoissonSignificance(observed, expected, 1);
    }

    /// <summary>
    /// Places each area on a funnel plot of observed/expected ratios: its expected count, its ratio expressed as
    /// <paramref name="ratioType"/> and its significance (PHEindicatormethods <c>assign_funnel_significance(statistic = "ratio")</c>).
    /// Allocates nothing.
    /// </summary>
    /// <remarks>See <see cref="RatioSignificance(double, double)"/> (Spiegelhalter DJ. Stat Med 2005;24:1185–1202).</remarks>
    /// <param name="observed">Each area's observed events: finite and ≥ 0.</param>
    /// <param name="expected">Each area's expected events: finite and &gt; 0.</param>
    /// <param name="ratioType">How <see cref="FunnelPoint.Value"/> expresses the ratio.</param>
    /// <param name="destination">Receives one point per area, in input order; at least as long as the input.</param>
    /// <exception cref="StatisticsInputException">Any input breaks its rule; every bad element is listed.</exception>
    public static void RatioPoints(ReadOnlySpan<double> observed, ReadOnlySpan<double> expected, FunnelRatioType ratioType, Span<FunnelPoint> destination)
    {
        var checks = default(InputChecks);
        CheckRatios(ref checks, observed, expected);
        CheckRatioType(ref checks, ratioType);
        checks.DestinationLength(nameof(destination), destination.Length, observed.Length);
        checks.ThrowIfAny();

        for (var i = 0; i < observed.Length; i++)
        {
            var o = observed[i];
            var e = expected[i];
            destination[i] = new FunnelPoint(e, TransformRatio(o / e, ratioType), PoissonSignificance(o, e, 1));
        }
    }

    // ------------------------------------------------------------------ rates

    /// <summary>
    /// The 100 rows of control limits for a funnel plot of rates (PHEindicatormethods
    /// <c>calculate_funnel_limits(statistic = "rate")</c> without a denominator). Every area needs at least one event:
    /// for crude rates with areas that have none, use the overload with denominators.
    /// </summary>
    /// <remarks>
    /// Each area's denominator is derived as multiplier × events / rate; p̄ = Σ events / Σ derived denominators. For each
    /// count O on the events axis, the expected count E at which O lies exactly on the exact Poisson limit (Garwood F.
    /// Biometrika 1936;28:437–442), by bisection; the limit is O/(E/p̄) × multiplier at the population E/p̄ per
    /// <paramref name="yearsOfData"/> (Spiegelhalter DJ. Stat Med 2005;24:1185–1202).
    /// </remarks>
    /// <param name="numerators">Each area's events: finite and ≥ 0, at least one &gt; 0.</param>
    /// <param name="rates">Each area's rate per <paramref name="multiplier"/>: finite and &gt; 0 where the area has events (ignored where it has none).</param>
    /// <param name="rateType">Crude or directly standardised.</param>
    /// <param name="multiplier">The rates' scale (100,000 for a rate per 100,000): finite and &gt; 0.</param>
    /// <param name="yearsOfData">The number of years the events cover; the axis shows the population per year: finite and &gt; 0.</param>
    /// <returns>The limits, rows ordered by events; each limit's <see cref="FunnelLimitPoint.Denominator"/> is its population per year.</returns>
    /// <exception cref="StatisticsInputException">Any input breaks its rule; every bad element is listed.</exception>
    public static FunnelLimits RateLimits(ReadOnlySpan<double> numerators, ReadOnlySpan<double> rates, FunnelRateType rateType, double multiplier, double yearsOfData) =>
        RateLimitsCore(numerators, rates, ReadOnlySpan<double>.Empty, hasDenominators: false, rateType, multiplier, yearsOfData);

    /// <summary>
    /// The 100 rows of control limits for a funnel plot of rates, with denominators for the areas that have no events
    /// (PHEindicatormethods <c>calculate_funnel_limits(statistic = "rate", denominator = ...)</c>).
    /// </summary>
    /// <remarks>
    /// As <see cref="RateLimits(ReadOnlySpan{double}, ReadOnlySpan{double}, FunnelRateType, double, double)"/>; for a
    /// crude rate an area with no events takes its denominator from <paramref name="denominators"/>. Directly standardised
    /// rates never use the denominators (Spiegelhalter DJ. Stat Med 2005;24:1185–1202).
    /// </remarks>
    /// <param name="numerators">Each area's events: finite and ≥ 0, at least one &gt; 0.</param>
    /// <param name="rates">Each area's rate per <paramref name="multiplier"/>: finite and &gt; 0 where the area has events (ignored where it has none).</param>
    /// <param name="denominators">Each area's population (or person-years): finite and &gt; 0 where the area has no events and the rate is crude; NaN allowed elsewhere (not used).</param>
    /// <param name="rateType">Crude or directly standardised.</param>
    /// <param name="multiplier">The rates' scale (100,000 for a rate per 100,000): finite and &gt; 0.</param>
    /// <param name="yearsOfData">The number of years the events cover; the axis shows the population per year: finite and &gt; 0.</param>
    /// <returns>The limits, rows ordered by events; each limit's <see cref="FunnelLimitPoint.Denominator"/> is its population per year.</returns>
    /// <exception cref="StatisticsInputException">Any input breaks its rule; every bad element is listed.</exception>
    public static FunnelLimits RateLimits(
        ReadOnlySpan<double> numerators, ReadOnlySpan<double> rates, ReadOnlySpan<double> denominators,
        FunnelRateType rateType, double multiplier, double yearsOfData) =>
        RateLimitsCore(numerators, rates, denominators, hasDenominators: true, rateType, multiplier, yearsOfData);

    /// <summary>Where a rate lies relative to the funnel limits around a given average rate (PHEindicatormethods <c>assign_funnel_significance(statistic = "rate")</c> for one area).</summary>
    /// <remarks>
    /// A directly standardised rate from fewer than 10 events is <see cref="FunnelSignificance.NotApplicable"/>.
    /// Otherwise, with L(c) and U(c) the conventional Poisson limits of the events at level c (exact below 10, Garwood F.
    /// Biometrika 1936;28:437–442; Byar's from 10, Breslow NE, Day NE. IARC 1987) divided by the denominator, tested in
    /// the reference's order: p̄ &lt; L(99.8%), p̄ &lt; L(95%), p̄ &gt; U(99.8%), p̄ &gt; U(95%), otherwise not significant.
    /// </remarks>
    /// <param name="numerator">The area's events: finite and ≥ 0.</param>
    /// <param name="denominator">The area's population or person-time (for a funnel plot: multiplier × events / rate, or the population where there are no events): finite and &gt; 0.</param>
    /// <param name="average">The average rate per person (unscaled; for a funnel plot Σ events / Σ denominators, <see cref="FunnelLimits.Average"/>): finite and ≥ 0.</param>
    /// <param name="rateType">Crude or directly standardised.</param>
    /// <returns>The significance.</returns>
    /// <exception cref="StatisticsInputException">Any input breaks its rule.</exception>
    public static FunnelSignificance RateSignificance(double numerator, double denominator, double average, FunnelRateType rateType)
    {
        var checks = default(InputChecks);
        checks.NonNegative(null, nameof(numerator), numerator);
        checks.Positive(null, nameof(denominator), denominator);
        checks.NonNegative(null, nameof(average), average);
        CheckRateType(ref checks, rateType);
        checks.ThrowIfAny();
        return rateType == FunnelRateType.DirectlyStandardised && numerator < DsrMinimumEvents
            ? FunnelSignificance.NotApplicable
            : PoissonSignificance(numerator, denominator, average);
    }

    /// <summary>
    /// Places each area on a funnel plot of rates (PHEindicatormethods <c>calculate_funnel_points</c> and
    /// <c>assign_funnel_significance(statistic = "rate")</c>): its population per year, its rate, and its significance
    /// against the pooled average. Every area needs at least one event: for crude rates with areas that have none, use
    /// the overload with denominators. Allocates nothing.
    /// </summary>
    /// <remarks>
    /// The population per year is multiplier × events / rate / <paramref name="yearsOfData"/>. A directly standardised rate
    /// from fewer than 10 events has no position or value and is <see cref="FunnelSignificance.NotApplicable"/>. See
    /// <see cref="RateSignificance(double, double, double, FunnelRateType)"/> (Spiegelhalter DJ. Stat Med 2005;24:1185–1202).
    /// </remarks>
    /// <param name="numerators">Each area's events: finite and ≥ 0, at least one &gt; 0.</param>
    /// <param name="rates">Each area's rate per <paramref name="multiplier"/>: finite and &gt; 0 where the area has events (ignored where it has none).</param>
    /// <param name="rateType">Crude or directly standardised.</param>
    /// <param name="multiplier">The rates' scale (100,000 for a rate per 100,000): finite and &gt; 0.</param>
    /// <param name="yearsOfData">The number of years the events cover: finite and &gt; 0.</param>
    /// <param name="destination">Receives one point per area, in input order; at least as long as the input.</param>
    /// <exception cref="StatisticsInputException">Any input breaks its rule; every bad element is listed.</exception>
    public static void RatePoints(
        ReadOnlySpan<double> numerators, ReadOnlySpan<double> rates, FunnelRateType rateType, double multiplier, double yearsOfData,
        Span<FunnelPoint> destination) =>
        RatePointsCore(numerators, rates, ReadOnlySpan<double>.Empty, hasDenominators: false, rateType, multiplier, yearsOfData, destination);

    /// <summary>
    /// Places each area on a funnel plot of rates, with denominators for the areas that have no events
    /// (PHEindicatormethods <c>calculate_funnel_points</c> and <c>assign_funnel_significance</c> with <c>denominator</c>).
    /// Allocates nothing.
    /// </summary>
    /// <remarks>
    /// As <see cref="RatePoints(ReadOnlySpan{double}, ReadOnlySpan{double}, FunnelRateType, double, double, Span{FunnelPoint})"/>;
    /// for a crude rate an area with no events is placed at its denominator / <paramref name="yearsOfData"/> with its rate
    /// as given (Spiegelhalter DJ. Stat Med 2005;24:1185–1202).
    /// </remarks>
    /// <param name="numerators">Each area's events: finite and ≥ 0, at least one &gt; 0.</param>
    /// <param name="rates">Each area's rate per <paramref name="multiplier"/>: finite and &gt; 0 where the area has events (ignored for significance where it has none).</param>
    /// <param name="denominators">Each area's population (or person-years): finite and &gt; 0 where the area has no events and the rate is crude; NaN allowed elsewhere (not used).</param>
    /// <param name="rateType">Crude or directly standardised.</param>
    /// <param name="multiplier">The rates' scale (100,000 for a rate per 100,000): finite and &gt; 0.</param>
    /// <param name="yearsOfData">The number of years the events cover: finite and &gt; 0.</param>
    /// <param name="destination">Receives one point per area, in input order; at least as long as the input.</param>
    /// <exception cref="StatisticsInputException">Any input breaks its rule; every bad element is listed.</exception>
    public static void RatePoints(
        ReadOnlySpan<double> numerators, ReadOnlySpan<double> rates, ReadOnlySpan<double> denominators,
        FunnelRateType rateType, double multiplier, double yearsOfData, Span<FunnelPoint> destination) =>
        RatePointsCore(numerators, rates, denominators, hasDenominators: true, rateType, multiplier, yearsOfData, destination);

    // ------------------------------------------------------------------ implementation

    private static FunnelLimits RateLimitsCore(
        ReadOnlySpan<double> numerators, ReadOnlySpan<double> rates, ReadOnlySpan<double> denominators, bool hasDenominators,
        FunnelRateType rateType, double multiplier, double yearsOfData)
    {
        var checks = default(InputChecks);
        CheckRates(ref checks, numerators, rates, denominators, hasDenominators, rateType, multiplier);
        checks.Positive(null, nameof(yearsOfData), yearsOfData);
        checks.ThrowIfAny();

        // calculate_funnel_limits derives denominators as multiplier * numerator / rate.
        PooledSum events = default, people = default;
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        for (var i = 0; i < numerators.Length; i++)
        {
            events.Add(numerators[i]);
            var derived = DerivedDenominator(numerators[i], rates[i], hasDenominators ? denominators[i] : double.NaN, rateType, multiplier, limitsOrder: true);
            if (!double.IsNaN(derived))
            {
                people.Add(derived);
                min = Math.Min(min, derived);
                max = Math.Max(max, derived);
            }
        }

        var average = events.Total / people.Total;
        var axisMinimum = Math.Floor(FunnelAxis.Minimum(min, max, yearsOfData) * average);
        var axisMaximum = Math.Ceiling(FunnelAxis.Maximum(max, yearsOfData) * average);
        Span<double> counts = stackalloc double[FunnelAxis.Rows];
        FunnelAxis.Points(axisMinimum, axisMaximum, ratio: false, counts);

        var rows = new FunnelLimitRow[FunnelAxis.Rows];
        Span<double> e = stackalloc double[4];
        for (var i = 0; i < rows.Length; i++)
        {
            var o = counts[i];
            PoissonFunnel.ExpectedAllFour(o, e);
            rows[i] = new FunnelLimitRow(
                o,
                RateLimit(o, e[0], average, multiplier, yearsOfData),
                RateLimit(o, e[1], average, multiplier, yearsOfData),
                RateLimit(o, e[2], average, multiplier, yearsOfData),
                RateLimit(o, e[3], average, multiplier, yearsOfData));
        }

        return new FunnelLimits(FunnelStatistic.Rate, EstimationMethod.PoissonFunnel, average, average * multiplier, rows);
    }

    private static void RatePointsCore(
        ReadOnlySpan<double> numerators, ReadOnlySpan<double> rates, ReadOnlySpan<double> denominators, bool hasDenominators,
        FunnelRateType rateType, double multiplier, double yearsOfData, Span<FunnelPoint> destination)
    {
        var checks = default(InputChecks);
        CheckRates(ref checks, numerators, rates, denominators, hasDenominators, rateType, multiplier);
        checks.Positive(null, nameof(yearsOfData), yearsOfData);
        checks.DestinationLength(nameof(destination), destination.Length, numerators.Length);
        checks.ThrowIfAny();

        // assign_funnel_significance derives denominators as numerator / rate * multiplier for DSRs.
        PooledSum events = default, people = default;
        for (var i = 0; i < numerators.Length; i++)
        {
            events.Add(numerators[i]);
            var derived = DerivedDenominator(numerators[i], rates[i], hasDenominators ? denominators[i] : double.NaN, rateType, multiplier, limitsOrder: false);
            if (!double.IsNaN(derived))
            {
                people.Add(derived);
            }
        }

        var average = events.Total / people.Total;
        for (var i = 0; i < numerators.Length; i++)
        {
            var o = numerators[i];
            if (rateType == FunnelRateType.DirectlyStandardised && o < DsrMinimumEvents)
            {
                destination[i] = new FunnelPoint(null, null, FunnelSignificance.NotApplicable);
                continue;
            }

            var denominator = hasDenominators ? denominators[i] : double.NaN;
            var derived = DerivedDenominator(o, rates[i], denominator, rateType, multiplier, limitsOrder: false);

            // calculate_funnel_points: (multiplier * numerator / rate) / years, or denominator / years for a crude rate with no events.
            var perYear = o == 0 ? denominator / yearsOfData : multiplier * o / rates[i] / yearsOfData;
            var rate = double.IsNaN(rates[i]) ? (double?)null : rates[i];
            destination[i] = new FunnelPoint(perYear, rate, PoissonSignificance(o, derived, average));
        }
    }

    /// <summary>The denominator a rate funnel derives for one area; NaN where the reference has none (a DSR with no events).</summary>
    private static double DerivedDenominator(double numerator, double rate, double denominator, FunnelRateType rateType, double multiplier, bool limitsOrder)
    {
        if (numerator == 0)
        {
            return rateType == FunnelRateType.Crude ? denominator : double.NaN;
        }

        // The reference writes the DSR's derived denominator as multiplier * x / rate in the limits and x / rate * multiplier
        // in the significance; the two can differ in the last bit, so each is kept.
        return rateType == FunnelRateType.DirectlyStandardised && !limitsOrder
            ? numerator / rate * multiplier
            : multiplier * numerator / rate;
    }

    private static FunnelSignificance ProportionSignificanceCore(double numerator, double denominator, double average)
    {
        var value = numerator / denominator;
        if (value == average)
        {
            return FunnelSignificance.NotSignificant;
        }

        // NaN limits (a negative discriminant from rounding at an average of 0 or 1) fail every test, as in the reference.
        if (value < WilsonLimit(ZSquared998, denominator, average, high: false, 1))
        {
            return FunnelSignificance.Low99Point8;
        }

        if (value < WilsonLimit(ZSquared95, denominator, average, high: false, 1))
        {
            return FunnelSignificance.Low95;
        }

        if (value > WilsonLimit(ZSquared998, denominator, average, high: true, 1))
        {
            return FunnelSignificance.High99Point8;
        }

        return value > WilsonLimit(ZSquared95, denominator, average, high: true, 1)
            ? FunnelSignificance.High95
            : FunnelSignificance.NotSignificant;
    }

    /// <summary>Significance of an observed count against <paramref name="target"/>: 1 for ratios, the pooled rate for rates.</summary>
    private static FunnelSignificance PoissonSignificance(double observed, double denominator, double target)
    {
        var at998 = PoissonLimits.Conventional(observed, ConfidenceLevel.Percent99Point8);
        var at95 = PoissonLimits.Conventional(observed, ConfidenceLevel.Percent95);
        if (target < at998.Lower / denominator)
        {
            return FunnelSignificance.High99Point8;
        }

        if (target < at95.Lower / denominator)
        {
            return FunnelSignificance.High95;
        }

        if (target > at998.Upper / denominator)
        {
            return FunnelSignificance.Low99Point8;
        }

        return target > at95.Upper / denominator ? FunnelSignificance.Low95 : FunnelSignificance.NotSignificant;
    }

    /// <summary>
    /// PHEindicatormethods' <c>sigma_adjustment</c>, operation for operation. The discriminant is 64·p̄(1 − p̄)(N/z² + 1)(1 + z²/N)
    /// in exact arithmetic; rounding can make it slightly negative when p̄ is 1 or within about 1e-8 of it, which gives NaN
    /// (as in the reference) unless <paramref name="clampDiscriminant"/> takes it as 0.
    /// </summary>
    private static double WilsonLimit(double zSquared, double population, double average, bool high, double multiplier, bool clampDiscriminant = false)
    {
        var first = average * (population / zSquared + 1);
        var b = -8 * average * (population / zSquared + 1);
        var discriminant = b * b - 64 * (1 / zSquared + 1 / population) * average
            * (population * (average * (population / zSquared + 2) - 1) + zSquared * (average - 1));
        if (clampDiscriminant && discriminant < 0)
        {
            discriminant = 0;
        }

        var adjustment = Math.Sqrt(discriminant);
        var last = 1 / zSquared + 1 / population;
        var limit = high ? (first + adjustment / 8) / last : (first - adjustment / 8) / last;
        return limit / population * multiplier;
    }

    // The reference takes max(0, lower) and min(100, upper); here both are kept within [0, multiplier].
    private static double LowerLimit(double limit, double multiplier) => Math.Min(Math.Max(0, limit), multiplier);

    private static double UpperLimit(double limit, double multiplier) => Math.Max(Math.Min(multiplier, limit), 0);

    private static FunnelLimitPoint RatioLimit(double observed, double expected, FunnelRatioType ratioType) =>
        new(expected, TransformRatio(observed / expected, ratioType));

    private static double TransformRatio(double ratio, FunnelRatioType ratioType) =>
        ratioType == FunnelRatioType.Count ? ratio - 1 : ratio * 100;

    private static FunnelLimitPoint RateLimit(double observed, double expected, double average, double multiplier, double yearsOfData)
    {
        var population = expected / average;
        return new FunnelLimitPoint(population / yearsOfData, observed / population * multiplier);
    }

    private static double PooledAverage(ReadOnlySpan<double> numerators, ReadOnlySpan<double> denominators, out double min, out double max)
    {
        PooledSum x = default, n = default;
        min = double.PositiveInfinity;
        max = double.NegativeInfinity;
        for (var i = 0; i < numerators.Length; i++)
        {
            x.Add(numerators[i]);
            n.Add(denominators[i]);
            min = Math.Min(min, denominators[i]);
            max = Math.Max(max, denominators[i]);
        }

        return x.Total / n.Total;
    }

    private static double Square(double x) => x * x;

    // ------------------------------------------------------------------ validation

    private static void CheckProportions(ref InputChecks checks, ReadOnlySpan<double> numerators, ReadOnlySpan<double> denominators)
    {
        CheckLengths(ref checks, "numerators", numerators.Length, "denominators", denominators.Length);
        var count = Math.Min(numerators.Length, denominators.Length);
        for (var i = 0; i < count; i++)
        {
            CheckProportion(ref checks, i, numerators[i], denominators[i]);
        }
    }

    private static void CheckProportion(ref InputChecks checks, int? index, double numerator, double denominator)
    {
        var argument = index is null ? "numerator" : "numerators";
        checks.NonNegative(index, argument, numerator);
        checks.Positive(index, index is null ? "denominator" : "denominators", denominator);
        if (numerator > denominator && denominator > 0 && double.IsFinite(denominator))
        {
            checks.Add(index, argument, numerator, $"must be <= the denominator ({denominator.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}) for a proportion");
        }
    }

    private static void CheckRatios(ref InputChecks checks, ReadOnlySpan<double> observed, ReadOnlySpan<double> expected)
    {
        CheckLengths(ref checks, nameof(observed), observed.Length, nameof(expected), expected.Length);
        var count = Math.Min(observed.Length, expected.Length);
        for (var i = 0; i < count; i++)
        {
            checks.NonNegative(i, nameof(observed), observed[i]);
            checks.Positive(i, nameof(expected), expected[i]);
        }
    }

    private static void CheckRates(
        ref InputChecks checks, ReadOnlySpan<double> numerators, ReadOnlySpan<double> rates, ReadOnlySpan<double> denominators,
        bool hasDenominators, FunnelRateType rateType, double multiplier)
    {
        CheckLengths(ref checks, nameof(numerators), numerators.Length, nameof(rates), rates.Length);
        if (hasDenominators)
        {
            checks.SameLength(nameof(denominators), denominators.Length, nameof(numerators), numerators.Length);
        }

        CheckRateType(ref checks, rateType);
        checks.Positive(null, nameof(multiplier), multiplier);
        var count = Math.Min(numerators.Length, rates.Length);
        if (hasDenominators)
        {
            count = Math.Min(count, denominators.Length);
        }

        var anyEvents = false;
        for (var i = 0; i < count; i++)
        {
            var x = numerators[i];
            checks.NonNegative(i, nameof(numerators), x);
            anyEvents |= x > 0 && double.IsFinite(x);
            if (x > 0)
            {
                checks.Positive(i, nameof(rates), rates[i]);
            }

            var crudeWithoutEvents = x == 0 && rateType == FunnelRateType.Crude;
            if (!hasDenominators)
            {
                if (crudeWithoutEvents)
                {
                    checks.Add(i, nameof(denominators), "not supplied", "are required for crude rates where the numerator is 0 (use the overload with denominators)");
                }
            }
            else if (crudeWithoutEvents || !double.IsNaN(denominators[i]))
            {
                checks.Positive(i, nameof(denominators), denominators[i]);
            }
        }

        if (count > 0 && !anyEvents)
        {
            checks.Add(null, nameof(numerators), "all 0", "must include at least one area with events (> 0) for a rate funnel");
        }
    }

    private static void CheckLengths(ref InputChecks checks, string argument, int length, string otherArgument, int otherLength)
    {
        if (length == 0)
        {
            checks.Add(null, argument, "empty", "must contain at least one area");
        }

        checks.SameLength(otherArgument, otherLength, argument, length);
    }

    private static void CheckRatioType(ref InputChecks checks, FunnelRatioType ratioType)
    {
        if (ratioType is not (FunnelRatioType.Count or FunnelRatioType.IndirectlyStandardised))
        {
            checks.Add(null, nameof(ratioType), ratioType.ToString(), "must be Count or IndirectlyStandardised");
        }
    }

    private static void CheckRateType(ref InputChecks checks, FunnelRateType rateType)
    {
        if (rateType is not (FunnelRateType.DirectlyStandardised or FunnelRateType.Crude))
        {
            checks.Add(null, nameof(rateType), rateType.ToString(), "must be DirectlyStandardised or Crude");
        }
    }
}
