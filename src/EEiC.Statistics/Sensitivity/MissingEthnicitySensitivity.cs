using System.Globalization;
using EEiC.Datasets;
using EEiC.Statistics.Inequality;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Need;
using EEiC.Statistics.Rates;
using EEiC.Statistics.Validation;
using EEiC.Statistics.Workforce;

namespace EEiC.Statistics.Sensitivity;

/// <summary>
/// How much estimates by ethnic group could change if the records with unknown ethnicity were known: each group's rate
/// or proportion, its difference and ratio with a reference group, and summary measures of inequality, recomputed with
/// the unknown records re-allocated in every way of a simple set of scenarios; their ranges; and whether a significant
/// gap found in the complete records survives every scenario.
/// </summary>
/// <remarks>
/// <para><b>Source.</b> Poor ethnicity data should not stop disparities from being identified (Aspinall PJ, Jacobson B.
/// Qual Saf Health Care 2007;16:176–180, cited in seed 001 line 249); estimates should be reported with data-quality
/// caveats and bounds from re-allocating the unknown records (domain notes <c>seed-000-001.md</c> §6 line 591, method S3). The
/// sources give no formula; the scenarios below are the ones the notes name.</para>
/// <para><b>Scenarios</b> (in this order in every result): the complete case (unknown records left out); for each group
/// in input order, every unknown record, with its events, added to that group; and proportional re-allocation. In the
/// proportional scenario, group g receives the share w<sub>g</sub> of the unknown records: for a
/// <see cref="SensitivityMeasure.Proportion"/>, the unknown people and their outcomes both in proportion to the known
/// people, w<sub>g</sub> = n<sub>g</sub>/Σn (each unknown person is equally likely to belong to any known person's
/// group, and keeps the outcome rate of the unknown pool, so no proportion exceeds 1); for a
/// <see cref="SensitivityMeasure.Rate"/>, the unknown events in proportion to the known events x<sub>g</sub>/Σx (to the
/// denominators when there are none) and any unknown person-time in proportion to the known person-time. Proportional
/// re-allocation of a rate multiplies every group's rate by the same factor: ratios do not change, differences scale.</para>
/// <para><b>Bounds</b> are the minimum and maximum of each point estimate over the scenarios; they always contain the
/// complete-case value. When the unknown counts grow in a fixed proportion to each other (the same share of events among
/// them), the bounds of a group's estimate, difference and ratio can only widen. They are bounds over these scenarios,
/// not over every possible allocation: splitting the unknown records between groups, or giving a group only the unknown
/// records without events, could reach further.</para>
/// <para><b>Intervals and the gap.</b> Group estimates: Wilson (proportions) or the public-health Poisson convention,
/// exact below 10 events and Byar's otherwise (rates). Ratio to the reference: Katz's log method (proportions) or the
/// log rate ratio (rates), computed in every scenario. A gap is significant when the ratio's interval excludes 1; see
/// <see cref="GapRobustness"/> for the verdict on each group.</para>
/// <para><b>Summary measures.</b> Each requested <see cref="SummaryMeasure"/> is computed by
/// <see cref="NonOrderedSummaryMeasures"/> in every scenario, with each group's estimate (times the multiplier), its
/// standard error (√(p(1 − p)/n) or √x/n, times the multiplier) and its denominator as population. A measure that needs
/// more groups than there are is returned with status <see cref="EstimateStatus.Undefined"/>.</para>
/// <para><b>Input rules.</b> At least two groups with distinct, non-blank names; numerators finite and ≥ 0; denominators
/// finite and &gt; 0; unknown counts finite and ≥ 0; for proportions every numerator at most its denominator, including
/// the unknown ones; a reference group, when named, among the groups; multiplier &gt; 0. Every problem is reported at
/// once in a <see cref="StatisticsInputException"/>.</para>
/// <para>References: Wilson EB. J Am Stat Assoc 1927;22:209–212. Breslow NE, Day NE. IARC 1987 (Byar's approximation).
/// Katz D et al. Biometrics 1978;34:469–474. Rothman KJ, Greenland S, Lash TL. Modern Epidemiology, 3rd ed. 2008, ch. 14
/// (log rate ratio).</para>
/// </remarks>
public static class MissingEthnicitySensitivity
{
    /// <summary>Bounds for one setting given as spans.</summary>
    /// <param name="groups">The names of the groups (for example ethnic category codes), distinct.</param>
    /// <param name="numerators">Each group's events (or people with the outcome), with known ethnicity.</param>
    /// <param name="denominators">Each group's population, person-time or people eligible, with known ethnicity.</param>
    /// <param name="unknownNumerator">The events (or people with the outcome) whose ethnicity is unknown (not stated, not known or blank).</param>
    /// <param name="unknownDenominator">The records whose ethnicity is unknown (0 for rates whose denominators come from a population count with every person assigned a group).</param>
    /// <param name="measure">Whether the counts are a proportion or a rate.</param>
    /// <param name="options">The reference group, level, multiplier and summary measures; <see langword="null"/> for <see cref="MissingEthnicityOptions.Default"/>.</param>
    /// <returns>The scenarios, every group's bounds and the summary measures' bounds.</returns>
    /// <remarks>Aspinall PJ, Jacobson B. Qual Saf Health Care 2007;16:176–180; Wilson EB 1927; Katz D et al. 1978; see <see cref="MissingEthnicitySensitivity"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="groups"/> is null.</exception>
    /// <exception cref="StatisticsInputException">An input breaks the rules (every problem is listed), or a summary measure's own rules (for example a polarity it needs).</exception>
    public static MissingEthnicityBounds Analyse(
        IReadOnlyList<string> groups,
        ReadOnlySpan<double> numerators,
        ReadOnlySpan<double> denominators,
        double unknownNumerator,
        double unknownDenominator,
        SensitivityMeasure measure,
        MissingEthnicityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(groups);
        options ??= MissingEthnicityOptions.Default;
        var checks = default(InputChecks);
        CheckOptions(options, measure, ref checks);
        checks.SameLength(nameof(numerators), numerators.Length, nameof(groups), groups.Count);
        checks.SameLength(nameof(denominators), denominators.Length, nameof(groups), groups.Count);
        var count = Math.Min(groups.Count, Math.Min(numerators.Length, denominators.Length));
        var setting = new Setting([.. groups.Take(count)], numerators[..count].ToArray(), denominators[..count].ToArray(), unknownNumerator, unknownDenominator);
        var reference = CheckSetting(setting, measure, options, null, ref checks);
        checks.ThrowIfAny();
        return Compute(setting, reference, measure, options, null);
    }

