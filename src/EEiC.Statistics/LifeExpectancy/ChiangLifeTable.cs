using System.Globalization;
using EEiC.Datasets;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Validation;

namespace EEiC.Statistics.LifeExpectancy;

/// <summary>
/// Life expectancy and its confidence interval from deaths and population by age band, by Chiang's method II
/// abridged life table with the Silcocks et al. variance for the open final band: the method of England's public
/// health indicators (PHE Life Expectancy Calculator; PHEindicatormethods <c>phe_life_expectancy</c>; Public
/// Health Technical Guide, "Life expectancy"), reproduced exactly.
/// </summary>
/// <remarks>
/// <para><b>Life table.</b> For band i starting at age xᵢ with width nᵢ, deaths Dᵢ and population (person-years)
/// Pᵢ: Mᵢ = Dᵢ/Pᵢ; aᵢ = 0.1 for the band from birth, 0.5 otherwise; the probability of dying
/// qᵢ = nᵢMᵢ / (1 + (1 − aᵢ)nᵢMᵢ), or 1 when Dᵢ &gt; Pᵢ/nᵢ/aᵢ (the formula would exceed 1); the open band
/// (90+) has q = 1. Survivors l₀ = 100,000, lᵢ₊₁ = lᵢ(1 − qᵢ); years lived Lᵢ = nᵢ(lᵢ₊₁ + aᵢ(lᵢ − lᵢ₊₁)), and
/// for the open band L_w = l_w/M_w; Tᵢ = Σ_{j≥i} Lⱼ; life expectancy eᵢ = Tᵢ/lᵢ.</para>
/// <para><b>Variance.</b> Var(qᵢ) = qᵢ²(1 − qᵢ)/Dᵢ (0 when no one dies in the band);
/// Var(eᵢ) = [Σ_{i≤j&lt;w} lⱼ²((1 − aⱼ)nⱼ + eⱼ₊₁)² Var(qⱼ) + (l_w/2)² · 4/(D_w M_w²)] / lᵢ², the last term being
/// Silcocks et al.'s variance of the open band's mean survival 1/M_w. Limits e ± z·SE at each level, z the
/// two-sided normal quantile; limits are not truncated (a very wide interval may have a negative lower limit,
/// as in the reference).</para>
/// <para><b>No value</b> (see <see cref="LifeExpectancySuppression"/>): a band with zero population; deaths
/// above population in a band; total population 5,000 or fewer; no deaths in the open band; nobody alive at
/// the age; and, for the value only, a 95% interval wider than 20 years.</para>
/// <para>Chiang CL. The Life Table and its Applications. Malabar (FL): Krieger, 1984. Silcocks PBS, Jenner DA,
/// Reza R. Life expectancy as a summary of mortality in a population: statistical considerations and
/// suitability for use by health authorities. J Epidemiol Community Health 2001;55:38–43. Eayres DP, Williams ES.
/// Evaluation of methodologies for small area life expectancy estimation. J Epidemiol Community Health
/// 2004;58:243–249.</para>
/// </remarks>
public static class ChiangLifeTable
{
    /// <summary>The radix l₀ of the life table.</summary>
    private const double Radix = 100_000;

    /// <summary>Areas whose total population is at most this get no life expectancy.</summary>
    private const double MinimumTotalPopulation = 5_000;

    /// <summary>Values whose 95% half-width exceeds this (years) are suppressed.</summary>
    private const double MaximumHalfWidth95 = 10;

    /// <summary>Requests of more start ages than this use a heap buffer for their band indices.</summary>
    private const int StackAges = 64;

