namespace EEiC.Ethnicity;

/// <summary>
/// What a parsed ethnicity column contains: how many values were read and how, the count per category, and
/// every distinct value that could not be mapped. Nothing is dropped: <see cref="Total"/> equals
/// <see cref="Mapped"/> plus <see cref="Unmapped"/>, and the category counts add up to <see cref="Mapped"/>.
/// </summary>
public sealed class EthnicityColumnSummary
{
    private EthnicityColumnSummary(
        int total,
        IReadOnlyDictionary<EthnicityParseStatus, int> byStatus,
        IReadOnlyList<EthnicCategoryCount> byCategory,
        IReadOnlyList<UnmappedEthnicityValue> unmappedValues)
    {
        Total = total;
        CountsByStatus = byStatus;
        CountsByCategory = byCategory;
        UnmappedValues = unmappedValues;
    }

    /// <summary>The number of values read.</summary>
    public int Total { get; }

    /// <summary>The number of values mapped to a category (including the missing categories).</summary>
    public int Mapped => Total - Unmapped;

    /// <summary>The number of values not mapped.</summary>
    public int Unmapped => UnmappedValues.Sum(v => v.Count);

    /// <summary>The count for every status, including those with a count of zero, in the order of <see cref="EthnicityParseStatus"/>.</summary>
    public IReadOnlyDictionary<EthnicityParseStatus, int> CountsByStatus { get; }

    /// <summary>The count per mapped category, in classification order (local sub-categories after their parent).</summary>
    public IReadOnlyList<EthnicCategoryCount> CountsByCategory { get; }

    /// <summary>The distinct unmapped values, most frequent first (ties in ordinal order of the raw text). A null raw value is never unmapped.</summary>
    public IReadOnlyList<UnmappedEthnicityValue> UnmappedValues { get; }

    /// <summary>Summarises parse results.</summary>
    /// <param name="results">The results of parsing a column.</param>
    /// <returns>The summary.</returns>
    public static EthnicityColumnSummary Create(ReadOnlySpan<EthnicityParseResult> results)
    {
        var byStatus = new int[Enum.GetValues<EthnicityParseStatus>().Length];
        var byCategory = new Dictionary<EthnicCategory, long>();
        var unmapped = new Dictionary<(string Raw, EthnicityParseStatus Status), (EthnicCategory? Recognised, int Count)>();
        foreach (var result in results)
        {
            byStatus[(int)result.Status]++;
            if (result.Category is { } category)
            {
                byCategory[category] = byCategory.GetValueOrDefault(category) + 1;
            }
            else
            {
                var key = (result.Raw ?? string.Empty, result.Status);
                var current = unmapped.GetValueOrDefault(key);
                unmapped[key] = (result.Recognised, current.Count + 1);
            }
        }

        var statusCounts = Enum.GetValues<EthnicityParseStatus>().ToDictionary(s => s, s => byStatus[(int)s]);
        var categoryCounts = byCategory
            .OrderBy(kv => (int)kv.Key.National.Scheme)
            .ThenBy(kv => kv.Key.National.Index)
            .ThenBy(kv => kv.Key.IsLocal)
            .ThenBy(kv => kv.Key.Code, StringComparer.Ordinal)
            .Select(kv => new EthnicCategoryCount(kv.Key, kv.Value))
            .ToArray();
        var unmappedValues = unmapped
            .OrderByDescending(kv => kv.Value.Count)
            .ThenBy(kv => kv.Key.Raw, StringComparer.Ordinal)
            .ThenBy(kv => kv.Key.Status)
            .Select(kv => new UnmappedEthnicityValue(kv.Key.Raw, kv.Key.Status, kv.Value.Recognised, kv.Value.Count))
            .ToArray();
        return new EthnicityColumnSummary(results.Length, statusCounts, categoryCounts, unmappedValues);
    }
}
