using System.Globalization;
using EEiC.Datasets;
using EEiC.Ethnicity;
using EEiC.Statistics.Validation;

namespace EEiC.Statistics.GroupComparison;

/// <summary>
/// Reads a <see cref="StratifiedDataset"/> for the comparisons: the rows of each set of strata (sex, area, period and,
/// unless the comparison is stratified by it, deprivation quantile), summed over age bands per group (and per
/// deprivation quantile when stratified), with every problem recorded: the dataset contract, mixed classification
/// schemes in the group column, a set with a single group, an absent reference group.
/// </summary>
internal static class ComparisonDataset
{
    private static readonly Lazy<EthnicityParser[]> Parsers = new(() =>
        [.. Enum.GetValues<EthnicityScheme>().Select(s => new EthnicityParser(new EthnicityParserOptions { Source = s, Target = s }))]);

    /// <summary>One group of a set: its name, category, first row and its totals per stratum.</summary>
    internal sealed class Member(string name, EthnicCategory? category, StratifiedRow firstRow, int firstIndex)
    {
        public string Name { get; } = name;

        public EthnicCategory? Category { get; } = category;

        public StratifiedRow FirstRow { get; } = firstRow;

        public int FirstIndex { get; } = firstIndex;

        /// <summary>Numerator and denominator by stratum (quantile), before <see cref="Set.Materialise"/>.</summary>
        public Dictionary<int, (double X, double N)> ByStratum { get; } = [];

        public double[] X { get; set; } = [];

        public double[] N { get; set; } = [];

        public double TotalX => X.Sum();

        public double TotalN => N.Sum();
    }

    /// <summary>A set of groups compared with each other: one combination of the strata other than the group.</summary>
    internal sealed class Set(StratifiedRow firstRow, int firstIndex, StringComparer comparer)
    {
        public StratifiedRow FirstRow { get; } = firstRow;

        public int FirstIndex { get; } = firstIndex;

        public List<Member> Members { get; } = [];

        public Dictionary<string, int> Positions { get; } = new(comparer);

        /// <summary>The strata (deprivation quantiles) in ascending order; a single 0 when unstratified.</summary>
        public int[] Strata { get; private set; } = [];

        public void Materialise()
        {
            Strata = [.. Members.SelectMany(m => m.ByStratum.Keys).Distinct().Order()];
            foreach (var member in Members)
            {
                member.X = new double[Strata.Length];
                member.N = new double[Strata.Length];
                for (var q = 0; q < Strata.Length; q++)
                {
                    if (member.ByStratum.TryGetValue(Strata[q], out var totals))
                    {
                        member.X[q] = totals.X;
                        member.N[q] = totals.N;
                    }
                }
            }
        }
    }

    /// <summary>
    /// Collects the sets of a count dataset (<see cref="DatasetMeasure.Rate"/> or <see cref="DatasetMeasure.Proportion"/>),
    /// recording every problem.
    /// </summary>
    /// <param name="checks">Where problems go.</param>
    /// <param name="dataset">The dataset.</param>
    /// <param name="measure">The measure the method needs.</param>
    /// <param name="byQuantile">Whether the deprivation quantile is the stratum (required on every row) rather than part of the set.</param>
    internal static List<Set> Collect(ref InputChecks checks, StratifiedDataset dataset, DatasetMeasure measure, bool byQuantile)
    {
        var mixed = CheckSchemes(ref checks, dataset);
        AddContractProblems(ref checks, dataset, mixed);
        if (dataset.Measure != measure)
        {
            checks.Add(null, "dataset.Measure", dataset.Measure.ToString(),
                $"must be {measure} for this method (set it with `dataset with {{ Measure = DatasetMeasure.{measure} }}` if the counts fit)");
        }

        var comparer = dataset.Group.IsEthnicity ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var sets = new List<Set>();
        var setIndex = new Dictionary<SetKey, int>();
        var rows = dataset.Rows;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row is null || string.IsNullOrWhiteSpace(row.Group))
            {
                continue; // reported by the dataset contract
            }

            if (byQuantile && row.DeprivationQuantile is null)
            {
                checks.Add(i, "dataset.deprivation_quantile", "absent", "must be given on every row of a comparison adjusted for deprivation", row.Group);
                continue;
            }

            var key = new SetKey(row.Sex, row.Area, row.Period, byQuantile ? null : row.DeprivationQuantile);
            if (!setIndex.TryGetValue(key, out var s))
            {
                s = sets.Count;
                setIndex.Add(key, s);
                sets.Add(new Set(row, i, comparer));
            }

