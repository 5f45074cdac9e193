namespace EEiC.Ethnicity;

/// <summary>What the <see cref="EthnicityParser"/> made of one raw value. Never throws, never guesses: an unmapped value keeps its raw text and a status saying why.</summary>
/// <param name="Raw">The value as it was given (not copied).</param>
/// <param name="Status">How the value was read.</param>
/// <param name="Category">The category in the parser's target scheme, or <see langword="null"/> when none could be determined.</param>
/// <param name="Recognised">The category the value was recognised as, in the scheme whose code or label it matched (for example 2021 "Roma" when the target category is NHS C), or <see langword="null"/> when nothing single was recognised.</param>
public readonly record struct EthnicityParseResult(
    string? Raw,
    EthnicityParseStatus Status,
    EthnicCategory? Category,
    EthnicCategory? Recognised)
{
    /// <summary><see langword="true"/> when a category in the target scheme was determined.</summary>
    public bool IsMapped => Category is not null;
}