    /// <summary>
    /// Bounds for every stratum of a dataset by ethnic group: within each combination of the strata (age band, sex, area,
    /// period, deprivation quantile), the rows whose group is a missing-ethnicity category (not stated, not known) give
    /// the unknown counts and every other row is a group.
    /// </summary>
    /// <param name="dataset">A <see cref="DatasetMeasure.Proportion"/> or <see cref="DatasetMeasure.Rate"/> dataset whose group column holds ethnic categories (<see cref="GroupDimension.IsEthnicity"/>).</param>
    /// <param name="options">The options; <see cref="MissingEthnicityOptions.ReferenceGroup"/> is matched against the canonical category code (for example <c>"A"</c>). <see langword="null"/> for the defaults.</param>
    /// <returns>One result per stratum, in order of first appearance; group names are the canonical category codes.</returns>
    /// <remarks>Aspinall PJ, Jacobson B. Qual Saf Health Care 2007;16:176–180; see <see cref="MissingEthnicitySensitivity"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    /// <exception cref="StatisticsInputException">The dataset breaks its contract, is not by ethnic category or has another measure, or a stratum breaks the rules (for example a single group, or the reference group absent); every problem is listed with its stratum.</exception>
    public static IReadOnlyList<MissingEthnicityBounds> Analyse(StratifiedDataset dataset, MissingEthnicityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        options ??= MissingEthnicityOptions.Default;
        var checks = default(InputChecks);
        foreach (var error in dataset.Validate())
        {
            checks.Add(error.Row - 1, $"{nameof(dataset)}.{error.Column}", error.Value ?? "absent",
                $"breaks the dataset rule '{error.Rule}' ({error.Message})");
        }

        if (dataset.Measure == DatasetMeasure.Estimate)
        {
            checks.Add(null, $"{nameof(dataset)}.Measure", dataset.Measure.ToString(), "must be Proportion or Rate (counts by group)");
        }

        if (dataset.Group is not { IsEthnicity: true })
        {
            checks.Add(null, $"{nameof(dataset)}.Group", dataset.Group?.Name ?? "null",
                "must be an ethnicity dimension, so that rows with missing ethnicity (not stated, not known) can be recognised");
        }

        var measure = dataset.Measure == DatasetMeasure.Rate ? SensitivityMeasure.Rate : SensitivityMeasure.Proportion;
        CheckOptions(options, measure, ref checks);
        checks.ThrowIfAny();

        var strata = new Dictionary<(string?, string?, string?, string?, int?), int>();
        var builders = new List<(StratifiedRow First, List<string> Names, List<double> X, List<double> N, double UnknownX, double UnknownN)>();
        foreach (var row in dataset.Rows)
        {
            var key = (row.AgeBand, row.Sex, row.Area, row.Period, row.DeprivationQuantile);
            if (!strata.TryGetValue(key, out var s))
            {
                s = builders.Count;
                strata.Add(key, s);
                builders.Add((row, [], [], [], 0, 0));
            }

            var category = dataset.CategoryOf(row)!;
            var b = builders[s];
            if (category.IsMissing)
            {
                builders[s] = b with { UnknownX = b.UnknownX + row.Numerator!.Value, UnknownN = b.UnknownN + row.Denominator!.Value };
            }
            else
            {
                b.Names.Add(category.Code);
                b.X.Add(row.Numerator!.Value);
                b.N.Add(row.Denominator!.Value);
            }
        }

        var settings = new List<(Setting Setting, int Reference, StratifiedRow Stratum)>(builders.Count);
        foreach (var b in builders)
        {
            var setting = new Setting([.. b.Names], [.. b.X], [.. b.N], b.UnknownX, b.UnknownN);
            var stratum = b.First with
            {
                Group = ExpectedVersusObserved.AllGroupsLabel,
                Numerator = b.X.Sum() + b.UnknownX,
                Denominator = b.N.Sum() + b.UnknownN,
                Value = null,
                StandardError = null,
                Population = null,
            };
            var reference = CheckSetting(setting, measure, options, Describe(stratum), ref checks);
            settings.Add((setting, reference, stratum));
        }

        checks.ThrowIfAny();
        return settings.Select(s => Compute(s.Setting, s.Reference, measure, options, s.Stratum)).ToArray();
    }

