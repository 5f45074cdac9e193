using System.Text;
using System.Text.RegularExpressions;
using EEiC.Ethnicity;

namespace EEiC.Tools.Suite;

/// <summary>
/// The cue lists of <see cref="SpecificationTextAnalyser"/>, in one place, and the matcher built from them. Each list is
/// documented with what it is for; <see cref="SpecificationCueKind"/> says how each kind counts.
/// </summary>
/// <remarks>
/// <para>Term syntax: words separated by single spaces; a word may offer alternatives separated by <c>/</c>
/// (<c>"meet/meets/meeting the needs of all"</c>). Matching ignores case and matches whole words only; between words it
/// accepts any run of white space, commas and hyphens ("hard-to-reach", "Gypsy, Roma and Traveller"); for the kinds
/// marked plural, the last word may take an "s" ("interpreters", "Somalis", "KPIs").</para>
/// <para>Where terms overlap the leftmost match wins and, at the same place, the longest term: "black and minority
/// ethnic" is one reference to ethnicity, not the group Black; "by ethnic group" is monitoring, not a reference.</para>
/// <para>The analysis reads words, not meaning: it does not see negation ("interpreters will not be provided") or
/// intent. It finds sentences to look at; it does not replace reading them.</para>
/// </remarks>
internal static class SpecificationCueLexicon
{
    /// <summary>
    /// Generic equality phrases: statements of good intent that, without detail, prompt no action (Better Health
    /// Briefing 28, EEiC seed 001, line 149; Key Action, line 229; the obstacles paper, EEiC seed 000, lines 125 and 151).
    /// </summary>
    internal static readonly string[] GenericEqualityStatements =
    [
        "accessible/available/open to all", "accessible/available/open to everyone", "accessible for all", "access for all",
        "equally accessible", "accessible to the whole community",
        "equitable provision/access/service/services/care/outcomes", "equity of access", "equal access", "equality of access",
        "equal opportunities", "fair access", "fair and equitable",
        "meet/meets/meeting the needs of all", "meet/meets/meeting the needs of everyone",
        "meet/meets/meeting the needs of all communities", "meet/meets/meeting the needs of the whole population",
        "meet/meets/meeting the needs of the local population", "meet/meets/meeting the needs of the diverse population",
        "meet/meets/meeting the needs of a diverse population", "meet/meets/meeting the diverse needs",
        "diverse population/populations/communities/needs/groups", "diverse local population/populations/communities",
        "all communities", "all sections of the community", "the whole population", "the whole community",
        "regardless/irrespective of ethnicity/race/background/culture/religion/faith/colour/nationality/origin",
        "regardless/irrespective of ethnic origin/background/group", "regardless/irrespective of protected characteristics",
        "culturally appropriate/sensitive/competent/aware/responsive/acceptable/specific/tailored",
        "cultural competence/competency/awareness/sensitivity", "cultural needs", "cultural and religious needs",
        "hard to reach", "seldom heard", "under served groups/communities/populations", "underserved groups/communities/populations",
        "protected characteristics", "all protected characteristics",
        "Equality Act", "Equality Act 2010", "equality legislation", "equalities legislation", "equality duty",
        "public sector equality duty", "due regard", "equality and diversity", "equality and human rights",
        "equality impact assessment",
        "not discriminate", "non discriminatory", "free from discrimination", "without discrimination",
        "no one is disadvantaged", "nobody is disadvantaged",
        "reduce/address/tackle/reducing/addressing/tackling inequalities",
        "reduce/address/tackle/reducing/addressing/tackling health inequalities",
        "inclusive service/services",
    ];

    /// <summary>
    /// General references to ethnicity, race or culture that name no group: they make a sentence about ethnicity but
    /// commit to nothing by themselves.
    /// </summary>
    internal static readonly string[] EthnicityReferences =
    [
        "ethnic", "ethnicity", "ethnicities", "ethnically", "minority ethnic", "ethnic minority", "ethnic minorities",
        "minority group", "minority communities", "BME", "BAME", "black and minority ethnic", "black and ethnic minority",
        "black Asian and minority ethnic", "race", "racial", "racially", "racism", "culture", "cultural", "culturally",
        "multicultural", "diversity", "migrant", "refugee", "asylum seeker", "asylum", "new arrival",
    ];

