using System.Globalization;
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