    private sealed record Setting(string[] Names, double[] X, double[] N, double UnknownX, double UnknownN);

    private static void CheckOptions(MissingEthnicityOptions options, SensitivityMeasure measure, ref InputChecks checks)
    {
        ArgumentNullException.ThrowIfNull(options.SummaryMeasures, "options.SummaryMeasures");
        ArgumentNullException.ThrowIfNull(options.SummarySettings, "options.SummarySettings");
        if (!Enum.IsDefined(measure))
        {
            checks.Add(null, nameof(measure), ((int)measure).ToString(CultureInfo.InvariantCulture), "must be a defined SensitivityMeasure");
        }

        CountInputs.Level(ref checks, options.Level, argument: "options.Level");
        checks.Positive(null, "options.Multiplier", options.Multiplier);
        for (var i = 0; i < options.SummaryMeasures.Count; i++)
        {
            if (!Enum.IsDefined(options.SummaryMeasures[i]))
            {
                checks.Add(i, "options.SummaryMeasures", ((int)options.SummaryMeasures[i]).ToString(CultureInfo.InvariantCulture), "must be a defined SummaryMeasure");
            }
        }
    }

    /// <returns>The index of the reference group (−1 when it cannot be found).</returns>
    private static int CheckSetting(Setting setting, SensitivityMeasure measure, MissingEthnicityOptions options, string? stratum, ref InputChecks checks)
    {
        var where = stratum is null ? string.Empty : $" in stratum {stratum}";
        var names = setting.Names;
        if (names.Length < 2)
        {
            checks.Add(null, "groups", names.Length.ToString(CultureInfo.InvariantCulture),
                $"must give at least two groups with known ethnicity to compare{where}", stratum);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var g = 0; g < names.Length; g++)
        {
            var name = names[g];
            if (string.IsNullOrWhiteSpace(name))
            {
                checks.Add(g, "groups", name ?? "null", $"must be a non-empty name{where}", stratum);
            }
            else if (!seen.Add(name))
            {
                checks.Add(g, "groups", $"'{name}'", $"must appear once{where}", stratum);
            }

            checks.NonNegative(g, "numerators", setting.X[g], name);
            checks.Positive(g, "denominators", setting.N[g], name);
            if (measure == SensitivityMeasure.Proportion && setting.X[g] > setting.N[g])
            {
                checks.Add(g, "numerators", setting.X[g], $"must be <= the denominator for a proportion{where}", name);
            }
        }

        checks.NonNegative(null, "unknownNumerator", setting.UnknownX, stratum);
        checks.NonNegative(null, "unknownDenominator", setting.UnknownN, stratum);
        if (measure == SensitivityMeasure.Proportion && setting.UnknownX > setting.UnknownN)
        {
            checks.Add(null, "unknownNumerator", setting.UnknownX, $"must be <= unknownDenominator for a proportion{where}", stratum);
        }

        if (options.ReferenceGroup is { } named)
        {
            var at = Array.IndexOf(names, named);
            if (at < 0)
            {
                checks.Add(null, "options.ReferenceGroup", $"'{named}'", $"must be one of the groups ({string.Join(", ", names.Select(n => $"'{n}'"))}){where}", stratum);
            }

            return at;
        }

        var largest = -1;
        for (var g = 0; g < names.Length; g++)
        {
            if (largest < 0 || setting.N[g] > setting.N[largest])
            {
                largest = g;
            }
        }

        return largest;
    }

