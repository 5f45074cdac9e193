using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using EEiC.Datasets;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Validation;

namespace EEiC.Statistics.Rates;

/// <summary>Input checks and dataset grouping shared by <see cref="Proportions"/>, <see cref="CrudeRates"/> and <see cref="Means"/>.</summary>
internal static class CountInputs
{
    internal const string LevelRule = "must be a confidence level strictly between 0 and 1 (default(ConfidenceLevel) is not one)";

    /// <summary>Records a problem when a level is <c>default(ConfidenceLevel)</c> (the only way to get one outside (0, 1)).</summary>
    internal static void Level(ref InputChecks checks, ConfidenceLevel level, int? index = null, string argument = "level")
    {
        if (!(level.Value > 0 && level.Value < 1))
        {
            checks.Add(index, argument, level.Value, LevelRule);
        }
    }

    internal static void Levels(ref InputChecks checks, ReadOnlySpan<ConfidenceLevel> levels)
    {
        if (levels.IsEmpty)
        {
            checks.Add(null, "levels", "empty", "must contain at least one confidence level");
        }

        for (var l = 0; l < levels.Length; l++)
        {
            Level(ref checks, levels[l], l, "levels");
        }
    }

    internal static void Levels(ref InputChecks checks, IReadOnlyList<ConfidenceLevel> levels)
    {
        if (levels.Count == 0)
        {
            checks.Add(null, "levels", "empty", "must contain at least one confidence level");
        }

        for (var l = 0; l < levels.Count; l++)
        {
            Level(ref checks, levels[l], l, "levels");
        }
    }

    internal static void Multiplier(ref InputChecks checks, double multiplier) => checks.Positive(null, "multiplier", multiplier);

    /// <summary>Records a problem when the destination cannot hold <paramref name="groups"/> × <paramref name="levels"/> estimates.</summary>
    internal static void Destination(ref InputChecks checks, int destinationLength, int groups, int levels)
    {
        var required = (long)groups * levels;
        if (destinationLength < required)
        {
            checks.Add(null, "destination", destinationLength.ToString(CultureInfo.InvariantCulture),
                $"length must be at least {required.ToString(CultureInfo.InvariantCulture)} (groups {groups.ToString(CultureInfo.InvariantCulture)} × levels {levels.ToString(CultureInfo.InvariantCulture)}), laid out group-major: destination[g * levels.Length + l]");
        }
    }

    /// <summary>
    /// Records the problems of the spans of a columnar method: inputs of different lengths, an output shorter than the
    /// inputs, or an output that overlaps an input or the other output (the kernels read and write block by block).
    /// </summary>
    internal static void Columns(ref InputChecks checks, ReadOnlySpan<double> numerators, ReadOnlySpan<double> denominators, Span<double> lowerLimits, Span<double> upperLimits)
    {
        checks.SameLength(nameof(denominators), denominators.Length, nameof(numerators), numerators.Length);
        checks.DestinationLength(nameof(lowerLimits), lowerLimits.Length, numerators.Length);
        checks.DestinationLength(nameof(upperLimits), upperLimits.Length, numerators.Length);
        Disjoint(ref checks, nameof(lowerLimits), lowerLimits, nameof(numerators), numerators);
        Disjoint(ref checks, nameof(lowerLimits), lowerLimits, nameof(denominators), denominators);
        Disjoint(ref checks, nameof(upperLimits), upperLimits, nameof(numerators), numerators);
        Disjoint(ref checks, nameof(upperLimits), upperLimits, nameof(denominators), denominators);
        Disjoint(ref checks, nameof(upperLimits), upperLimits, nameof(lowerLimits), lowerLimits);
    }

    private static void Disjoint(ref InputChecks checks, string argument, Span<double> output, string otherArgument, ReadOnlySpan<double> other)
    {
        if (output.Overlaps(other))
        {
            checks.Add(null, argument, "overlapping " + otherArgument, "must not share memory with " + otherArgument);
        }
    }

