using System.Collections.Frozen;
using EEiC.Tools.Definitions;

namespace EEiC.Tools.Suite;

/// <summary>
/// The objections of the frequently raised objections tool as a catalogue: each with its theme, a short label, the
/// objection, a suggested response and pointers to evidence; matching of a typed objection to the closest entries; and
/// printable "bingo cards" on which users cross out the objections they hear. The tool helps people anticipate the
/// objections raised when minority ethnic health issues are put to health professionals and prepare responses; workshop
/// participants suggested the bingo card (NIHR report, EEiC seed 002, lines 2352-2358). The content lives in the tool's
/// JSON definition only: this class reads it.
/// </summary>
/// <remarks>
/// <para><b>Shape of the definition.</b> Every item of every section is an objection answered yes / partly / no
/// ("is a response ready?"). The section is the objection's theme, the prompt is the objection, and the guidance follows
/// one convention: <c>[Short label] Suggested response. Evidence: pointer; pointer.</c> The label is in square
/// brackets at the start, the response runs up to the last <c>Evidence:</c>, and the pointers after it are separated
/// by semicolons (a final full stop is dropped). A pointer written as a kebab-case identifier names a tool of the suite
/// (<see cref="ObjectionEntry.Tools"/>); any other text is a reference. Labels are unique ignoring case.</para>
/// <para><b>Matching</b> (<see cref="Match"/>) is simple, deterministic and explainable. Texts are lower-cased; apostrophes
/// and ampersands inside words are removed (so "haven't" reads "havent" and "E&amp;D" reads "ed"); anything else that is
/// not a letter or digit separates words. Stop words and one-letter words are dropped; the rest are lightly stemmed
/// (plural s, ies, ing, ed, ly, ness and a final e) and folded onto a few shared concepts: money, resources, funding,
/// budget, cost, afford, spend, economic... are one term; data, evidence, numbers, figures, statistics, research, proof
/// are one; likewise unfair / privilege / favour / special, remit / job / role / business / responsibility, ethnic /
/// minority / BME / race, equality / diversity / E&amp;D, fear / afraid / sensitive / worried, culture / tradition,
/// priority / waiting, reach / engage / attend, commission / commissioner, provider / trust / hospital, solution /
/// solve / fix / sort, and clinical / clinician / doctor / GP / nurse. An entry's terms are those of its label and
/// objection. Each term t weighs w(t) = ln(1 + N / df(t)), where N is the number of entries and df(t) the number whose
/// terms include t (a term no entry has weighs ln(1 + N)). The score of an entry is the weighted Dice coefficient
/// 2 w(shared) / (w(typed) + w(entry)), from 0 to 1. Entries sharing no term are left out; the rest are ranked by score,
/// then in catalogue order.</para>
/// </remarks>
public sealed record ObjectionCatalogue
{
    /// <summary>The identifier of the built-in tool the catalogue is read from.</summary>
    public const string BuiltInToolId = "frequently-raised-objections";