    /// <summary>
    /// Communities named in the EEiC sources and in local extensions of the NHS ethnic category (Somali, Kashmiri, Polish,
    /// Turkish, Yemeni; Gypsy, Roma and Traveller), and other common community names, in addition to the labels of
    /// EEiC.Core's classifications (see <see cref="EthnicGroups"/>). Jewish and Sikh people are ethnic groups in UK race
    /// relations law.
    /// </summary>
    internal static readonly string[] Communities =
    [
        "South Asian", "East Asian", "South East Asian", "British Asian", "Asian British", "Black African", "Black Caribbean",
        "Black British", "African Caribbean", "Afro Caribbean", "White Irish", "Somali", "Kashmiri", "Mirpuri", "Pathan",
        "Gypsy", "Gypsies", "Traveller", "Irish Traveller", "Gypsy Roma and Traveller", "Gypsy Roma Traveller", "Romany", "Romani", "Polish",
        "Eastern European", "Central and Eastern European", "Turkish", "Turkish Cypriot", "Greek Cypriot", "Kurdish",
        "Yemeni", "Vietnamese", "Tamil", "Sri Lankan", "Nigerian", "Ghanaian", "Eritrean", "Ethiopian", "Sudanese",
        "Congolese", "Zimbabwean", "Afghan", "Iranian", "Iraqi", "Syrian", "Kosovan", "Albanian", "Romanian", "Bulgarian",
        "Lithuanian", "Latvian", "Slovak", "Czech", "Portuguese", "Filipino", "Nepali", "Nepalese", "Jewish", "Sikh",
    ];

    /// <summary>
    /// Languages commonly needed in England's NHS. Names that are also peoples (Somali, Polish, Turkish, Kurdish, Tamil,
    /// Nepali...) are in <see cref="Communities"/> and report as ethnic groups, which are concrete too.
    /// </summary>
    internal static readonly string[] Languages =
    [
        "Urdu", "Punjabi", "Panjabi", "Bengali", "Bangla", "Sylheti", "Gujarati", "Hindi", "Pahari", "Pashto", "Dari",
        "Farsi", "Persian", "Arabic", "Mandarin", "Cantonese", "Hakka", "Tigrinya", "Amharic", "Oromo", "Swahili", "Yoruba",
        "Igbo", "Twi", "Hausa", "Shona", "Lingala", "Tagalog", "Malayalam", "Telugu", "Sorani", "Kurmanji", "Russian",
        "Ukrainian", "Hungarian", "Spanish", "French", "Italian",
    ];

    /// <summary>Interpreting, translation and other language support (NIHR report, EEiC seed 002, line 2844; community languages, Better Health Briefing 28, EEiC seed 001, line 157).</summary>
    internal static readonly string[] LanguageSupport =
    [
        "interpreter", "interpreting", "interpretation service", "interpretation and translation", "translation", "translated",
        "translator", "bilingual", "multilingual", "language support", "language need", "language barrier",
        "community language", "preferred language", "first language", "main language", "English as a second language",
        "English as an additional language", "ESOL", "limited English", "little or no English", "non English speaker",
        "non English speaking", "do/does not speak English",
    ];

    /// <summary>Community-facing roles: link workers, advocates, health trainers and the like (Better Health Briefing 28, EEiC seed 001, lines 157 and 166).</summary>
    internal static readonly string[] CommunityRoles =
    [
        "link worker", "health advocate", "advocate", "advocacy", "health trainer", "community health worker",
        "community health champion", "health champion", "community champion", "community connector", "peer supporter",
        "peer support worker", "peer educator", "cultural mediator", "patient navigator", "care navigator",
        "community development worker",
    ];

    /// <summary>Recording, monitoring and analysis by ethnic group (NIHR report, EEiC seed 002, line 2844; equity audits, Better Health Briefing 28, EEiC seed 001, lines 188-190).</summary>
    internal static readonly string[] EthnicMonitoring =
    [
        "by ethnic group", "by ethnicity", "by ethnic category", "by ethnic origin", "by ethnic background",
        "for each ethnic group", "per ethnic group", "across ethnic groups", "between ethnic groups", "ethnic monitoring",
        "ethnicity monitoring", "ethnicity data", "ethnicity recording", "recording of ethnicity", "record/records/recorded ethnicity",
        "ethnicity coding", "ethnicity completeness", "ethnic category", "ethnic breakdown", "ethnicity breakdown",
        "equity audit", "health equity audit",
    ];

