using System.Globalization;
using EEiC.Indicators;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Validation;

namespace EEiC.Statistics.Inequality;

/// <summary>
/// Summary measures of health inequality between the subgroups of a <em>non-ordered</em> dimension (for example
/// ethnic groups or regions) within one setting, following the WHO Health Equity Assessment Toolkit conventions
/// exactly as the R package healthequal 1.0.1 computes them (point estimates, analytic standard errors and
/// confidence limits, and bootstrap confidence limits reproduced draw for draw).
/// </summary>
/// <remarks>
/// <para>Schlotheuber A, Hosseinpoor AR. Summary measures of health inequality: a review of existing measures and
/// their application. Int J Environ Res Public Health 2022;19:3697. World Health Organization. Health Equity
/// Assessment Toolkit (HEAT): technical notes. Geneva: WHO; 2024. Reference implementation: healthequal 1.0.1
/// (WHO, github.com/WHOequity/healthequal, commit 3e7e040).</para>
/// <para>Inputs: every subgroup needs a finite estimate; a standard error, when given, must be finite and ≥ 0; a
/// population, when given, finite and &gt; 0. Measures that use populations need them on every subgroup. Missing
/// estimates are not accepted (healthequal drops them; drop them before calling). Every problem of a call is
/// reported at once in a <see cref="StatisticsInputException"/>. At least 2 subgroups are required for the
/// difference and ratio and 3 for every other measure (as healthequal requires).</para>
/// <para>Confidence limits: analytic (estimate ∓ z·se; for the ratio exp(ln r ∓ z·se)) where healthequal has them:
/// d, r, bgv, ti, mld, paf and par. They are absent when a standard error (or, for paf/par, the scale or the
/// populations) is missing.</para>
/// <para>Bootstrap limits for bgsd, cov, mdmu, mdmw, mdbu, mdbw, mdru, mdrw, idisu and idisw, as healthequal computes
/// them: <see cref="SummaryMeasureSettings.BootstrapReplicates"/> (default 100) simulated data sets, each subgroup
/// drawn in input order from N(estimate, se²) and redrawn until it lies in [0, 100] (scale 100) or [0, ∞) (any other
/// scale); the measure recomputed on each; the limits are the 2.5th and 97.5th percentiles (R's quantile type 7),
/// so they are <b>always 95%</b> whatever <see cref="SummaryMeasureSettings.Level"/> says (healthequal has no level for
/// them), and they need not contain the estimate. The random stream is R's default generator after
/// <c>set.seed(</c><see cref="SummaryMeasureSettings.BootstrapSeed"/><c>)</c> (default 123456), restarted for every
/// measure and every setting as healthequal restarts it per call, so the limits equal healthequal's (to rounding)
/// and depend on the order of the subgroups. They are computed only when every subgroup has a standard error and
/// <see cref="SummaryMeasureSettings.Scale"/> is set; every estimate must then lie in the truncation range. No
/// standard error is reported. If a draw is rejected 1,000,000 times in a row (a standard error vastly larger than the
/// range) the limits are absent; healthequal would draw for ever. Yu M, Feuer EJ, Liu B. PLoS One 2019;14:e0219542
/// (the simulation approach healthequal cites).</para>
/// <para>A measure whose denominator (the second subgroup of the ratio, or the mean of a relative measure) is 0 is
/// returned with <see cref="EstimateStatus.ZeroDenominator"/> and no value.</para>
/// <para>The measures for ordered dimensions only (<see cref="SummaryMeasure.AbsoluteConcentrationIndex"/>,
/// <see cref="SummaryMeasure.RelativeConcentrationIndex"/>, <see cref="SummaryMeasure.SlopeIndexOfInequality"/>,
/// <see cref="SummaryMeasure.RelativeIndexOfInequality"/>) are rejected with a
/// <see cref="StatisticsInputException"/> that points to <see cref="OrderedSummaryMeasures"/>.</para>
/// <para>Ties: where healthequal returns several rows (several subgroups share the extreme estimate), the first
/// subgroup in input order is used; the value of the estimate is the same.</para>
/// </remarks>
public static partial class NonOrderedSummaryMeasures
{
    private enum PopulationUse
    {
        Unused,
        Required,
        RequiredOrSettingAverage,
    }

    /// <summary>The smallest number of subgroups a measure accepts: 2 for the difference and ratio, 3 otherwise.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The minimum number of subgroups.</returns>
    public static int MinimumSubgroups(SummaryMeasure measure) =>
        measure is SummaryMeasure.Difference or SummaryMeasure.Ratio ? 2 : 3;