    /// <summary>
    /// A vectorised first pass over valid-looking count columns: the index from which rows must be checked one by one
    /// (the start of the first block holding a row that is negative, not finite, has n ≤ 0 or, for a proportion, x &gt; n),
    /// or the start of the scalar tail when every full block is valid. Rows before the returned index are all valid.
    /// </summary>
    internal static int FirstOutside(ReadOnlySpan<double> numerators, ReadOnlySpan<double> denominators, bool proportion)
    {
        var i = 0;
        if (!Vector.IsHardwareAccelerated)
        {
            return i;
        }

        var zero = Vector<double>.Zero;
        var infinity = new Vector<double>(double.PositiveInfinity);
        ref var rx = ref MemoryMarshal.GetReference(numerators);
        ref var rn = ref MemoryMarshal.GetReference(denominators);
        for (; i <= numerators.Length - Vector<double>.Count; i += Vector<double>.Count)
        {
            var x = Vector.LoadUnsafe(ref rx, (nuint)i);
            var n = Vector.LoadUnsafe(ref rn, (nuint)i);
            var ok = Vector.GreaterThanOrEqual(x, zero) & Vector.LessThan(x, infinity)
                & Vector.GreaterThan(n, zero) & Vector.LessThan(n, infinity);
            if (proportion)
            {
                ok &= Vector.LessThanOrEqual(x, n);
            }

            if (!Vector.EqualsAll(ok, Vector<long>.AllBitsSet))
            {
                return i;
            }
        }

        return i;
    }

    /// <summary>
    /// Checks the count rows of a dataset (every problem, with index and group) and returns one count group per row,
    /// or, when <paramref name="totalPerGroup"/> is set, one per distinct group with the numerators and denominators
    /// summed (absent when any row of the group lacks one).
    /// </summary>
    internal static List<CountGroup> Collect(ref InputChecks checks, StratifiedDataset dataset, DatasetMeasure measure, bool totalPerGroup)
    {
        if (dataset.Measure != measure)
        {
            checks.Add(null, "dataset", dataset.Measure.ToString(),
                $"must have Measure {measure} for this method (set it with `dataset with {{ Measure = DatasetMeasure.{measure} }}` if the counts fit)");
        }

        var rows = dataset.Rows;
        var groups = new List<CountGroup>(totalPerGroup ? 16 : rows.Count);
        Dictionary<string, int>? positions = totalPerGroup
            ? new Dictionary<string, int>(dataset.Group?.IsEthnicity == true ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal)
            : null;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row is null)
            {
                checks.Add(i, "dataset.Rows", "null", "must not contain null rows");
                continue;
            }

            if (row.Numerator is { } x)
            {
                checks.NonNegative(i, "numerator", x, row.Group);
            }

            if (row.Denominator is { } n)
            {
                checks.NonNegative(i, "denominator", n, row.Group);
                if (measure == DatasetMeasure.Proportion && row.Numerator is { } num && num > n)
                {
                    checks.Add(i, "numerator", num, string.Create(CultureInfo.InvariantCulture,
                        $"must be <= the denominator for a proportion (denominator {n:R})"), row.Group);
                }
            }

            if (positions is null)
            {
                groups.Add(new CountGroup(row, row.Numerator, row.Denominator));
                continue;
            }

            var key = row.Group?.Trim() ?? string.Empty;
            if (positions.TryGetValue(key, out var at))
            {
                var g = groups[at];
                groups[at] = g with { Numerator = g.Numerator + row.Numerator, Denominator = g.Denominator + row.Denominator };
            }
            else
            {
                positions.Add(key, groups.Count);
                groups.Add(new CountGroup(new StratifiedRow(row.Group ?? string.Empty), row.Numerator, row.Denominator));
            }
        }

        if (positions is not null)
        {
            for (var g = 0; g < groups.Count; g++)
            {
                var group = groups[g];
                groups[g] = group with { Row = group.Row with { Numerator = group.Numerator, Denominator = group.Denominator } };
            }
        }

        return groups;
    }

    /// <summary>The status of a dataset count group: missing input first, then a zero denominator.</summary>
    internal static EstimateStatus StatusOf(CountGroup group) =>
        group.Numerator is null || group.Denominator is null ? EstimateStatus.MissingInput
        : group.Denominator == 0 ? EstimateStatus.ZeroDenominator
        : EstimateStatus.Ok;
}

/// <summary>A row of a count dataset, or the totals of one group.</summary>
internal readonly record struct CountGroup(StratifiedRow Row, double? Numerator, double? Denominator);
