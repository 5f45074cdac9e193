using System.Buffers;
using System.Globalization;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Validation;

namespace EEiC.Statistics.Quantiles;

/// <summary>
/// Assigns small areas (for example LSOAs) to quantiles (deciles, quintiles, …) of a value within each parent area,
/// as England's public health indicators do (<c>phe_quantile</c> of PHEindicatormethods). The quantiles are
/// ordered, so their numbers can feed <see cref="Inequality.OrderedQuantileValue"/>.
/// </summary>
/// <remarks>
/// <para>Method (OHID, Public Health Profiles technical guide "Assigning deprivation categories"; PHEindicatormethods
/// <c>phe_quantile</c>). Within a parent area with m small areas that have a value and n quantiles: the values are
/// ranked ascending after reflecting them as max − value when quantile 1 is to hold the highest values
/// (<see cref="QuantileOrder.HighestFirst"/>), tied values sharing the lowest rank; the area of rank r goes to
/// quantile ⌊(n + 1) − ⌈((m + 1) − r) / (m / n)⌉⌋, and to quantile 1 when that gives 0. So the last-ranked area is
/// always in quantile n, each quantile holds about m/n areas, and tied areas always share a quantile (which can
/// make some quantiles larger than others, or leave one empty: the guide advises reviewing such cases).</para>
/// <para>Missing values (NaN) are not ranked and get no quantile (<see cref="EstimateStatus.MissingInput"/>). When
/// a parent has fewer areas with values than quantiles (m &lt; n), none of its areas gets a quantile
/// (<see cref="EstimateStatus.SmallCount"/>; <c>phe_quantile</c> warns). The order is given per parent area, so a
/// parent cannot mix orders (the reference's error "invert field values must take the same logical value for each
/// data grouping set" cannot arise).</para>
/// </remarks>
public static class QuantileAssignment
{
    /// <summary>Assigns the small areas of one parent area to quantiles.</summary>
    /// <param name="values">The small areas' values; NaN marks a missing value.</param>
    /// <param name="quantileCount">The number of quantiles (≥ 2; 10 for deciles, 5 for quintiles).</param>
    /// <param name="order">Which end quantile 1 holds (default: the highest values, as <c>phe_quantile</c>).</param>
    /// <param name="destination">Receives one assignment per value, in the same order.</param>
    /// <exception cref="StatisticsInputException">An input breaks a rule; the exception lists every problem.</exception>
    /// <remarks>OHID technical guide "Assigning deprivation categories"; PHEindicatormethods <c>phe_quantile</c>. See <see cref="QuantileAssignment"/>.</remarks>
    public static void Assign(ReadOnlySpan<double> values, int quantileCount, QuantileOrder order, Span<AssignedQuantile> destination)
    {
        ReadOnlySpan<int> lengths = [values.Length];
        ReadOnlySpan<QuantileOrder> orders = [order];
        Assign(values, lengths, quantileCount, orders, destination);
    }

    /// <summary>Assigns the small areas of many parent areas to quantiles, each parent separately.</summary>
    /// <param name="values">The small areas' values, parent after parent (each parent's areas contiguous); NaN marks a missing value.</param>
    /// <param name="groupLengths">How many small areas each parent has, in order.</param>
    /// <param name="quantileCount">The number of quantiles (≥ 2).</param>
    /// <param name="orders">Which end quantile 1 holds, per parent (for example from each indicator's polarity), or a single order for all parents.</param>
    /// <param name="destination">Receives one assignment per value, in the same order as <paramref name="values"/>.</param>
    /// <exception cref="StatisticsInputException">An input breaks a rule; the exception lists every problem.</exception>
    /// <remarks>OHID technical guide "Assigning deprivation categories"; PHEindicatormethods <c>phe_quantile</c>. See <see cref="QuantileAssignment"/>.</remarks>
    public static void Assign(
        ReadOnlySpan<double> values,
        ReadOnlySpan<int> groupLengths,
        int quantileCount,
        ReadOnlySpan<QuantileOrder> orders,
        Span<AssignedQuantile> destination)
    {
        Validate(values, groupLengths, quantileCount, orders, destination.Length);

        var longest = 0;
        foreach (var length in groupLengths)
        {
            longest = Math.Max(longest, length);
        }

        var indices = ArrayPool<int>.Shared.Rent(Math.Max(longest, 1));
        var keys = ArrayPool<double>.Shared.Rent(Math.Max(longest, 1));
        try
        {
            var start = 0;
            for (var g = 0; g < groupLengths.Length; g++)
            {
                var n = groupLengths[g];
                var order = orders.Length == 1 ? orders[0] : orders[g];
                AssignGroup(values.Slice(start, n), quantileCount, order, destination.Slice(start, n), indices.AsSpan(0, n), keys.AsSpan(0, n));
                start += n;
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(indices);
            ArrayPool<double>.Shared.Return(keys);
        }
    }

    private static void AssignGroup(ReadOnlySpan<double> values, int n, QuantileOrder order, Span<AssignedQuantile> destination, Span<int> indices, Span<double> keys)
    {
        // The reflection max − value (as the reference computes it) turns "highest first" into an ascending rank.
        var max = double.NegativeInfinity;
        var m = 0;
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                m++;
                max = Math.Max(max, v);
            }
        }

