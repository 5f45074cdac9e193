using System.Globalization;
using EEiC.Statistics.Intervals;

namespace EEiC.Tools.Suite;

/// <summary>Checks of the inputs of <see cref="BriefingGenerator"/> and the <c>From</c> helpers of its input records.</summary>
internal static class BriefingInputs
{
    /// <summary>The element of a list of per-level results at <paramref name="level"/>.</summary>
    internal static T At<T>(IReadOnlyList<T> perLevel, int level, string paramName) =>
        level >= 0 && level < perLevel.Count
            ? perLevel[level]
            : throw new ArgumentOutOfRangeException(paramName, level,
                $"{paramName} must be the index of a confidence level of the result, from 0 to {perLevel.Count - 1}; got {level}.");

    /// <summary>The value and limits of an interval estimate, or an error naming the group and the estimate's status.</summary>
    internal static (double Value, double Lower, double Upper) Limits(IntervalEstimate estimate, string group, string paramName) =>
        estimate is { Value: { } value, Lower: { } lower, Upper: { } upper }
            ? (value, lower, upper)
            : throw new ArgumentException(
                $"{paramName} for group '{group}' has no value or no confidence limits (status {estimate.Status}); a briefing cannot show it, so state why the group is missing instead.",
                paramName);

    /// <summary>Every problem of the data, each naming the input, its value and the rule broken; empty when the data are valid.</summary>
    internal static List<string> Problems(BriefingData data)
    {
        var problems = new List<string>();
        Name(problems, nameof(data.Area), data.Area);
        Name(problems, nameof(data.Service), data.Service);
        Name(problems, nameof(data.Indicator), data.Indicator);
        Name(problems, nameof(data.Period), data.Period);
        Name(problems, nameof(data.Unit), data.Unit);
        Name(problems, nameof(data.ReferenceGroup), data.ReferenceGroup);
        if (!(data.Level.Value > 0 && data.Level.Value < 1))
        {
            problems.Add($"data.Level must be a confidence level strictly between 0 and 1, got {Number(data.Level.Value)}");
        }

        Rows(problems, nameof(data.Estimates), data.Estimates, e => e.Group, (path, e) =>
        {
            if (!Finite(e.Value, e.Lower, e.Upper))
            {
                problems.Add($"{path}: the estimate and its limits must be finite numbers, got {Number(e.Value)} ({Number(e.Lower)} to {Number(e.Upper)})");
            }
            else if (!(e.Lower <= e.Value && e.Value <= e.Upper))
            {
                problems.Add($"{path}: the interval must contain the estimate (Lower <= Value <= Upper), got {Number(e.Value)} with limits {Number(e.Lower)} to {Number(e.Upper)}");
            }
        });

        Rows(problems, nameof(data.Gaps), data.Gaps, g => g.Group, (path, g) =>
        {
            if (data.ReferenceGroup is { } reference && string.Equals(g.Group, reference, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"{path}: the reference group '{reference}' has no gap against itself; give gaps for the other groups only");
            }

            if (!Finite(g.Ratio, g.Lower, g.Upper))
            {
                problems.Add($"{path}: the ratio and its limits must be finite numbers, got {Number(g.Ratio)} ({Number(g.Lower)} to {Number(g.Upper)})");
            }
            else if (g.Lower < 0)
            {
                problems.Add($"{path}: a ratio and its limits cannot be negative, got a lower limit of {Number(g.Lower)}");
            }
            else if (!(g.Lower <= g.Ratio && g.Ratio <= g.Upper))
            {
                problems.Add($"{path}: the interval must contain the ratio (Lower <= Ratio <= Upper), got {Number(g.Ratio)} with limits {Number(g.Lower)} to {Number(g.Upper)}");
            }
        });

        Rows(problems, nameof(data.Expectations), data.Expectations, x => x.Group, (path, x) =>
        {
            if (!double.IsFinite(x.Observed) || x.Observed < 0)
            {
                problems.Add($"{path}: the observed count must be a finite number at least 0, got {Number(x.Observed)}");
            }

            if (!double.IsFinite(x.Expected) || x.Expected <= 0)
            {
                problems.Add($"{path}: the expected count must be a finite number above 0, got {Number(x.Expected)}");
            }

            if (x.RatioLower is null != x.RatioUpper is null)
            {
                problems.Add($"{path}: give both limits of the observed/expected ratio or neither, got {Number(x.RatioLower)} to {Number(x.RatioUpper)}");
            }
            else if (x.RatioLower is { } lower && x.RatioUpper is { } upper)
            {
                if (!Finite(lower, upper) || lower < 0)
                {
                    problems.Add($"{path}: the limits of the observed/expected ratio must be finite numbers at least 0, got {Number(lower)} to {Number(upper)}");
                }
                else if (double.IsFinite(x.Ratio) && x.Expected > 0 && !(lower <= x.Ratio && x.Ratio <= upper))
                {
                    problems.Add($"{path}: the interval must contain the observed/expected ratio {Number(x.Ratio)}, got {Number(lower)} to {Number(upper)}");
                }
            }
        });

        return problems;
    }

    private static void Name(List<string> problems, string name, string? value)
    {
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"data.{name} must not be empty or white space (leave it null when unknown), got '{value}'");
        }
    }

    private static void Rows<T>(List<string> problems, string name, IReadOnlyList<T>? rows, Func<T, string?> group, Action<string, T> check)
        where T : class
    {
        if (rows is null)
        {
            problems.Add($"data.{name} must not be null (leave it empty when there are no rows)");
            return;
        }

        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < rows.Count; i++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"data.{name}[{i}]");
            if (rows[i] is not { } row)
            {
                problems.Add($"{path} must not be null");
                continue;
            }

            var g = group(row);
            if (string.IsNullOrWhiteSpace(g))
            {
                problems.Add($"{path}.Group must name the group, got '{g}'");
                continue;
            }

            path += $" ('{g}')";
            if (!seen.TryAdd(g, i))
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{path}: each group must appear once in {name}, but it already appears at index {seen[g]}"));
            }

            check(path, row);
        }
    }

    private static bool Finite(params double[] values) => Array.TrueForAll(values, double.IsFinite);

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "none";
}
