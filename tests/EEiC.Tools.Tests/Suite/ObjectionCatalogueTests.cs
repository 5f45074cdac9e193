using EEiC.Sources;
using EEiC.Tools.Definitions;
using EEiC.Tools.Suite;
using FsCheck;
using FsCheck.Fluent;

namespace EEiC.Tools.Tests.Suite;

/// <summary>
/// The catalogue of frequently raised objections read from the built-in tool (NIHR report, EEiC seed 002, lines
/// 2352-2358): its entries, matching of typed objections, bingo cards, and its refusal of definitions of another shape.
/// </summary>
public sealed class ObjectionCatalogueTests
{
    private static readonly ObjectionCatalogue Catalogue = ObjectionCatalogue.BuiltIn;

    private static readonly string[] SuiteTools =
    [
        "jsna-interrogation", "service-specification", "commissioning-cycle-review", "evidence-mobilisation", "evidence-appraisal",
        "making-the-case", "frequently-raised-objections", "stakeholder-analysis", "equality-impact-assessment", "equality-delivery-system",
        "organisational-diagnostic", "levers-for-change",
    ];

    [Fact]
    public void The_built_in_catalogue_holds_every_item_of_the_tool_in_order()
    {
        var tool = ToolLibrary.BuiltIn.Get(ObjectionCatalogue.BuiltInToolId);
        Assert.Same(Catalogue, ObjectionCatalogue.BuiltIn);
        Assert.Equal((tool.Id, tool.Version), (Catalogue.Tool, Catalogue.ToolVersion));
        Assert.Equal(tool.AllItems.Select(i => i.Id), Catalogue.Entries.Select(e => e.Id));
        Assert.Equal(tool.AllItems.Select(i => i.Prompt), Catalogue.Entries.Select(e => e.Objection));
        Assert.Equal(tool.AllItems.Select(i => (i.Source, i.Provenance)), Catalogue.Entries.Select(e => (e.Source, e.Provenance)));
        Assert.Equal(tool.Sections.SelectMany(s => s.Items.Select(_ => (s.Id, s.Title))), Catalogue.Entries.Select(e => (e.Theme, e.ThemeTitle)));

        Assert.Equal(Catalogue.Entries.Count, Catalogue.Entries.Select(e => e.Label.ToUpperInvariant()).Distinct().Count());
        Assert.All(Catalogue.Entries, e =>
        {
            Assert.InRange(e.Label.Length, 3, 40);
            Assert.False(string.IsNullOrWhiteSpace(e.Response));
            Assert.DoesNotContain("Evidence:", e.Response, StringComparison.Ordinal);
            Assert.NotEmpty(e.Evidence);
            Assert.All(e.Evidence, p => Assert.False(string.IsNullOrWhiteSpace(p)));

            // Every response points to at least one tool of the suite, and only to tools of the suite.
            Assert.NotEmpty(e.Tools);
            Assert.All(e.Tools, t => Assert.Contains(t, SuiteTools));
        });
    }

    [Fact]
    public void An_entry_splits_the_guidance_into_label_response_and_evidence()
    {
        var entry = Catalogue.Find("no-resources")!;

        Assert.Equal("No resources", entry.Label);
        Assert.Equal("resources", entry.Theme);
        Assert.Equal("Resources, cost and priorities", entry.ThemeTitle);
        Assert.StartsWith("Much of the work costs little", entry.Response, StringComparison.Ordinal);
        Assert.EndsWith("can fund changes.", entry.Response, StringComparison.Ordinal);
        Assert.Equal(["making-the-case", "service-specification", "the 'four beds' business case (NIHR report, line 1914)"], entry.Evidence);
        Assert.Equal(["making-the-case", "service-specification"], entry.Tools);
        Assert.Equal(new SourceReference(SourceDocument.NihrReport2013, "line 2356"), entry.Source);
        Assert.Equal(Provenance.FromSource, entry.Provenance);

        // Pointers that are not tool identifiers are references, kept as written (without the final full stop).
        Assert.Equal(["evidence-mobilisation", "EEiC.Statistics: EthnicityDataQuality", "Aspinall and Jacobson (2007), Qual Saf Health Care 16(3)"],
            Catalogue.Find("not-enough-data")!.Evidence);
        Assert.Null(Catalogue.Find("no-such-objection"));
        Assert.Throws<ArgumentNullException>(() => Catalogue.Find(null!));
    }

