using System.Buffers;
using System.Globalization;
using EEiC.Indicators;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Validation;

namespace EEiC.Statistics.Inequality;

/// <summary>
/// Summary measures of health inequality between the subgroups of an <em>ordered</em> dimension (deprivation
/// quintiles or deciles, wealth quintiles, education levels) within one setting, following the WHO Health Equity
/// Assessment Toolkit conventions exactly as the R package healthequal 1.0.1 computes them: the difference and ratio
/// of the extreme subgroups, the absolute and relative concentration indices, the slope and relative indices of
/// inequality, and the population attributable fraction and risk.
/// </summary>
/// <remarks>
/// <para>Schlotheuber A, Hosseinpoor AR. Summary measures of health inequality: a review of existing measures and
/// their application. Int J Environ Res Public Health 2022;19:3697. World Health Organization. Health Equity
/// Assessment Toolkit (HEAT): technical notes. Geneva: WHO; 2024. Reference implementation: healthequal 1.0.1 (WHO,
/// github.com/WHOequity/healthequal, commit 3e7e040).</para>
/// <para>Why: the project's sources ask for the deprivation gradient and the comparison of the extreme quantiles
/// (domain-notes/seed-004.md line 180, need S3) and for analyses stratified by deprivation quintile alongside ethnicity
/// (domain-notes/seed-000-001.md line 597, need S9); these measures summarise an ordered dimension such as the IMD
/// quintile, for example within each ethnic group.</para>
/// <para>Ranks: the subgroups are sorted by <see cref="OrderedSubgroupEstimate.Order"/> (lower = more
/// disadvantaged) and subgroup j gets the relative rank (Σ_{i&lt;j} popᵢ + popⱼ/2)/Σpop, the midpoint of its share
/// of the cumulative population (every population counts as 1 when none is given).</para>
/// <para>Inputs: every subgroup needs a finite estimate and a distinct order; a standard error, when given, must be
/// finite and ≥ 0; a population, when given, finite and &gt; 0, and given on all subgroups or none. At least 2
/// subgroups are required for the difference, ratio and population attributable measures and 3 for the regression
/// measures (concentration, slope and relative indices). Every problem of a call is reported at once in a
/// <see cref="StatisticsInputException"/>. The measures that ignore the order (bgv, ti, mld, idisw, ...) are not
/// computed here: pass <see cref="OrderedSubgroupEstimate.ToSubgroupEstimate"/> of each subgroup to
/// <see cref="NonOrderedSummaryMeasures"/>.</para>
/// <para>Confidence limits are analytic (estimate ∓ z·se, or exp(ln ∓ z·se) for ratios). An undefined measure is
/// returned with a non-<see cref="EstimateStatus.Ok"/> status and no value; each measure states when.</para>
/// </remarks>
public static partial class OrderedSummaryMeasures
{
    /// <summary>Subgroups per setting up to which scratch space comes from the stack; larger settings rent it.</summary>
    private const int StackSubgroups = 64;

    /// <summary>Doubles of scratch per subgroup.</summary>
    private const int ScratchPerSubgroup = 8;

    /// <summary>
    /// The smallest number of subgroups a measure accepts: 2 for the difference, ratio and population attributable
    /// measures, 3 for the concentration, slope and relative indices (a two-parameter regression on 2 points has no
    /// residual and no standard error).
    /// </summary>
    /// <param name="measure">An ordered measure (see <see cref="IsOrderedMeasure"/>).</param>
    /// <returns>The minimum number of subgroups.</returns>
    public static int MinimumSubgroups(SummaryMeasure measure) =>
        SummaryMeasureEstimate.NeedsOrderedDimension(measure) ? 3 : 2;

    /// <summary>
    /// Whether <see cref="Compute(SummaryMeasure, ReadOnlySpan{OrderedSubgroupEstimate}, SummaryMeasureSettings)"/>
    /// computes a measure: d, r, aci, rci, sii, rii, paf and par (the measures whose definition uses the order).
    /// </summary>
    /// <param name="measure">The measure.</param>
    /// <returns><see langword="true"/> for the eight ordered measures.</returns>
    public static bool IsOrderedMeasure(SummaryMeasure measure) =>
        SummaryMeasureEstimate.NeedsOrderedDimension(measure) || measure is SummaryMeasure.Difference or SummaryMeasure.Ratio
            or SummaryMeasure.PopulationAttributableFraction or SummaryMeasure.PopulationAttributableRisk;