    /// <summary>Performance and contract levers: KPIs, CQUIN, service improvement plans, targets (Better Health Briefing 28, EEiC seed 001, lines 178-186 and 238).</summary>
    internal static readonly string[] PerformanceLevers =
    [
        "KPI", "key performance indicator", "performance indicator", "indicator", "CQUIN",
        "commissioning for quality and innovation", "service improvement plan", "service development and improvement plan",
        "SDIP", "quality schedule", "contract variation", "incentive scheme", "target",
    ];

    /// <summary>Numeric targets, as regular expressions with their term and the first words they can start with (<c>#</c> for a number): percentages and minimum numbers.</summary>
    internal static readonly (string Term, string Pattern, string[] FirstWords)[] NumericTargets =
    [
        ("percentage", @"[0-9]+(?:\.[0-9]+)?[ \t]?(?:%|per[ \t-]?cent\b|percent\b)", [DigitsKey]),
        ("minimum number", @"(?:at\s+least|no\s+fewer\s+than|no\s+less\s+than|(?:a\s+)?minimum\s+of)\s+[0-9]+\b", ["at", "no", "a", "minimum"]),
    ];

    /// <summary>
    /// The named ethnic groups: the specific part of every substantive label of EEiC.Core's NHS ethnic category, 2011
    /// and 2021 census classifications (for example "Bangladeshi", "White and Black Caribbean", "Gypsy or Irish
    /// Traveller", "Arab", "Roma"), leaving out the residual "any other" categories and White British, the majority
    /// group; the broad groups Asian and Black; and <see cref="Communities"/>.
    /// </summary>
    internal static IReadOnlyList<string> EthnicGroups { get; } = BuildEthnicGroups();

    /// <summary>The key of a word made only of digits in <see cref="ByFirstWord"/>.</summary>
    private const string DigitsKey = "#";

    /// <summary>Every cue, longest term first (ties by kind, then term), so that at one place the longest term wins.</summary>
    private static readonly Cue[] All = BuildCues();