    /// <summary>
    /// Computes one summary measure for one setting. See the measure's own method for its definition.
    /// </summary>
    /// <param name="measure">The measure.</param>
    /// <param name="subgroups">The subgroups of the setting, in any order.</param>
    /// <param name="settings">Polarity, scale, reference subgroup, setting average and confidence level.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="StatisticsInputException">Any input problem (all are listed).</exception>
    /// <remarks>Schlotheuber A, Hosseinpoor AR. Int J Environ Res Public Health 2022;19:3697; healthequal 1.0.1 (WHO).</remarks>
    public static SummaryMeasureEstimate Compute(SummaryMeasure measure, ReadOnlySpan<SubgroupEstimate> subgroups, SummaryMeasureSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        RejectOrderedOnly(measure);
        var checks = default(InputChecks);
        ValidateSettings(ref checks, settings);
        var reference = Validate(ref checks, measure, subgroups, settings, null);
        checks.ThrowIfAny();
        var length = BootstrapScratchLength(measure, settings, subgroups.Length);
        var rented = RentScratch(length);
        try
        {
            Span<double> scratch = rented is not null ? rented : length == 0 ? default : stackalloc double[StackScratch];
            return Evaluate(measure, subgroups, settings, reference, scratch);
        }
        finally
        {
            ReturnScratch(rented);
        }
    }

    /// <summary>
    /// Computes one summary measure for many settings at once: the subgroups of all settings lie contiguously in
    /// <paramref name="subgroups"/>, setting s having <paramref name="groupLengths"/>[s] of them, and its result goes
    /// to <paramref name="destination"/>[s]. Allocates nothing per setting. Every problem of every setting is
    /// reported at once (the setting's index is the problem's group).
    /// </summary>
    /// <param name="measure">The measure.</param>
    /// <param name="subgroups">The subgroups of all settings, setting by setting.</param>
    /// <param name="groupLengths">The number of subgroups of each setting.</param>
    /// <param name="settings">The settings, shared by all settings (including <see cref="SummaryMeasureSettings.SettingAverage"/> when a measure uses it; use the single-setting <see cref="Compute(SummaryMeasure, ReadOnlySpan{SubgroupEstimate}, SummaryMeasureSettings)"/> when it differs).</param>
    /// <param name="destination">One result per setting.</param>
    /// <exception cref="StatisticsInputException">Any input problem (all are listed).</exception>
    /// <remarks>Schlotheuber A, Hosseinpoor AR. Int J Environ Res Public Health 2022;19:3697; healthequal 1.0.1 (WHO).</remarks>
    public static void Compute(SummaryMeasure measure, ReadOnlySpan<SubgroupEstimate> subgroups, ReadOnlySpan<int> groupLengths,
        SummaryMeasureSettings settings, Span<SummaryMeasureEstimate> destination)
    {
        ArgumentNullException.ThrowIfNull(settings);
        RejectOrderedOnly(measure);
        var checks = default(InputChecks);
        checks.DestinationLength(nameof(destination), destination.Length, groupLengths.Length);
        var longest = checks.GroupLengths(nameof(groupLengths), groupLengths, subgroups.Length, "subgroups");

        checks.ThrowIfAny();
        ValidateSettings(ref checks, settings);
        var start = 0;
        for (var s = 0; s < groupLengths.Length; s++)
        {
            Validate(ref checks, measure, subgroups.Slice(start, groupLengths[s]), settings, s);
            start += groupLengths[s];
        }

        checks.ThrowIfAny();
        var length = BootstrapScratchLength(measure, settings, longest);
        var rented = RentScratch(length);
        try
        {
            // One scratch buffer for every setting: the bootstrap allocates nothing per setting.
            Span<double> scratch = rented is not null ? rented : length == 0 ? default : stackalloc double[StackScratch];
            start = 0;
            for (var s = 0; s < groupLengths.Length; s++)
            {
                var group = subgroups.Slice(start, groupLengths[s]);
                destination[s] = Evaluate(measure, group, settings, FindReference(group, settings.ReferenceSubgroup), scratch);
                start += groupLengths[s];
            }
        }
        finally
        {
            ReturnScratch(rented);
        }
    }

    /// <summary>The concentration indices and slope/relative indices need an order that <see cref="SubgroupEstimate"/> does not have.</summary>
    private static void RejectOrderedOnly(SummaryMeasure measure)
    {
        if (!SummaryMeasureEstimate.NeedsOrderedDimension(measure))
        {
            return;
        }

        var checks = default(InputChecks);
        checks.Add(null, nameof(measure), measure.ToString(),
            $"{SummaryMeasureEstimate.CodeOf(measure)} needs an ordered dimension (for example deprivation quintiles): use "
            + $"{nameof(OrderedSummaryMeasures)} with {nameof(OrderedSubgroupEstimate)} values; a non-ordered dimension such as ethnicity has no "
            + "rank to regress on");
        checks.ThrowIfAny();
    }