    private static MissingEthnicityBounds Compute(Setting setting, int reference, SensitivityMeasure measure, MissingEthnicityOptions options, StratifiedRow? stratumRow)
    {
        var names = setting.Names;
        var groups = names.Length;
        var scenarios = new List<ReallocationScenario>(groups + 2) { new(ReallocationKind.CompleteCase, null) };
        scenarios.AddRange(names.Select(n => new ReallocationScenario(ReallocationKind.AllToGroup, n)));
        scenarios.Add(new ReallocationScenario(ReallocationKind.Proportional, null));
        var count = scenarios.Count;

        // Counts in every scenario: [s * groups + g].
        var x = new double[count * groups];
        var n = new double[count * groups];
        var (eventWeights, denominatorWeights) = ProportionalWeights(setting, measure);
        for (var s = 0; s < count; s++)
        {
            for (var g = 0; g < groups; g++)
            {
                var (addX, addN) = scenarios[s].Kind switch
                {
                    ReallocationKind.AllToGroup when s - 1 == g => (setting.UnknownX, setting.UnknownN),
                    ReallocationKind.Proportional => (setting.UnknownX * eventWeights[g], setting.UnknownN * denominatorWeights[g]),
                    _ => (0.0, 0.0),
                };
                x[(s * groups) + g] = setting.X[g] + addX;
                n[(s * groups) + g] = setting.N[g] + addN;
            }
        }

        var level = options.Level;
        var multiplier = options.Multiplier;
        var results = new GroupSensitivity[groups];
        var estimateValues = new double[count];
        var differences = new double[count];
        var ratioValues = new double[count];
        for (var g = 0; g < groups; g++)
        {
            var estimates = new IntervalEstimate[count];
            var ratios = new IntervalEstimate[count];
            for (var s = 0; s < count; s++)
            {
                int i = (s * groups) + g, r = (s * groups) + reference;
                estimates[s] = measure == SensitivityMeasure.Proportion
                    ? Proportions.Wilson(x[i], n[i], level, multiplier)
                    : CrudeRates.Estimate(x[i], n[i], level, multiplier);
                ratios[s] = RatioInterval(x[i], n[i], x[r], n[r], level, measure);
                double rate = x[i] / n[i], referenceRate = x[r] / n[r];
                estimateValues[s] = rate * multiplier;
                differences[s] = (rate - referenceRate) * multiplier;
                ratioValues[s] = referenceRate > 0 ? rate / referenceRate : double.NaN;
            }

            var (gap, differing) = g == reference ? (GapRobustness.Reference, (ReallocationScenario?)null) : Gap(ratios, scenarios);
            results[g] = new GroupSensitivity(names[g], estimates, ratios,
                SensitivityBounds.Over(estimateValues, scenarios, EstimateStatus.Undefined),
                SensitivityBounds.Over(differences, scenarios, EstimateStatus.Undefined),
                SensitivityBounds.Over(ratioValues, scenarios, EstimateStatus.ZeroDenominator),
                gap, differing);
        }

        var summaries = SummaryMeasures(setting, reference, x, n, scenarios, measure, options);
        return new MissingEthnicityBounds(scenarios, names[reference], setting.UnknownX, setting.UnknownN, results, summaries, stratumRow);
    }