    private static readonly Lazy<ObjectionCatalogue> BuiltInCatalogue =
        new(() => FromDefinition(ToolLibrary.BuiltIn.Get(BuiltInToolId)), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenSet<string>[] entryTerms;
    private readonly double[] entryWeights;
    private readonly FrozenDictionary<string, double> weights;
    private readonly double unknownWeight;

    private ObjectionCatalogue(string tool, string toolVersion, ObjectionEntry[] entries)
    {
        Tool = tool;
        ToolVersion = toolVersion;
        Entries = Array.AsReadOnly(entries);
        entryTerms = entries.Select(e => ObjectionTerms.Of(e.Label + " " + e.Objection).Select(t => t.Term).ToFrozenSet(StringComparer.Ordinal)).ToArray();
        var n = (double)entries.Length;
        weights = entryTerms.SelectMany(t => t).GroupBy(t => t, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => Math.Log(1 + (n / g.Count())), StringComparer.Ordinal);
        unknownWeight = Math.Log(1 + n);
        entryWeights = entryTerms.Select(terms => terms.Sum(t => weights[t])).ToArray();
    }

    /// <summary>The catalogue of the built-in frequently raised objections tool (<see cref="BuiltInToolId"/>).</summary>
    public static ObjectionCatalogue BuiltIn => BuiltInCatalogue.Value;

    /// <summary>The identifier of the tool the catalogue was read from.</summary>
    public string Tool { get; }

    /// <summary>The version of the tool the catalogue was read from.</summary>
    public string ToolVersion { get; }

    /// <summary>The objections, in the order of the tool's sections and items.</summary>
    public IReadOnlyList<ObjectionEntry> Entries { get; }

    /// <summary>
    /// Reads a catalogue from a tool definition of the frequently raised objections shape (see the remarks of
    /// <see cref="ObjectionCatalogue"/>): the built-in tool or an adapted copy, for example with local objections added.
    /// </summary>
    /// <param name="definition">A valid definition whose items are all yes/partly/no objections with guidance in the catalogue convention.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    /// <exception cref="ToolDefinitionException"><paramref name="definition"/> is not valid.</exception>
    /// <exception cref="ArgumentException">The definition is not of the catalogue's shape; the message lists every item that is not, and why.</exception>
    public static ObjectionCatalogue FromDefinition(ToolDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        definition.ThrowIfInvalid();
        var entries = new List<ObjectionEntry>();
        var problems = new List<string>();
        var labels = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var section in definition.Sections)
        {
            foreach (var item in section.Items)
            {
                if (item.AnswerType != AnswerType.YesPartlyNo)
                {
                    problems.Add($"item '{item.Id}' is {item.AnswerType}; every item must be an objection answered YesPartlyNo (is a response ready?)");
                    continue;
                }

                if (!TryParseGuidance(item.Guidance, out var label, out var response, out var evidence, out var problem))
                {
                    problems.Add($"item '{item.Id}' guidance {problem}; write it as '[Short label] Suggested response. Evidence: pointer; pointer.'");
                    continue;
                }

                if (labels.TryGetValue(label, out var other))
                {
                    problems.Add($"item '{item.Id}' has the label '{label}' of item '{other}'; labels must be unique ignoring case");
                    continue;
                }

                labels.Add(label, item.Id);
                entries.Add(new ObjectionEntry(item.Id, section.Id, section.Title, label, item.DisplayPrompt, response, evidence, item.Source, item.Provenance));
            }
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(
                $"Tool '{definition.Id}' is not of the frequently raised objections shape: {string.Join("; ", problems)}.", nameof(definition));
        }

        return new ObjectionCatalogue(definition.Id, definition.Version, [.. entries]);
    }