    /// <summary>Life expectancy for one population (area or group) at each requested age.</summary>
    /// <param name="deaths">Deaths by age band, one per band of <paramref name="bands"/>, in band order.</param>
    /// <param name="population">Population (person-years at risk) by age band, in band order.</param>
    /// <param name="bands">The age band layout (<see cref="LifeTableAgeBands.Standard"/> or <see cref="LifeTableAgeBands.FiveYear"/>).</param>
    /// <param name="levels">The confidence levels, for example <see cref="ConfidenceLevel.Standard"/> (95% and 99.8%).</param>
    /// <param name="startAges">The ages to give life expectancy at, each the start of a band (for example 0 and 65); <see langword="null"/> or empty for life expectancy at birth only.</param>
    /// <returns>One estimate per requested age, in the order requested.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bands"/> or <paramref name="levels"/> is null.</exception>
    /// <exception cref="StatisticsInputException">
    /// The lengths are not the number of bands, a count is negative or not finite, no level is given, or a start
    /// age is not the start of a band; the exception lists every problem.
    /// </exception>
    /// <remarks>
    /// Chiang's method II abridged life table with the Silcocks et al. variance for the open band, as described on
    /// <see cref="ChiangLifeTable"/> (Chiang CL. The Life Table and its Applications. Krieger 1984; Silcocks PBS,
    /// Jenner DA, Reza R. J Epidemiol Community Health 2001;55:38–43).
    /// </remarks>
    public static IReadOnlyList<LifeExpectancyEstimate> Estimate(
        ReadOnlySpan<double> deaths,
        ReadOnlySpan<double> population,
        LifeTableAgeBands bands,
        IReadOnlyList<ConfidenceLevel> levels,
        IReadOnlyList<int>? startAges = null)
    {
        ArgumentNullException.ThrowIfNull(bands);
        ArgumentNullException.ThrowIfNull(levels);
        int[] ages = startAges is { Count: > 0 } ? [.. startAges] : [0];
        ConfidenceLevel[] levelArray = [.. levels];

        var checks = new InputChecks();
        CheckOptions(ref checks, bands, levelArray.Length, ages);
        checks.SameLength(nameof(deaths), deaths.Length, $"the age bands ({bands})", bands.Count);
        checks.SameLength(nameof(population), population.Length, $"the age bands ({bands})", bands.Count);
        CheckCounts(ref checks, deaths, population, bands, batch: false);
        checks.ThrowIfAny();

        var k = bands.Count;
        Span<double> e = stackalloc double[k];
        Span<double> se = stackalloc double[k];
        Span<double> work = stackalloc double[3 * k];
        var reason = Table(deaths, population, bands, e, se, work);

        var results = new LifeExpectancyEstimate[ages.Length];
        for (var a = 0; a < ages.Length; a++)
        {
            var band = bands.IndexOf(ages[a]);
            var estimates = new IntervalEstimate[levelArray.Length];
            var why = Fill(reason, e[band], se[band], levelArray, estimates);
            results[a] = new LifeExpectancyEstimate(
                ages[a],
                why is LifeExpectancySuppression.None or LifeExpectancySuppression.WideInterval ? se[band] : null,
                Sum(deaths[band..]),
                Sum(population[band..]),
                why,
                estimates);
        }

        return results;
    }

