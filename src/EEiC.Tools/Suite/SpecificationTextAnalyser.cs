namespace EEiC.Tools.Suite;

/// <summary>
/// Reads the text of a service specification and separates generic equality statements, which commit to nothing,
/// from concrete commitments on minority ethnic needs: named ethnic groups and languages, interpreting and language
/// support, link workers and advocates, monitoring by ethnic group, and KPIs or targets tied to ethnicity.
/// </summary>
/// <remarks>
/// <para>Specifications often hold little detail on the needs of minority ethnic people or how the service must respond,
/// and instead generic statements about equitable provision for all that prompt no action (Better Health Briefing 28,
/// EEiC seed 001, line 149); commissioners expected providers to make services accessible to all rather than specify
/// what equitable access needs (obstacles paper, EEiC seed 000, line 151). The study's checks on specifications ask for
/// language support, monitoring by ethnic group, outcomes by ethnicity and proven models of care (NIHR report, EEiC
/// seed 002, line 2844). The analysis finds the sentences to look at; <see cref="SpecificationAnalysis.ToFacts"/> feeds
/// its counts to the <c>service-specification</c> tool.</para>
/// <para>How it works. The text is split into sentences: a sentence ends at a full stop, question or exclamation mark
/// followed by white space, unless the next word starts in lower case, the stop ends an abbreviation such as "e.g.", or
/// the sentence so far is a section number such as "4.2.";
/// at a line break followed by a blank line or by a list item (a line starting with a bullet, or with a number or
/// letter and "." or ")"); or at a Unicode line or paragraph separator. Text wrapped inside a paragraph stays one
/// sentence. Each sentence is searched for the cues of <see cref="SpecificationCueKind"/> (case-insensitive, whole
/// words, leftmost match first and, at one place, the longest term) and classified as
/// <see cref="SpecificationSentenceKind"/>. The analysis reads words, not meaning: it does not see negation.</para>
/// <para>Deterministic and pure: the same text always gives the same analysis. Safe to call from several threads.</para>
/// </remarks>
public static class SpecificationTextAnalyser
{
    /// <summary>Analyses the text of a service specification.</summary>
    /// <param name="text">The specification's text (plain text; several paragraphs and lists are fine).</param>
    /// <returns>The analysis: every sentence with its offsets, kind and cues, and the counts. An empty text gives <see cref="SpecificationAnalysis.Empty"/>; a white-space text, an analysis with no sentence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <example>
    /// <code>
    /// var analysis = SpecificationTextAnalyser.Analyse(specificationText);
    /// foreach (var s in analysis.GenericStatements) { Highlight(s.Start, s.Length); }
    /// var response = new ToolResponse("service-specification", "1.0.0", answers) { Facts = analysis.ToFacts() };
    /// </code>
    /// </example>
    public static SpecificationAnalysis Analyse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return SpecificationAnalysis.Empty;
        }

        var spans = SpecificationSentenceSplitter.Split(text);

        var sentences = new SpecificationSentence[spans.Count];
        for (var i = 0; i < spans.Count; i++)
        {
            var (start, length) = spans[i];
            sentences[i] = Classify(text, start, length);
        }

        return new SpecificationAnalysis(text.Length, sentences);
    }

    private static SpecificationSentence Classify(string text, int start, int length)
    {
        var sentence = text.Substring(start, length);
        var found = SpecificationCueLexicon.Find(sentence)
            .Select(c => new SpecificationCue(c.Kind, c.Term, start + c.Index, c.Length, sentence.Substring(c.Index, c.Length)))
            .ToList();

        var aboutEthnicity = found.Exists(c => c.Kind == SpecificationCueKind.EthnicityReference || IsConcreteAlone(c.Kind));
        var counted = found.FindAll(c => !NeedsEthnicContext(c.Kind) || aboutEthnicity);
        var kind = counted.Exists(c => IsConcreteAlone(c.Kind) || NeedsEthnicContext(c.Kind))
            ? SpecificationSentenceKind.ConcreteCommitment
            : counted.Count > 0 ? SpecificationSentenceKind.GenericStatement : SpecificationSentenceKind.Neutral;
        return new SpecificationSentence(start, length, sentence, kind, counted);
    }

    /// <summary>Kinds that make a sentence a concrete commitment by themselves.</summary>
    private static bool IsConcreteAlone(SpecificationCueKind kind) => kind is SpecificationCueKind.EthnicGroup
        or SpecificationCueKind.Language or SpecificationCueKind.LanguageSupport or SpecificationCueKind.EthnicMonitoring;

    /// <summary>Kinds that count, as concrete, only in a sentence about ethnicity or language.</summary>
    private static bool NeedsEthnicContext(SpecificationCueKind kind) => kind is SpecificationCueKind.CommunityRole
        or SpecificationCueKind.PerformanceLever or SpecificationCueKind.NumericTarget;
}
