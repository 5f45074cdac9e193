using EEiC.Ethnicity;

namespace EEiC.Datasets;

/// <summary>
/// What the <see cref="StratifiedRow.Group"/> column of a dataset holds: ethnic categories of a scheme (the
/// usual case), or the values of another dimension such as a provider or a deprivation quintile.
/// </summary>
/// <param name="Name">The dimension's name, for display (for example <c>"ethnicity"</c>).</param>
/// <param name="Scheme">For an ethnicity dimension, the scheme whose codes the groups are; <see langword="null"/> for any other dimension.</param>
public sealed record GroupDimension(string Name, EthnicityScheme? Scheme)
{
    /// <summary>An ethnicity dimension whose groups are codes of <paramref name="scheme"/>.</summary>
    /// <param name="scheme">The scheme; default the NHS Ethnic Category.</param>
    /// <returns>The dimension, named <c>"ethnicity"</c>.</returns>
    public static GroupDimension Ethnicity(EthnicityScheme scheme = EthnicityScheme.NhsEthnicCategory) => new("ethnicity", scheme);

    /// <summary>A dimension other than ethnicity; any non-blank group value is accepted.</summary>
    /// <param name="name">The dimension's name.</param>
    /// <returns>The dimension.</returns>
    public static GroupDimension Other(string name) => new(name, null);

    /// <summary><see langword="true"/> when the groups are ethnic categories.</summary>
    public bool IsEthnicity => Scheme is not null;
}