    [Theory]
    [InlineData("We haven't got the budget for this", "no-resources")]
    [InlineData("Isn't it unfair to single out one group?", "unfair-to-single-out")]
    [InlineData("There's no data on this", "not-enough-data")]
    [InlineData("The numbers are too small to mean anything", "small-numbers")]
    [InlineData("That's the E&D team's job", "ed-team-job")]
    [InlineData("Public health should deal with this, not us", "public-health-remit")]
    [InlineData("It's up to the trust to sort it out", "providers-job")]
    [InlineData("Why should they get special treatment?", "privileging-minorities")]
    [InlineData("We treat everyone the same", "services-for-all")]
    [InlineData("Not in this financial climate", "economic-climate")]
    [InlineData("We've been doing this for years", "done-it-for-years")]
    [InlineData("They just don't engage with services", "hard-to-reach")]
    [InlineData("What about deprivation and disability?", "other-inequalities")]
    [InlineData("We don't have many BME people round here", "few-here")]
    [InlineData("Where's the evidence it's cost-effective?", "prove-it-first")]
    [InlineData("In my experience as a GP there's no difference", "clinical-experience")]
    [InlineData("Waiting lists are the priority right now", "other-priorities")]
    [InlineData("I'm worried about saying the wrong thing", "fear-of-getting-it-wrong")]
    [InlineData("The community group's survey isn't representative", "community-evidence-biased")]
    [InlineData("It costs more per head to reach them", "best-for-the-most")]
    [InlineData("That research was done in London, it doesn't apply here", "not-transferable")]
    [InlineData("NO MONEY!!!", "no-resources")]
    [InlineData("It's not our job as commissioners", "not-our-business")]
    [InlineData("Ethnic inequalities aren't really an issue any more", "not-an-issue")]
    [InlineData("Our hands are tied", "no-room-for-manoeuvre")]
    [InlineData("Doesn't our health inequalities strategy already cover this?", "covered-by-health-inequalities")]
    [InlineData("The categories are wrong and lump everyone together", "wrong-categories")]
    public void A_realistic_typed_objection_matches_the_right_entry_first(string typed, string expected)
    {
        var matches = Catalogue.Match(typed);
        Assert.Equal(expected, matches[0].Entry.Id);
        Assert.InRange(matches.Count, 1, 3);
    }

    [Fact]
    public void Matches_report_their_score_and_the_words_they_share()
    {
        var budget = Catalogue.Match("We haven't got the budget for this");
        Assert.Equal(["budget"], budget[0].MatchedTerms);
        Assert.Equal(3, budget.Count);
        Assert.All(budget, m => Assert.Equal(["budget"], m.MatchedTerms)); // budget, money, cost, afford: one concept

        // By hand: 'budget' is the money concept, in 5 of the 34 entries (no resources, economic climate, extra services,
        // best for the most, prove it first). 'No resources' has the terms money, staff (3 entries) and time (1 entry).
        // Weighted Dice: 2 w(money) / (w(money) + w(money) + w(staff) + w(time)), w(t) = ln(1 + 34 / df(t)).
        double W(double df) => Math.Log(1 + (34 / df));
        Assert.Equal("no-resources", budget[0].Entry.Id);
        Assert.Equal(2 * W(5) / (W(5) + W(5) + W(3) + W(1)), budget[0].Score, 12);

        var unfair = Catalogue.Match("Isn't it unfair to single out one group?", maxResults: 5)[0];
        Assert.Equal(["unfair", "single", "group"], unfair.MatchedTerms);
        Assert.InRange(unfair.Score, 0.5, 1);

        // An objection typed exactly as the catalogue writes it (label and objection) shares every term: score 1.
        var exact = Catalogue.Find("small-numbers")!;
        var self = Catalogue.Match(exact.Label + ". " + exact.Objection)[0];
        Assert.Equal(("small-numbers", 1d), (self.Entry.Id, self.Score));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("xqzt blorf wibble")]
    [InlineData("the and of it is, isn't it?")]
    [InlineData("!!! ??? ...")]
    public void Gibberish_and_stop_words_match_nothing(string typed) => Assert.Empty(Catalogue.Match(typed));

