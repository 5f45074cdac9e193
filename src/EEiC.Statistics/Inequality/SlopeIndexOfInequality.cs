using EEiC.Datasets;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Validation;

namespace EEiC.Statistics.Inequality;

/// <summary>
/// The slope index of inequality (SII) and relative index of inequality (RII) of an indicator across the
/// <em>ordered</em> quantiles of a social dimension (for example deprivation deciles, 1 = most deprived) within an
/// area, with confidence limits by simulation, as England's public health indicators compute them
/// (<c>phe_sii</c> of PHEindicatormethods).
/// </summary>
/// <remarks>
/// <para><b>Method</b> (Low A, Low A. Measuring the gap: quantifying and comparing local health inequalities.
/// J Public Health 2004;26:388–395; the SII and RII as in Mackenbach JP, Kunst AE. Soc Sci Med 1997;44:757–771).
/// With a_j the quantile's share of the area's population and b_j = Σ_{i&lt;j} a_i + a_j/2 its relative rank (the
/// mid-point of its band of the cumulative population), the values y_j are regressed on b_j by least squares
/// weighted by a_j (the √a-scaled regression of the reference). The SII is the slope times the multiplier: the
/// fitted difference between the least (b = 1) and the most (b = 0) disadvantaged ends. The RII is
/// (intercept + slope)/intercept, inverted when the multiplier is negative. With
/// <see cref="SlopeIndexOptions.Transform"/> the regression is fitted to log rates or logit proportions and, with
/// g⁻¹ = exp or expit, SII = (g⁻¹(intercept + slope) − g⁻¹(intercept)) · multiplier and
/// RII = g⁻¹(intercept + slope)/g⁻¹(intercept).</para>
/// <para><b>Confidence limits</b> (as <c>phe_sii</c>): each quantile's value is drawn <see cref="SlopeIndexOptions.Repetitions"/>
/// times from a normal distribution with its standard error on the scale g (identity, log for rates, logit for
/// proportions), transformed back unless <see cref="SlopeIndexOptions.Transform"/> is set, and the regression is
/// refitted to each draw. The limits at level c are the order statistics at the 1-based positions
/// round(reps·(1 − c′)) and round(reps·c′), c′ = c + (1 − c)/2 (2,500 and 97,500 of 100,000 at 95%), found by
/// selection rather than a full sort; one simulation serves every level requested. With the transformation, the
/// limits s of the slope are mapped through the mid-point h = intercept + slope/2 of the fitted line:
/// SII = (g⁻¹(h + s/2) − g⁻¹(h − s/2)) · multiplier, RII = g⁻¹(h + s/2)/g⁻¹(h − s/2); with a negative multiplier the
/// lower output comes from the upper slope limit and the RII limits are inverted. (The reference swaps limits for
/// rates whenever the multiplier is below 1, which for a multiplier strictly between 0 and 1 returns a lower limit
/// above the upper one; here they are swapped only for a negative multiplier, as it does for proportions.)</para>
/// <para><b>Random numbers.</b> The draws come from xoshiro256** (Blackman D, Vigna S. ACM Trans Math Softw
/// 2021;47(4):36) with a ziggurat normal generator (Marsaglia G, Tsang WW. J Stat Softw 2000;5(8)), seeded from the
/// caller's <c>seed</c>, and are not R's: the limits differ from R's by Monte-Carlo error only (well within the
/// reference's own 5% tolerance at 100,000 repetitions), and the point estimates do not depend on the draws. Each
/// group of a batch has its own streams derived from the seed and the group's index, so a batch gives the same
/// numbers sequentially or in parallel, and a single-area call equals group 0 of a batch with the same seed. The
/// same seed gives the same limits on the same runtime, whatever the hardware; for rates and proportions without
/// the transformation, the back-transformation uses the runtime's vectorised exponential on .NET 9 and later, so
/// those limits can differ from a .NET 8 build in the last digits.</para>
/// <para><b>Rules.</b> 5 to 100 quantiles (the reference warns above 10 that small quantile populations make the
/// SII unstable). Every quantile value needs a population &gt; 0, a finite value (rates &gt; 0; proportions strictly
/// between 0 and 1) and a standard error ≥ 0 or 95% limits (lower ≤ upper, on the same scale rules); input limits
/// are always read as 95% limits. A problem anywhere raises one <see cref="StatisticsInputException"/> listing
/// them all. An area that lacks some quantile gets no estimate (<see cref="EstimateStatus.MissingInput"/>), as the
/// reference drops it; the RII is <see cref="EstimateStatus.Undefined"/> when the fitted value at the most
/// disadvantaged end is 0; a simulated limit that is not a finite number (draws overflowing on the log scale) is absent.
/// Unlike the reference, a standard error may be given with <see cref="SlopeIndexOptions.Transform"/> (it is on the
/// log or logit scale, as without the transformation).</para>
/// </remarks>
public static class SlopeIndexOfInequality
{
    /// <summary>The fewest quantiles an SII is computed over.</summary>
    public const int MinimumQuantiles = 5;

