using System.Globalization;

namespace EEiC.Tools.Reports;

/// <summary>Checks shared by the chart and report records; each error names the argument, the value and the rule.</summary>
internal static class ChartInput
{
    /// <summary>The largest magnitude a chart draws: beyond it axis arithmetic would lose its precision.</summary>
    internal const double MaxMagnitude = 1e15;

    /// <summary>Returns <paramref name="text"/> when it is not null, empty or white space; throws otherwise.</summary>
    internal static string RequireText(string? text, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(text, parameterName);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException($"{parameterName} is empty; it must contain some text.", parameterName);
        }

        return text;
    }

    /// <summary>Returns <paramref name="text"/> when it is null or has some text; throws when it is empty or white space.</summary>
    internal static string? OptionalText(string? text, string parameterName) =>
        text is null ? null : RequireText(text, parameterName);

    /// <summary>Checks a chart width: 320 to 4,000 pixels.</summary>
    internal static int RequireWidth(int width, string parameterName) =>
        width is >= 320 and <= 4000
            ? width
            : throw new ArgumentOutOfRangeException(parameterName, width, $"{parameterName} must be from 320 to 4,000 pixels, got {width.ToString(CultureInfo.InvariantCulture)}.");

    /// <summary>Checks a number of decimal places: null (automatic) or 0 to 6.</summary>
    internal static int? RequireDecimals(int? decimals, string parameterName) =>
        decimals is null or (>= 0 and <= ChartNumbers.MaxDecimals)
            ? decimals
            : throw new ArgumentOutOfRangeException(parameterName, decimals, $"{parameterName} must be null (automatic) or from 0 to {ChartNumbers.MaxDecimals}, got {decimals.Value.ToString(CultureInfo.InvariantCulture)}.");

    /// <summary>Why <paramref name="value"/> cannot be drawn (not finite, or beyond ±10^15), or null when it can.</summary>
    internal static string? NumberProblem(double value) =>
        double.IsNaN(value) ? "is NaN; only finite numbers can be drawn"
        : double.IsInfinity(value) ? $"is {Show(value)}; only finite numbers can be drawn"
        : Math.Abs(value) > MaxMagnitude ? $"is {Show(value)}; numbers beyond ±10^15 cannot be drawn"
        : null;

    /// <summary>A number as an error message shows it (round-trip invariant text).</summary>
    internal static string Show(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>
    /// Checks the label of entry <paramref name="index"/> of <paramref name="collection"/> (rows, points, bars): present
    /// and unique among the entries seen so far; adds one problem per breach.
    /// </summary>
    /// <returns>How later problems of the entry name it, for example <c>rows[2] 'Bangladeshi'</c>.</returns>
    internal static string CheckLabel(List<string> problems, string collection, string noun, int index, string? label, Dictionary<string, int> seen)
    {
        var at = $"{collection}[{index}] {ShowLabel(label)}";
        if (string.IsNullOrWhiteSpace(label))
        {
            problems.Add($"{collection}[{index}].Label is empty; every {noun} needs a label");
        }
        else if (!seen.TryAdd(label, index))
        {
            problems.Add($"{at}: the label is also that of {collection}[{seen[label]}]; labels must be unique");
        }

        return at;
    }

    /// <summary>A label as an error message shows it, shortened to 60 characters.</summary>
    internal static string ShowLabel(string? label) =>
        label is null ? "(null)" : label.Length <= 60 ? $"'{label}'" : $"'{label[..57]}...'";
}
