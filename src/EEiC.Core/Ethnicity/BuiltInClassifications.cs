namespace EEiC.Ethnicity;

/// <summary>
/// The data of the built-in classifications. Each category lists the census-2021 categories ("atoms") it
/// covers, which is what the cross-walks are computed from, and the label variants the parser accepts.
/// </summary>
/// <remarks>
/// Sources: NHS Data Dictionary, ETHNIC CATEGORY (codes A–S, Z, 99 and their labels); ONS ethnic group
/// classifications of the 2001, 2011 and 2021 censuses of England and Wales (categories, groups and the
/// 2021 <c>ethnic_group_tb</c> codes). The correspondences (2021 Roma → 2011 Other White; 2011 Gypsy or Irish
/// Traveller and Other White → NHS C; Arab and Any other → NHS S; Chinese → NHS R) follow the ONS notes on
/// comparability between censuses.
/// </remarks>
internal static class BuiltInClassifications
{
    // Census 2021 codes, used as atom numbers.
    private const int Bangladeshi = 1, Chinese = 2, Indian = 3, Pakistani = 4, OtherAsian = 5, African = 6,
        Caribbean = 7, OtherBlack = 8, WhiteAndAsian = 9, WhiteAndBlackAfrican = 10, WhiteAndBlackCaribbean = 11,
        OtherMixed = 12, WhiteBritish = 13, Irish = 14, GypsyOrIrishTraveller = 15, Roma = 16, OtherWhite = 17,
        Arab = 18, AnyOther = 19, NotStatedAtom = 20, NotKnownAtom = 21;

    internal const uint AllAtoms = (1u << 21) - 1;

    internal sealed record Row(
        string Code,
        string Label,
        HighLevelEthnicGroup Group,
        bool Residual,
        int[] Atoms,
        string[] Variants);

    private static Row R(string code, string label, HighLevelEthnicGroup group, int[] atoms, params string[] variants) =>
        new(code, label, group, false, atoms, variants);

    private static Row Residual(string code, string label, HighLevelEthnicGroup group, int[] atoms, params string[] variants) =>
        new(code, label, group, true, atoms, variants);

    private static Row NotStated(string code) =>
        new(code, "Not stated", HighLevelEthnicGroup.NotStated, false, [NotStatedAtom], []);

    private static Row NotKnown(string code) =>
        new(code, "Not known", HighLevelEthnicGroup.NotKnown, false, [NotKnownAtom], []);

    internal static uint ToMask(int[] atoms)
    {
        uint mask = 0;
        foreach (var atom in atoms)
        {
            mask |= 1u << (atom - 1);
        }

        return mask;
    }

    private const HighLevelEthnicGroup W = HighLevelEthnicGroup.White, M = HighLevelEthnicGroup.Mixed,
        A = HighLevelEthnicGroup.Asian, B = HighLevelEthnicGroup.Black, O = HighLevelEthnicGroup.Other;

