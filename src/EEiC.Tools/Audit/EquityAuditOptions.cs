using EEiC.Datasets;
using EEiC.Statistics.DataQuality;
using EEiC.Statistics.Disclosure;
using EEiC.Statistics.GroupComparison;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Standardisation;

namespace EEiC.Tools.Audit;

/// <summary>
/// How <see cref="EquityAudit.Run"/> audits a dataset: the reference group, the confidence levels, the standard population,
/// optional reference rates and benchmark, the multiple-comparison adjustment, the disclosure policy and the data-quality
/// thresholds. Every option has a documented default (<see cref="Default"/>); options are checked when the audit runs and
/// every bad one is reported in one <see cref="EEiC.Statistics.Validation.StatisticsInputException"/> naming the option,
/// its value and the rule.
/// </summary>
public sealed record EquityAuditOptions
{
    /// <summary>The defaults: the largest group as reference, 95% and 99.8% intervals, the European Standard Population 2013 (or the dataset's own age structure when its bands are not the ESP's), no reference rates, the overall value as benchmark, Holm's adjustment, the HES disclosure rule and the default data-quality thresholds.</summary>
    public static EquityAuditOptions Default { get; } = new();

    /// <summary>
    /// The reference group every other group is compared with: an ethnic category code or label of the dataset's scheme
    /// (for example <c>"A"</c> or <c>"White - British"</c>), matched ignoring case and surrounding white space. <see langword="null"/>
    /// (default) chooses the group with the largest total denominator, never a missing-ethnicity category (not stated, not
    /// known); ties go to the group that comes first in the classification. A group absent from the data is an error.
    /// </summary>
    public string? ReferenceGroup { get; init; }

    /// <summary>
    /// The confidence levels of every interval, at least one, distinct. Default <see cref="ConfidenceLevel.Standard"/> (95% and
    /// 99.8%). The first level decides significance: a gap is significant when its adjusted p-value is below 1 − the first
    /// level (0.05 by default), and trends, sensitivity and benchmark verdicts are judged at it.
    /// </summary>
    public IReadOnlyList<ConfidenceLevel> Levels { get; init; } = ConfidenceLevel.Standard;

    /// <summary>
    /// The standard population of the directly standardised estimates, used when the rows have age bands. Default
    /// <see langword="null"/>: <see cref="StandardPopulation.European2013"/>, the standard of England's public health
    /// indicators, when every age band in the rows is one of its five-year bands; otherwise (broader or service-specific
    /// bands such as 18-49, 50-59, ..., 80+) the dataset's own age structure, that is the denominators of all its records
    /// (every group, unknown ethnicity included) summed by band, so each group is compared as if it had the age mix of the
    /// whole population served. When the rows cover only some of a standard's bands (a service for people aged 40 and
    /// over, say), the standard is restricted to those bands. The result names the standard actually used.
    /// </summary>
    public StandardPopulation? Standard { get; init; }

    /// <summary>
    /// Reference rates for expected versus observed activity (for example national uptake by age band), or <see langword="null"/>
    /// (default) for none. A <see cref="DatasetMeasure.Rate"/> dataset with one row per age band and group, whose rate is
    /// numerator ÷ denominator (events per person, or a proportion with its eligible count): either by ethnic group, in the
    /// dataset's scheme, with every group of the data; or with a group dimension that is not ethnicity (one rate per age
    /// band, applied to every group). Needs rows with age bands.
    /// </summary>
    public StratifiedDataset? ReferenceRates { get; init; }

    /// <summary>
    /// The benchmark every group is compared with, on the indicator's scale (for example a national value in percent), or
    /// <see langword="null"/> (default) for the overall value of the dataset (all rows, missing ethnicity included; directly
    /// standardised when the gaps are judged on standardised estimates). Must be finite.
    /// </summary>
    public double? Benchmark { get; init; }

    /// <summary>How the p-values of the comparisons with the reference group are adjusted for their number. Default <see cref="MultipleComparisonAdjustment.Holm"/>.</summary>
    public MultipleComparisonAdjustment Adjustment { get; init; } = MultipleComparisonAdjustment.Holm;

    /// <summary>
    /// The small-number disclosure policy applied to every count the result publishes. Default
    /// <see cref="DisclosurePolicy.HesSuppress1To7RoundTo5"/>. A policy with <see cref="DisclosurePolicy.LargestSuppressedCount"/>
    /// 0, zeros published and no rounding publishes every count as it is (for analysts working inside a secure setting).
    /// </summary>
    public DisclosurePolicy Disclosure { get; init; } = DisclosurePolicy.HesSuppress1To7RoundTo5;

    /// <summary>
    /// The options of the ethnicity data-quality assessment (thresholds of the verdict, a reference population, the history
    /// of completeness). Default <see cref="EthnicityQualityOptions.Default"/>; its level is replaced by the first of
    /// <see cref="Levels"/>.
    /// </summary>
    public EthnicityQualityOptions DataQuality { get; init; } = EthnicityQualityOptions.Default;
}
