namespace EEiC.Ethnicity;

/// <summary>
/// The national NHS Data Dictionary ETHNIC CATEGORY codes by name, for code that refers to a category
/// directly (for example a reference group). Source: NHS Data Dictionary, ETHNIC CATEGORY.
/// </summary>
public static class NhsEthnicCategories
{
    private static EthnicCategory Code(string code) => EthnicityClassification.Nhs.Get(code);

    /// <summary>A: White - British.</summary>
    public static EthnicCategory WhiteBritish { get; } = Code("A");

    /// <summary>B: White - Irish.</summary>
    public static EthnicCategory WhiteIrish { get; } = Code("B");

    /// <summary>C: White - Any other White background (includes Gypsy, Irish Traveller and Roma).</summary>
    public static EthnicCategory AnyOtherWhite { get; } = Code("C");

    /// <summary>D: Mixed - White and Black Caribbean.</summary>
    public static EthnicCategory WhiteAndBlackCaribbean { get; } = Code("D");

    /// <summary>E: Mixed - White and Black African.</summary>
    public static EthnicCategory WhiteAndBlackAfrican { get; } = Code("E");

    /// <summary>F: Mixed - White and Asian.</summary>
    public static EthnicCategory WhiteAndAsian { get; } = Code("F");

    /// <summary>G: Mixed - Any other mixed background.</summary>
    public static EthnicCategory AnyOtherMixed { get; } = Code("G");

    /// <summary>H: Asian or Asian British - Indian.</summary>
    public static EthnicCategory Indian { get; } = Code("H");

    /// <summary>J: Asian or Asian British - Pakistani.</summary>
    public static EthnicCategory Pakistani { get; } = Code("J");

    /// <summary>K: Asian or Asian British - Bangladeshi.</summary>
    public static EthnicCategory Bangladeshi { get; } = Code("K");

    /// <summary>L: Asian or Asian British - Any other Asian background.</summary>
    public static EthnicCategory AnyOtherAsian { get; } = Code("L");

    /// <summary>M: Black or Black British - Caribbean.</summary>
    public static EthnicCategory Caribbean { get; } = Code("M");

    /// <summary>N: Black or Black British - African.</summary>
    public static EthnicCategory African { get; } = Code("N");

    /// <summary>P: Black or Black British - Any other Black background.</summary>
    public static EthnicCategory AnyOtherBlack { get; } = Code("P");

    /// <summary>R: Other Ethnic Groups - Chinese.</summary>
    public static EthnicCategory Chinese { get; } = Code("R");

    /// <summary>S: Other Ethnic Groups - Any other ethnic group (includes Arab).</summary>
    public static EthnicCategory AnyOtherEthnicGroup { get; } = Code("S");

    /// <summary>Z: Not stated (the person was asked and declined).</summary>
    public static EthnicCategory NotStated { get; } = Code("Z");

    /// <summary>99: Not known (the person was not asked or the answer was not recorded).</summary>
    public static EthnicCategory NotKnown { get; } = Code("99");
}