    /// <summary>
    /// Computes one ordered summary measure for one setting. See the measure's own method for its definition.
    /// </summary>
    /// <param name="measure">One of d, r, aci, rci, sii, rii, paf, par.</param>
    /// <param name="subgroups">The subgroups of the setting, in any order.</param>
    /// <param name="settings">Polarity, scale, setting average, bounds, concentration-index method, slope-index model and confidence level.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="StatisticsInputException">Any input problem (all are listed).</exception>
    /// <remarks>Schlotheuber A, Hosseinpoor AR. Int J Environ Res Public Health 2022;19:3697; healthequal 1.0.1 (WHO).</remarks>
    public static SummaryMeasureEstimate Compute(SummaryMeasure measure, ReadOnlySpan<OrderedSubgroupEstimate> subgroups, SummaryMeasureSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        RejectUnordered(measure);
        var checks = default(InputChecks);
        ValidateSettings(ref checks, measure, settings);
        Validate(ref checks, measure, subgroups, settings, null);
        checks.ThrowIfAny();
        return WithScratch(measure, subgroups, settings, subgroups.Length);
    }

    /// <summary>
    /// Computes one ordered summary measure for many settings at once: the subgroups of all settings lie
    /// contiguously in <paramref name="subgroups"/>, setting s having <paramref name="groupLengths"/>[s] of them, and
    /// its result goes to <paramref name="destination"/>[s]. Allocates nothing per setting (settings of up to 64
    /// subgroups use stack space; larger ones one rented buffer). Every problem of every setting is reported at once
    /// (the setting's index is the problem's group).
    /// </summary>
    /// <param name="measure">One of d, r, aci, rci, sii, rii, paf, par.</param>
    /// <param name="subgroups">The subgroups of all settings, setting by setting.</param>
    /// <param name="groupLengths">The number of subgroups of each setting.</param>
    /// <param name="settings">The settings, shared by all settings (use the single-setting overload when the setting average differs).</param>
    /// <param name="destination">One result per setting.</param>
    /// <exception cref="StatisticsInputException">Any input problem (all are listed).</exception>
    /// <remarks>Schlotheuber A, Hosseinpoor AR. Int J Environ Res Public Health 2022;19:3697; healthequal 1.0.1 (WHO).</remarks>
    public static void Compute(SummaryMeasure measure, ReadOnlySpan<OrderedSubgroupEstimate> subgroups, ReadOnlySpan<int> groupLengths,
        SummaryMeasureSettings settings, Span<SummaryMeasureEstimate> destination)
    {
        ArgumentNullException.ThrowIfNull(settings);
        RejectUnordered(measure);
        var checks = default(InputChecks);
        checks.DestinationLength(nameof(destination), destination.Length, groupLengths.Length);
        var longest = checks.GroupLengths(nameof(groupLengths), groupLengths, subgroups.Length, "subgroups");

        ValidateSettings(ref checks, measure, settings);
        checks.ThrowIfAny();
        var start = 0;
        for (var s = 0; s < groupLengths.Length; s++)
        {
            Validate(ref checks, measure, subgroups.Slice(start, groupLengths[s]), settings, s);
            start += groupLengths[s];
        }

        checks.ThrowIfAny();
        int[]? rentedIndex = null;
        double[]? rentedScratch = null;
        var index = longest <= StackSubgroups ? stackalloc int[StackSubgroups] : (rentedIndex = ArrayPool<int>.Shared.Rent(longest));
        var scratch = longest <= StackSubgroups
            ? stackalloc double[StackSubgroups * ScratchPerSubgroup]
            : (rentedScratch = ArrayPool<double>.Shared.Rent(longest * ScratchPerSubgroup));
        try
        {
            start = 0;
            for (var s = 0; s < groupLengths.Length; s++)
            {
                destination[s] = Evaluate(measure, subgroups.Slice(start, groupLengths[s]), settings, index, scratch);
                start += groupLengths[s];
            }
        }
        finally
        {
            if (rentedIndex is not null)
            {
                ArrayPool<int>.Shared.Return(rentedIndex);
            }

            if (rentedScratch is not null)
            {
                ArrayPool<double>.Shared.Return(rentedScratch);
            }
        }
    }

