namespace EEiC.Statistics.Disclosure;

/// <summary>
/// A small-number disclosure control rule: which counts are suppressed (primary suppression), whether zeros are,
/// and whether published counts and totals are rounded. Secondary suppression is always applied (see
/// <see cref="SmallNumberSuppression"/>). Use a preset or build your own, for example
/// <c>DisclosurePolicy.FewerThan10 with { SuppressZeros = true }</c>.
/// </summary>
/// <param name="Name">A short name for reports, for example <c>"HES: suppress 1–7, round to 5"</c>.</param>
/// <param name="LargestSuppressedCount">Counts from 1 up to and including this value are suppressed (7 for the HES rule, 9 for "fewer than 10"). Must be &gt;= 0; 0 suppresses no non-zero count.</param>
/// <param name="SuppressZeros">Whether a count of 0 is suppressed as well.</param>
/// <param name="RoundingBase">Published (unsuppressed) counts and totals are rounded to the nearest multiple of this base, halves away from zero; 0 or 1 means no rounding.</param>
/// <param name="Source">Where the rule comes from, for reports.</param>
/// <remarks>
/// Primary suppression of small counts with complementary (secondary) suppression follows the cell suppression
/// approach of Hundepool A et al. <i>Statistical Disclosure Control</i>. Wiley, 2012, chapter 4 (tabular data).
/// The presets encode the rules as stated in their documentation: check them against the current edition of the
/// guidance your data provider or data sharing agreement names, and build your own policy where they differ.
/// </remarks>
public sealed record DisclosurePolicy(string Name, int LargestSuppressedCount, bool SuppressZeros, int RoundingBase, string Source)
{
    /// <summary>
    /// NHS Digital's Hospital Episode Statistics rule: counts of 1 to 7 are suppressed and all other counts and
    /// totals are rounded to the nearest 5. Zeros are <b>not</b> suppressed (published as 0), as in the rule's
    /// usual statement "suppress 1–7"; if your edition of the guide also withholds zeros, use
    /// <c>with { SuppressZeros = true }</c>.
    /// </summary>
    /// <remarks>Source: NHS Digital. <i>Hospital Episode Statistics (HES) Analysis Guide</i>, section on small numbers / suppression (rule stated here: 1–7 suppressed, others rounded to the nearest 5, zeros published).</remarks>
    public static DisclosurePolicy HesSuppress1To7RoundTo5 { get; } = new(
        "HES: suppress 1–7, round others to nearest 5", 7, false, 5,
        "NHS Digital, Hospital Episode Statistics (HES) Analysis Guide: small-number suppression (1–7 suppressed, other figures rounded to the nearest 5)");

    /// <summary>
    /// The "fewer than 10" rule: counts of 1 to 9 are suppressed; no rounding. Zeros are <b>not</b> suppressed by
    /// this preset (a documented choice; use <c>with { SuppressZeros = true }</c> where your guidance treats a zero as
    /// disclosive).
    /// </summary>
    /// <remarks>Source: the "fewer than 10" convention used in ONS and NHS official statistics releases (rule stated here: 1–9 suppressed, zeros published, no rounding); check it against the release's own statistical disclosure control statement.</remarks>
    public static DisclosurePolicy FewerThan10 { get; } = new(
        "Fewer than 10: suppress 1–9", 9, false, 0,
        "\"Fewer than 10\" convention of ONS / NHS official statistics releases (1–9 suppressed, zeros published, no rounding)");

    /// <summary>
    /// The "fewer than 5" rule: counts of 1 to 4 are suppressed; no rounding. Zeros are <b>not</b> suppressed by
    /// this preset (a documented choice; use <c>with { SuppressZeros = true }</c> where needed).
    /// </summary>
    /// <remarks>Source: the "fewer than 5" convention used in NHS and ONS releases (rule stated here: 1–4 suppressed, zeros published, no rounding); check it against the release's own statistical disclosure control statement.</remarks>
    public static DisclosurePolicy FewerThan5 { get; } = new(
        "Fewer than 5: suppress 1–4", 4, false, 0,
        "\"Fewer than 5\" convention of NHS / ONS releases (1–4 suppressed, zeros published, no rounding)");

    /// <summary>Whether this policy suppresses a count (primary suppression).</summary>
    /// <param name="count">A non-negative whole count.</param>
    /// <returns><see langword="true"/> when the count is 0 and zeros are suppressed, or from 1 to <see cref="LargestSuppressedCount"/>.</returns>
    /// <remarks>Hundepool A et al. <i>Statistical Disclosure Control</i>. Wiley, 2012, §4.2 (threshold rule).</remarks>
    public bool SuppressesCount(double count) => count == 0 ? SuppressZeros : count >= 1 && count <= LargestSuppressedCount;

    /// <summary>Rounds a published count or total to the nearest multiple of <see cref="RoundingBase"/> (halves away from zero); unchanged when the base is 0 or 1.</summary>
    /// <param name="value">The count or total.</param>
    /// <returns>The published value.</returns>
    /// <remarks>Rounding to a base as in Hundepool A et al. <i>Statistical Disclosure Control</i>. Wiley, 2012, §4.4 (rounding).</remarks>
    public double Round(double value) => RoundingBase <= 1
        ? value
        : Math.Round(value / RoundingBase, MidpointRounding.AwayFromZero) * RoundingBase;
}