    /// <summary>The most quantiles an SII is computed over.</summary>
    public const int MaximumQuantiles = 100;

    /// <summary>The SII and RII of one area at one confidence level.</summary>
    /// <param name="quantiles">One value for each quantile 1..k of the area (k = the number of values, 5 to 100), in any order.</param>
    /// <param name="level">The confidence level of the simulated limits.</param>
    /// <param name="seed">The seed of the simulation: the same seed gives the same limits.</param>
    /// <param name="options">The value type, transformation, multiplier and repetitions; <see cref="SlopeIndexOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="StatisticsInputException">An input breaks a rule; the exception lists every problem.</exception>
    /// <remarks>Low A, Low A. J Public Health 2004;26:388–395; the simulation of PHEindicatormethods <c>phe_sii</c>. See <see cref="SlopeIndexOfInequality"/>.</remarks>
    public static SlopeIndexEstimate Calculate(ReadOnlySpan<OrderedQuantileValue> quantiles, ConfidenceLevel level, ulong seed, SlopeIndexOptions? options = null)
    {
        Span<SlopeIndexEstimate> result = stackalloc SlopeIndexEstimate[1];
        ReadOnlySpan<ConfidenceLevel> levels = [level];
        ReadOnlySpan<int> lengths = [quantiles.Length];
        Calculate(quantiles, lengths, quantiles.Length, levels, result, seed, options);
        return result[0];
    }

    /// <summary>
    /// The SII and RII of many areas at one or more confidence levels, allocating nothing per area.
    /// </summary>
    /// <param name="values">The quantile values of every area, area after area (each area's values contiguous, in any order within the area).</param>
    /// <param name="groupLengths">How many values each area has, in order; an area with fewer than <paramref name="quantileCount"/> values lacks some quantile and gets <see cref="EstimateStatus.MissingInput"/>.</param>
    /// <param name="quantileCount">The number of ordered quantiles k (5 to 100; 10 for deciles): every value's <see cref="OrderedQuantileValue.Quantile"/> is in 1..k, at most once per area.</param>
    /// <param name="levels">The confidence levels; one simulation per area serves them all.</param>
    /// <param name="destination">Receives the estimates, area-major: <c>destination[g * levels.Length + l]</c>.</param>
    /// <param name="seed">The seed of the simulation; area g uses its own stream derived from the seed and g.</param>
    /// <param name="options">The value type, transformation, multiplier and repetitions; <see cref="SlopeIndexOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="StatisticsInputException">An input breaks a rule; the exception lists every problem.</exception>
    /// <remarks>Low A, Low A. J Public Health 2004;26:388–395; the simulation of PHEindicatormethods <c>phe_sii</c>. See <see cref="SlopeIndexOfInequality"/>.</remarks>
    public static void Calculate(
        ReadOnlySpan<OrderedQuantileValue> values,
        ReadOnlySpan<int> groupLengths,
        int quantileCount,
        ReadOnlySpan<ConfidenceLevel> levels,
        Span<SlopeIndexEstimate> destination,
        ulong seed,
        SlopeIndexOptions? options = null)
    {
        options ??= SlopeIndexOptions.Default;
        SlopeIndexEngine.Validate(values, groupLengths, quantileCount, levels, destination.Length, options);
        SlopeIndexEngine.Run(values, groupLengths, quantileCount, levels, destination, seed, options);
    }