    /// <summary>NHS Data Dictionary ETHNIC CATEGORY, 2001-census based national codes.</summary>
    internal static readonly Row[] Nhs =
    [
        R("A", "White - British", W, [WhiteBritish], "British", "White British"),
        R("B", "White - Irish", W, [Irish], "Irish", "White Irish"),
        Residual("C", "White - Any other White background", W, [GypsyOrIrishTraveller, Roma, OtherWhite],
            "Any other White background", "Other White", "White other", "Other White background", "Any other White",
            "White any other"),
        R("D", "Mixed - White and Black Caribbean", M, [WhiteAndBlackCaribbean],
            "White and Black Caribbean", "Mixed White and Black Caribbean"),
        R("E", "Mixed - White and Black African", M, [WhiteAndBlackAfrican],
            "White and Black African", "Mixed White and Black African"),
        R("F", "Mixed - White and Asian", M, [WhiteAndAsian], "White and Asian", "Mixed White and Asian"),
        Residual("G", "Mixed - Any other mixed background", M, [OtherMixed],
            "Any other mixed background", "Other mixed", "Mixed other", "Any other mixed", "Mixed any other",
            "Other mixed background"),
        R("H", "Asian or Asian British - Indian", A, [Indian], "Indian", "Asian Indian", "Indian or British Indian"),
        R("J", "Asian or Asian British - Pakistani", A, [Pakistani], "Pakistani", "Asian Pakistani",
            "Pakistani or British Pakistani"),
        R("K", "Asian or Asian British - Bangladeshi", A, [Bangladeshi], "Bangladeshi", "Asian Bangladeshi",
            "Bangladeshi or British Bangladeshi"),
        Residual("L", "Asian or Asian British - Any other Asian background", A, [OtherAsian],
            "Any other Asian background", "Other Asian", "Asian other", "Any other Asian", "Asian any other",
            "Other Asian background"),
        R("M", "Black or Black British - Caribbean", B, [Caribbean], "Caribbean", "Black Caribbean"),
        R("N", "Black or Black British - African", B, [African], "African", "Black African"),
        Residual("P", "Black or Black British - Any other Black background", B, [OtherBlack],
            "Any other Black background", "Other Black", "Black other", "Any other Black", "Black any other",
            "Other Black background"),
        R("R", "Other Ethnic Groups - Chinese", O, [Chinese], "Chinese", "Other ethnic group Chinese"),
        Residual("S", "Other Ethnic Groups - Any other ethnic group", O, [Arab, AnyOther],
            "Any other ethnic group", "Other ethnic group any other ethnic group", "Any other ethnic background"),
        NotStated("Z"),
        NotKnown("99"),
    ];

    /// <summary>Census 2001, England and Wales; codes are tick-box positions.</summary>
    internal static readonly Row[] Census2001 =
    [
        R("1", "White: British", W, [WhiteBritish]),
        R("2", "White: Irish", W, [Irish]),
        Residual("3", "White: Any other White background", W, [GypsyOrIrishTraveller, Roma, OtherWhite]),
        R("4", "Mixed: White and Black Caribbean", M, [WhiteAndBlackCaribbean]),
        R("5", "Mixed: White and Black African", M, [WhiteAndBlackAfrican]),
        R("6", "Mixed: White and Asian", M, [WhiteAndAsian]),
        Residual("7", "Mixed: Any other Mixed background", M, [OtherMixed]),
        R("8", "Asian or Asian British: Indian", A, [Indian]),
        R("9", "Asian or Asian British: Pakistani", A, [Pakistani]),
        R("10", "Asian or Asian British: Bangladeshi", A, [Bangladeshi]),
        Residual("11", "Asian or Asian British: Any other Asian background", A, [OtherAsian]),
        R("12", "Black or Black British: Caribbean", B, [Caribbean]),
        R("13", "Black or Black British: African", B, [African]),
        Residual("14", "Black or Black British: Any other Black background", B, [OtherBlack]),
        R("15", "Chinese or other ethnic group: Chinese", O, [Chinese]),
        Residual("16", "Chinese or other ethnic group: Any other ethnic group", O, [Arab, AnyOther]),
        NotStated("Z"),
        NotKnown("99"),
    ];