    /// <summary>
    /// Life expectancy for many populations (areas or groups) at once, written to a caller's buffer without
    /// allocating per population.
    /// </summary>
    /// <param name="deaths">Deaths by age band for every population, population-major: population g's bands are <c>deaths[g * bands.Count .. (g + 1) * bands.Count]</c>.</param>
    /// <param name="population">Population by age band, laid out as <paramref name="deaths"/>.</param>
    /// <param name="bands">The age band layout.</param>
    /// <param name="levels">The confidence levels.</param>
    /// <param name="startAges">The ages to give life expectancy at, each the start of a band; empty for life expectancy at birth only.</param>
    /// <param name="destination">
    /// Receives the estimates: population g, age a (index into <paramref name="startAges"/>), level l at
    /// <c>destination[(g * ages + a) * levels.Length + l]</c>, where ages is the number of start ages (1 when empty).
    /// A population with no value gets estimates with a non-<see cref="EstimateStatus.Ok"/> status.
    /// </param>
    /// <param name="suppressions">Optional: receives why each value is absent, at <c>suppressions[g * ages + a]</c>; empty to skip.</param>
    /// <exception cref="ArgumentNullException"><paramref name="bands"/> is null.</exception>
    /// <exception cref="StatisticsInputException">
    /// The spans differ in length or are not a whole number of populations, a count is negative or not finite, no
    /// level is given, a start age is not the start of a band, or a destination is too short; the exception lists
    /// every problem, with the population's index, before anything is written.
    /// </exception>
    /// <remarks>
    /// Chiang's method II abridged life table with the Silcocks et al. variance for the open band, as described on
    /// <see cref="ChiangLifeTable"/> (Chiang CL. The Life Table and its Applications. Krieger 1984; Silcocks PBS,
    /// Jenner DA, Reza R. J Epidemiol Community Health 2001;55:38–43).
    /// </remarks>
    public static void Estimate(
        ReadOnlySpan<double> deaths,
        ReadOnlySpan<double> population,
        LifeTableAgeBands bands,
        ReadOnlySpan<ConfidenceLevel> levels,
        ReadOnlySpan<int> startAges,
        Span<IntervalEstimate> destination,
        Span<LifeExpectancySuppression> suppressions = default)
    {
        ArgumentNullException.ThrowIfNull(bands);
        ReadOnlySpan<int> birth = [0];
        var ages = startAges.IsEmpty ? birth : startAges;
        var k = bands.Count;

        var checks = new InputChecks();
        CheckOptions(ref checks, bands, levels.Length, ages);
        checks.SameLength(nameof(population), population.Length, nameof(deaths), deaths.Length);
        if (deaths.Length % k != 0)
        {
            checks.Add(null, nameof(deaths), deaths.Length.ToString(CultureInfo.InvariantCulture),
                $"length must be a whole number of populations of {k} age bands ({bands})");
        }

        var count = Math.Min(deaths.Length, population.Length);
        var groups = count / k;
        checks.DestinationLength(nameof(destination), destination.Length, groups * ages.Length * levels.Length);
        if (!suppressions.IsEmpty)
        {
            checks.DestinationLength(nameof(suppressions), suppressions.Length, groups * ages.Length);
        }

        CheckCounts(ref checks, deaths[..count], population[..count], bands, batch: true);
        checks.ThrowIfAny();

        Span<int> bandOf = ages.Length <= StackAges ? stackalloc int[ages.Length] : new int[ages.Length];
        for (var a = 0; a < ages.Length; a++)
        {
            bandOf[a] = bands.IndexOf(ages[a]);
        }

        Span<double> e = stackalloc double[k];
        Span<double> se = stackalloc double[k];
        Span<double> work = stackalloc double[3 * k];
        for (var g = 0; g < groups; g++)
        {
            var reason = Table(deaths.Slice(g * k, k), population.Slice(g * k, k), bands, e, se, work);
            for (var a = 0; a < ages.Length; a++)
            {
                var row = g * ages.Length + a;
                var why = Fill(reason, e[bandOf[a]], se[bandOf[a]], levels, destination.Slice(row * levels.Length, levels.Length));
                if (!suppressions.IsEmpty)
                {
                    suppressions[row] = why;
                }
            }
        }
    }