    /// <summary>
    /// As <see cref="Calculate(ReadOnlySpan{OrderedQuantileValue}, ReadOnlySpan{int}, int, ReadOnlySpan{ConfidenceLevel}, Span{SlopeIndexEstimate}, ulong, SlopeIndexOptions?)"/>,
    /// spreading the areas over threads. The results are identical to the sequential call with the same seed.
    /// </summary>
    /// <param name="values">The quantile values of every area, area after area.</param>
    /// <param name="groupLengths">How many values each area has, in order.</param>
    /// <param name="quantileCount">The number of ordered quantiles k (5 to 100).</param>
    /// <param name="levels">The confidence levels.</param>
    /// <param name="destination">Receives the estimates, area-major: <c>destination[g * levels.Length + l]</c>.</param>
    /// <param name="seed">The seed of the simulation.</param>
    /// <param name="options">The value type, transformation, multiplier and repetitions; <see cref="SlopeIndexOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="maxDegreeOfParallelism">The most threads to use; −1 (default) for as many as the scheduler gives.</param>
    /// <exception cref="StatisticsInputException">An input breaks a rule; the exception lists every problem.</exception>
    /// <remarks>Low A, Low A. J Public Health 2004;26:388–395; the simulation of PHEindicatormethods <c>phe_sii</c>. See <see cref="SlopeIndexOfInequality"/>.</remarks>
    public static void CalculateParallel(
        ReadOnlyMemory<OrderedQuantileValue> values,
        ReadOnlyMemory<int> groupLengths,
        int quantileCount,
        ReadOnlyMemory<ConfidenceLevel> levels,
        Memory<SlopeIndexEstimate> destination,
        ulong seed,
        SlopeIndexOptions? options = null,
        int maxDegreeOfParallelism = -1)
    {
        options ??= SlopeIndexOptions.Default;
        if (maxDegreeOfParallelism == 0 || maxDegreeOfParallelism < -1)
        {
            var checks = default(InputChecks);
            checks.Add(null, nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "must be -1 (no limit) or a positive number of threads");
            checks.ThrowIfAny();
        }

        SlopeIndexEngine.Validate(values.Span, groupLengths.Span, quantileCount, levels.Span, destination.Length, options);

        var lengths = groupLengths.Span;
        var starts = new int[lengths.Length + 1];
        for (var g = 0; g < lengths.Length; g++)
        {
            starts[g + 1] = starts[g] + lengths[g];
        }

        var positions = new int[2 * levels.Length];
        SlopeIndexEngine.Positions(levels.Span, options.Repetitions, positions);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
        var levelCount = levels.Length;
        Parallel.For(
            0,
            lengths.Length,
            parallel,
            () => new SlopeIndexEngine.Workspace(options),
            (g, _, workspace) =>
            {
                SlopeIndexEngine.ComputeGroup(
                    values.Span[starts[g]..starts[g + 1]],
                    quantileCount,
                    levels.Span,
                    positions,
                    destination.Span.Slice(g * levelCount, levelCount),
                    seed,
                    (ulong)g,
                    options,
                    workspace);
                return workspace;
            },
            workspace => workspace.Dispose());
    }