    /// <summary>The cues that can start with a word (ignoring case; <see cref="DigitsKey"/> for a number), in the order of <see cref="All"/>.</summary>
    private static readonly Dictionary<string, Cue[]> ByFirstWord = All
        .SelectMany(c => c.FirstWords.Select(w => (Word: w, Cue: c)))
        .GroupBy(p => p.Word, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.Select(p => p.Cue).Distinct().ToArray(), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Finds the cues of a text, left to right without overlap: at each word start, the longest term that matches there.
    /// </summary>
    /// <param name="text">The text (a sentence).</param>
    /// <returns>The cues found, with their offsets in <paramref name="text"/>.</returns>
    internal static IEnumerable<(SpecificationCueKind Kind, string Term, int Index, int Length)> Find(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < text.Length && char.IsLetterOrDigit(text[end]))
            {
                end++;
            }

            if (MatchAt(text, i, text.AsSpan(i, end - i)) is ({ } cue, var length))
            {
                yield return (cue.Kind, cue.Term, i, length);
                i += length;
            }
            else
            {
                i = end;
            }
        }
    }

    /// <summary>The longest cue matching at <paramref name="index"/>, whose first word is <paramref name="word"/>.</summary>
    private static (Cue Cue, int Length)? MatchAt(string text, int index, ReadOnlySpan<char> word)
    {
        var key = IsDigits(word) ? DigitsKey : word.ToString();
        ByFirstWord.TryGetValue(key, out var exact);
        Cue[]? singular = null;
        if (key.Length > 1 && key[^1] is 's' or 'S')
        {
            ByFirstWord.TryGetValue(key[..^1], out singular);
        }

        // Try the candidates of both lists in the global order of All.
        exact ??= [];
        singular ??= [];
        int e = 0, s = 0;
        while (e < exact.Length || s < singular.Length)
        {
            var takeExact = s == singular.Length || (e < exact.Length && exact[e].Order <= singular[s].Order);
            var cue = takeExact ? exact[e++] : singular[s++];
            if (takeExact && s < singular.Length && singular[s] == cue)
            {
                s++;
            }

            var match = cue.Pattern.Match(text, index);
            if (match.Success)
            {
                return (cue, match.Length);
            }
        }

        return null;
    }

    private static bool IsDigits(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static Cue[] BuildCues()
    {
        var entries = new List<(SpecificationCueKind Kind, string Term, string Pattern, int Longest, string[] FirstWords)>();
        void AddTerms(SpecificationCueKind kind, IEnumerable<string> terms, bool plural)
        {
            foreach (var term in terms)
            {
                var firstWords = term.Split(' ')[0].Split('/');
                entries.Add((kind, term, TermPattern(term, plural), LongestExpansion(term), firstWords));
            }
        }

        AddTerms(SpecificationCueKind.GenericEqualityStatement, GenericEqualityStatements, plural: false);
        AddTerms(SpecificationCueKind.EthnicityReference, EthnicityReferences, plural: true);
        AddTerms(SpecificationCueKind.EthnicGroup, EthnicGroups, plural: true);
        AddTerms(SpecificationCueKind.Language, Languages, plural: false);
        AddTerms(SpecificationCueKind.LanguageSupport, LanguageSupport, plural: true);
        AddTerms(SpecificationCueKind.CommunityRole, CommunityRoles, plural: true);
        AddTerms(SpecificationCueKind.EthnicMonitoring, EthnicMonitoring, plural: true);
        AddTerms(SpecificationCueKind.PerformanceLever, PerformanceLevers, plural: true);
        foreach (var (term, regex, firstWords) in NumericTargets)
        {
            entries.Add((SpecificationCueKind.NumericTarget, term, regex, term.Length, firstWords));
        }

        return [.. entries
            .OrderByDescending(e => e.Longest)
            .ThenBy(e => e.Kind)
            .ThenBy(e => e.Term, StringComparer.Ordinal)
            .Select((e, order) => new Cue(e.Kind, e.Term, order, e.FirstWords,
                new Regex(@"\G\b(?:" + e.Pattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)))];
    }

    /// <summary>One cue: its kind and term, its place in the order of <see cref="All"/>, the first words it can start with, and its pattern anchored at the search position.</summary>
    private sealed record Cue(SpecificationCueKind Kind, string Term, int Order, string[] FirstWords, Regex Pattern);

    /// <summary>The length of the longest text a term stands for: its longest alternative of each word, with single spaces.</summary>
    private static int LongestExpansion(string term) =>
        term.Split(' ').Sum(word => word.Split('/').Max(a => a.Length) + 1) - 1;

    /// <summary>The pattern of one term: whole words, alternatives per word, flexible separators, an optional plural "s".</summary>
    private static string TermPattern(string term, bool plural)
    {
        var words = term.Split(' ');
        var builder = new StringBuilder();
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(@"[\s,\-\u2010\u2011]+");
            }

            var alternatives = words[i].Split('/').Select(Regex.Escape);
            builder.Append("(?:").Append(string.Join("|", alternatives)).Append(')');
        }

        if (plural && char.IsAsciiLetter(term[^1]))
        {
            builder.Append("s?");
        }

        return builder.Append(@"\b").ToString();
    }

    private static string[] BuildEthnicGroups()
    {
        var names = new List<string>();
        var schemes = new[] { EthnicityClassification.Nhs, EthnicityClassification.Census2011, EthnicityClassification.Census2021 };
        foreach (var category in schemes.SelectMany(s => s.Categories))
        {
            if (category.IsMissing || category.IsResidual
                || !EthnicityCrosswalk.TryMap(category, EthnicityScheme.NhsEthnicCategory, out var national)
                || national == NhsEthnicCategories.WhiteBritish)
            {
                continue;
            }

            names.Add(SpecificPart(category.Label));
        }

        names.Add(nameof(HighLevelEthnicGroup.Asian));
        names.Add(nameof(HighLevelEthnicGroup.Black));
        names.AddRange(Communities);
        return [.. names.Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>The part of a classification label after its broad group: "Asian or Asian British - Indian" gives "Indian", "White: Roma" gives "Roma".</summary>
    private static string SpecificPart(string label)
    {
        var dash = label.LastIndexOf(" - ", StringComparison.Ordinal);
        if (dash >= 0)
        {
            return label[(dash + 3)..];
        }

        var colon = label.LastIndexOf(": ", StringComparison.Ordinal);
        return colon >= 0 ? label[(colon + 2)..] : label;
    }
}
