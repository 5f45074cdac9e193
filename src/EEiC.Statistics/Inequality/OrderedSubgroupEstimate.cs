using System.Globalization;

namespace EEiC.Statistics.Inequality;

/// <summary>
/// The estimate of one subgroup of an <em>ordered</em> dimension (for example one deprivation quintile or wealth
/// quintile) within one setting, as input to the <see cref="OrderedSummaryMeasures"/>: its name, its position in
/// the order, the estimate, and optionally its standard error and population.
/// </summary>
/// <remarks>
/// <para>The explicit <see cref="Order"/> is what makes the concentration indices and the slope and relative indices
/// of inequality available: only ordered input reaches them, so a non-ordered dimension such as ethnicity cannot.
/// The measures that do not use the order (between-group variance, Theil index, mean log deviation, index of
/// disparity, ...) are the non-ordered measures; pass <see cref="ToSubgroupEstimate"/> of each subgroup to
/// <see cref="NonOrderedSummaryMeasures"/> for them.</para>
/// <para>Nothing is checked when a value is created; each measure checks all subgroups and reports every problem
/// at once in a <see cref="Validation.StatisticsInputException"/>.</para>
/// </remarks>
/// <param name="Name">The subgroup's name (used in error messages).</param>
/// <param name="Order">The subgroup's position in the social order: lower = more disadvantaged (healthequal's <c>subgroup_order</c>, 1 = the poorest or most deprived). Distinct within a setting; gaps are allowed (only the order matters).</param>
/// <param name="Estimate">The indicator estimate, on its published scale (for example a percentage).</param>
/// <param name="StandardError">The standard error of the estimate, ≥ 0, or <see langword="null"/> when unknown (used by the difference and ratio only).</param>
/// <param name="Population">The subgroup's population (any unit: only shares are used), &gt; 0, or <see langword="null"/> when unknown (then every subgroup counts as 1 in the concentration and slope indices, as in healthequal).</param>
public readonly record struct OrderedSubgroupEstimate(string Name, int Order, double Estimate, double? StandardError = null, double? Population = null)
{
    /// <summary>
    /// The same subgroup without its order, for the measures that do not use the order (bgv, ti, mld, idisw, ...) in
    /// <see cref="NonOrderedSummaryMeasures"/>. Allocates nothing.
    /// </summary>
    /// <returns>The subgroup as non-ordered input.</returns>
    public SubgroupEstimate ToSubgroupEstimate() => new(Name, Estimate, StandardError, Population);

    /// <summary>For example <c>"Quintile 1 (poorest) [1]: 75.6053 (se 1.6), population 2072.44"</c>.</summary>
    /// <returns>The formatted subgroup.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Name} [{Order}]: {Estimate:G6}{(StandardError is { } se ? $" (se {se:G4})" : "")}{(Population is { } p ? $", population {p:G}" : "")}");
}
