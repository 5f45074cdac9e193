using EEiC.Tools.Definitions;
using EEiC.Tools.Evaluation;
using EEiC.Tools.Suite;
using FsCheck;
using FsCheck.Fluent;

namespace EEiC.Tools.Tests.Suite;

/// <summary>
/// The specification text analyser on specification paragraphs written for these tests: the generic statements that
/// the EEiC study found standing in for requirements (Better Health Briefing 28, EEiC seed 001, line 149) and the
/// concrete requirements of good practice, such as a re-specified self-management service with a link worker and
/// courses in community languages (seed 001, lines 155-157).
/// </summary>
public sealed class SpecificationTextAnalyserTests
{
    /// <summary>A diabetes education specification that says nothing concrete on ethnicity.</summary>
    private const string GenericSpecification =
        "3. Equality and diversity\n" +
        "The service will be accessible to all adults registered with a practice in the borough. The provider shall " +
        "ensure that the service meets the needs of the diverse population it serves, regardless of ethnicity, religion " +
        "or disability. Staff will deliver care in a culturally appropriate way. The provider will comply with the " +
        "Equality Act 2010.\n" +
        "\n" +
        "4. Key performance indicators\n" +
        "- 90% of newly diagnosed patients offered a structured education place within 12 weeks\n" +
        "- Annual audit of the service completed";

    /// <summary>The same service re-specified for the groups with poorer outcomes.</summary>
    private const string ConcreteSpecification =
        "The provider will employ a link worker to recruit Pakistani and Bangladeshi patients through mosques, " +
        "community centres and GP practices. Courses will be delivered in Urdu, Bengali and Sylheti as well as English, " +
        "and professional interpreters will be booked for one-to-one reviews. The provider will record the ethnic " +
        "category of every participant and report course uptake and completion by ethnic group each quarter. KPI 3: at " +
        "least 30% of course places filled by South Asian patients by the end of year one.";

    [Fact]
    public void A_specification_of_generic_statements_only_is_generic_only()
    {
        var analysis = SpecificationTextAnalyser.Analyse(GenericSpecification);

        Assert.Equal(
            [
                "3. Equality and diversity\nThe service will be accessible to all adults registered with a practice in the borough.",
                "The provider shall ensure that the service meets the needs of the diverse population it serves, regardless of ethnicity, religion or disability.",
                "Staff will deliver care in a culturally appropriate way.",
                "The provider will comply with the Equality Act 2010.",
                "4. Key performance indicators",
                "- 90% of newly diagnosed patients offered a structured education place within 12 weeks",
                "- Annual audit of the service completed",
            ],
            analysis.Sentences.Select(s => s.Text));
        Assert.Equal(4, analysis.GenericStatementCount);
        Assert.Equal(0, analysis.CommitmentCount);
        Assert.Equal(SpecificationTextVerdict.GenericOnly, analysis.Verdict);

        // The cues that make each statement generic, as listed in the lexicon.
        Assert.Equal(["equality and diversity", "accessible/available/open to all"], analysis.Sentences[0].Cues.Select(c => c.Term));
        Assert.Equal(["meet/meets/meeting the needs of the diverse population", "regardless/irrespective of ethnicity/race/background/culture/religion/faith/colour/nationality/origin"],
            analysis.Sentences[1].Cues.Select(c => c.Term));
        Assert.All(analysis.GenericStatements.SelectMany(s => s.Cues), c => Assert.Equal(SpecificationCueKind.GenericEqualityStatement, c.Kind));

        // A KPI and a percentage say nothing about ethnicity: those sentences are neutral and hold no cue.
        Assert.All(analysis.Sentences.Skip(4), s => Assert.Equal((SpecificationSentenceKind.Neutral, 0), (s.Kind, s.Cues.Count)));
        Assert.Equal(0, analysis.CueCount(SpecificationCueKind.PerformanceLever));
        Assert.Equal("7 sentences: 4 generic equality statements and 0 concrete commitments. Verdict: generic statements only, nothing concrete.", analysis.Summary);
    }