    /// <summary>
    /// Life expectancy for every group (and combination of strata other than age) of a dataset of deaths and
    /// population by age band.
    /// </summary>
    /// <param name="dataset">
    /// A <see cref="DatasetMeasure.Rate"/> dataset: one row per group, strata and age band, with the deaths as
    /// <see cref="StratifiedRow.Numerator"/> and the population as <see cref="StratifiedRow.Denominator"/>. Its
    /// <see cref="StratifiedRow.AgeBand"/> labels name the bands by their first whole number (<c>"0"</c>,
    /// <c>"1-4"</c>, <c>"5-9"</c>, …, <c>"90+"</c>, as <see cref="LifeTableAgeBands.Labels"/>; <c>"&lt;1"</c> is the
    /// band from birth); every band must be present once for every group. Rows are grouped by group, sex, area,
    /// period and deprivation quantile.
    /// </param>
    /// <param name="bands">The age band layout.</param>
    /// <param name="levels">The confidence levels.</param>
    /// <param name="startAges">The ages to give life expectancy at; <see langword="null"/> or empty for life expectancy at birth only.</param>
    /// <returns>
    /// One <see cref="GroupEstimate"/> per group and requested age, groups in order of first appearance and ages
    /// in the order requested. Its row has the group's strata, <see cref="StratifiedRow.AgeBand"/> <c>"{age}+"</c>
    /// (for example <c>"65+"</c>; <c>"0+"</c> at birth), and the deaths and population at that age and above as
    /// numerator and denominator. The reason for an absent value is only in the status here; use the span
    /// overloads for <see cref="LifeExpectancySuppression"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="StatisticsInputException">
    /// The dataset is not a rate dataset, a row has no recognisable age band, a band is missing or repeated for a
    /// group, a count is absent, negative or not finite, no level is given, or a start age is not the start of a
    /// band; the exception lists every problem with its row and group.
    /// </exception>
    /// <remarks>
    /// Chiang's method II abridged life table with the Silcocks et al. variance for the open band, as described on
    /// <see cref="ChiangLifeTable"/> (Chiang CL. The Life Table and its Applications. Krieger 1984; Silcocks PBS,
    /// Jenner DA, Reza R. J Epidemiol Community Health 2001;55:38–43).
    /// </remarks>
    public static IReadOnlyList<GroupEstimate> Estimate(
        StratifiedDataset dataset,
        LifeTableAgeBands bands,
        IReadOnlyList<ConfidenceLevel> levels,
        IReadOnlyList<int>? startAges = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(bands);
        ArgumentNullException.ThrowIfNull(levels);
        int[] ages = startAges is { Count: > 0 } ? [.. startAges] : [0];
        ConfidenceLevel[] levelArray = [.. levels];
        var k = bands.Count;

        var checks = new InputChecks();
        CheckOptions(ref checks, bands, levelArray.Length, ages);
        if (dataset.Measure != DatasetMeasure.Rate)
        {
            checks.Add(null, nameof(dataset), dataset.Measure.ToString(),
                "measure must be Rate (deaths as numerator, population as denominator, one row per age band)");
        }

        var index = new Dictionary<(string, string?, string?, string?, int?), int>();
        var groups = new List<DatasetGroup>();
        for (var r = 0; r < dataset.Rows.Count; r++)
        {
            var row = dataset.Rows[r];
            var key = (row.Group, row.Sex, row.Area, row.Period, row.DeprivationQuantile);
            if (!index.TryGetValue(key, out var g))
            {
                g = groups.Count;
                index.Add(key, g);
                groups.Add(new DatasetGroup(row, r, k));
            }

            var group = groups[g];
            var band = bands.IndexOfLabel(row.AgeBand);
            if (band < 0)
            {
                checks.Add(r, nameof(StratifiedRow.AgeBand), row.AgeBand ?? "(none)",
                    $"must name an age band of the {bands.Name} layout ({string.Join(", ", bands.Labels)})", group.Name);
                continue;
            }

            if (group.Seen[band])
            {
                checks.Add(r, nameof(StratifiedRow.AgeBand), row.AgeBand!,
                    $"must appear once per group; band {bands.Labels[band]} is repeated", group.Name);
            }

            group.Seen[band] = true;
            group.Deaths[band] = Count(ref checks, r, nameof(StratifiedRow.Numerator), "deaths", row.Numerator, group.Name);
            group.Population[band] = Count(ref checks, r, nameof(StratifiedRow.Denominator), "population", row.Denominator, group.Name);
        }

        foreach (var group in groups)
        {
            var missing = Enumerable.Range(0, k).Where(b => !group.Seen[b]).Select(b => bands.Labels[b]).ToArray();
            if (missing.Length > 0)
            {
                checks.Add(group.FirstRow, nameof(StratifiedRow.AgeBand), string.Join(", ", missing),
                    "every age band must be present for each group; these are missing", group.Name);
            }
        }

        checks.ThrowIfAny();

        var results = new List<GroupEstimate>(groups.Count * ages.Length);
        Span<double> e = stackalloc double[k];
        Span<double> se = stackalloc double[k];
        Span<double> work = stackalloc double[3 * k];
        foreach (var group in groups)
        {
            var reason = Table(group.Deaths, group.Population, bands, e, se, work);
            foreach (var age in ages)
            {
                var band = bands.IndexOf(age);
                var estimates = new IntervalEstimate[levelArray.Length];
                Fill(reason, e[band], se[band], levelArray, estimates);
                var first = group.First;
                var row = new StratifiedRow(
                    first.Group,
                    AgeBand: string.Create(CultureInfo.InvariantCulture, $"{age}+"),
                    Sex: first.Sex,
                    Area: first.Area,
                    Period: first.Period,
                    DeprivationQuantile: first.DeprivationQuantile,
                    Numerator: Sum(group.Deaths.AsSpan(band)),
                    Denominator: Sum(group.Population.AsSpan(band)));
                results.Add(new GroupEstimate(row, estimates));
            }
        }

        return results;
    }