        var highestFirst = order == QuantileOrder.HighestFirst;
        var count = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsNaN(values[i]))
            {
                keys[count] = highestFirst ? max - values[i] : values[i];
                indices[count++] = i;
            }
        }

        var ranked = indices[..count];
        var sortedKeys = keys[..count];
        sortedKeys.Sort(ranked);

        for (var i = 0; i < values.Length; i++)
        {
            if (double.IsNaN(values[i]))
            {
                destination[i] = new AssignedQuantile(null, null, m, EstimateStatus.MissingInput);
            }
        }

        var perQuantile = (double)m / n;
        var rank = 0;
        for (var p = 0; p < ranked.Length; p++)
        {
            var index = ranked[p];
            if (p == 0 || sortedKeys[p] != sortedKeys[p - 1])
            {
                rank = p + 1; // ties share the lowest rank
            }

            if (m < n)
            {
                destination[index] = new AssignedQuantile(null, rank, m, EstimateStatus.SmallCount);
                continue;
            }

            var quantile = (int)Math.Floor(n + 1 - Math.Ceiling((m + 1 - rank) / perQuantile));
            destination[index] = new AssignedQuantile(quantile == 0 ? 1 : quantile, rank, m, EstimateStatus.Ok);
        }
    }

    private static void Validate(ReadOnlySpan<double> values, ReadOnlySpan<int> groupLengths, int quantileCount, ReadOnlySpan<QuantileOrder> orders, int destinationLength)
    {
        var checks = default(InputChecks);
        if (quantileCount < 2)
        {
            checks.Add(null, "quantileCount", quantileCount.ToString(CultureInfo.InvariantCulture), "must be at least 2 (for example 10 for deciles)");
        }

        if (orders.Length != 1 && orders.Length != groupLengths.Length)
        {
            checks.Add(null, "orders", orders.Length.ToString(CultureInfo.InvariantCulture),
                $"must hold one order for all parent areas or one per parent area ({groupLengths.Length.ToString(CultureInfo.InvariantCulture)})");
        }

        for (var i = 0; i < orders.Length; i++)
        {
            if (!Enum.IsDefined(orders[i]))
            {
                checks.Add(i, "orders", ((int)orders[i]).ToString(CultureInfo.InvariantCulture), "must be HighestFirst or LowestFirst");
            }
        }

        var total = 0L;
        for (var g = 0; g < groupLengths.Length; g++)
        {
            if (groupLengths[g] < 0)
            {
                checks.Add(g, "groupLengths", groupLengths[g], "must be >= 0");
            }
            else
            {
                total += groupLengths[g];
            }
        }

        if (total != values.Length)
        {
            checks.Add(null, "groupLengths", total.ToString(CultureInfo.InvariantCulture),
                $"must add up to the number of values ({values.Length.ToString(CultureInfo.InvariantCulture)})");
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (double.IsInfinity(values[i]))
            {
                checks.Add(i, "values", values[i], "must be a finite number, or NaN for a missing value");
            }
        }

        checks.DestinationLength("destination", destinationLength, values.Length);
        checks.ThrowIfAny();
    }
}