    [Fact]
    public void A_specification_that_names_groups_languages_roles_monitoring_and_targets_is_specific()
    {
        var analysis = SpecificationTextAnalyser.Analyse(ConcreteSpecification);

        Assert.Equal(4, analysis.Sentences.Count);
        Assert.Equal(4, analysis.CommitmentCount);
        Assert.Equal(0, analysis.GenericStatementCount);
        Assert.Equal(SpecificationTextVerdict.Specific, analysis.Verdict);

        Assert.Equal(
            [(SpecificationCueKind.CommunityRole, "link worker"), (SpecificationCueKind.EthnicGroup, "Pakistani"), (SpecificationCueKind.EthnicGroup, "Bangladeshi")],
            analysis.Sentences[0].Cues.Select(c => (c.Kind, c.Term)));
        Assert.Equal(
            [(SpecificationCueKind.Language, "Urdu"), (SpecificationCueKind.Language, "Bengali"), (SpecificationCueKind.Language, "Sylheti"), (SpecificationCueKind.LanguageSupport, "interpreter")],
            analysis.Sentences[1].Cues.Select(c => (c.Kind, c.Term)));
        Assert.Equal("interpreters", analysis.Sentences[1].Cues[3].Text);
        Assert.Equal(["ethnic category", "by ethnic group"], analysis.Sentences[2].Cues.Select(c => c.Term));
        Assert.Equal(
            [(SpecificationCueKind.PerformanceLever, "KPI"), (SpecificationCueKind.NumericTarget, "minimum number"), (SpecificationCueKind.EthnicGroup, "South Asian")],
            analysis.Sentences[3].Cues.Select(c => (c.Kind, c.Term)));

        Assert.Equal(3, analysis.CueCount(SpecificationCueKind.EthnicGroup));
        Assert.Equal(
            "4 sentences: 0 generic equality statements and 4 concrete commitments (named ethnic groups 3, named languages 3, interpreting or other language support 1, " +
            "link workers, advocates or similar roles 1, monitoring by ethnic group 2, KPIs, CQUIN or targets 1, numeric targets 1). Verdict: specific.",
            analysis.Summary);
    }

    [Fact]
    public void A_sentence_with_a_generic_phrase_and_a_concrete_cue_is_a_commitment()
    {
        var analysis = SpecificationTextAnalyser.Analyse(
            "The service will be accessible to all, and interpreters will be provided for patients whose first language is not English.");

        var sentence = Assert.Single(analysis.Sentences);
        Assert.Equal(SpecificationSentenceKind.ConcreteCommitment, sentence.Kind);
        Assert.Equal(
            [SpecificationCueKind.GenericEqualityStatement, SpecificationCueKind.LanguageSupport, SpecificationCueKind.LanguageSupport],
            sentence.Cues.Select(c => c.Kind));
        Assert.Equal((0, 1), (analysis.GenericStatementCount, analysis.CommitmentCount));
        Assert.Equal(SpecificationTextVerdict.Specific, analysis.Verdict);
    }

    [Fact]
    public void Roles_levers_and_numbers_count_only_in_a_sentence_about_ethnicity()
    {
        var analysis = SpecificationTextAnalyser.Analyse(
            "The provider will report against the KPIs in Schedule 4 and achieve at least 85% attendance. " +
            "Health trainers will support patients to set goals. " +
            "KPIs will be reported separately for BME service users. " +
            "Advocacy will be available to all. " +
            "Health trainers recruited from local Somali and Yemeni communities will run the sessions.");

        Assert.Equal(
            [SpecificationSentenceKind.Neutral, SpecificationSentenceKind.Neutral, SpecificationSentenceKind.ConcreteCommitment,
             SpecificationSentenceKind.GenericStatement, SpecificationSentenceKind.ConcreteCommitment],
            analysis.Sentences.Select(s => s.Kind));
        Assert.Equal([SpecificationCueKind.PerformanceLever, SpecificationCueKind.EthnicityReference], analysis.Sentences[2].Cues.Select(c => c.Kind));

        // A generic phrase does not make a sentence about ethnicity: the advocacy role there does not count.
        Assert.Equal([SpecificationCueKind.GenericEqualityStatement], analysis.Sentences[3].Cues.Select(c => c.Kind));
        Assert.Equal(["health trainer", "Somali", "Yemeni"], analysis.Sentences[4].Cues.Select(c => c.Term));
    }

    [Fact]
    public void General_references_to_ethnicity_without_a_commitment_are_generic_statements()
    {
        var analysis = SpecificationTextAnalyser.Analyse(
            "The provider will be mindful of the needs of black and minority ethnic communities. Gypsy, Roma and Traveller families will be offered home visits.");

        Assert.Equal(SpecificationSentenceKind.GenericStatement, analysis.Sentences[0].Kind);
        var reference = Assert.Single(analysis.Sentences[0].Cues);
        Assert.Equal((SpecificationCueKind.EthnicityReference, "black and minority ethnic"), (reference.Kind, reference.Term));

        // One cue for the whole group name (the longest term wins), not three.
        var group = Assert.Single(analysis.Sentences[1].Cues);
        Assert.Equal((SpecificationCueKind.EthnicGroup, "Gypsy Roma and Traveller", "Gypsy, Roma and Traveller"), (group.Kind, group.Term, group.Text));
        Assert.Equal(SpecificationTextVerdict.Mixed, analysis.Verdict);
    }