    /// <summary>Finds an objection by identifier (ordinal).</summary>
    /// <param name="id">The identifier, for example <c>"no-resources"</c>.</param>
    /// <returns>The objection, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public ObjectionEntry? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Entries.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.Ordinal));
    }

    /// <summary>
    /// Finds the objections closest to an objection typed as it was heard, for example "We haven't got the budget for
    /// this", best first (see the remarks of <see cref="ObjectionCatalogue"/> for the method). Never throws on any text;
    /// text with no term in common with any objection (stop words only, gibberish) gives no match.
    /// </summary>
    /// <param name="typedObjection">The objection as typed.</param>
    /// <param name="maxResults">The most matches to return (at least 1).</param>
    /// <returns>Up to <paramref name="maxResults"/> matches with a score above 0, by descending score, then in catalogue order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="typedObjection"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxResults"/> is below 1.</exception>
    public IReadOnlyList<ObjectionMatch> Match(string typedObjection, int maxResults = 3)
    {
        ArgumentNullException.ThrowIfNull(typedObjection);
        if (maxResults < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxResults), maxResults, $"maxResults must be at least 1; got {maxResults}.");
        }

        var typed = ObjectionTerms.Of(typedObjection);
        var query = typed.Select(t => t.Term).Distinct(StringComparer.Ordinal).ToArray();
        if (query.Length == 0)
        {
            return [];
        }

        var queryWeight = query.Sum(WeightOf);
        var scored = new List<(int Index, double Score)>();
        for (var e = 0; e < entryTerms.Length; e++)
        {
            var shared = 0.0;
            foreach (var term in query)
            {
                if (entryTerms[e].Contains(term))
                {
                    shared += weights[term];
                }
            }

            if (shared > 0)
            {
                scored.Add((e, Math.Min(1, 2 * shared / (queryWeight + entryWeights[e]))));
            }
        }

        return scored.OrderByDescending(s => s.Score).ThenBy(s => s.Index).Take(maxResults)
            .Select(s => new ObjectionMatch(
                Entries[s.Index],
                s.Score,
                typed.Where(t => entryTerms[s.Index].Contains(t.Term)).Select(t => t.Word).Distinct(StringComparer.Ordinal).ToArray()))
            .ToArray();
    }

    /// <summary>
    /// Draws a bingo card of <paramref name="size"/> × <paramref name="size"/> different objections, chosen at random
    /// for <paramref name="seed"/>: the same catalogue and seed always give the same card, on every platform and .NET
    /// version (the draw uses its own SplitMix64 generator and a partial Fisher-Yates shuffle, not <see cref="Random"/>).
    /// </summary>
    /// <param name="size">The number of rows and columns: at least 2, and size × size at most the number of objections.</param>
    /// <param name="seed">The seed; print it on the card so that it can be drawn again.</param>
    /// <returns>The card.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is below 2, or the card would need more objections than the catalogue holds.</exception>
    public ObjectionBingoCard BingoCard(int size = 4, int seed = 0)
    {
        if (size < 2 || (long)size * size > Entries.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size,
                $"size must be at least 2, and a card of size × size cells needs that many different objections: the catalogue has {Entries.Count}, so size can be at most {(int)Math.Sqrt(Entries.Count)}; got {size}.");
        }

        var order = Enumerable.Range(0, Entries.Count).ToArray();
        var state = unchecked((ulong)(long)seed);
        for (var i = 0; i < size * size; i++)
        {
            var j = i + (int)Math.BigMul(NextRandom(ref state), (ulong)(order.Length - i), out _);
            (order[i], order[j]) = (order[j], order[i]);
        }

        return new ObjectionBingoCard(Tool, ToolVersion, size, seed, order.Take(size * size).Select(i => Entries[i]).ToArray());
    }

    /// <inheritdoc />
    public bool Equals(ObjectionCatalogue? other) =>
        other is not null && Tool == other.Tool && ToolVersion == other.ToolVersion && Sequence.Equal(Entries, other.Entries);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Tool, ToolVersion, Sequence.Hash(Entries));

    private double WeightOf(string term) => weights.GetValueOrDefault(term, unknownWeight);

    /// <summary>SplitMix64 (Steele, Lea and Flood 2014): a small, well-mixed generator whose output depends on the seed only.</summary>
    private static ulong NextRandom(ref ulong state)
    {
        unchecked
        {
            var z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    private static bool TryParseGuidance(string? guidance, out string label, out string response, out string[] evidence, out string problem)
    {
        label = response = problem = string.Empty;
        evidence = [];
        var text = guidance?.Trim() ?? string.Empty;
        var close = text.IndexOf(']', StringComparison.Ordinal);
        if (!text.StartsWith('[') || close < 0)
        {
            problem = text.Length == 0 ? "is missing" : "does not start with a short label in square brackets";
            return false;
        }

        label = text[1..close].Trim();
        var marker = text.LastIndexOf("Evidence:", StringComparison.Ordinal);
        if (label.Length == 0 || label.Contains('[', StringComparison.Ordinal))
        {
            problem = "has an empty or malformed label";
            return false;
        }

        if (marker < close)
        {
            problem = "has no 'Evidence:' pointers after the response";
            return false;
        }

        response = text[(close + 1)..marker].Trim();
        var pointers = text[(marker + "Evidence:".Length)..].Trim();
        if (pointers.EndsWith('.'))
        {
            pointers = pointers[..^1];
        }

        evidence = pointers.Split(';', StringSplitOptions.TrimEntries);
        if (response.Length == 0 || evidence.Any(p => p.Length == 0))
        {
            problem = response.Length == 0 ? "has no response between the label and 'Evidence:'" : "has an empty evidence pointer";
            return false;
        }

        return true;
    }
}
