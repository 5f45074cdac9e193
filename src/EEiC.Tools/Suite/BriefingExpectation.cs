using EEiC.Statistics.Intervals;
using EEiC.Statistics.Need;

namespace EEiC.Tools.Suite;

/// <summary>
/// Observed against expected counts for one ethnic group: one row of <see cref="BriefingData.Expectations"/>. The
/// expected count applies reference rates by group (for example national prevalence or activity rates by ethnic group
/// and age) to the local population, as commissioners in the EEiC study did to find a likely gap in access to
/// revascularisation (Better Health Briefing 28, EEiC seed 001, line 121).
/// </summary>
/// <param name="Group">The group's name, as it should appear in the briefing.</param>
/// <param name="Observed">The observed count (finite, at least 0).</param>
/// <param name="Expected">The expected count (finite, above 0).</param>
/// <remarks>
/// Fill it from <see cref="ExpectedVersusObserved.Ratios(Datasets.StratifiedDataset, Datasets.StratifiedDataset, IReadOnlyList{ConfidenceLevel})"/>
/// with <see cref="From(GroupEstimate, int)"/>, which takes an entry of <see cref="ObservedExpectedTable.Groups"/>
/// (numerator O, denominator E) and the interval of O/E; or by hand from an <c>IndirectlyStandardisedEstimate</c>
/// (<c>Observed</c>, <c>Expected</c>, and the limits of its <c>Estimate</c>).
/// </remarks>
public sealed record BriefingExpectation(string Group, double Observed, double Expected)
{
    /// <summary>The lower confidence limit of <see cref="Ratio"/>, or <see langword="null"/> when no interval is given (give both limits or neither).</summary>
    public double? RatioLower { get; init; }

    /// <summary>The upper confidence limit of <see cref="Ratio"/>, or <see langword="null"/> when no interval is given.</summary>
    public double? RatioUpper { get; init; }

    /// <summary>The observed/expected ratio.</summary>
    public double Ratio => Observed / Expected;

    /// <summary>How many fewer were observed than expected (negative when more were observed).</summary>
    public double Shortfall => Expected - Observed;

    /// <summary>Takes a group's observed and expected counts, and the interval of their ratio at one level, from an <see cref="ObservedExpectedTable"/> entry.</summary>
    /// <param name="observedExpected">An entry of <see cref="ObservedExpectedTable.Groups"/>: its row's numerator is O and its denominator E.</param>
    /// <param name="level">The index of the confidence level in <see cref="GroupEstimate.Estimates"/> (0 for the first level requested).</param>
    /// <returns>The group's name, counts and ratio limits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observedExpected"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not an index of <see cref="GroupEstimate.Estimates"/>.</exception>
    /// <exception cref="ArgumentException">The row has no numerator or denominator, or the ratio has no value or no limits (for example E = 0).</exception>
    public static BriefingExpectation From(GroupEstimate observedExpected, int level = 0)
    {
        ArgumentNullException.ThrowIfNull(observedExpected);
        var row = observedExpected.Row;
        var interval = BriefingInputs.At(observedExpected.Estimates, level, nameof(level));
        if (row.Numerator is not { } observed || row.Denominator is not { } expected)
        {
            throw new ArgumentException(
                $"{nameof(observedExpected)} for group '{row.Group}' must carry the observed count as numerator and the expected count as denominator, got {row.Numerator?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"} and {row.Denominator?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}.",
                nameof(observedExpected));
        }

        var (_, lower, upper) = BriefingInputs.Limits(interval, row.Group, nameof(observedExpected));
        return new BriefingExpectation(row.Group, observed, expected) { RatioLower = lower, RatioUpper = upper };
    }
}
