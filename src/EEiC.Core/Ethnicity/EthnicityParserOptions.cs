namespace EEiC.Ethnicity;

/// <summary>How an <see cref="EthnicityParser"/> reads a column.</summary>
public sealed record EthnicityParserOptions
{
    /// <summary>
    /// The scheme the column was recorded in. Bare codes are read as codes of this scheme (so <c>"13"</c> means
    /// 2021 White British only when this is <see cref="EthnicityScheme.Census2021"/>), and where a label means
    /// different things in different schemes this scheme's meaning wins. Default: the NHS Ethnic Category.
    /// </summary>
    public EthnicityScheme Source { get; init; } = EthnicityScheme.NhsEthnicCategory;

    /// <summary>The scheme results are expressed in. Values recognised in another scheme are cross-walked when the answer is determinate. Default: the NHS Ethnic Category.</summary>
    public EthnicityScheme Target { get; init; } = EthnicityScheme.NhsEthnicCategory;

    /// <summary>Local sub-categories (see <see cref="EthnicCategory.CreateLocal"/>) recognised by code and label. They take precedence over built-in labels.</summary>
    public IReadOnlyList<EthnicCategory> LocalCategories { get; init; } = [];

    /// <summary>Extra spellings the data use, mapped to the category they mean (for example <c>"NS"</c> → not stated). They take precedence over everything else. Matching ignores case, punctuation and spacing.</summary>
    public IReadOnlyDictionary<string, EthnicCategory> Aliases { get; init; } = new Dictionary<string, EthnicCategory>();
}
