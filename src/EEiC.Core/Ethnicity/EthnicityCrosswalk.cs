namespace EEiC.Ethnicity;

/// <summary>
/// Cross-walks between ethnicity schemes. Every category of every built-in scheme (and every local
/// sub-category) has an answer in every scheme; the answer says whether it is exact, lossy or split, and
/// never picks one of several candidates.
/// </summary>
/// <remarks>
/// <para>Categories are compared by the finest categories they cover (the 19 of the 2021 census, plus the two
/// missing kinds): 2021 → 2011 is exact except Roma, which 2011 counted in Other White; 2011 → NHS is exact
/// except that Gypsy or Irish Traveller and Other White both fall in NHS C, and Arab and Any other in NHS S;
/// 2001 ↔ NHS is one to one. The reverse directions split where the forward ones coarsen.</para>
/// <para>Mapping to <see cref="EthnicityScheme.HighLevel"/> uses the source category's own high-level group
/// (see <see cref="HighLevelEthnicGroup"/> on Chinese); mapping from a high-level group splits into all the
/// target categories of that group.</para>
/// <para>Sources: ONS ethnic group classifications 2001, 2011 and 2021 and their comparability notes; NHS Data
/// Dictionary, ETHNIC CATEGORY.</para>
/// </remarks>
public static class EthnicityCrosswalk
{
    // Results are precomputed per (source scheme, source index, target scheme) so mapping never allocates.
    private static readonly CrosswalkResult[][][] Table = BuildTable();

    /// <summary>Maps a category into another scheme.</summary>
    /// <param name="category">The category to map (built-in or local).</param>
    /// <param name="target">The scheme to map into.</param>
    /// <returns>The mapping, with its exactness and candidates.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="category"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is not a defined scheme.</exception>
    public static CrosswalkResult Map(EthnicCategory category, EthnicityScheme target)
    {
        ArgumentNullException.ThrowIfNull(category);
        _ = EthnicityClassification.For(target);
        if (category.IsLocal)
        {
            // A local sub-category is strictly narrower than its parent: never equivalent to a national category.
            var viaParent = Table[(int)category.Parent!.Scheme][category.Parent.Index][(int)target];
            var match = viaParent.Match == CrosswalkMatch.Split ? CrosswalkMatch.Split : CrosswalkMatch.Coarsened;
            return new CrosswalkResult(category, target, match, viaParent.Candidates);
        }

        return Table[(int)category.Scheme][category.Index][(int)target];
    }

    /// <summary>Maps a category into another scheme when the answer is determinate (exact or coarsened).</summary>
    /// <param name="category">The category to map.</param>
    /// <param name="target">The scheme to map into.</param>
    /// <param name="mapped">The target category, or <see langword="null"/> when the source splits.</param>
    /// <returns><see langword="true"/> when there is a single target category.</returns>
    public static bool TryMap(EthnicCategory category, EthnicityScheme target, out EthnicCategory? mapped)
    {
        mapped = Map(category, target).Target;
        return mapped is not null;
    }

    private static CrosswalkResult[][][] BuildTable()
    {
        var schemes = EthnicityClassification.All;
        var table = new CrosswalkResult[schemes.Count][][];
        foreach (var from in schemes)
        {
            var perCategory = new CrosswalkResult[from.Categories.Count][];
            foreach (var source in from.Categories)
            {
                var perTarget = new CrosswalkResult[schemes.Count];
                foreach (var to in schemes)
                {
                    perTarget[(int)to.Scheme] = Compute(source, to);
                }

                perCategory[source.Index] = perTarget;
            }

            table[(int)from.Scheme] = perCategory;
        }

        return table;
    }

    private static CrosswalkResult Compute(EthnicCategory source, EthnicityClassification to)
    {
        if (source.Scheme == to.Scheme)
        {
            return new CrosswalkResult(source, to.Scheme, CrosswalkMatch.Equivalent, [source]);
        }

        List<EthnicCategory> candidates;
        if (to.Scheme == EthnicityScheme.HighLevel)
        {
            candidates = [to.Categories.Single(c => c.HighLevelGroup == source.HighLevelGroup)];
        }
        else if (source.Scheme == EthnicityScheme.HighLevel)
        {
            candidates = to.Categories.Where(c => c.HighLevelGroup == source.HighLevelGroup).ToList();
        }
        else
        {
            candidates = to.Categories.Where(c => (c.Atoms & source.Atoms) != 0).ToList();
        }

        if (candidates.Count == 0)
        {
            throw new InvalidOperationException(
                $"Built-in cross-walk table is incomplete: {source.Scheme} '{source.Code}' has no counterpart in {to.Scheme}.");
        }

        CrosswalkMatch match;
        if (candidates.Count > 1)
        {
            match = CrosswalkMatch.Split;
        }
        else if (source.Scheme == EthnicityScheme.HighLevel || to.Scheme == EthnicityScheme.HighLevel)
        {
            match = source.IsMissing || source.Scheme == EthnicityScheme.HighLevel
                ? CrosswalkMatch.Equivalent
                : CrosswalkMatch.Coarsened;
        }
        else
        {
            match = candidates[0].Atoms == source.Atoms ? CrosswalkMatch.Equivalent : CrosswalkMatch.Coarsened;
        }

        return new CrosswalkResult(source, to.Scheme, match, candidates.AsReadOnly());
    }
}
