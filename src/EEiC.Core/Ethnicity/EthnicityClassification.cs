using System.Collections.Frozen;

namespace EEiC.Ethnicity;

/// <summary>
/// A built-in ethnicity classification: its categories in their published order, followed by "not stated"
/// and "not known". Census schemes have no missing categories of their own; the library gives every
/// scheme the two missing kinds (codes <c>Z</c> and <c>99</c>, as in the NHS scheme) so that records with
/// missing ethnicity are never lost when data move between schemes.
/// </summary>
public sealed class EthnicityClassification
{
    private readonly FrozenDictionary<string, EthnicCategory> _byCode;

    private EthnicityClassification(EthnicityScheme scheme, string name, BuiltInClassifications.Row[] rows)
    {
        Scheme = scheme;
        Name = name;
        var categories = new EthnicCategory[rows.Length];
        var variants = new string[rows.Length][];
        for (var i = 0; i < rows.Length; i++)
        {
            var row = rows[i];
            categories[i] = new EthnicCategory(scheme, row.Code, row.Label, row.Group, row.Residual,
                BuiltInClassifications.ToMask(row.Atoms), i, parent: null);
            variants[i] = [.. row.Variants, .. SpecificPart(row.Label)];
        }

        Categories = categories;
        Variants = variants;
        _byCode = categories.ToFrozenDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
        NotStated = categories.Single(c => c.Missing == MissingEthnicity.NotStated);
        NotKnown = categories.Single(c => c.Missing == MissingEthnicity.NotKnown);
    }

    /// <summary>The part of a "Group: Specific" or "Group - Specific" label after the group, as a label variant.</summary>
    private static string[] SpecificPart(string label)
    {
        foreach (var separator in (string[])[": ", " - "])
        {
            var at = label.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0)
            {
                return [label[(at + separator.Length)..]];
            }
        }

        return [];
    }

    /// <summary>NHS Data Dictionary ETHNIC CATEGORY: A–S, Z not stated, 99 not known (18 categories). Source: NHS Data Dictionary.</summary>
    public static EthnicityClassification Nhs { get; } =
        new(EthnicityScheme.NhsEthnicCategory, "NHS Data Dictionary Ethnic Category (2001 census based)", BuiltInClassifications.Nhs);

    /// <summary>Census 2001, England and Wales: 16 categories plus the two missing kinds. Source: ONS.</summary>
    public static EthnicityClassification Census2001 { get; } =
        new(EthnicityScheme.Census2001, "Census 2001 (England and Wales), 16 categories", BuiltInClassifications.Census2001);

    /// <summary>Census 2011, England and Wales: 18 categories plus the two missing kinds. Source: ONS.</summary>
    public static EthnicityClassification Census2011 { get; } =
        new(EthnicityScheme.Census2011, "Census 2011 (England and Wales), 18 categories", BuiltInClassifications.Census2011);

    /// <summary>Census 2021, England and Wales: 19 categories plus the two missing kinds. Source: ONS Census 2021 dictionary.</summary>
    public static EthnicityClassification Census2021 { get; } =
        new(EthnicityScheme.Census2021, "Census 2021 (England and Wales), 19 categories", BuiltInClassifications.Census2021);

    /// <summary>The five high-level groups plus the two missing kinds.</summary>
    public static EthnicityClassification HighLevel { get; } =
        new(EthnicityScheme.HighLevel, "High-level ethnic groups", BuiltInClassifications.HighLevel);

    /// <summary>All built-in classifications, in the order of <see cref="EthnicityScheme"/>.</summary>
    public static IReadOnlyList<EthnicityClassification> All { get; } = [Nhs, Census2001, Census2011, Census2021, HighLevel];

    /// <summary>The scheme this classification defines.</summary>
    public EthnicityScheme Scheme { get; }

    /// <summary>A descriptive name of the classification.</summary>
    public string Name { get; }

    /// <summary>The categories in published order, with "not stated" and "not known" last.</summary>
    public IReadOnlyList<EthnicCategory> Categories { get; }

    /// <summary>The number of categories that record an ethnic group (16 for NHS and 2001, 18 for 2011, 19 for 2021, 5 for high-level).</summary>
    public int SubstantiveCount => Categories.Count - 2;

    /// <summary>The "not stated" category (code <c>Z</c>).</summary>
    public EthnicCategory NotStated { get; }

    /// <summary>The "not known" category (code <c>99</c>).</summary>
    public EthnicCategory NotKnown { get; }

    /// <summary>Label variants accepted by the parser, parallel to <see cref="Categories"/>.</summary>
    internal string[][] Variants { get; }

    /// <summary>Returns the classification of a scheme.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <returns>Its built-in classification.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scheme"/> is not a defined value.</exception>
    public static EthnicityClassification For(EthnicityScheme scheme) => scheme switch
    {
        EthnicityScheme.NhsEthnicCategory => Nhs,
        EthnicityScheme.Census2001 => Census2001,
        EthnicityScheme.Census2011 => Census2011,
        EthnicityScheme.Census2021 => Census2021,
        EthnicityScheme.HighLevel => HighLevel,
        _ => throw new ArgumentOutOfRangeException(nameof(scheme), scheme, "scheme must be a defined EthnicityScheme value."),
    };

    /// <summary>Finds a category by its exact code (ignoring case and surrounding spaces). For messy data use <see cref="EthnicityParser"/>.</summary>
    /// <param name="code">The code, for example <c>"J"</c> or <c>"99"</c>.</param>
    /// <returns>The category, or <see langword="null"/> when the scheme has no such code.</returns>
    public EthnicCategory? Find(string? code) =>
        code is not null && _byCode.TryGetValue(code.Trim(), out var category) ? category : null;

    /// <summary>Returns the category with a code, or throws when there is none.</summary>
    /// <param name="code">The code, for example <c>"J"</c> or <c>"99"</c>.</param>
    /// <returns>The category.</returns>
    /// <exception cref="KeyNotFoundException">The scheme has no category with that code; the message lists the valid codes.</exception>
    public EthnicCategory Get(string code) =>
        Find(code) ?? throw new KeyNotFoundException(
            $"code '{code}' is not a category of {Name}; valid codes are {string.Join(", ", Categories.Select(c => c.Code))}.");

    /// <summary>Returns the category of this classification that a high-level group or missing kind corresponds to. Only meaningful for <see cref="HighLevel"/> or the missing kinds.</summary>
    /// <param name="group">The group.</param>
    /// <returns>The category of <see cref="HighLevel"/> for the group; for other schemes, the missing category when <paramref name="group"/> is a missing kind.</returns>
    /// <exception cref="ArgumentException">This scheme has no single category for the group.</exception>
    public EthnicCategory Get(HighLevelEthnicGroup group)
    {
        EthnicCategory? found = null;
        var matches = 0;
        foreach (var category in Categories)
        {
            if (category.HighLevelGroup == group)
            {
                found = category;
                matches++;
            }
        }

        return matches == 1
            ? found!
            : throw new ArgumentException(
                $"{Name} has {matches} categories in group {group}, not one; use Categories to list them.", nameof(group));
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
