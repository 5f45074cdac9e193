using System.Text.Json.Serialization;

namespace EEiC.Ethnicity;

/// <summary>
/// A classification of ethnic group in use in England. Data arrive in all of them at once: NHS data sets
/// carry the NHS Data Dictionary <em>Ethnic Category</em>, population denominators come from the census of
/// 2001, 2011 or 2021, and published tables often use only the five high-level groups.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<EthnicityScheme>))]
public enum EthnicityScheme
{
    /// <summary>
    /// NHS Data Dictionary data element ETHNIC CATEGORY: the sixteen 2001-census categories coded A–S,
    /// plus Z (not stated: the person was asked and declined) and 99 (not known: the person was not asked
    /// or the answer was not recorded). A second character may be used for local sub-categories, which
    /// roll up to the national code given by the first. The national standard for NHS data sets.
    /// Source: NHS Data Dictionary, ETHNIC CATEGORY.
    /// </summary>
    NhsEthnicCategory = 0,

    /// <summary>
    /// The 2001 census of England and Wales (16 categories in five groups; Chinese sits in the group
    /// "Chinese or other ethnic group"). Codes are the position of the tick box in the census question (1–16).
    /// Source: ONS ethnic group classification, 2001.
    /// </summary>
    Census2001 = 1,

    /// <summary>
    /// The 2011 census of England and Wales (18 categories: adds Gypsy or Irish Traveller and Arab, moves
    /// Chinese into the Asian group). Codes are the position of the tick box in the census question (1–18).
    /// Source: ONS ethnic group classification, 2011.
    /// </summary>
    Census2011 = 2,

    /// <summary>
    /// The 2021 census of England and Wales (19 categories: adds Roma). Codes are those of the ONS
    /// classification <c>ethnic_group_tb</c> (1 Asian, Asian British or Asian Welsh: Bangladeshi … 19 Other
    /// ethnic group: Any other ethnic group). Source: ONS Census 2021 dictionary, variable ethnic group.
    /// </summary>
    Census2021 = 3,

    /// <summary>
    /// The five high-level groups White, Mixed, Asian, Black and Other, with codes equal to their names.
    /// </summary>
    HighLevel = 4,
}