    /// <summary>Census 2011, England and Wales; codes are tick-box positions.</summary>
    internal static readonly Row[] Census2011 =
    [
        R("1", "White: English/Welsh/Scottish/Northern Irish/British", W, [WhiteBritish],
            "English/Welsh/Scottish/Northern Irish/British", "White English/Welsh/Scottish/Northern Irish/British"),
        R("2", "White: Irish", W, [Irish]),
        R("3", "White: Gypsy or Irish Traveller", W, [GypsyOrIrishTraveller],
            "Gypsy or Irish Traveller", "White Gypsy or Irish Traveller", "Gypsy/Irish Traveller", "Irish Traveller"),
        Residual("4", "White: Other White", W, [Roma, OtherWhite]),
        R("5", "Mixed/multiple ethnic groups: White and Black Caribbean", M, [WhiteAndBlackCaribbean]),
        R("6", "Mixed/multiple ethnic groups: White and Black African", M, [WhiteAndBlackAfrican]),
        R("7", "Mixed/multiple ethnic groups: White and Asian", M, [WhiteAndAsian]),
        Residual("8", "Mixed/multiple ethnic groups: Other Mixed", M, [OtherMixed]),
        R("9", "Asian/Asian British: Indian", A, [Indian]),
        R("10", "Asian/Asian British: Pakistani", A, [Pakistani]),
        R("11", "Asian/Asian British: Bangladeshi", A, [Bangladeshi]),
        R("12", "Asian/Asian British: Chinese", A, [Chinese], "Asian Chinese"),
        Residual("13", "Asian/Asian British: Other Asian", A, [OtherAsian]),
        R("14", "Black/African/Caribbean/Black British: African", B, [African]),
        R("15", "Black/African/Caribbean/Black British: Caribbean", B, [Caribbean]),
        Residual("16", "Black/African/Caribbean/Black British: Other Black", B, [OtherBlack]),
        R("17", "Other ethnic group: Arab", O, [Arab], "Arab", "Other ethnic group Arab", "Arab or British Arab"),
        Residual("18", "Other ethnic group: Any other ethnic group", O, [AnyOther]),
        NotStated("Z"),
        NotKnown("99"),
    ];

    /// <summary>Census 2021, England and Wales; codes of the ONS classification <c>ethnic_group_tb</c>.</summary>
    internal static readonly Row[] Census2021 =
    [
        R("1", "Asian, Asian British or Asian Welsh: Bangladeshi", A, [Bangladeshi]),
        R("2", "Asian, Asian British or Asian Welsh: Chinese", A, [Chinese]),
        R("3", "Asian, Asian British or Asian Welsh: Indian", A, [Indian]),
        R("4", "Asian, Asian British or Asian Welsh: Pakistani", A, [Pakistani]),
        Residual("5", "Asian, Asian British or Asian Welsh: Other Asian", A, [OtherAsian]),
        R("6", "Black, Black British, Black Welsh, Caribbean or African: African", B, [African]),
        R("7", "Black, Black British, Black Welsh, Caribbean or African: Caribbean", B, [Caribbean]),
        Residual("8", "Black, Black British, Black Welsh, Caribbean or African: Other Black", B, [OtherBlack]),
        R("9", "Mixed or Multiple ethnic groups: White and Asian", M, [WhiteAndAsian]),
        R("10", "Mixed or Multiple ethnic groups: White and Black African", M, [WhiteAndBlackAfrican]),
        R("11", "Mixed or Multiple ethnic groups: White and Black Caribbean", M, [WhiteAndBlackCaribbean]),
        Residual("12", "Mixed or Multiple ethnic groups: Other Mixed or Multiple ethnic groups", M, [OtherMixed],
            "Other Mixed or Multiple ethnic groups"),
        R("13", "White: English, Welsh, Scottish, Northern Irish or British", W, [WhiteBritish],
            "English, Welsh, Scottish, Northern Irish or British"),
        R("14", "White: Irish", W, [Irish]),
        R("15", "White: Gypsy or Irish Traveller", W, [GypsyOrIrishTraveller],
            "Gypsy or Irish Traveller", "Gypsy/Irish Traveller", "Irish Traveller"),
        R("16", "White: Roma", W, [Roma], "Roma", "White Roma"),
        Residual("17", "White: Other White", W, [OtherWhite]),
        R("18", "Other ethnic group: Arab", O, [Arab], "Arab"),
        Residual("19", "Other ethnic group: Any other ethnic group", O, [AnyOther]),
        NotStated("Z"),
        NotKnown("99"),
    ];

    /// <summary>High-level groups. Their atoms are not used: cross-walks to and from this scheme go by group.</summary>
    internal static readonly Row[] HighLevel =
    [
        R("White", "White", W, [WhiteBritish, Irish, GypsyOrIrishTraveller, Roma, OtherWhite]),
        R("Mixed", "Mixed or multiple ethnic groups", M, [WhiteAndAsian, WhiteAndBlackAfrican, WhiteAndBlackCaribbean, OtherMixed],
            "Mixed/multiple ethnic groups", "Mixed", "Mixed or Multiple ethnic groups"),
        R("Asian", "Asian or Asian British", A, [Bangladeshi, Chinese, Indian, Pakistani, OtherAsian],
            "Asian", "Asian/Asian British", "Asian, Asian British or Asian Welsh"),
        R("Black", "Black or Black British", B, [African, Caribbean, OtherBlack],
            "Black", "Black/African/Caribbean/Black British", "Black, Black British, Black Welsh, Caribbean or African"),
        R("Other", "Other ethnic group", O, [Arab, AnyOther], "Other", "Other ethnic groups", "Chinese or other ethnic group"),
        NotStated("Z"),
        NotKnown("99"),
    ];


