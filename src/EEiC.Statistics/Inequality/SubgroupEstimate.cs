using System.Globalization;

namespace EEiC.Statistics.Inequality;

/// <summary>
/// The estimate of one subgroup of a <em>non-ordered</em> dimension (for example one ethnic group or one region)
/// within one setting, as input to the <see cref="NonOrderedSummaryMeasures"/>: its name, the estimate, and
/// optionally its standard error and population.
/// </summary>
/// <remarks>
/// <para>The type carries no position in an order on purpose: the measures that need one (the slope and relative
/// indices, the absolute and relative concentration indices) take <see cref="OrderedSubgroupEstimate"/> in
/// <see cref="OrderedSummaryMeasures"/> (or <see cref="OrderedQuantileValue"/> in the PHE
/// <see cref="SlopeIndexOfInequality"/>) instead, so a non-ordered dimension such as ethnicity cannot reach them.</para>
/// <para>Nothing is checked when a value is created; each measure checks all subgroups and reports every problem
/// at once in a <see cref="Validation.StatisticsInputException"/>.</para>
/// </remarks>
/// <param name="Name">The subgroup's name (used to find the reference subgroup and in error messages).</param>
/// <param name="Estimate">The indicator estimate, on its published scale (for example a percentage, with the scale 100).</param>
/// <param name="StandardError">The standard error of the estimate, ≥ 0, or <see langword="null"/> when unknown (analytic confidence limits are then absent).</param>
/// <param name="Population">The subgroup's population (any unit: only shares are used), &gt; 0, or <see langword="null"/> when unknown (weighted measures then need it).</param>
public readonly record struct SubgroupEstimate(string Name, double Estimate, double? StandardError = null, double? Population = null)
{
    /// <summary>For example <c>"aceh: 95.1178 (se 1.538), population 230.2"</c>.</summary>
    /// <returns>The formatted subgroup.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Name}: {Estimate:G6}{(StandardError is { } se ? $" (se {se:G4})" : "")}{(Population is { } p ? $", population {p:G}" : "")}");
}
