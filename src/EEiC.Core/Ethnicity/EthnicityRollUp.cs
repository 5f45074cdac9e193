namespace EEiC.Ethnicity;

/// <summary>
/// Counts rolled up into a coarser scheme. Nothing is lost: counts of categories that split across several
/// target categories (for example NHS C into the 2021 census) are kept in <see cref="Unallocated"/> rather than
/// shared out, so <see cref="Total"/> always equals the total that went in.
/// </summary>
/// <param name="Target">The scheme the counts were rolled up into.</param>
/// <param name="Counts">One count per category of the target classification, in its order, zeros included.</param>
/// <param name="Unallocated">The source categories with no single target category, with their counts.</param>
public sealed record EthnicityRollUp(
    EthnicityScheme Target,
    IReadOnlyList<EthnicCategoryCount> Counts,
    IReadOnlyList<EthnicCategoryCount> Unallocated)
{
    /// <summary>The total of all counts rolled up (allocated and unallocated).</summary>
    public long Total => AllocatedTotal + Unallocated.Sum(c => c.Count);

    /// <summary>The total of the counts allocated to a target category.</summary>
    public long AllocatedTotal => Counts.Sum(c => c.Count);

    /// <summary>Rolls counts up into a target scheme, for example NHS categories with local sub-categories into the high-level groups.</summary>
    /// <param name="counts">The counts by category; a category may appear more than once (its counts are added).</param>
    /// <param name="target">The scheme to roll up into.</param>
    /// <returns>The rolled-up counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is null.</exception>
    /// <exception cref="ArgumentException">A count is negative or a category is null; the message lists every bad entry.</exception>
    public static EthnicityRollUp Create(IEnumerable<EthnicCategoryCount> counts, EthnicityScheme target)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var classification = EthnicityClassification.For(target);
        var totals = new long[classification.Categories.Count];
        var unallocated = new Dictionary<EthnicCategory, long>();
        var errors = new List<string>();
        var position = 0;
        foreach (var (category, count) in counts)
        {
            if (category is null)
            {
                errors.Add($"counts[{position}]: category must not be null");
            }
            else if (count < 0)
            {
                errors.Add($"counts[{position}]: count must be >= 0 for category '{category}', got {count}");
            }
            else if (EthnicityCrosswalk.Map(category, target).Target is { } mapped)
            {
                totals[mapped.Index] = checked(totals[mapped.Index] + count);
            }
            else
            {
                unallocated[category] = checked(unallocated.GetValueOrDefault(category) + count);
            }

            position++;
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException($"{errors.Count} bad count(s): {string.Join("; ", errors)}.", nameof(counts));
        }

        var allocated = classification.Categories.Select(c => new EthnicCategoryCount(c, totals[c.Index])).ToArray();
        var leftOver = unallocated
            .OrderBy(kv => (int)kv.Key.National.Scheme).ThenBy(kv => kv.Key.National.Index).ThenBy(kv => kv.Key.Code, StringComparer.Ordinal)
            .Select(kv => new EthnicCategoryCount(kv.Key, kv.Value))
            .ToArray();
        return new EthnicityRollUp(target, allocated, leftOver);
    }
}
