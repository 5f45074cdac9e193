using System.Globalization;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Rates;
using EEiC.Statistics.Validation;

namespace EEiC.Statistics.GroupComparison;

/// <summary>Input checks shared by the span forms of the comparisons.</summary>
internal static class ComparisonInputs
{
    /// <summary>
    /// Checks the group names (at least two, non-blank, unique ignoring case and surrounding white space) and the
    /// options, and returns the index of the named reference group, or −1 when the default (largest) is asked for or the
    /// name is absent (a problem then).
    /// </summary>
    internal static int Groups(ref InputChecks checks, IReadOnlyList<string> groups, ComparisonOptions options)
    {
        Options(ref checks, options);
        if (groups.Count < 2)
        {
            checks.Add(null, nameof(groups), groups.Count == 1 ? $"only '{groups[0]}'" : "none",
                "must name at least two groups: a comparison with a reference group needs another group");
        }

        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var g = 0; g < groups.Count; g++)
        {
            var name = groups[g];
            if (string.IsNullOrWhiteSpace(name))
            {
                checks.Add(g, nameof(groups), name is null ? "null" : $"'{name}'", "must not be blank");
                continue;
            }

            if (!seen.TryAdd(name.Trim(), g))
            {
                checks.Add(g, nameof(groups), $"'{name}'",
                    string.Create(CultureInfo.InvariantCulture, $"must be unique (ignoring case and surrounding white space), but repeats group {seen[name.Trim()]}"), name);
            }
        }

        if (options.ReferenceGroup is not { } reference)
        {
            return -1;
        }

        if (seen.TryGetValue(reference.Trim(), out var index))
        {
            return index;
        }

        checks.Add(null, "options.ReferenceGroup", $"'{reference}'",
            $"must name one of the groups; the groups present are {string.Join(", ", groups.Select(g => $"'{g}'"))}");
        return -1;
    }

    /// <summary>Checks the options that have rules.</summary>
    internal static void Options(ref InputChecks checks, ComparisonOptions options)
    {
        if (!Enum.IsDefined(options.Adjustment))
        {
            checks.Add(null, "options.Adjustment", ((int)options.Adjustment).ToString(CultureInfo.InvariantCulture), "must be a defined MultipleComparisonAdjustment");
        }

        if (!Enum.IsDefined(options.RateRatioInterval))
        {
            checks.Add(null, "options.RateRatioInterval", ((int)options.RateRatioInterval).ToString(CultureInfo.InvariantCulture), "must be a defined RateRatioInterval");
        }

        checks.NonNegative(null, "options.SmallNumberThreshold", options.SmallNumberThreshold);
    }

    /// <summary>Checks that a flat span holds whole sets of <paramref name="perSet"/> values; returns the number of sets.</summary>
    internal static int Sets(ref InputChecks checks, string argument, int length, int perSet, string layout, bool single)
    {
        if (perSet <= 0)
        {
            return 0;
        }

        if (single ? length != perSet : length == 0 || length % perSet != 0)
        {
            checks.Add(null, argument, length.ToString(CultureInfo.InvariantCulture),
                single
                    ? string.Create(CultureInfo.InvariantCulture, $"length must be {perSet} ({layout})")
                    : string.Create(CultureInfo.InvariantCulture, $"length must be a positive multiple of {perSet} ({layout})"));
            return 0;
        }

        return length / perSet;
    }

    /// <summary>Checks counts and denominators value by value (finite, ≥ 0; for proportions numerator ≤ denominator).</summary>
    internal static void Counts(ref InputChecks checks, ReadOnlySpan<double> numerators, ReadOnlySpan<double> denominators, string numeratorName, string denominatorName, IReadOnlyList<string> groups, int valuesPerGroup, bool proportion)
    {
        var length = Math.Min(numerators.Length, denominators.Length);
        for (var i = 0; i < length; i++)
        {
            double x = numerators[i], n = denominators[i];
            if (x >= 0 && x < double.PositiveInfinity && n >= 0 && n < double.PositiveInfinity && (!proportion || x <= n))
            {
                continue;
            }

            var group = groups.Count > 0 ? groups[(i / valuesPerGroup) % groups.Count] : null;
            checks.NonNegative(i, numeratorName, x, group);
            checks.NonNegative(i, denominatorName, n, group);
            if (proportion && x > n)
            {
                checks.Add(i, numeratorName, x, string.Create(CultureInfo.InvariantCulture, $"must be <= {denominatorName} ({n:R}) for a proportion"), group);
            }
        }
    }

    /// <summary>Checks the levels, the multiplier and the destination's length.</summary>
    internal static void Output(ref InputChecks checks, ReadOnlySpan<ConfidenceLevel> levels, double multiplier, int destinationLength, int entries)
    {
        CountInputs.Levels(ref checks, levels);
        CountInputs.Multiplier(ref checks, multiplier);
        var required = (long)entries * levels.Length;
        if (destinationLength < required)
        {
            checks.Add(null, "destination", destinationLength.ToString(CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture,
                    $"length must be at least {required} (sets × groups {entries} × levels {levels.Length}), laid out destination[(set × groups + group) × levels.Length + level]"));
        }
    }
}
