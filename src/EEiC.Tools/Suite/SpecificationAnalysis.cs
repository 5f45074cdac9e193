using System.Globalization;
using EEiC.Tools.Evaluation;

namespace EEiC.Tools.Suite;

/// <summary>
/// The result of <see cref="SpecificationTextAnalyser.Analyse"/>: every sentence of a specification's text with its
/// offsets, kind and cues; the generic statements and concrete commitments among them; a verdict and a summary; and the
/// facts of the <c>service-specification</c> tool (<see cref="ToFacts"/>). Immutable; compares by value.
/// </summary>
public sealed record SpecificationAnalysis
{
    // The fact identifiers declared by the service-specification tool (Definitions/BuiltIn/service-specification.json).
    private const string GenericStatementsFact = "text-generic-statements";
    private const string CommitmentsFact = "text-concrete-commitments";
    private const string EthnicGroupsFact = "text-names-ethnic-groups";
    private const string LanguageSupportFact = "text-language-support";
    private const string CommunityRolesFact = "text-community-roles";
    private const string EthnicMonitoringFact = "text-ethnic-monitoring";
    private const string EthnicTargetsFact = "text-ethnic-targets";

    internal SpecificationAnalysis(int textLength, IReadOnlyList<SpecificationSentence> sentences)
    {
        TextLength = textLength;
        Sentences = sentences;
        GenericStatements = [.. sentences.Where(s => s.Kind == SpecificationSentenceKind.GenericStatement)];
        Commitments = [.. sentences.Where(s => s.Kind == SpecificationSentenceKind.ConcreteCommitment)];
        Verdict = (GenericStatements.Count, Commitments.Count) switch
        {
            (0, 0) => SpecificationTextVerdict.Silent,
            (_, 0) => SpecificationTextVerdict.GenericOnly,
            (0, _) => SpecificationTextVerdict.Specific,
            _ => SpecificationTextVerdict.Mixed,
        };
    }

    /// <summary>The analysis of an empty text: no sentence, <see cref="SpecificationTextVerdict.Silent"/>.</summary>
    public static SpecificationAnalysis Empty { get; } = new(0, []);

    /// <summary>The length of the analysed text, in UTF-16 code units; every offset lies within it.</summary>
    public int TextLength { get; }

    /// <summary>Every sentence of the text in order, neutral ones included; their spans never overlap.</summary>
    public IReadOnlyList<SpecificationSentence> Sentences { get; }

    /// <summary>The generic statements: sentences about equality or ethnicity that commit to nothing concrete.</summary>
    public IReadOnlyList<SpecificationSentence> GenericStatements { get; }

    /// <summary>The concrete commitments: sentences that name a group or language, require language support or monitoring by ethnic group, or tie a role, KPI or target to ethnicity.</summary>
    public IReadOnlyList<SpecificationSentence> Commitments { get; }

    /// <summary>The number of generic statements.</summary>
    public int GenericStatementCount => GenericStatements.Count;

    /// <summary>The number of concrete commitments.</summary>
    public int CommitmentCount => Commitments.Count;

    /// <summary>The overall reading: silent, generic only, mixed or specific.</summary>
    public SpecificationTextVerdict Verdict { get; }

    /// <summary>How many cues of a kind the sentences hold (cues that did not count, such as a KPI in a sentence not about ethnicity, are not held).</summary>
    /// <param name="kind">The kind of cue.</param>
    /// <returns>The number of cues of that kind.</returns>
    public int CueCount(SpecificationCueKind kind) => Sentences.Sum(s => s.Cues.Count(c => c.Kind == kind));