    [Theory]
    [InlineData("INTERPRETERS WILL BE PROVIDED IN URDU.", 2)]
    [InlineData("Interpreters will be provided in urdu.", 2)]
    [InlineData("The Romance of transport: a lecture in Blackpool on the interpretation of results.", 0)]
    [InlineData("Indiana, Arabica beans and a racecourse.", 0)]
    [InlineData("Leaflets in Arabic for Arab and Roma families.", 3)]
    public void Matching_ignores_case_and_takes_whole_words_only(string text, int cues)
    {
        Assert.Equal(cues, SpecificationTextAnalyser.Analyse(text).Sentences.Sum(s => s.Cues.Count));
    }

    [Fact]
    public void The_named_groups_come_from_the_core_classifications_without_the_majority_or_residual_groups()
    {
        var groups = SpecificationCueLexicon.EthnicGroups;
        foreach (var name in new[] { "Irish", "Indian", "Pakistani", "Bangladeshi", "Caribbean", "African", "Chinese", "White and Black Caribbean", "Gypsy or Irish Traveller", "Arab", "Roma", "Asian", "Black", "Somali", "Kashmiri" })
        {
            Assert.Contains(name, groups);
        }

        Assert.DoesNotContain(groups, g => g.Contains("British", StringComparison.Ordinal) && !g.Contains("Asian", StringComparison.Ordinal) && !g.Contains("Black", StringComparison.Ordinal));
        Assert.DoesNotContain(groups, g => g.Contains("other", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(groups.Count, groups.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(SpecificationSentenceKind.Neutral, SpecificationTextAnalyser.Analyse("White British patients.").Sentences[0].Kind);
    }

    [Fact]
    public void Sentences_split_at_stops_paragraphs_and_list_items_but_not_at_abbreviations_or_wrapped_lines()
    {
        var text = "Sessions in community languages, e.g. Punjabi and Gujarati, are required. The provider will also\r\n" +
                   "offer evening sessions.\r\n\r\nKey requirements:\r\n  • outreach through mosques and gurdwaras\r\n" +
                   "  2) a link worker for South Asian women\r\n\r\nDr. Khan leads the service! Is it working?It was.";
        var analysis = SpecificationTextAnalyser.Analyse(text);

        Assert.Equal(
            [
                "Sessions in community languages, e.g. Punjabi and Gujarati, are required.",
                "The provider will also\r\noffer evening sessions.",
                "Key requirements:",
                "• outreach through mosques and gurdwaras",
                "2) a link worker for South Asian women",
                "Dr. Khan leads the service!",
                "Is it working?It was.",
            ],
            analysis.Sentences.Select(s => s.Text));
    }

    [Fact]
    public void Offsets_of_sentences_and_cues_point_back_into_the_original_text()
    {
        var text = "  " + GenericSpecification + "\n\n" + ConcreteSpecification + "\n";
        var analysis = SpecificationTextAnalyser.Analyse(text);

        Assert.Equal(text.Length, analysis.TextLength);
        Assert.All(analysis.Sentences, s => Assert.Equal(s.Text, text.Substring(s.Start, s.Length)));
        Assert.All(analysis.Sentences.SelectMany(s => s.Cues), c => Assert.Equal(c.Text, text.Substring(c.Start, c.Length)));
        Assert.All(analysis.Sentences, s => Assert.All(s.Cues, c => Assert.InRange(c.Start, s.Start, s.End - c.Length)));
        Assert.Equal(4, analysis.GenericStatementCount);
        Assert.Equal(4, analysis.CommitmentCount);
        Assert.Equal(SpecificationTextVerdict.Mixed, analysis.Verdict);
    }

    [Fact]
    public void Null_is_refused_and_empty_text_gives_the_empty_analysis()
    {
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => SpecificationTextAnalyser.Analyse(null!)).ParamName);

        foreach (var empty in new[] { string.Empty, "   ", "\r\n\n\t" })
        {
            var analysis = SpecificationTextAnalyser.Analyse(empty);
            Assert.Empty(analysis.Sentences);
            Assert.Equal((0, 0, SpecificationTextVerdict.Silent), (analysis.GenericStatementCount, analysis.CommitmentCount, analysis.Verdict));
            Assert.Equal("No text to analyse.", analysis.Summary);
        }

        Assert.Same(SpecificationAnalysis.Empty, SpecificationTextAnalyser.Analyse(string.Empty));
    }

    [Fact]
    public void The_analysis_is_deterministic_and_compares_by_value()
    {
        var first = SpecificationTextAnalyser.Analyse(ConcreteSpecification);
        var second = SpecificationTextAnalyser.Analyse(new string(ConcreteSpecification.AsSpan()));

        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, SpecificationTextAnalyser.Analyse(GenericSpecification));
    }