    private static SummaryMeasureEstimate Evaluate(SummaryMeasure measure, ReadOnlySpan<SubgroupEstimate> g, SummaryMeasureSettings settings,
        int reference, Span<double> scratch)
    {
        var result = Point(measure, g, settings, reference);
        if (!IsBootstrapMeasure(measure))
        {
            return result;
        }

        // Bootstrap measures: limits (when computed) are the 2.5th and 97.5th percentiles, so the level is 95% always.
        double lower = double.NaN, upper = double.NaN;
        if (result.Status == EstimateStatus.Ok && BootstrapApplies(measure, g, settings))
        {
            TryBootstrapLimits(measure, g, settings, reference, scratch, out lower, out upper);
        }

        return new SummaryMeasureEstimate(measure, result.Status, result.Estimate ?? double.NaN, double.NaN, lower, upper, ConfidenceLevel.Percent95);
    }

    private static SummaryMeasureEstimate Point(SummaryMeasure measure, ReadOnlySpan<SubgroupEstimate> g, SummaryMeasureSettings settings, int reference) =>
        measure switch
        {
            SummaryMeasure.Difference => DifferenceCore(g, settings, reference),
            SummaryMeasure.Ratio => RatioCore(g, settings, reference),
            SummaryMeasure.BetweenGroupVariance => BetweenGroupVarianceCore(g, settings),
            SummaryMeasure.BetweenGroupStandardDeviation => BetweenGroupStandardDeviationCore(g, settings, false),
            SummaryMeasure.CoefficientOfVariation => BetweenGroupStandardDeviationCore(g, settings, true),
            SummaryMeasure.MeanDifferenceFromMeanUnweighted => MeanDifferenceFromMeanCore(g, settings, false, false),
            SummaryMeasure.MeanDifferenceFromMeanWeighted => MeanDifferenceFromMeanCore(g, settings, true, false),
            SummaryMeasure.IndexOfDisparityUnweighted => MeanDifferenceFromMeanCore(g, settings, false, true),
            SummaryMeasure.IndexOfDisparityWeighted => MeanDifferenceFromMeanCore(g, settings, true, true),
            SummaryMeasure.MeanDifferenceFromBestUnweighted => MeanDifferenceFromPointCore(g, settings, BestIndex(g, settings.Polarity), false, measure),
            SummaryMeasure.MeanDifferenceFromBestWeighted => MeanDifferenceFromPointCore(g, settings, BestIndex(g, settings.Polarity), true, measure),
            SummaryMeasure.MeanDifferenceFromReferenceUnweighted => MeanDifferenceFromPointCore(g, settings, reference, false, measure),
            SummaryMeasure.MeanDifferenceFromReferenceWeighted => MeanDifferenceFromPointCore(g, settings, reference, true, measure),
            SummaryMeasure.TheilIndex => DisproportionalityCore(g, settings, true),
            SummaryMeasure.MeanLogDeviation => DisproportionalityCore(g, settings, false),
            SummaryMeasure.PopulationAttributableFraction => AttributableCore(g, settings, true),
            SummaryMeasure.PopulationAttributableRisk => AttributableCore(g, settings, false),
            _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "unknown summary measure"),
        };

    private static PopulationUse PopulationUseOf(SummaryMeasure measure) => measure switch
    {
        SummaryMeasure.Difference or SummaryMeasure.Ratio or SummaryMeasure.MeanDifferenceFromBestUnweighted
            or SummaryMeasure.MeanDifferenceFromReferenceUnweighted => PopulationUse.Unused,
        SummaryMeasure.MeanDifferenceFromMeanUnweighted or SummaryMeasure.IndexOfDisparityUnweighted
            or SummaryMeasure.PopulationAttributableFraction or SummaryMeasure.PopulationAttributableRisk => PopulationUse.RequiredOrSettingAverage,
        _ => PopulationUse.Required,
    };

    /// <summary>Checks of the settings that do not depend on a setting's subgroups (reported once per call).</summary>
    private static void ValidateSettings(ref InputChecks checks, SummaryMeasureSettings settings)
    {
        if (settings.BootstrapReplicates is < 0 or > MaximumBootstrapReplicates)
        {
            checks.Add(null, "settings.BootstrapReplicates", settings.BootstrapReplicates.ToString(CultureInfo.InvariantCulture),
                "must be between 0 (no bootstrap) and 1,000,000");
        }
    }

    private static int Validate(ref InputChecks checks, SummaryMeasure measure, ReadOnlySpan<SubgroupEstimate> g, SummaryMeasureSettings settings, int? setting)
    {
        if (!Enum.IsDefined(measure))
        {
            throw new ArgumentOutOfRangeException(nameof(measure), measure, "unknown summary measure");
        }

        var minimum = MinimumSubgroups(measure);
        if (g.Length < minimum)
        {
            checks.Add(setting, "subgroups", g.Length.ToString(CultureInfo.InvariantCulture),
                $"{SummaryMeasureEstimate.CodeOf(measure)} needs at least {minimum.ToString(CultureInfo.InvariantCulture)} subgroups", Group(setting));
        }

        var populationUse = PopulationUseOf(measure);
        var withPopulation = 0;
        var logScale = measure is SummaryMeasure.TheilIndex or SummaryMeasure.MeanLogDeviation;
        for (var i = 0; i < g.Length; i++)
        {
            var s = g[i];
            if (!double.IsFinite(s.Estimate))
            {
                checks.Add(i, "subgroups.Estimate", s.Estimate, "must be a finite number", Group(setting));
            }
            else if (logScale && s.Estimate < 0)
            {
                checks.Add(i, "subgroups.Estimate", s.Estimate, $"must be >= 0 for {SummaryMeasureEstimate.CodeOf(measure)}", Group(setting));
            }

            if (s.StandardError is { } se && (!(se >= 0) || double.IsPositiveInfinity(se)))
            {
                checks.NonNegative(i, "subgroups.StandardError", se, Group(setting));
            }

            if (s.Population is { } p)
            {
                withPopulation++;
                if (populationUse != PopulationUse.Unused && (!(p > 0) || double.IsPositiveInfinity(p)))
                {
                    checks.Positive(i, "subgroups.Population", p, Group(setting));
                }
            }
        }

        var code = SummaryMeasureEstimate.CodeOf(measure);
        if (populationUse == PopulationUse.Required && withPopulation != g.Length)
        {
            checks.Add(setting, "subgroups.Population", (g.Length - withPopulation).ToString(CultureInfo.InvariantCulture) + " missing",
                $"{code} needs the population of every subgroup", Group(setting));
        }
        else if (populationUse == PopulationUse.RequiredOrSettingAverage)
        {
            if (withPopulation != 0 && withPopulation != g.Length)
            {
                checks.Add(setting, "subgroups.Population", (g.Length - withPopulation).ToString(CultureInfo.InvariantCulture) + " missing",
                    $"{code} needs the population of every subgroup or of none", Group(setting));
            }
            else if (withPopulation == 0 && settings.SettingAverage is null)
            {
                checks.Add(setting, "settings.SettingAverage", "null", $"{code} needs subgroup populations or a setting average", Group(setting));
            }
        }

        if (settings.SettingAverage is { } average && populationUse == PopulationUse.RequiredOrSettingAverage && !double.IsFinite(average))
        {
            checks.Add(setting, "settings.SettingAverage", average, "must be a finite number", Group(setting));
        }

        if (settings.Scale is { } scale && (measure is SummaryMeasure.PopulationAttributableFraction or SummaryMeasure.PopulationAttributableRisk
            || IsBootstrapMeasure(measure)) && (!(scale > 0) || double.IsPositiveInfinity(scale)))
        {
            checks.Positive(setting, "settings.Scale", scale, Group(setting));
        }
        else if (settings.BootstrapReplicates <= MaximumBootstrapReplicates && BootstrapApplies(measure, g, settings))
        {
            // The draws are truncated to [0, 100] (scale 100) or [0, ∞): an estimate outside that range has no
            // truncated normal around it (healthequal redraws for ever when its standard error is 0).
            var ceiling = settings.Scale == 100 ? 100.0 : double.PositiveInfinity;
            for (var i = 0; i < g.Length; i++)
            {
                if (double.IsFinite(g[i].Estimate) && !(g[i].Estimate >= 0 && g[i].Estimate <= ceiling))
                {
                    checks.Add(i, "subgroups.Estimate", g[i].Estimate,
                        ceiling == 100 ? "must be within [0, 100] for bootstrap limits with the scale 100 (or set BootstrapReplicates to 0)"
                            : "must be >= 0 for bootstrap limits (or set BootstrapReplicates to 0)", Group(setting));
                }
            }
        }

        var usesReference = measure is SummaryMeasure.Difference or SummaryMeasure.Ratio
            or SummaryMeasure.MeanDifferenceFromReferenceUnweighted or SummaryMeasure.MeanDifferenceFromReferenceWeighted;
        var reference = -1;
        if (usesReference && settings.ReferenceSubgroup is { } name)
        {
            var matches = 0;
            for (var i = 0; i < g.Length; i++)
            {
                if (string.Equals(g[i].Name, name, StringComparison.Ordinal))
                {
                    matches++;
                    reference = reference < 0 ? i : reference;
                }
            }

            if (matches != 1)
            {
                checks.Add(setting, "settings.ReferenceSubgroup", name,
                    matches == 0 ? "must name one of the subgroups" : "names more than one subgroup", Group(setting));
            }
        }
        else if (measure is SummaryMeasure.MeanDifferenceFromReferenceUnweighted or SummaryMeasure.MeanDifferenceFromReferenceWeighted)
        {
            checks.Add(setting, "settings.ReferenceSubgroup", "null", $"{code} needs a reference subgroup", Group(setting));
        }

        var needsPolarity = measure is SummaryMeasure.MeanDifferenceFromBestUnweighted or SummaryMeasure.MeanDifferenceFromBestWeighted
            or SummaryMeasure.PopulationAttributableFraction or SummaryMeasure.PopulationAttributableRisk
            || (measure is SummaryMeasure.Difference or SummaryMeasure.Ratio && settings.ReferenceSubgroup is not null);
        if (needsPolarity && settings.Polarity is not (IndicatorPolarity.HigherIsBetter or IndicatorPolarity.LowerIsBetter))
        {
            checks.Add(setting, "settings.Polarity", settings.Polarity.ToString(),
                $"{code}{(measure is SummaryMeasure.Difference or SummaryMeasure.Ratio ? " with a reference subgroup" : "")} needs HigherIsBetter or LowerIsBetter", Group(setting));
        }

        return reference;
    }

    /// <summary>The setting's index as the problem's group (only formatted when a problem is found).</summary>
    private static string? Group(int? setting) => setting?.ToString(CultureInfo.InvariantCulture);

    private static int FindReference(ReadOnlySpan<SubgroupEstimate> g, string? name)
    {
        if (name is null)
        {
            return -1;
        }

        for (var i = 0; i < g.Length; i++)
        {
            if (string.Equals(g[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Index of the first maximum (favourable) or minimum (adverse) estimate, skipping <paramref name="skip"/>.</summary>
    private static int Extreme(ReadOnlySpan<SubgroupEstimate> g, bool maximum, int skip = -1)
    {
        var best = -1;
        for (var i = 0; i < g.Length; i++)
        {
            if (i == skip)
            {
                continue;
            }

            if (best < 0 || (maximum ? g[i].Estimate > g[best].Estimate : g[i].Estimate < g[best].Estimate))
            {
                best = i;
            }
        }

        return best;
    }

    private static int BestIndex(ReadOnlySpan<SubgroupEstimate> g, IndicatorPolarity polarity) =>
        Extreme(g, polarity == IndicatorPolarity.HigherIsBetter);

    /// <summary>Population shares are pop/Σpop; returns μ = Σ share·estimate (as healthequal sums it).</summary>
    private static double WeightedMean(ReadOnlySpan<SubgroupEstimate> g, out double totalPopulation)
    {
        totalPopulation = 0;
        for (var i = 0; i < g.Length; i++)
        {
            totalPopulation += g[i].Population!.Value;
        }

        var mean = 0.0;
        for (var i = 0; i < g.Length; i++)
        {
            mean += g[i].Population!.Value / totalPopulation * g[i].Estimate;
        }

        return mean;
    }

    private static bool AllStandardErrors(ReadOnlySpan<SubgroupEstimate> g)
    {
        for (var i = 0; i < g.Length; i++)
        {
            if (g[i].StandardError is null)
            {
                return false;
            }
        }

        return true;
    }

    private static SummaryMeasureEstimate Normal(SummaryMeasure measure, double estimate, double se, ConfidenceLevel level) =>
        SummaryMeasureCore.Normal(measure, estimate, se, level);

    private static SummaryMeasureEstimate PointOnly(SummaryMeasure measure, double estimate, ConfidenceLevel level) =>
        SummaryMeasureCore.PointOnly(measure, estimate, level);

    private static SummaryMeasureEstimate NotAvailable(SummaryMeasure measure, EstimateStatus status, ConfidenceLevel level) =>
        SummaryMeasureCore.NotAvailable(measure, status, level);
}