    /// <summary>
    /// A one-paragraph summary in plain English, for example "12 sentences: 3 generic equality statements and 2 concrete
    /// commitments (named ethnic groups 2, interpreting or other language support 1). Verdict: mixed."
    /// </summary>
    public string Summary
    {
        get
        {
            if (Sentences.Count == 0)
            {
                return "No text to analyse.";
            }

            var head = string.Create(CultureInfo.InvariantCulture,
                $"{Count(Sentences.Count, "sentence")}: {Count(GenericStatementCount, "generic equality statement")} and {Count(CommitmentCount, "concrete commitment")}");
            var parts = Enum.GetValues<SpecificationCueKind>()
                .Where(k => k is not SpecificationCueKind.GenericEqualityStatement and not SpecificationCueKind.EthnicityReference)
                .Select(k => (Kind: k, Count: Commitments.Sum(s => s.Cues.Count(c => c.Kind == k))))
                .Where(p => p.Count > 0)
                .Select(p => string.Create(CultureInfo.InvariantCulture, $"{Describe(p.Kind)} {p.Count}"))
                .ToArray();
            var detail = parts.Length == 0 ? string.Empty : " (" + string.Join(", ", parts) + ")";
            var verdict = Verdict switch
            {
                SpecificationTextVerdict.Silent => "silent on equality and ethnicity",
                SpecificationTextVerdict.GenericOnly => "generic statements only, nothing concrete",
                SpecificationTextVerdict.Mixed => "mixed",
                _ => "specific",
            };
            return head + detail + ". Verdict: " + verdict + ".";
        }
    }

    /// <summary>
    /// The facts of the <c>service-specification</c> built-in tool that the text supplies, for
    /// <see cref="ToolResponse.Facts"/>: <c>text-generic-statements</c> and <c>text-concrete-commitments</c> (numbers),
    /// and whether the commitments name ethnic groups (<c>text-names-ethnic-groups</c>), require language support or name
    /// a language (<c>text-language-support</c>), provide for community roles (<c>text-community-roles</c>), require
    /// monitoring by ethnic group (<c>text-ethnic-monitoring</c>), or tie a KPI or numeric target to ethnicity
    /// (<c>text-ethnic-targets</c>) (booleans).
    /// </summary>
    /// <returns>The facts by identifier; merge them with facts from other sources (such as EEiC.Statistics) as needed.</returns>
    public IReadOnlyDictionary<string, FactValue> ToFacts()
    {
        bool Committed(params SpecificationCueKind[] kinds) => Commitments.Any(s => s.Cues.Any(c => kinds.Contains(c.Kind)));
        return new Dictionary<string, FactValue>(StringComparer.Ordinal)
        {
            [GenericStatementsFact] = FactValue.FromNumber(GenericStatementCount),
            [CommitmentsFact] = FactValue.FromNumber(CommitmentCount),
            [EthnicGroupsFact] = FactValue.FromBoolean(Committed(SpecificationCueKind.EthnicGroup)),
            [LanguageSupportFact] = FactValue.FromBoolean(Committed(SpecificationCueKind.Language, SpecificationCueKind.LanguageSupport)),
            [CommunityRolesFact] = FactValue.FromBoolean(Committed(SpecificationCueKind.CommunityRole)),
            [EthnicMonitoringFact] = FactValue.FromBoolean(Committed(SpecificationCueKind.EthnicMonitoring)),
            [EthnicTargetsFact] = FactValue.FromBoolean(Committed(SpecificationCueKind.PerformanceLever, SpecificationCueKind.NumericTarget)),
        }.AsReadOnly();
    }

    /// <inheritdoc />
    public bool Equals(SpecificationAnalysis? other) =>
        other is not null && TextLength == other.TextLength && Sequence.Equal(Sentences, other.Sentences);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(TextLength, Sequence.Hash(Sentences));

    private static string Count(int n, string noun) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? string.Empty : "s");

    private static string Describe(SpecificationCueKind kind) => kind switch
    {
        SpecificationCueKind.EthnicGroup => "named ethnic groups",
        SpecificationCueKind.Language => "named languages",
        SpecificationCueKind.LanguageSupport => "interpreting or other language support",
        SpecificationCueKind.CommunityRole => "link workers, advocates or similar roles",
        SpecificationCueKind.EthnicMonitoring => "monitoring by ethnic group",
        SpecificationCueKind.PerformanceLever => "KPIs, CQUIN or targets",
        SpecificationCueKind.NumericTarget => "numeric targets",
        _ => kind.ToString(),
    };
}
