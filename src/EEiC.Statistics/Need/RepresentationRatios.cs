using System.Globalization;
using EEiC.Datasets;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Rates;
using EEiC.Statistics.Validation;
using EEiC.Statistics.Workforce;

namespace EEiC.Statistics.Need;

/// <summary>
/// Representation ratios across all ethnic groups of a setting: each group's share of service users (or of a forum,
/// or of activity) divided by its share of the reference population (or of expected need). 1 means the group uses
/// the service in proportion to its size; below 1, it is under-represented.
/// </summary>
/// <remarks>
/// <para><b>Source.</b> The EEiC study names analyses of service data that show under-use by particular groups and low
/// uptake by minority ethnic groups (seed 000 line 167; seed 001 line 111), and the make-up of user forums against the
/// population (seed 000 line 151): domain notes <c>seed-000-001.md</c> §6 lines 595 and 600, methods S7 and S12.</para>
/// <para><b>Method.</b> With x users of n in the group and b people of N in the reference, the ratio is (x/n)/(b/N).
/// Its interval depends on whether the reference share q = b/N is known or sampled (<see cref="ShareRatioInterval"/>):
/// <list type="bullet">
/// <item><see cref="ShareRatioInterval.WilsonFixedReference"/> (default): the Wilson score limits of x/n divided by q
/// (method <see cref="EstimationMethod.Wilson"/>). Right for census populations and for expected counts, whose shares
/// are not estimates from a sample of the same kind as the users. q = 0 gives status
/// <see cref="EstimateStatus.ZeroDenominator"/>.</item>
/// <item><see cref="ShareRatioInterval.KatzLog"/>: the log method of Katz et al. for two independent proportions
/// (method <see cref="EstimationMethod.KatzLogRatio"/>), the kernel of <see cref="Workforce.Representation"/>, which this
/// class generalises from the BME/White split of a workforce to every group of a setting. x = 0 or b = 0 gives status
/// <see cref="EstimateStatus.Undefined"/>. When the users are part of the reference (a population that contains them)
/// the two shares are positively correlated and the interval is conservative.</item>
/// </list></para>
/// <para><b>Input rules.</b> Counts finite and ≥ 0; the totals n and N &gt; 0; a group's count at most its total. A
/// batch is checked whole and every problem is reported in one <see cref="StatisticsInputException"/>.</para>
/// <para>References: Wilson EB. J Am Stat Assoc 1927;22:209–212. Katz D, Baptista J, Azen SP, Pike MC. Biometrics
/// 1978;34:469–474.</para>
/// </remarks>
public static class RepresentationRatios
{
    /// <summary>The representation ratio of one group at one level.</summary>
    /// <param name="usersInGroup">Service users (or members, or events) in the group, x.</param>
    /// <param name="users">Service users in all groups, n (&gt; 0, at least <paramref name="usersInGroup"/>).</param>
    /// <param name="populationInGroup">The group's reference population (or expected count), b.</param>
    /// <param name="population">The whole reference population, N (&gt; 0, at least <paramref name="populationInGroup"/>).</param>
    /// <param name="level">The confidence level.</param>
    /// <param name="interval">How the interval is computed; see <see cref="ShareRatioInterval"/>.</param>
    /// <returns>(x/n)/(b/N) with its interval.</returns>
    /// <remarks>Wilson EB. J Am Stat Assoc 1927;22:209–212; Katz D et al. Biometrics 1978;34:469–474. See <see cref="RepresentationRatios"/>.</remarks>
    /// <exception cref="StatisticsInputException">An argument breaks the rules; every problem is listed.</exception>
    public static IntervalEstimate Ratio(
        double usersInGroup,
        double users,
        double populationInGroup,
        double population,
        ConfidenceLevel level,
        ShareRatioInterval interval = ShareRatioInterval.WilsonFixedReference)
    {
        var checks = default(InputChecks);
        RatioKernel.Check(ref checks, null, usersInGroup, users, populationInGroup, population,
            nameof(usersInGroup), nameof(users), nameof(populationInGroup), nameof(population));
        CountInputs.Level(ref checks, level);
        CheckInterval(ref checks, interval);
        checks.ThrowIfAny();
        return Compute(usersInGroup, users, populationInGroup, population, level, interval);
    }

