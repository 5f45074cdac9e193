using System.Collections.Frozen;
using System.Text;

namespace EEiC.Tools.Suite;

/// <summary>
/// Turns the text of an objection into the terms <see cref="ObjectionCatalogue.Match"/> compares: normalised words,
/// without stop words, lightly stemmed and folded onto a few shared concepts. Pure and deterministic.
/// </summary>
internal static class ObjectionTerms
{
    /// <summary>Common words that carry no meaning for matching, written as they are after normalisation (apostrophes removed).</summary>
    private static readonly FrozenSet<string> StopWords = new[]
    {
        "a", "about", "after", "again", "against", "all", "also", "am", "an", "and", "another", "any", "anything", "are", "arent",
        "as", "at", "be", "because", "been", "before", "being", "but", "by", "can", "cant", "cannot", "could", "couldnt", "did",
        "didnt", "do", "does", "doesnt", "doing", "done", "dont", "each", "either", "else", "even", "ever", "every", "everything",
        "for", "from", "get", "gets", "getting", "got", "gotten", "had", "hadnt", "has", "hasnt", "have", "havent", "having", "he",
        "her", "here", "hers", "him", "his", "how", "i", "id", "if", "ill", "im", "in", "into", "is", "isnt", "it", "its", "ive",
        "just", "let", "lets", "like", "may", "me", "might", "mightnt", "more", "most", "much", "must", "mustnt", "my", "no", "nor",
        "not", "now", "of", "off", "on", "one", "only", "or", "other", "others", "ought", "our", "ours", "out", "over", "own",
        "quite", "rather", "really", "same", "say", "says", "shall", "she", "should", "shouldnt", "so", "some", "something", "such",
        "than", "that", "thats", "the", "their", "theirs", "them", "then", "there", "theres", "these", "they", "theyd", "theyll",
        "theyre", "theyve", "thing", "things", "think", "this", "those", "though", "through", "to", "too", "up", "us", "very",
        "was", "wasnt", "way", "we", "wed", "well", "were", "werent", "weve", "what", "whats", "when", "where", "whether", "which",
        "while", "who", "whom", "whose", "why", "will", "with", "wont", "would", "wouldnt", "yes", "yet", "you", "youd", "youll",
        "your", "youre", "yours", "youve",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words (and their stems) folded onto one concept, so that different words for the same thing match.</summary>
    private static readonly FrozenDictionary<string, string> Concepts = BuildConcepts(
        ("money", ["money", "monie", "cash", "fund", "budget", "cost", "afford", "affordabl", "spend", "spent", "resourc", "financ", "financial", "econom", "economic", "economy", "expensiv", "invest", "investment", "sav", "saving", "pric"]),
        ("evidence", ["data", "datum", "evidenc", "number", "statistic", "stat", "figur", "proof", "prov", "proven", "research", "survey", "information", "intelligenc"]),
        ("fair", ["fair", "unfair", "unjust", "injustic", "favour", "favouritism", "privileg", "preferential", "special"]),
        ("remit", ["business", "remit", "job", "role", "responsibility", "responsibl"]),
        ("ethnic", ["ethnic", "ethnicity", "minority", "bme", "bame", "race", "racial", "black", "asian"]),
        ("equality", ["equality", "diversity", "ed", "inclusion"]),
        ("fear", ["fear", "afraid", "scar", "worry", "worri", "nervous", "anxious", "sensitiv", "awkward", "uncomfortabl", "offend", "offens", "embarrass"]),
        ("culture", ["cultur", "cultural", "tradition", "traditional"]),
        ("everyone", ["everyone", "everybody", "universal"]),
        ("priority", ["priority", "prioritis", "prioritiz", "wait"]),
        ("reach", ["reach", "engag", "attend"]),
        ("commission", ["commission", "commissioner"]),
        ("provider", ["provider", "trust", "hospital"]),
        ("solution", ["solution", "solv", "fix", "sort"]),
        ("clinical", ["clinical", "clinician", "doctor", "gp", "consultant", "medic", "medical", "nurse"]));

    /// <summary>The terms of <paramref name="text"/>, each with the normalised word it came from, in order of appearance (terms may repeat).</summary>
    internal static List<(string Word, string Term)> Of(string text)
    {
        var terms = new List<(string, string)>();
        foreach (var word in Words(text))
        {
            if (word.Length < 2 || StopWords.Contains(word))
            {
                continue;
            }

            terms.Add((word, Concepts.GetValueOrDefault(word) ?? Concept(Stem(word))));
        }

        return terms;
    }

    /// <summary>Lower-cases (invariant), deletes apostrophes and ampersands inside words ("haven't" becomes "havent", "E&amp;D" becomes "ed"), and splits on anything that is not a letter or digit.</summary>
    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var raw in text)
        {
            if (raw is '\'' or '\u2019' or '\u2018' or '`' or '&')
            {
                continue;
            }

            if (char.IsLetterOrDigit(raw))
            {
                word.Append(char.ToLowerInvariant(raw));
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    private static string Concept(string stem) => Concepts.GetValueOrDefault(stem) ?? stem;

    /// <summary>
    /// A light stemmer: words of up to three characters are kept; otherwise one suffix is removed (ies to y, sses to ss,
    /// a plural s except after s, u or i, then ing, ed, ly or ness when at least three characters remain), then a final e.
    /// </summary>
    internal static string Stem(string word)
    {
        if (word.Length <= 3)
        {
            return word;
        }

        var stem = word;
        if (stem.EndsWith("ies", StringComparison.Ordinal) && stem.Length > 4)
        {
            stem = stem[..^3] + "y";
        }
        else if (stem.EndsWith("sses", StringComparison.Ordinal))
        {
            stem = stem[..^2];
        }
        else if (stem[^1] == 's' && stem[^2] is not ('s' or 'u' or 'i'))
        {
            stem = stem[..^1];
        }

        foreach (var suffix in (ReadOnlySpan<string>)["ing", "ed", "ly", "ness"])
        {
            if (stem.EndsWith(suffix, StringComparison.Ordinal) && stem.Length - suffix.Length >= 3)
            {
                stem = stem[..^suffix.Length];
                break;
            }
        }

        return stem.Length > 3 && stem[^1] == 'e' ? stem[..^1] : stem;
    }

    private static FrozenDictionary<string, string> BuildConcepts(params (string Concept, string[] Stems)[] groups)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (concept, stems) in groups)
        {
            foreach (var word in stems)
            {
                // Both the word as written and its stem, so that lists need not be written as stems.
                map.TryAdd(word, concept);
                map.TryAdd(Stem(word), concept);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
