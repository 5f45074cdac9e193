namespace EEiC.Tools.Definitions;

/// <summary>
/// A band of the overall score, for example "Developing activity" for an Equality Delivery System 2022 total of 8 to 21.
/// A band starts at <see cref="From"/> (inclusive) and runs up to the next band's start (exclusive); the last band runs
/// to the top of the range. Bands are listed in ascending order and the first must start at or below the lowest
/// possible score, so that they cover the whole range without gaps or overlaps.
/// </summary>
/// <param name="Id">The identifier (kebab-case, unique within the scoring).</param>
/// <param name="Label">The text shown to the user.</param>
/// <param name="From">The lowest score in the band (finite).</param>
public sealed record ScoreBand(string Id, string Label, double From)
{
    /// <summary>What the band means, or <see langword="null"/>.</summary>
    public string? Description { get; init; }
}