    /// <summary>
    /// Common abbreviations, attached to the category (scheme and code) they denote. The four-letter codes are
    /// the Department for Education school-census ethnicity codes, widely reused in local data.
    /// </summary>
    internal static readonly (string Alias, EthnicityScheme Scheme, string Code)[] Aliases =
    [
        ("WBRI", EthnicityScheme.NhsEthnicCategory, "A"),
        ("WIRI", EthnicityScheme.NhsEthnicCategory, "B"),
        ("WOTH", EthnicityScheme.NhsEthnicCategory, "C"),
        ("WIRT", EthnicityScheme.Census2011, "3"),
        ("WROM", EthnicityScheme.NhsEthnicCategory, "C"),
        ("MWBC", EthnicityScheme.NhsEthnicCategory, "D"),
        ("MWBA", EthnicityScheme.NhsEthnicCategory, "E"),
        ("MWAS", EthnicityScheme.NhsEthnicCategory, "F"),
        ("MOTH", EthnicityScheme.NhsEthnicCategory, "G"),
        ("AIND", EthnicityScheme.NhsEthnicCategory, "H"),
        ("APKN", EthnicityScheme.NhsEthnicCategory, "J"),
        ("ABAN", EthnicityScheme.NhsEthnicCategory, "K"),
        ("AOTH", EthnicityScheme.NhsEthnicCategory, "L"),
        ("BCRB", EthnicityScheme.NhsEthnicCategory, "M"),
        ("BAFR", EthnicityScheme.NhsEthnicCategory, "N"),
        ("BOTH", EthnicityScheme.NhsEthnicCategory, "P"),
        ("CHNE", EthnicityScheme.NhsEthnicCategory, "R"),
        ("OOTH", EthnicityScheme.NhsEthnicCategory, "S"),
        ("REFU", EthnicityScheme.NhsEthnicCategory, "Z"),
        ("NOBT", EthnicityScheme.NhsEthnicCategory, "99"),
        ("Refused", EthnicityScheme.NhsEthnicCategory, "Z"),
        ("Declined", EthnicityScheme.NhsEthnicCategory, "Z"),
        ("Patient declined", EthnicityScheme.NhsEthnicCategory, "Z"),
        ("Declined to state", EthnicityScheme.NhsEthnicCategory, "Z"),
        ("Prefer not to say", EthnicityScheme.NhsEthnicCategory, "Z"),
        ("Not disclosed", EthnicityScheme.NhsEthnicCategory, "Z"),
        ("Unknown", EthnicityScheme.NhsEthnicCategory, "99"),
        ("Not recorded", EthnicityScheme.NhsEthnicCategory, "99"),
        ("Not asked", EthnicityScheme.NhsEthnicCategory, "99"),
        ("Not obtained", EthnicityScheme.NhsEthnicCategory, "99"),
        ("Missing", EthnicityScheme.NhsEthnicCategory, "99"),
        ("X", EthnicityScheme.NhsEthnicCategory, "99"),
        ("N/A", EthnicityScheme.NhsEthnicCategory, "99"),
        ("NULL", EthnicityScheme.NhsEthnicCategory, "99"),
    ];

    /// <summary>
    /// Two-character values that could be a local NHS sub-code (of N) or a missing-value marker ("NA" for not
    /// available, "NS" for not stated, "NK" for not known). They are reported as ambiguous unless the user
    /// registers them as a local category or an alias.
    /// </summary>
    internal static readonly string[] AmbiguousMarkers = ["NA", "NS", "NK"];
}