    private static (double[] Events, double[] Denominators) ProportionalWeights(Setting setting, SensitivityMeasure measure)
    {
        double knownX = setting.X.Sum(), knownN = setting.N.Sum();
        var byDenominator = setting.N.Select(v => v / knownN).ToArray();
        var byEvents = measure == SensitivityMeasure.Rate && knownX > 0 ? setting.X.Select(v => v / knownX).ToArray() : byDenominator;
        return (byEvents, byDenominator);
    }

    private static IntervalEstimate RatioInterval(double x, double n, double referenceX, double referenceN, ConfidenceLevel level, SensitivityMeasure measure)
    {
        if (measure == SensitivityMeasure.Proportion)
        {
            return new RatioKernel.Terms(x, n, referenceX, referenceN).Estimate(level);
        }

        if (!(x > 0 && referenceX > 0))
        {
            return IntervalEstimate.NotAvailable(EstimateStatus.Undefined, level, EstimationMethod.LogWald);
        }

        // Log-scale Wald interval of a rate ratio, var(ln RR) = 1/x + 1/x_ref (shared with the group comparisons).
        return GroupComparison.ComparisonKernel.LogInterval(x / n / (referenceX / referenceN), Math.Sqrt((1 / x) + (1 / referenceX)), level, EstimationMethod.LogWald);
    }

    private static int Significance(IntervalEstimate ratio) =>
        ratio.Status != EstimateStatus.Ok ? 0 : ratio.Lower > 1 ? 1 : ratio.Upper < 1 ? -1 : 0;

