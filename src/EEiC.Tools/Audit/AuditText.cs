using System.Globalization;
using EEiC.Statistics.Intervals;

namespace EEiC.Tools.Audit;

/// <summary>Numbers and intervals as short invariant text for findings and progress messages.</summary>
internal static class AuditText
{
    public static string Number(double value)
    {
        var magnitude = Math.Abs(value);
        var format = magnitude >= 1000 ? "#,0" : magnitude >= 100 ? "0.#" : magnitude >= 1 ? "0.##" : "0.###";
        var text = value.ToString(format, CultureInfo.InvariantCulture);
        return text is "0" or "-0" && value != 0 ? value.ToString("G3", CultureInfo.InvariantCulture) : text;
    }

    public static string Count(int value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    public static string Percent(double level) => (level * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    /// <summary>For example <c>"0.62 (0.51 to 0.75, 95%)"</c>, or <c>"not available (SmallCount)"</c>.</summary>
    public static string Interval(IntervalEstimate estimate) =>
        estimate.Value is not { } value
            ? $"not available ({estimate.Status})"
            : estimate.Lower is { } lower && estimate.Upper is { } upper
                ? $"{Number(value)} ({Number(lower)} to {Number(upper)}, {Percent(estimate.Level.Value)})"
                : Number(value);

    public static AuditStatistic Statistic(string name, string? subject, string subjectText, IntervalEstimate estimate) =>
        new(name, subject, estimate.Value, estimate.Lower, estimate.Upper, estimate.Value is null ? null : estimate.Level.Value,
            $"{subjectText}: {name} {Interval(estimate)}");

    public static AuditStatistic Withheld(string name, string subject, string subjectText) =>
        new(name, subject, null, null, null, null, $"{subjectText}: {name} withheld (small numbers, disclosure control)");
}
