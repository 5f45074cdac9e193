using System.Text.Json.Serialization;

namespace EEiC.Statistics.GroupComparison;

/// <summary>
/// How the p-values of the comparisons of several groups with one reference group are adjusted for multiplicity.
/// Within one set of groups (one area, say), m is the number of groups other than the reference: every comparison
/// made counts, whether or not its own p-value is defined, which is conservative and equals R's
/// <c>p.adjust(p, method, n = m)</c>.
/// </summary>
/// <remarks>
/// <para>The adjustment changes <see cref="ComparisonEstimate.AdjustedPValue"/> only; the raw
/// <see cref="ComparisonEstimate.PValue"/> is kept. Confidence intervals are widened only when
/// <see cref="ComparisonOptions.BonferroniIntervals"/> is set, whatever is chosen here, because only Bonferroni has
/// a simple matching interval.</para>
/// <para>Bonferroni CE. Teoria statistica delle classi e calcolo delle probabilità. 1936. Holm S. A simple
/// sequentially rejective multiple test procedure. Scand J Stat 1979;6:65–70. Benjamini Y, Hochberg Y. Controlling the
/// false discovery rate: a practical and powerful approach to multiple testing. J R Stat Soc B 1995;57:289–300.</para>
/// </remarks>
[JsonConverter(typeof(JsonStringEnumConverter<MultipleComparisonAdjustment>))]
public enum MultipleComparisonAdjustment
{
    /// <summary>No adjustment: the adjusted p-value equals the raw one.</summary>
    None = 0,

    /// <summary>min(1, m·p): controls the family-wise error rate (the chance of any false positive) under any dependence.</summary>
    Bonferroni = 1,

    /// <summary>Holm's step-down: with the p-values sorted ascending, p₍ᵢ₎ becomes the running maximum of min(1, (m − i + 1)·p₍ᵢ₎); controls the family-wise error rate, never less powerful than Bonferroni.</summary>
    Holm = 2,

    /// <summary>Benjamini–Hochberg step-up: with the p-values sorted descending, the running minimum of min(1, m/i·p₍ᵢ₎); controls the false discovery rate (the expected share of false positives among the significant) for independent or positively dependent tests.</summary>
    BenjaminiHochberg = 3,
}
