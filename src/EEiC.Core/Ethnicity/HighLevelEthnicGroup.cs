using System.Text.Json.Serialization;

namespace EEiC.Ethnicity;

/// <summary>
/// The high-level ethnic groups, plus the two distinct kinds of missing ethnicity.
/// </summary>
/// <remarks>
/// Which detailed category belongs to which group is decided by the scheme the category comes from. In
/// particular Chinese is in <see cref="Other"/> in the NHS Ethnic Category and the 2001 census (group
/// "Chinese or other ethnic group") but in <see cref="Asian"/> in the 2011 and 2021 censuses. To compare
/// NHS data with 2011/2021 census groups, cross-walk the NHS categories to the census scheme first.
/// </remarks>
[JsonConverter(typeof(JsonStringEnumConverter<HighLevelEthnicGroup>))]
public enum HighLevelEthnicGroup
{
    /// <summary>White.</summary>
    White = 0,

    /// <summary>Mixed or multiple ethnic groups.</summary>
    Mixed = 1,

    /// <summary>Asian or Asian British.</summary>
    Asian = 2,

    /// <summary>Black, African, Caribbean or Black British.</summary>
    Black = 3,

    /// <summary>Other ethnic group.</summary>
    Other = 4,

    /// <summary>Not stated: the person was asked and declined to give an ethnic group (NHS code Z).</summary>
    NotStated = 5,

    /// <summary>Not known: the person was not asked, or the answer was not recorded (NHS code 99).</summary>
    NotKnown = 6,
}