            var set = sets[s];
            var category = dataset.CategoryOf(row);
            var groupKey = category?.Code ?? row.Group.Trim();
            if (!set.Positions.TryGetValue(groupKey, out var g))
            {
                g = set.Members.Count;
                set.Positions.Add(groupKey, g);
                set.Members.Add(new Member(row.Group.Trim(), category, row, i));
            }

            var stratum = byQuantile ? row.DeprivationQuantile!.Value : 0;
            var byStratum = set.Members[g].ByStratum;
            byStratum.TryGetValue(stratum, out var totals);
            byStratum[stratum] = (totals.X + (row.Numerator ?? 0), totals.N + (row.Denominator ?? 0));
        }

        foreach (var set in sets)
        {
            set.Materialise();
            if (set.Members.Count < 2)
            {
                checks.Add(set.FirstIndex, "dataset.group", $"only '{set.Members[0].Name}'",
                    $"must have at least two groups to compare in {Describe(set.FirstRow, byQuantile)}");
            }
        }

        return sets;
    }

    /// <summary>
    /// Resolves a set's reference group: by name (code, name or label, ignoring case) or, by default, the largest total
    /// denominator among groups that are not missing-ethnicity categories (the first on ties). Returns −1 after recording
    /// a problem when a named group is absent.
    /// </summary>
    internal static int Reference(ref InputChecks checks, StratifiedDataset dataset, Set set, IReadOnlyList<Member> members, string? name, bool byQuantile)
    {
        if (name is null)
        {
            var best = -1;
            for (var pass = 0; pass < 2 && best < 0; pass++)
            {
                for (var g = 0; g < members.Count; g++)
                {
                    if (pass == 0 && members[g].Category is { IsMissing: true })
                    {
                        continue;
                    }

                    if (best < 0 || members[g].TotalN > members[best].TotalN)
                    {
                        best = g;
                    }
                }
            }

            return best;
        }

        var wanted = name.Trim();
        EthnicCategory? parsed = null;
        if (dataset.Group.Scheme is { } scheme)
        {
            parsed = Parsers.Value[(int)scheme].Parse(wanted).Category;
        }

        for (var g = 0; g < members.Count; g++)
        {
            var member = members[g];
            if (string.Equals(member.Name, wanted, StringComparison.OrdinalIgnoreCase)
                || (member.Category is { } category
                    && (string.Equals(category.Code, wanted, StringComparison.OrdinalIgnoreCase)
                        || string.Equals(category.Label, wanted, StringComparison.OrdinalIgnoreCase)
                        || category == parsed)))
            {
                return g;
            }
        }

        checks.Add(set.FirstIndex, "options.ReferenceGroup", $"'{name}'",
            $"must name a group present in {Describe(set.FirstRow, byQuantile)}; the groups present are {string.Join(", ", members.Select(m => $"'{m.Name}'"))}");
        return -1;
    }

    /// <summary>The dataset contract's problems, except unknown codes already reported as codes of another scheme.</summary>
    internal static void AddContractProblems(ref InputChecks checks, StratifiedDataset dataset, IReadOnlySet<int> mixedRows)
    {
        foreach (var error in dataset.Validate())
        {
            if (error.Rule == "known-group-code" && error.Row is { } number && mixedRows.Contains(number - 1))
            {
                continue;
            }

            checks.Add(error.Row - 1, $"dataset.{error.Column}", error.Value ?? "absent", $"breaks the dataset rule '{error.Rule}' ({error.Message})");
        }
    }

    /// <summary>
    /// Records rows whose group belongs to a classification scheme other than the column's, and returns their 0-based
    /// indices. For an ethnicity dataset: a group that is not a code of the dataset's scheme but is a code or label of
    /// another scheme only. For a dataset whose group dimension has no scheme: when every group is a code or label of
    /// some scheme but no one scheme has them all, the groups outside the scheme that has the most.
    /// </summary>
    internal static HashSet<int> CheckSchemes(ref InputChecks checks, StratifiedDataset dataset)
    {
        var mixed = new HashSet<int>();
        var rows = dataset.Rows;
        if (dataset.Group is null || rows is null)
        {
            return mixed;
        }

        if (dataset.Group.Scheme is { } declared)
        {
            for (var i = 0; i < rows.Count; i++)
            {
                var row = rows[i];
                if (row is null || string.IsNullOrWhiteSpace(row.Group) || dataset.CategoryOf(row) is not null)
                {
                    continue;
                }

                var schemes = SchemesOf(row.Group);
                if (schemes.Count > 0 && !schemes.Contains(declared))
                {
                    mixed.Add(i);
                    checks.Add(i, "dataset.group", $"'{row.Group}'",
                        $"is a category of {Names(schemes)}, not a code of the dataset's scheme {declared}: the group column mixes classification schemes (map every value to one scheme first, for example with EthnicityParser or EthnicityCrosswalk)",
                        row.Group);
                }
            }

            return mixed;
        }

        // No declared scheme: only a column made wholly of ethnic categories is checked.
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var schemesOf = new Dictionary<string, List<EthnicityScheme>>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var value = rows[i]?.Group?.Trim();
            if (string.IsNullOrEmpty(value) || first.ContainsKey(value))
            {
                continue;
            }

            var schemes = SchemesOf(value);
            if (schemes.Count == 0)
            {
                return mixed;
            }

            first.Add(value, i);
            schemesOf.Add(value, schemes);
        }

        if (schemesOf.Count < 2)
        {
            return mixed;
        }

        var majority = Enum.GetValues<EthnicityScheme>()
            .Select(s => (Scheme: s, Count: schemesOf.Values.Count(list => list.Contains(s))))
            .OrderByDescending(t => t.Count).ThenBy(t => (int)t.Scheme).First();
        if (majority.Count == schemesOf.Count)
        {
            return mixed;
        }

        foreach (var (value, schemes) in schemesOf)
        {
            if (schemes.Contains(majority.Scheme))
            {
                continue;
            }

            for (var i = 0; i < rows.Count; i++)
            {
                if (rows[i]?.Group?.Trim() == value)
                {
                    mixed.Add(i);
                }
            }

            var at = first[value];
            var count = mixed.Count(i => rows[i]?.Group?.Trim() == value);
            checks.Add(at, "dataset.group", $"'{value}'",
                string.Create(CultureInfo.InvariantCulture,
                    $"is a category of {Names(schemes)} only, while the other groups of the column are categories of {majority.Scheme}: the group column mixes classification schemes ({count} row(s) with this group; map every value to one scheme first, for example with EthnicityParser or EthnicityCrosswalk)"),
                value);
        }

        return mixed;
    }

    /// <summary>The schemes of which <paramref name="value"/> is a code or a label (or a known variant or abbreviation).</summary>
    internal static List<EthnicityScheme> SchemesOf(string value)
    {
        var schemes = new List<EthnicityScheme>();
        foreach (var parser in Parsers.Value)
        {
            if (parser.Parse(value).Recognised is { } recognised && recognised.Scheme == parser.Options.Source && !recognised.IsLocal)
            {
                schemes.Add(recognised.Scheme);
            }
        }

        return schemes;
    }

    /// <summary>For messages: the strata of a set, for example <c>"the set with area 'E54000008', period '2023/24'"</c>.</summary>
    internal static string Describe(StratifiedRow row, bool byQuantile)
    {
        var strata = new List<string>();
        if (row.Sex is not null)
        {
            strata.Add($"sex '{row.Sex}'");
        }

        if (row.Area is not null)
        {
            strata.Add($"area '{row.Area}'");
        }

        if (row.Period is not null)
        {
            strata.Add($"period '{row.Period}'");
        }

        if (!byQuantile && row.DeprivationQuantile is { } q)
        {
            strata.Add(string.Create(CultureInfo.InvariantCulture, $"deprivation quantile {q}"));
        }

        return strata.Count == 0 ? "the dataset" : "the set with " + string.Join(", ", strata);
    }

    /// <summary>The row of a group's totals: its first row with the group name, the set's strata and the totals.</summary>
    internal static StratifiedRow Totals(Member member, bool byQuantile) =>
        member.FirstRow with
        {
            Group = member.Name,
            AgeBand = null,
            DeprivationQuantile = byQuantile ? null : member.FirstRow.DeprivationQuantile,
            Numerator = member.TotalX,
            Denominator = member.TotalN,
            Value = null,
            StandardError = null,
            Population = null,
        };

    private static string Names(List<EthnicityScheme> schemes) => string.Join(" and ", schemes);

    private readonly record struct SetKey(string? Sex, string? Area, string? Period, int? Quantile);
}