    /// <summary>
    /// Builds the life table of one population: life expectancy and its standard error at the start of every band
    /// (NaN where nobody is left alive), or the reason there is none.
    /// </summary>
    private static LifeExpectancySuppression Table(
        ReadOnlySpan<double> deaths,
        ReadOnlySpan<double> population,
        LifeTableAgeBands bands,
        Span<double> e,
        Span<double> se,
        Span<double> work)
    {
        var k = bands.Count;
        var zeroPopulation = false;
        var excessDeaths = false;
        var total = 0.0;
        for (var i = 0; i < k; i++)
        {
            zeroPopulation |= population[i] == 0;
            excessDeaths |= deaths[i] > population[i];
            total += population[i];
        }

        if (zeroPopulation)
        {
            return LifeExpectancySuppression.ZeroPopulationInBand;
        }

        if (excessDeaths)
        {
            return LifeExpectancySuppression.DeathsExceedPopulation;
        }

        if (total <= MinimumTotalPopulation)
        {
            return LifeExpectancySuppression.SmallPopulation;
        }

        var w = k - 1;
        if (deaths[w] == 0)
        {
            return LifeExpectancySuppression.NoDeathsInOpenBand;
        }

        var q = work[..k];
        var l = work.Slice(k, k);
        var years = work.Slice(2 * k, k);
        var widths = bands.Widths;
        var fractions = bands.FractionsLivedByDeaths;

        // Probability of dying and survivors (Chiang's method II); the open band ends in death.
        l[0] = Radix;
        for (var i = 0; i < w; i++)
        {
            var n = widths[i];
            var a = fractions[i];
            var m = deaths[i] / population[i];
            q[i] = deaths[i] <= population[i] / n / a ? m * n / (1 + m * n * (1 - a)) : 1;
            l[i + 1] = l[i] * (1 - q[i]);
        }

        q[w] = 1;

        // Years lived in each band; the open band's is l/M (Silcocks et al.).
        for (var i = 0; i < w; i++)
        {
            years[i] = widths[i] * (l[i + 1] + fractions[i] * (l[i] - l[i + 1]));
        }

        var mw = deaths[w] / population[w];
        years[w] = l[w] / mw;

        var t = 0.0;
        for (var i = w; i >= 0; i--)
        {
            t += years[i];
            e[i] = l[i] == 0 ? double.NaN : t / l[i];
        }

        // Variance: the open band's term (Silcocks et al.), then Chiang's terms for the closed bands.
        var half = l[w] / 2;
        var sum = half * half * (4 / (deaths[w] * (mw * mw)));
        se[w] = StandardError(sum, l[w]);
        for (var i = w - 1; i >= 0; i--)
        {
            var varQ = l[i] - l[i + 1] == 0 ? 0 : q[i] * q[i] * (1 - q[i]) / deaths[i];
            var next = double.IsNaN(e[i + 1]) ? 0 : e[i + 1];
            var weight = (1 - fractions[i]) * widths[i] + next;
            sum += varQ * (l[i] * l[i]) * (weight * weight);
            se[i] = StandardError(sum, l[i]);
        }

        return LifeExpectancySuppression.None;
    }

    private static double StandardError(double sum, double survivors) =>
        survivors == 0 ? double.NaN : Math.Sqrt(sum / (survivors * survivors));