    /// <summary>
    /// The representation ratios of every group of one setting at once, the totals being the sums over the groups given,
    /// allocating nothing: group g at level l goes to <c>destination[g × levels.Length + l]</c>.
    /// </summary>
    /// <param name="users">Service users in each group (give every group of the setting, and no row for missing ethnicity).</param>
    /// <param name="population">The reference population (or expected count) of each group; as long as <paramref name="users"/>.</param>
    /// <param name="levels">The confidence levels.</param>
    /// <param name="destination">Receives groups × levels estimates, group-major.</param>
    /// <param name="interval">How the intervals are computed; see <see cref="ShareRatioInterval"/>.</param>
    /// <remarks>Wilson EB. J Am Stat Assoc 1927;22:209–212; Katz D et al. Biometrics 1978;34:469–474. Each element equals the
    /// scalar <see cref="Ratio(double, double, double, double, ConfidenceLevel, ShareRatioInterval)"/> with the sums as totals.</remarks>
    /// <exception cref="StatisticsInputException">A count is negative or not finite, a total is 0, the spans differ in length or the destination is too short; every problem is listed and nothing is written.</exception>
    public static void Ratios(
        ReadOnlySpan<double> users,
        ReadOnlySpan<double> population,
        ReadOnlySpan<ConfidenceLevel> levels,
        Span<IntervalEstimate> destination,
        ShareRatioInterval interval = ShareRatioInterval.WilsonFixedReference)
    {
        var checks = default(InputChecks);
        checks.SameLength(nameof(population), population.Length, nameof(users), users.Length);
        CountInputs.Levels(ref checks, levels);
        CheckInterval(ref checks, interval);
        var groups = Math.Min(users.Length, population.Length);
        if (groups == 0)
        {
            checks.Add(null, nameof(users), "empty", "must give at least one group");
        }

        CountInputs.Destination(ref checks, destination.Length, groups, levels.Length);
        double n = 0, total = 0;
        for (var g = 0; g < groups; g++)
        {
            checks.NonNegative(g, nameof(users), users[g]);
            checks.NonNegative(g, nameof(population), population[g]);
            n += users[g];
            total += population[g];
        }

        if (groups > 0 && !checks.HasProblems)
        {
            checks.Positive(null, "sum of users", n);
            checks.Positive(null, "sum of population", total);
        }

        checks.ThrowIfAny();
        var k = levels.Length;
        for (var g = 0; g < groups; g++)
        {
            var row = destination.Slice(g * k, k);
            for (var l = 0; l < k; l++)
            {
                row[l] = Compute(users[g], n, population[g], total, levels[l], interval);
            }
        }
    }

    /// <summary>
    /// Representation ratios for every row of a dataset: within each combination of the strata (age band, sex, area,
    /// period, deprivation quantile), each group's share of the numerators over its share of the denominators.
    /// </summary>
    /// <param name="dataset">A <see cref="DatasetMeasure.Rate"/> or <see cref="DatasetMeasure.Proportion"/> dataset: numerator = service users (or activity) of the group, denominator = its reference population (or expected count).</param>
    /// <param name="levels">The confidence levels.</param>
    /// <param name="interval">How the intervals are computed; see <see cref="ShareRatioInterval"/>.</param>
    /// <returns>One entry per row, in row order, with the row as given. Rows whose group is a missing-ethnicity category (not stated, not known) are not a group: they are left out of the totals and their estimates have status <see cref="EstimateStatus.Undefined"/> (see <c>EEiC.Statistics.Sensitivity.MissingEthnicitySensitivity</c> for their possible effect).</returns>
    /// <remarks>Wilson EB. J Am Stat Assoc 1927;22:209–212; Katz D et al. Biometrics 1978;34:469–474. See <see cref="RepresentationRatios"/>.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="StatisticsInputException">The dataset breaks its contract, has another measure, or a stratum has no users or no population; every problem is listed.</exception>
    public static IReadOnlyList<GroupEstimate> Ratios(
        StratifiedDataset dataset,
        IReadOnlyList<ConfidenceLevel> levels,
        ShareRatioInterval interval = ShareRatioInterval.WilsonFixedReference)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(levels);
        var checks = default(InputChecks);
        foreach (var error in dataset.Validate())
        {
            checks.Add(error.Row - 1, $"{nameof(dataset)}.{error.Column}", error.Value ?? "absent",
                $"breaks the dataset rule '{error.Rule}' ({error.Message})");
        }