    private static SummaryMeasureEstimate WithScratch(SummaryMeasure measure, ReadOnlySpan<OrderedSubgroupEstimate> g, SummaryMeasureSettings settings, int n)
    {
        if (n <= StackSubgroups)
        {
            Span<int> index = stackalloc int[StackSubgroups];
            Span<double> scratch = stackalloc double[StackSubgroups * ScratchPerSubgroup];
            return Evaluate(measure, g, settings, index, scratch);
        }

        var rentedIndex = ArrayPool<int>.Shared.Rent(n);
        var rentedScratch = ArrayPool<double>.Shared.Rent(n * ScratchPerSubgroup);
        try
        {
            return Evaluate(measure, g, settings, rentedIndex, rentedScratch);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rentedIndex);
            ArrayPool<double>.Shared.Return(rentedScratch);
        }
    }

    private static SummaryMeasureEstimate Evaluate(SummaryMeasure measure, ReadOnlySpan<OrderedSubgroupEstimate> g, SummaryMeasureSettings settings,
        Span<int> index, Span<double> scratch) =>
        measure switch
        {
            SummaryMeasure.Difference or SummaryMeasure.Ratio => ExtremesCore(measure, g, settings),
            SummaryMeasure.PopulationAttributableFraction => AttributableCore(g, settings, true),
            SummaryMeasure.PopulationAttributableRisk => AttributableCore(g, settings, false),
            SummaryMeasure.AbsoluteConcentrationIndex or SummaryMeasure.RelativeConcentrationIndex => ConcentrationCore(measure, g, settings, index, scratch),
            _ => SlopeCore(measure, g, settings, index, scratch),
        };

    /// <summary>The non-ordered measures are computed by <see cref="NonOrderedSummaryMeasures"/>; say so.</summary>
    private static void RejectUnordered(SummaryMeasure measure)
    {
        if (!Enum.IsDefined(measure))
        {
            throw new ArgumentOutOfRangeException(nameof(measure), measure, "unknown summary measure");
        }

        if (IsOrderedMeasure(measure))
        {
            return;
        }

        var checks = default(InputChecks);
        checks.Add(null, nameof(measure), measure.ToString(),
            $"{SummaryMeasureEstimate.CodeOf(measure)} does not use the order of the subgroups: compute it with {nameof(NonOrderedSummaryMeasures)} "
            + $"on {nameof(OrderedSubgroupEstimate)}.{nameof(OrderedSubgroupEstimate.ToSubgroupEstimate)}() of each subgroup");
        checks.ThrowIfAny();
    }

    /// <summary>Problems of the settings themselves (reported once, not per setting).</summary>
    private static void ValidateSettings(ref InputChecks checks, SummaryMeasure measure, SummaryMeasureSettings settings)
    {
        var code = SummaryMeasureEstimate.CodeOf(measure);
        if (measure is SummaryMeasure.Difference or SummaryMeasure.Ratio or SummaryMeasure.PopulationAttributableFraction
                or SummaryMeasure.PopulationAttributableRisk
            && settings.Polarity is not (IndicatorPolarity.HigherIsBetter or IndicatorPolarity.LowerIsBetter))
        {
            checks.Add(null, "settings.Polarity", settings.Polarity.ToString(), $"{code} on an ordered dimension needs HigherIsBetter or LowerIsBetter");
        }

        if (settings.Scale is { } scale && measure is SummaryMeasure.PopulationAttributableFraction or SummaryMeasure.PopulationAttributableRisk)
        {
            checks.Positive(null, "settings.Scale", scale);
        }

        if (measure is SummaryMeasure.AbsoluteConcentrationIndex or SummaryMeasure.RelativeConcentrationIndex)
        {
            ValidateBounds(ref checks, measure, settings);
        }

        if (!Enum.IsDefined(settings.SlopeIndexModel))
        {
            checks.Add(null, "settings.SlopeIndexModel", settings.SlopeIndexModel.ToString(), "must be Logistic or Linear");
        }
    }

    private static void ValidateBounds(ref InputChecks checks, SummaryMeasure measure, SummaryMeasureSettings settings)
    {
        var code = SummaryMeasureEstimate.CodeOf(measure);
        if (settings.LowerBound is null != settings.UpperBound is null)
        {
            checks.Add(null, settings.LowerBound is null ? "settings.LowerBound" : "settings.UpperBound", "null",
                "must be given together with the other bound (a bounded indicator needs both)");
        }
        else if (settings.LowerBound is { } lower && settings.UpperBound is { } upper)
        {
            if (!double.IsFinite(lower))
            {
                checks.Add(null, "settings.LowerBound", lower, "must be a finite number");
            }

            if (!double.IsFinite(upper) || !(upper > lower))
            {
                checks.Add(null, "settings.UpperBound", upper, "must be a finite number greater than settings.LowerBound");
            }
        }

        if (measure == SummaryMeasure.RelativeConcentrationIndex)
        {
            if (!Enum.IsDefined(settings.ConcentrationIndexMethod))
            {
                checks.Add(null, "settings.ConcentrationIndexMethod", settings.ConcentrationIndexMethod.ToString(), "must be Standard, Wagstaff or Erreygers");
            }
            else if (settings.ConcentrationIndexMethod != ConcentrationIndexMethod.Standard && (settings.LowerBound is null || settings.UpperBound is null))
            {
                checks.Add(null, "settings.ConcentrationIndexMethod", settings.ConcentrationIndexMethod.ToString(),
                    $"{code} with the {settings.ConcentrationIndexMethod} normalisation needs settings.LowerBound and settings.UpperBound");
            }
        }
    }

    private static void Validate(ref InputChecks checks, SummaryMeasure measure, ReadOnlySpan<OrderedSubgroupEstimate> g, SummaryMeasureSettings settings, int? setting)
    {
        var code = SummaryMeasureEstimate.CodeOf(measure);
        var minimum = MinimumSubgroups(measure);
        if (g.Length < minimum)
        {
            checks.Add(setting, "subgroups", g.Length.ToString(CultureInfo.InvariantCulture),
                $"{code} needs at least {minimum.ToString(CultureInfo.InvariantCulture)} subgroups", Group(setting));
        }

        var logistic = measure is SummaryMeasure.SlopeIndexOfInequality or SummaryMeasure.RelativeIndexOfInequality
            && settings.SlopeIndexModel == SlopeIndexModel.Logistic;
        var bounded = measure is SummaryMeasure.AbsoluteConcentrationIndex or SummaryMeasure.RelativeConcentrationIndex
            && settings.LowerBound is { } && settings.UpperBound is { };
        var lowerBound = settings.LowerBound ?? double.NegativeInfinity;
        var upperBound = settings.UpperBound ?? double.PositiveInfinity;
        var withPopulation = 0;
        for (var i = 0; i < g.Length; i++)
        {
            var s = g[i];
            if (!double.IsFinite(s.Estimate))
            {
                checks.Add(i, "subgroups.Estimate", s.Estimate, "must be a finite number", Group(setting));
            }
            else if (logistic && s.Estimate < 0)
            {
                checks.Add(i, "subgroups.Estimate", s.Estimate, $"must be >= 0 for the logistic {code} (a proportion of its scale)", Group(setting));
            }
            else if (bounded && (s.Estimate < lowerBound || s.Estimate > upperBound))
            {
                checks.Add(i, "subgroups.Estimate", s.Estimate,
                    $"must lie within settings.LowerBound and settings.UpperBound ({lowerBound.ToString("R", CultureInfo.InvariantCulture)} to {upperBound.ToString("R", CultureInfo.InvariantCulture)})", Group(setting));
            }

            // Checked before the call so that the group's name is only formatted when there is a problem.
            if (s.StandardError is { } se && (!(se >= 0) || double.IsPositiveInfinity(se)))
            {
                checks.NonNegative(i, "subgroups.StandardError", se, Group(setting));
            }

            if (s.Population is { } p)
            {
                withPopulation++;
                if (!(p > 0) || double.IsPositiveInfinity(p))
                {
                    checks.Positive(i, "subgroups.Population", p, Group(setting));
                }
            }

            for (var j = 0; j < i; j++)
            {
                if (g[j].Order == s.Order)
                {
                    checks.Add(i, "subgroups.Order", s.Order.ToString(CultureInfo.InvariantCulture),
                        $"must differ from every other subgroup's order (index {j.ToString(CultureInfo.InvariantCulture)} has it too)", Group(setting));
                    break;
                }
            }
        }

        var usesPopulation = measure is not (SummaryMeasure.Difference or SummaryMeasure.Ratio);
        if (usesPopulation && withPopulation != 0 && withPopulation != g.Length)
        {
            checks.Add(setting, "subgroups.Population", (g.Length - withPopulation).ToString(CultureInfo.InvariantCulture) + " missing",
                $"{code} needs the population of every subgroup or of none", Group(setting));
        }

        if (measure is SummaryMeasure.PopulationAttributableFraction or SummaryMeasure.PopulationAttributableRisk)
        {
            if (withPopulation == 0 && g.Length > 0 && settings.SettingAverage is null)
            {
                checks.Add(setting, "settings.SettingAverage", "null", $"{code} needs subgroup populations or a setting average", Group(setting));
            }
            else if (withPopulation == 0 && settings.SettingAverage is { } average && !double.IsFinite(average))
            {
                checks.Add(setting, "settings.SettingAverage", average, "must be a finite number", Group(setting));
            }
        }
    }

    /// <summary>The setting's index as the problem's group (only formatted when a problem is found).</summary>
    private static string? Group(int? setting) => setting?.ToString(CultureInfo.InvariantCulture);

    /// <summary>Indices of the lowest and highest order.</summary>
    private static (int Lowest, int Highest) ExtremeOrders(ReadOnlySpan<OrderedSubgroupEstimate> g)
    {
        int lowest = 0, highest = 0;
        for (var i = 1; i < g.Length; i++)
        {
            if (g[i].Order < g[lowest].Order)
            {
                lowest = i;
            }

            if (g[i].Order > g[highest].Order)
            {
                highest = i;
            }
        }

        return (lowest, highest);
    }

    private static SummaryMeasureEstimate ExtremesCore(SummaryMeasure measure, ReadOnlySpan<OrderedSubgroupEstimate> g, SummaryMeasureSettings settings)
    {
        var (lowest, highest) = ExtremeOrders(g);
        var (i1, i2) = settings.Polarity == IndicatorPolarity.HigherIsBetter ? (highest, lowest) : (lowest, highest);
        return measure == SummaryMeasure.Difference
            ? SummaryMeasureCore.Difference(g[i1].Estimate, g[i1].StandardError, g[i2].Estimate, g[i2].StandardError, settings.Level)
            : SummaryMeasureCore.Ratio(g[i1].Estimate, g[i1].StandardError, g[i2].Estimate, g[i2].StandardError, settings.Level);
    }

    private static SummaryMeasureEstimate AttributableCore(ReadOnlySpan<OrderedSubgroupEstimate> g, SummaryMeasureSettings settings, bool fraction)
    {
        var reference = ExtremeOrders(g).Highest;
        var withPopulation = g[0].Population is not null;
        var total = 0.0;
        var mean = settings.SettingAverage ?? 0;
        if (withPopulation)
        {
            for (var i = 0; i < g.Length; i++)
            {
                total += g[i].Population!.Value;
            }

            mean = 0;
            for (var i = 0; i < g.Length; i++)
            {
                mean += g[i].Population!.Value / total * g[i].Estimate;
            }
        }

        return SummaryMeasureCore.Attributable(fraction, settings.Polarity == IndicatorPolarity.HigherIsBetter, g[reference].Estimate, mean,
            withPopulation ? g[reference].Population : null, total, settings.Scale, settings.Level);
    }

    /// <summary>Fills <paramref name="index"/> with the subgroup indices sorted by order (insertion sort; orders are distinct).</summary>
    private static void SortByOrder(ReadOnlySpan<OrderedSubgroupEstimate> g, Span<int> index)
    {
        for (var i = 0; i < g.Length; i++)
        {
            var j = i;
            while (j > 0 && g[index[j - 1]].Order > g[i].Order)
            {
                index[j] = index[j - 1];
                j--;
            }

            index[j] = i;
        }
    }

    /// <summary>Relative ranks (Σ_{i&lt;j} popᵢ + popⱼ/2)/Σpop of populations already in order, as healthequal computes them.</summary>
    private static void Ranks(ReadOnlySpan<double> population, Span<double> rank, out double total)
    {
        total = 0;
        for (var i = 0; i < population.Length; i++)
        {
            total += population[i];
        }

        var before = 0.0;
        for (var i = 0; i < population.Length; i++)
        {
            var through = before + population[i];
            rank[i] = (before + 0.5 * (through - before)) / total;
            before = through;
        }
    }
}