    [Fact]
    public void Bad_arguments_to_match_are_refused_naming_the_argument_and_value()
    {
        Assert.Equal("typedObjection", Assert.Throws<ArgumentNullException>(() => Catalogue.Match(null!)).ParamName);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Catalogue.Match("no money", 0));
        Assert.Equal("maxResults", e.ParamName);
        Assert.Contains("at least 1", e.Message, StringComparison.Ordinal);
        Assert.Contains("got 0", e.Message, StringComparison.Ordinal);
        Assert.Single(Catalogue.Match("money", maxResults: 1));
    }

    [Fact]
    public void An_adapted_tool_with_a_local_objection_gives_a_catalogue_that_finds_it()
    {
        var tool = ToolLibrary.BuiltIn.Get(ObjectionCatalogue.BuiltInToolId);
        var local = new ToolItem("interpreters-cost", "Interpreters are too expensive to provide at every appointment.", AnswerType.YesPartlyNo,
            new SourceReference(SourceDocument.NihrReport2013, "line 1730"), Provenance.Inferred)
        {
            Guidance = "[Interpreters cost too much] Compare the cost with that of repeat appointments and errors. Evidence: service-specification; local interpreting spend.",
        };
        var adapted = tool with { Sections = [.. tool.Sections.Select(s => s.Id == "resources" ? s with { Items = [.. s.Items, local] } : s)] };
        Assert.Empty(adapted.Validate());

        var catalogue = ObjectionCatalogue.FromDefinition(adapted);
        Assert.Equal(Catalogue.Entries.Count + 1, catalogue.Entries.Count);
        Assert.NotEqual(Catalogue, catalogue);
        Assert.Equal(Catalogue, ObjectionCatalogue.FromDefinition(tool));
        var match = catalogue.Match("Paying for interpreters is too expensive")[0];
        Assert.Equal("interpreters-cost", match.Entry.Id);
        Assert.Equal(["service-specification", "local interpreting spend"], match.Entry.Evidence);
    }

    [Fact]
    public void A_definition_of_another_shape_is_refused_with_every_problem_named()
    {
        var jsna = ToolLibrary.BuiltIn.Get("jsna-interrogation");
        var e = Assert.Throws<ArgumentException>(() => ObjectionCatalogue.FromDefinition(jsna));
        Assert.Equal("definition", e.ParamName);
        Assert.Contains("'jsna-interrogation' is not of the frequently raised objections shape", e.Message, StringComparison.Ordinal);
        Assert.Contains("item 'population-by-ethnicity' is Grade", e.Message, StringComparison.Ordinal);
        Assert.Contains("item 'findings-linked-to-action' is Grade", e.Message, StringComparison.Ordinal);

        var tool = ToolLibrary.BuiltIn.Get(ObjectionCatalogue.BuiltInToolId);
        var broken = tool
            .WithItem(tool.FindItem("no-resources")! with { Guidance = "No resources. Much of it costs little." })
            .WithItem(tool.FindItem("small-numbers")! with { Guidance = "[Numbers too small] Give intervals." })
            .WithItem(tool.FindItem("causes-unclear")! with { Guidance = null })
            .WithItem(tool.FindItem("not-transferable")! with { Guidance = "[Doesn't apply here] Evidence: evidence-mobilisation." })
            .WithItem(tool.FindItem("other-priorities")! with { Guidance = "[Other priorities] Build it in. Evidence: commissioning-cycle-review; ; GapTrend." });
        var message = Assert.Throws<ArgumentException>(() => ObjectionCatalogue.FromDefinition(broken)).Message;
        Assert.Contains("item 'no-resources' guidance does not start with a short label in square brackets", message, StringComparison.Ordinal);
        Assert.Contains("item 'small-numbers' guidance has no 'Evidence:' pointers", message, StringComparison.Ordinal);
        Assert.Contains("item 'causes-unclear' guidance is missing", message, StringComparison.Ordinal);
        Assert.Contains("item 'not-transferable' guidance has no response", message, StringComparison.Ordinal);
        Assert.Contains("item 'other-priorities' guidance has an empty evidence pointer", message, StringComparison.Ordinal);
        Assert.Contains("'[Short label] Suggested response. Evidence: pointer; pointer.'", message, StringComparison.Ordinal);

        // Labels must be unique ignoring case.
        var clash = tool.WithItem(tool.FindItem("hard-to-reach")! with { Guidance = "[no RESOURCES] Ask what deters people. Evidence: stakeholder-analysis." });
        Assert.Contains("item 'hard-to-reach' has the label 'no RESOURCES' of item 'no-resources'; labels must be unique ignoring case",
            Assert.Throws<ArgumentException>(() => ObjectionCatalogue.FromDefinition(clash)).Message, StringComparison.Ordinal);

        Assert.Throws<ArgumentNullException>(() => ObjectionCatalogue.FromDefinition(null!));
        Assert.Throws<ToolDefinitionException>(() => ObjectionCatalogue.FromDefinition(tool with { Id = "Not Kebab" }));
    }

    [Fact]
    public void A_bingo_card_draws_different_objections_reproducibly_for_a_seed()
    {
        var card = Catalogue.BingoCard();
        Assert.Equal((4, 0, 16), (card.Size, card.Seed, card.Cells.Count));
        Assert.Equal(16, card.Cells.Select(c => c.Id).Distinct().Count());
        Assert.All(card.Cells, c => Assert.Contains(c, Catalogue.Entries));
        Assert.Equal(card, Catalogue.BingoCard(4, 0));
        Assert.Equal(card.ToMarkdown(), Catalogue.BingoCard(4, 0).ToMarkdown());
        Assert.Same(card.Cells[5], card[1, 1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => card[4, 0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => card[0, -1]);

        // Other seeds give other cards (not merely the same objections reordered).
        var cards = Enumerable.Range(1, 10).Select(seed => Catalogue.BingoCard(4, seed)).ToArray();
        Assert.Equal(10, cards.Select(c => string.Join(",", c.Cells.Select(x => x.Id).Order(StringComparer.Ordinal))).Distinct().Count());

        // The largest card of the 34 objections is 5 x 5.
        Assert.Equal(25, Catalogue.BingoCard(5, -7).Cells.Select(c => c.Id).Distinct().Count());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(6)]
    [InlineData(int.MaxValue)]
    public void A_card_size_outside_the_catalogue_is_refused_naming_size_value_and_rule(int size)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Catalogue.BingoCard(size, 1));
        Assert.Equal("size", e.ParamName);
        Assert.Equal(size, e.ActualValue);
        Assert.Contains("size must be at least 2", e.Message, StringComparison.Ordinal);
        Assert.Contains("the catalogue has 34, so size can be at most 5", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_card_renders_as_markdown_plain_text_and_html()
    {
        var card = Catalogue.BingoCard(4, 2013);
        var labels = card.Cells.Select(c => c.Label).ToArray();

        var markdown = card.ToMarkdown().Split('\n');
        Assert.Equal("**Objection bingo**", markdown[0]);
        Assert.Contains("Card 2013, frequently-raised-objections 1.0.0.", markdown[2], StringComparison.Ordinal);
        Assert.Equal("|   |   |   |   |", markdown[4]);
        Assert.Equal("|---|---|---|---|", markdown[5]);
        Assert.Equal("| " + string.Join(" | ", labels.Take(4)) + " |", markdown[6]);
        Assert.Equal(4, markdown.Skip(6).Count(l => l.StartsWith('|')));

        var text = card.ToPlainText().TrimEnd('\n').Split('\n');
        Assert.Equal("OBJECTION BINGO", text[0]);
        var grid = text.SkipWhile(l => !l.StartsWith('+')).ToArray();
        Assert.Single(grid.Select(l => l.Length).Distinct());
        Assert.Equal(5, grid.Count(l => l.StartsWith('+')));
        var gridText = string.Join(" ", grid.Select(l => l.Replace('|', ' ')));
        Assert.All(labels.SelectMany(l => l.Split(' ')), word => Assert.Contains(word, gridText, StringComparison.Ordinal));

        var html = card.ToHtml();
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">", html, StringComparison.Ordinal);
        Assert.Equal(4, html.Split("<tr>").Length - 1);
        Assert.Equal(16, html.Split("<td>").Length - 1);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http", html, StringComparison.OrdinalIgnoreCase);
        Assert.All(labels, l => Assert.Contains(System.Net.WebUtility.HtmlEncode(l), html, StringComparison.Ordinal));
    }

    [Fact]
    public void Labels_are_escaped_for_markdown_and_encoded_for_html()
    {
        var tool = ToolLibrary.BuiltIn.Get(ObjectionCatalogue.BuiltInToolId);
        var hostile = tool.WithItem(tool.FindItem("no-resources")! with { Guidance = "[<b>Cash</b> | *none*] Costs little. Evidence: making-the-case." });
        var catalogue = ObjectionCatalogue.FromDefinition(hostile);
        var seed = Enumerable.Range(0, 1000).First(s => catalogue.BingoCard(5, s).Cells.Any(c => c.Id == "no-resources"));
        var card = catalogue.BingoCard(5, seed);

        Assert.Contains(@"\<b\>Cash\</b\> \| \*none\*", card.ToMarkdown(), StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Cash&lt;/b&gt; | *none*", card.ToHtml(), StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", card.ToHtml(), StringComparison.Ordinal);
        Assert.Contains("<b>Cash</b> |", card.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Matching_never_throws_and_ranks_by_descending_score()
    {
        var words = Catalogue.Entries.SelectMany(e => (e.Label + " " + e.Objection).Split(' ')).Distinct().ToArray();
        var typed = Gen.OneOf(
            ArbMap.Default.GeneratorFor<NonNull<string>>().Select(s => s.Get),
            Gen.Elements(words.Concat(["E&D", "isn't", "£££", "\u00e9t\u00e9", "\ud83d\ude00", "\0", "-", "'"]).ToArray())
                .ListOf().Select(w => string.Join(" ", w)));
        var arbitrary = Gen.Zip(typed, Gen.Choose(1, 6)).ToArbitrary();

        Prop.ForAll(arbitrary, pair =>
        {
            var (text, max) = pair;
            var matches = Catalogue.Match(text, max);
            Assert.InRange(matches.Count, 0, max);
            Assert.All(matches, m =>
            {
                Assert.InRange(m.Score, double.Epsilon, 1);
                Assert.NotEmpty(m.MatchedTerms);
                Assert.All(m.MatchedTerms, w => Assert.Contains(w, Normalised(text), StringComparison.Ordinal));
            });

            // Descending scores; equal scores in catalogue order.
            for (var i = 1; i < matches.Count; i++)
            {
                Assert.True(matches[i - 1].Score > matches[i].Score
                    || (matches[i - 1].Score == matches[i].Score && IndexOf(matches[i - 1]) < IndexOf(matches[i])));
            }

            Assert.Equal(matches, Catalogue.Match(text, max));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_card_is_reproducible_for_its_seed_and_never_repeats_an_objection()
    {
        var arbitrary = Gen.Zip(ArbMap.Default.GeneratorFor<int>(), Gen.Choose(2, 5)).ToArbitrary();
        Prop.ForAll(arbitrary, pair =>
        {
            var (seed, size) = pair;
            var card = Catalogue.BingoCard(size, seed);
            Assert.Equal((size, seed, size * size), (card.Size, card.Seed, card.Cells.Count));
            Assert.Equal(card.Cells.Count, card.Cells.Select(c => c.Id).Distinct().Count());
            Assert.Equal(card, Catalogue.BingoCard(size, seed));
            Assert.Equal(card.ToPlainText(), Catalogue.BingoCard(size, seed).ToPlainText());
        }).QuickCheckThrowOnFailure();
    }

    /// <summary>The text as matching reads it before splitting: lower case, without apostrophes and ampersands.</summary>
    private static string Normalised(string text) =>
        new(text.ToLowerInvariant().Where(c => c is not ('\'' or '\u2019' or '\u2018' or '`' or '&')).ToArray());

    private static int IndexOf(ObjectionMatch match) => Catalogue.Entries.ToList().IndexOf(match.Entry);
}
