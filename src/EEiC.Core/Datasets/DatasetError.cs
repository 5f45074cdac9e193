namespace EEiC.Datasets;

/// <summary>One problem found in a dataset or in the file it was read from.</summary>
/// <param name="Row">The 1-based data row (the CSV header and JSON envelope are not rows), or <see langword="null"/> for a problem with the dataset as a whole.</param>
/// <param name="Column">The column or field concerned (CSV header names, for example <c>"numerator"</c>).</param>
/// <param name="Value">The offending value as text, or <see langword="null"/> when it was absent.</param>
/// <param name="Rule">A short stable identifier of the rule broken (for example <c>"numerator-not-above-denominator"</c>).</param>
/// <param name="Message">A sentence saying what is wrong and what is expected.</param>
public sealed record DatasetError(int? Row, string Column, string? Value, string Rule, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Row is { } row ? $"row {row}, {Column}: {Message}" : $"{Column}: {Message}";
}
