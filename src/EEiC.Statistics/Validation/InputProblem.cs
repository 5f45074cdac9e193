namespace EEiC.Statistics.Validation;

/// <summary>One bad input to a statistical method: which group or element, which argument, the value and the rule it breaks.</summary>
/// <param name="Index">The 0-based position of the group or element in a batch, or <see langword="null"/> for a scalar argument.</param>
/// <param name="Group">The group's name when the caller gave one (for example <c>"Pakistani"</c>), otherwise <see langword="null"/>.</param>
/// <param name="Argument">The argument (parameter name) concerned.</param>
/// <param name="Value">The offending value as text.</param>
/// <param name="Rule">What the value must satisfy, for example <c>"must be >= 0"</c>.</param>
public sealed record InputProblem(int? Index, string? Group, string Argument, string Value, string Rule)
{
    /// <summary>For example <c>"denominator must be > 0 for group 'Pakistani' (index 3), got 0"</c>.</summary>
    /// <returns>The problem as a sentence.</returns>
    public override string ToString()
    {
        var where = (Group, Index) switch
        {
            ({ } g, { } i) => $" for group '{g}' (index {i})",
            ({ } g, null) => $" for group '{g}'",
            (null, { } i) => $" at index {i}",
            _ => string.Empty,
        };
        return $"{Argument} {Rule}{where}, got {Value}";
    }
}