    private static (GapRobustness Gap, ReallocationScenario? Differing) Gap(IntervalEstimate[] ratios, List<ReallocationScenario> scenarios)
    {
        if (ratios[0].Status != EstimateStatus.Ok)
        {
            return (GapRobustness.Undefined, null);
        }

        var completeCase = Significance(ratios[0]);
        for (var s = 1; s < ratios.Length; s++)
        {
            if (Significance(ratios[s]) != completeCase)
            {
                return (completeCase != 0 ? GapRobustness.OverturnedInSomeScenario : GapRobustness.GapOnlyUnderReallocation, scenarios[s]);
            }
        }

        return (completeCase != 0 ? GapRobustness.SurvivesEveryScenario : GapRobustness.NoGapInAnyScenario, null);
    }

    private static SummaryMeasureSensitivity[] SummaryMeasures(
        Setting setting,
        int reference,
        double[] x,
        double[] n,
        List<ReallocationScenario> scenarios,
        SensitivityMeasure measure,
        MissingEthnicityOptions options)
    {
        var groups = setting.Names.Length;
        var settings = options.SummarySettings with { ReferenceSubgroup = setting.Names[reference], Level = options.Level };
        var multiplier = options.Multiplier;
        var subgroups = new SubgroupEstimate[groups];
        var results = new SummaryMeasureSensitivity[options.SummaryMeasures.Count];
        var values = new double[scenarios.Count];
        for (var m = 0; m < results.Length; m++)
        {
            var summary = options.SummaryMeasures[m];
            var estimates = new SummaryMeasureEstimate[scenarios.Count];
            for (var s = 0; s < scenarios.Count; s++)
            {
                if (groups < NonOrderedSummaryMeasures.MinimumSubgroups(summary))
                {
                    estimates[s] = new SummaryMeasureEstimate(summary, EstimateStatus.Undefined, double.NaN, double.NaN, double.NaN, double.NaN, options.Level);
                }
                else
                {
                    for (var g = 0; g < groups; g++)
                    {
                        double xi = x[(s * groups) + g], ni = n[(s * groups) + g], p = xi / ni;
                        var se = measure == SensitivityMeasure.Proportion ? Math.Sqrt(p * (1 - p) / ni) : Math.Sqrt(xi) / ni;
                        subgroups[g] = new SubgroupEstimate(setting.Names[g], p * multiplier, se * multiplier, ni);
                    }

                    estimates[s] = NonOrderedSummaryMeasures.Compute(summary, subgroups, settings);
                }

                values[s] = estimates[s].Estimate ?? double.NaN;
            }

            var status = estimates[0].Status == EstimateStatus.Ok ? EstimateStatus.Undefined : estimates[0].Status;
            results[m] = new SummaryMeasureSensitivity(summary, estimates, BoundsOverDefined(values, scenarios, status));
        }

        return results;
    }

    /// <summary>Bounds over the scenarios where the value is defined (a summary measure can be undefined in some, for example a zero mean).</summary>
    private static SensitivityBounds BoundsOverDefined(double[] values, List<ReallocationScenario> scenarios, EstimateStatus undefined)
    {
        if (double.IsNaN(values[0]))
        {
            return new SensitivityBounds(undefined, null, null, null, null, null);
        }

        var defined = Enumerable.Range(0, values.Length).Where(s => !double.IsNaN(values[s])).ToArray();
        var min = defined.MinBy(s => values[s]);
        var max = defined.MaxBy(s => values[s]);
        return new SensitivityBounds(EstimateStatus.Ok, values[0], values[min], values[max], scenarios[min], scenarios[max]);
    }

    private static string Describe(StratifiedRow row)
    {
        var parts = new List<string>();
        if (row.AgeBand is not null)
        {
            parts.Add($"age band '{row.AgeBand}'");
        }

        if (row.Sex is not null)
        {
            parts.Add($"sex '{row.Sex}'");
        }

        if (row.Area is not null)
        {
            parts.Add($"area '{row.Area}'");
        }

        if (row.Period is not null)
        {
            parts.Add($"period '{row.Period}'");
        }

        if (row.DeprivationQuantile is { } q)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"deprivation quantile {q}"));
        }

        return parts.Count == 0 ? "(all rows)" : string.Join(", ", parts);
    }
}