    [Fact]
    public void The_facts_are_those_the_service_specification_tool_declares()
    {
        var tool = ToolLibrary.BuiltIn.Get("service-specification");
        foreach (var text in new[] { string.Empty, GenericSpecification, ConcreteSpecification })
        {
            var facts = SpecificationTextAnalyser.Analyse(text).ToFacts();
            Assert.All(facts, fact =>
            {
                var declared = Assert.Single(tool.Facts, f => f.Id == fact.Key);
                Assert.Equal(declared.Type, fact.Value.Type);
            });
        }

        // Every text- fact the tool declares is supplied, so the two cannot drift apart.
        Assert.Equal(
            tool.Facts.Where(f => f.Id.StartsWith("text-", StringComparison.Ordinal)).Select(f => f.Id).Order(StringComparer.Ordinal),
            SpecificationAnalysis.Empty.ToFacts().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_facts_follow_the_commitments()
    {
        var generic = SpecificationTextAnalyser.Analyse(GenericSpecification).ToFacts();
        Assert.Equal(FactValue.FromNumber(4), generic["text-generic-statements"]);
        Assert.Equal(FactValue.FromNumber(0), generic["text-concrete-commitments"]);
        Assert.All(generic.Where(f => f.Value.Type == FactType.Boolean), f => Assert.False(f.Value.Boolean));

        var concrete = SpecificationTextAnalyser.Analyse(ConcreteSpecification).ToFacts();
        Assert.Equal(FactValue.FromNumber(4), concrete["text-concrete-commitments"]);
        Assert.All(concrete.Where(f => f.Value.Type == FactType.Boolean), f => Assert.True(f.Value.Boolean, f.Key));
    }

    private static readonly string[] Fragments =
    [
        "The service", " will ", "be accessible to all", "Urdu", "interpreters", "KPI", "30%", "at least 12", "BME",
        "by ethnic group", "Black and minority ethnic", "Roma", "link worker", "culturally appropriate", "e.g.", "Dr.",
        ". ", ".", "!", "?", "\"", ")", "\n", "\n\n", "\r\n", "\r", "- ", "• ", "1) ", "3.", "\u2028", " ", "\t", ",", "a",
    ];

    private static readonly Arbitrary<string> Texts = Arb.From(Gen.OneOf(
        ArbMap.Default.GeneratorFor<NonNull<string>>().Select(s => s.Get),
        Gen.Elements(Fragments).ListOf().Select(parts => string.Concat(parts))));

    [Fact]
    public void Property_any_text_is_analysed_without_error_into_ordered_sentences_within_the_text()
    {
        Prop.ForAll(Texts, text =>
        {
            var analysis = SpecificationTextAnalyser.Analyse(text);
            Assert.Equal(text.Length, analysis.TextLength);
            var previousEnd = 0;
            foreach (var sentence in analysis.Sentences)
            {
                Assert.True(sentence.Start >= previousEnd && sentence.Length > 0 && sentence.End <= text.Length);
                Assert.Equal(sentence.Text, text.Substring(sentence.Start, sentence.Length));
                Assert.False(char.IsWhiteSpace(sentence.Text[0]) || char.IsWhiteSpace(sentence.Text[^1]));
                Assert.All(sentence.Cues, c => Assert.Equal(c.Text, text.Substring(c.Start, c.Length)));
                previousEnd = sentence.End;
            }

            Assert.Equal(analysis.Sentences.Count(s => s.Kind == SpecificationSentenceKind.ConcreteCommitment), analysis.CommitmentCount);
            Assert.Equal(analysis, SpecificationTextAnalyser.Analyse(text));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Fact]
    public void Property_an_appended_concrete_commitment_never_lowers_the_commitment_count()
    {
        var separators = Gen.Elements(" ", "\n", "\n\n", ". ", "\r\n- ");
        var commitments = Gen.Elements(
            "Interpreters will be booked for every appointment.",
            "Activity will be reported by ethnic group each quarter.",
            "Sessions will be run in Sylheti.");
        var cases = Arb.From(
            from text in Texts.Generator
            from separator in separators
            from commitment in commitments
            select (text, separator, commitment));

        Prop.ForAll(cases, c =>
        {
            var before = SpecificationTextAnalyser.Analyse(c.text).CommitmentCount;
            var after = SpecificationTextAnalyser.Analyse(c.text + c.separator + c.commitment);
            Assert.True(after.CommitmentCount >= before, $"{after.CommitmentCount} < {before}");
            Assert.Equal(SpecificationSentenceKind.ConcreteCommitment, after.Sentences[^1].Kind);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }
}