    /// <summary>Writes one estimate per level for one age and returns why the value is absent, if it is.</summary>
    private static LifeExpectancySuppression Fill(
        LifeExpectancySuppression reason,
        double value,
        double standardError,
        ReadOnlySpan<ConfidenceLevel> levels,
        Span<IntervalEstimate> destination)
    {
        if (reason == LifeExpectancySuppression.None)
        {
            if (double.IsNaN(value))
            {
                reason = LifeExpectancySuppression.NoSurvivors;
            }
            else if (ConfidenceLevel.Percent95.Z * standardError > MaximumHalfWidth95)
            {
                reason = LifeExpectancySuppression.WideInterval;
            }
        }

        for (var i = 0; i < levels.Length; i++)
        {
            var level = levels[i];
            destination[i] = reason switch
            {
                LifeExpectancySuppression.None => new IntervalEstimate(
                    value, value - level.Z * standardError, value + level.Z * standardError, level, EstimationMethod.ChiangII, EstimateStatus.Ok),
                LifeExpectancySuppression.WideInterval => new IntervalEstimate(
                    double.NaN, value - level.Z * standardError, value + level.Z * standardError, level, EstimationMethod.ChiangII, EstimateStatus.SmallCount),
                _ => IntervalEstimate.NotAvailable(StatusOf(reason), level, EstimationMethod.ChiangII),
            };
        }

        return reason;
    }

    private static EstimateStatus StatusOf(LifeExpectancySuppression reason) => reason switch
    {
        LifeExpectancySuppression.ZeroPopulationInBand => EstimateStatus.ZeroDenominator,
        LifeExpectancySuppression.SmallPopulation or LifeExpectancySuppression.WideInterval => EstimateStatus.SmallCount,
        LifeExpectancySuppression.None => EstimateStatus.Ok,
        _ => EstimateStatus.Undefined,
    };

    private static void CheckOptions(ref InputChecks checks, LifeTableAgeBands bands, int levels, ReadOnlySpan<int> ages)
    {
        if (levels == 0)
        {
            checks.Add(null, nameof(levels), "(none)", "must contain at least one confidence level");
        }

        for (var a = 0; a < ages.Length; a++)
        {
            if (bands.IndexOf(ages[a]) < 0)
            {
                checks.Add(a, "startAges", ages[a].ToString(CultureInfo.InvariantCulture),
                    $"must be the start age of a band of the {bands.Name} layout ({string.Join(", ", bands.StartAges)})");
            }
        }
    }

    private static void CheckCounts(
        ref InputChecks checks, ReadOnlySpan<double> deaths, ReadOnlySpan<double> population, LifeTableAgeBands bands, bool batch)
    {
        var k = bands.Count;
        for (var i = 0; i < deaths.Length; i++)
        {
            if (!IsCount(deaths[i]))
            {
                checks.Add(batch ? i / k : i, nameof(deaths), deaths[i], $"must be a finite number >= 0 (age band {bands.Labels[i % k]})");
            }
        }

        for (var i = 0; i < population.Length; i++)
        {
            if (!IsCount(population[i]))
            {
                checks.Add(batch ? i / k : i, nameof(population), population[i], $"must be a finite number >= 0 (age band {bands.Labels[i % k]})");
            }
        }
    }

    private static double Count(ref InputChecks checks, int row, string column, string what, double? value, string group)
    {
        if (value is not { } v)
        {
            checks.Add(row, column, "(none)", $"{what} must be given", group);
            return 0;
        }

        if (!IsCount(v))
        {
            checks.Add(row, column, v, $"{what} must be a finite number >= 0", group);
        }

        return v;
    }

    private static bool IsCount(double value) => value >= 0 && !double.IsPositiveInfinity(value);

    private static double Sum(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        foreach (var v in values)
        {
            sum += v;
        }

        return sum;
    }

    /// <summary>Rows of one group of a dataset, gathered by age band.</summary>
    private sealed class DatasetGroup(StratifiedRow first, int firstRow, int bands)
    {
        public StratifiedRow First { get; } = first;

        public int FirstRow { get; } = firstRow;

        public string Name { get; } = string.Join(", ",
            new[] { first.Group, first.Sex, first.Area, first.Period, first.DeprivationQuantile?.ToString(CultureInfo.InvariantCulture) }
                .Where(s => s is not null));

        public double[] Deaths { get; } = new double[bands];

        public double[] Population { get; } = new double[bands];

        public bool[] Seen { get; } = new bool[bands];
    }
}
