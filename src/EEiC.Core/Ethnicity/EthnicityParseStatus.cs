using System.Text.Json.Serialization;

namespace EEiC.Ethnicity;

/// <summary>How a raw value was read by the <see cref="EthnicityParser"/>. The first six mean a category was found; the last three mean it was not.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EthnicityParseStatus>))]
public enum EthnicityParseStatus
{
    /// <summary>A code of the source scheme (for example <c>"J"</c>), possibly followed by its label (<c>"J - Pakistani"</c>).</summary>
    Code = 0,

    /// <summary>A label of any built-in scheme or one of its recognised variants (for example <c>"White - British"</c>, <c>"Black African"</c>, <c>"Asian/Asian British: Chinese"</c>).</summary>
    Label = 1,

    /// <summary>A common abbreviation or missing-value marker (for example <c>"WBRI"</c>, <c>"Refused"</c>, <c>"X"</c>), or an alias supplied in <see cref="EthnicityParserOptions.Aliases"/>.</summary>
    Alias = 2,

    /// <summary>The code or label of a registered local sub-category (<see cref="EthnicityParserOptions.LocalCategories"/>).</summary>
    LocalCategory = 3,

    /// <summary>
    /// A two-character NHS code that nobody registered (for example <c>"CX"</c>): by the NHS Data Dictionary rule
    /// it rolls up to the national category of its first character, which is what the result holds.
    /// </summary>
    UnregisteredLocalCode = 4,

    /// <summary>Empty or white space: recorded as "not known" (the NHS convention for a blank ethnic category).</summary>
    Blank = 5,

    /// <summary>
    /// Recognised, but the recognised category has no single counterpart in the target scheme (for example
    /// "White" when the target is the NHS scheme, or "Any other White background" when the target is the 2021
    /// census). <see cref="EthnicityParseResult.Recognised"/> says what was recognised.
    /// </summary>
    NoExactMapping = 6,

    /// <summary>The value matches more than one category (for example <c>"NS"</c>: a local sub-code of N, or "not stated"?). Register a local category or an alias to decide.</summary>
    Ambiguous = 7,

    /// <summary>The value matches nothing the parser knows.</summary>
    Unrecognised = 8,
}