        if (dataset.Measure == DatasetMeasure.Estimate)
        {
            checks.Add(null, $"{nameof(dataset)}.Measure", dataset.Measure.ToString(),
                "must be Rate or Proportion (numerator = users of the group, denominator = its reference population)");
        }

        CountInputs.Levels(ref checks, levels);
        CheckInterval(ref checks, interval);
        checks.ThrowIfAny();

        var rows = dataset.Rows;
        var strata = new Dictionary<(string?, string?, string?, string?, int?), (double Users, double Population, int FirstRow)>();
        var missing = new bool[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            missing[i] = dataset.CategoryOf(row)?.IsMissing == true;
            var key = (row.AgeBand, row.Sex, row.Area, row.Period, row.DeprivationQuantile);
            var totals = strata.GetValueOrDefault(key, (0, 0, i));
            strata[key] = missing[i] ? totals : (totals.Users + row.Numerator!.Value, totals.Population + row.Denominator!.Value, totals.FirstRow);
        }

        foreach (var (_, (users, population, first)) in strata)
        {
            if (!(users > 0) || !(population > 0))
            {
                checks.Add(first, nameof(dataset), string.Create(CultureInfo.InvariantCulture, $"users {users:R}, population {population:R}"),
                    "every stratum needs users > 0 and population > 0 over its groups with a known ethnicity", rows[first].Group);
            }
        }

        checks.ThrowIfAny();
        var results = new List<GroupEstimate>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var (users, population, _) = strata[(row.AgeBand, row.Sex, row.Area, row.Period, row.DeprivationQuantile)];
            var method = interval == ShareRatioInterval.KatzLog ? EstimationMethod.KatzLogRatio : EstimationMethod.Wilson;
            var estimates = new IntervalEstimate[levels.Count];
            for (var l = 0; l < estimates.Length; l++)
            {
                estimates[l] = missing[i]
                    ? IntervalEstimate.NotAvailable(EstimateStatus.Undefined, levels[l], method)
                    : Compute(row.Numerator!.Value, users, row.Denominator!.Value, population, levels[l], interval);
            }

            results.Add(new GroupEstimate(row, estimates));
        }

        return results;
    }

    /// <summary>The ratio of shares with its interval; inputs already checked.</summary>
    internal static IntervalEstimate Compute(double x, double n, double b, double total, ConfidenceLevel level, ShareRatioInterval interval)
    {
        if (interval == ShareRatioInterval.KatzLog)
        {
            return new RatioKernel.Terms(x, n, b, total).Estimate(level);
        }

        var q = b / total;
        if (!(q > 0))
        {
            return IntervalEstimate.NotAvailable(EstimateStatus.ZeroDenominator, level, EstimationMethod.Wilson);
        }

        var spread = WilsonKernel.Spread(x, n, out var p);
        var z = level.Z;
        WilsonKernel.Limits(x, n, spread, z, z * z, out var lower, out var upper);
        return new IntervalEstimate(p / q, lower / q, upper / q, level, EstimationMethod.Wilson, EstimateStatus.Ok);
    }

    internal static void CheckInterval(ref InputChecks checks, ShareRatioInterval interval)
    {
        if (!Enum.IsDefined(interval))
        {
            checks.Add(null, nameof(interval), ((int)interval).ToString(CultureInfo.InvariantCulture), "must be a defined ShareRatioInterval");
        }
    }
}