    /// <summary>
    /// The SII and RII across the deprivation quantiles of a dataset of estimates, for each combination of group
    /// and strata (group, age band, sex, area, period): for an ethnicity dataset, the inequality by deprivation
    /// <em>within</em> each ethnic group. The ethnic groups themselves are never the ordered dimension.
    /// </summary>
    /// <param name="dataset">
    /// A dataset with <see cref="DatasetMeasure.Estimate"/> rows that each carry a
    /// <see cref="StratifiedRow.DeprivationQuantile"/> (1 = most deprived), a <see cref="StratifiedRow.Value"/>, its
    /// <see cref="StratifiedRow.StandardError"/> (on the simulation scale of <see cref="SlopeIndexOptions.ValueType"/>)
    /// and a <see cref="StratifiedRow.Population"/>. The number of quantiles is the largest quantile present.
    /// </param>
    /// <param name="levels">The confidence levels.</param>
    /// <param name="seed">The seed of the simulation (each combination is a group of the batch, in order of first appearance).</param>
    /// <param name="options">The value type, transformation, multiplier and repetitions; <see cref="SlopeIndexOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>One result per combination of group and strata, in order of first appearance; a combination lacking some quantile gets <see cref="EstimateStatus.MissingInput"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="levels"/> is null.</exception>
    /// <exception cref="StatisticsInputException">The dataset or an argument breaks a rule; the exception lists every problem, by 0-based row index.</exception>
    /// <remarks>Low A, Low A. J Public Health 2004;26:388–395; the simulation of PHEindicatormethods <c>phe_sii</c>. See <see cref="SlopeIndexOfInequality"/>.</remarks>
    public static IReadOnlyList<SlopeIndexGroupEstimate> Calculate(StratifiedDataset dataset, IReadOnlyList<ConfidenceLevel> levels, ulong seed, SlopeIndexOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(levels);
        options ??= SlopeIndexOptions.Default;

        var checks = default(InputChecks);
        if (dataset.Measure != DatasetMeasure.Estimate)
        {
            checks.Add(null, "dataset.Measure", dataset.Measure.ToString(),
                "must be Estimate: the SII needs each quantile's value with its standard error and population (compute proportions or rates with their limits first)");
        }

        var strata = new Dictionary<(string, string?, string?, string?, string?), List<int>>();
        var order = new List<(string Group, string? AgeBand, string? Sex, string? Area, string? Period)>();
        var maxQuantile = 0;
        for (var i = 0; i < dataset.Rows.Count; i++)
        {
            var row = dataset.Rows[i];
            if (row is null)
            {
                checks.Add(i, "dataset.Rows", "null", "must not contain null rows");
                continue;
            }

            if (row.DeprivationQuantile is not { } quantile)
            {
                checks.Add(i, "DeprivationQuantile", "missing", "must be given: the SII is computed across ordered deprivation quantiles (1 = most deprived)", row.Group);
            }
            else
            {
                maxQuantile = Math.Max(maxQuantile, quantile);
            }

            if (row.Value is null)
            {
                checks.Add(i, "Value", "missing", "must be given", row.Group);
            }

            if (row.StandardError is null)
            {
                checks.Add(i, "StandardError", "missing", "must be given", row.Group);
            }

            if (row.Population is null)
            {
                checks.Add(i, "Population", "missing", "must be given", row.Group);
            }

            var key = (row.Group, row.AgeBand, row.Sex, row.Area, row.Period);
            if (!strata.TryGetValue(key, out var members))
            {
                strata[key] = members = [];
                order.Add(key);
            }

            members.Add(i);
        }

        checks.ThrowIfAny();

        var values = new OrderedQuantileValue[dataset.Rows.Count];
        var rowNumbers = new int[dataset.Rows.Count];
        var lengths = new int[strata.Count];
        var names = new string[strata.Count];
        var next = 0;
        var g = 0;
        foreach (var key in order)
        {
            var members = strata[key];
            lengths[g] = members.Count;
            names[g] = string.Join("/", new[] { key.Group, key.AgeBand, key.Sex, key.Area, key.Period }.Where(p => p is not null));
            foreach (var i in members)
            {
                var row = dataset.Rows[i];
                values[next] = OrderedQuantileValue.WithStandardError(row.DeprivationQuantile!.Value, row.Population!.Value, row.Value!.Value, row.StandardError!.Value);
                rowNumbers[next++] = i;
            }

            g++;
        }

        var levelArray = levels.ToArray();
        var results = new SlopeIndexEstimate[strata.Count * levelArray.Length];
        SlopeIndexEngine.Validate(values, lengths, maxQuantile, levelArray, results.Length, options, names, rowNumbers);
        SlopeIndexEngine.Run(values, lengths, maxQuantile, levelArray, results, seed, options);

        var output = new SlopeIndexGroupEstimate[strata.Count];
        g = 0;
        foreach (var key in order)
        {
            var population = strata[key].Sum(i => dataset.Rows[i].Population!.Value);
            output[g] = new SlopeIndexGroupEstimate(
                new StratifiedRow(key.Group, key.AgeBand, key.Sex, key.Area, key.Period, Population: population),
                results.AsSpan(g * levelArray.Length, levelArray.Length).ToArray());
            g++;
        }

        return output;
    }
}
