using EEiC.Ethnicity;
using FsCheck;
using FsCheck.Fluent;

namespace EEiC.Core.Tests.Ethnicity;

public class EthnicityParserTests
{
    [Theory]
    [InlineData("A", "A", EthnicityParseStatus.Code)]
    [InlineData("j", "J", EthnicityParseStatus.Code)]
    [InlineData(" 99 ", "99", EthnicityParseStatus.Code)]
    [InlineData("z", "Z", EthnicityParseStatus.Code)]
    [InlineData("White - British", "A", EthnicityParseStatus.Label)]
    [InlineData("WHITE: BRITISH", "A", EthnicityParseStatus.Label)]
    [InlineData("white_british", "A", EthnicityParseStatus.Label)]
    [InlineData("British", "A", EthnicityParseStatus.Label)]
    [InlineData("A - White British", "A", EthnicityParseStatus.Code)]
    [InlineData("J: Pakistani", "J", EthnicityParseStatus.Code)]
    [InlineData("Mixed - White & Black Caribbean", "D", EthnicityParseStatus.Label)]
    [InlineData("mixed white + black african", "E", EthnicityParseStatus.Label)]
    [InlineData("Black African", "N", EthnicityParseStatus.Label)]
    [InlineData("Asian/Asian British: Chinese", "R", EthnicityParseStatus.Label)]
    [InlineData("Asian, Asian British or Asian Welsh: Bangladeshi", "K", EthnicityParseStatus.Label)]
    [InlineData("White: Roma", "C", EthnicityParseStatus.Label)]
    [InlineData("Gypsy or Irish Traveller", "C", EthnicityParseStatus.Label)]
    [InlineData("Arab", "S", EthnicityParseStatus.Label)]
    [InlineData("Not stated", "Z", EthnicityParseStatus.Label)]
    [InlineData("NOT KNOWN", "99", EthnicityParseStatus.Label)]
    [InlineData("WBRI", "A", EthnicityParseStatus.Alias)]
    [InlineData("apkn", "J", EthnicityParseStatus.Alias)]
    [InlineData("WIRT", "C", EthnicityParseStatus.Alias)]
    [InlineData("Refused", "Z", EthnicityParseStatus.Alias)]
    [InlineData("Prefer not to say", "Z", EthnicityParseStatus.Alias)]
    [InlineData("X", "99", EthnicityParseStatus.Alias)]
    [InlineData("unknown", "99", EthnicityParseStatus.Alias)]
    [InlineData("N/A", "99", EthnicityParseStatus.Alias)]
    [InlineData("", "99", EthnicityParseStatus.Blank)]
    [InlineData("   ", "99", EthnicityParseStatus.Blank)]
    [InlineData(" - ", "99", EthnicityParseStatus.Blank)]
    [InlineData("CX", "C", EthnicityParseStatus.UnregisteredLocalCode)]
    [InlineData("n3", "N", EthnicityParseStatus.UnregisteredLocalCode)]
    public void Default_parser_reads_messy_values_into_nhs_categories(string raw, string code, EthnicityParseStatus status)
    {
        var result = EthnicityParser.Default.Parse(raw);

        Assert.Equal(status, result.Status);
        Assert.True(result.IsMapped);
        Assert.Equal(EthnicityScheme.NhsEthnicCategory, result.Category!.Scheme);
        Assert.Equal(code, result.Category.Code);
        Assert.Same(raw, result.Raw);
    }

    [Theory]
    [InlineData("White", EthnicityParseStatus.NoExactMapping)]
    [InlineData("Asian", EthnicityParseStatus.NoExactMapping)]
    [InlineData("NA", EthnicityParseStatus.Ambiguous)]
    [InlineData("ns", EthnicityParseStatus.Ambiguous)]
    [InlineData("Klingon", EthnicityParseStatus.Unrecognised)]
    [InlineData("13", EthnicityParseStatus.Unrecognised)]
    [InlineData("Q", EthnicityParseStatus.Unrecognised)]
    [InlineData("BME", EthnicityParseStatus.Unrecognised)]
    [InlineData("ZZ", EthnicityParseStatus.Unrecognised)]
    public void Default_parser_reports_what_it_cannot_map(string raw, EthnicityParseStatus status)
    {
        var result = EthnicityParser.Default.Parse(raw);

        Assert.Equal(status, result.Status);
        Assert.False(result.IsMapped);
        Assert.Null(result.Category);
        Assert.Same(raw, result.Raw);
    }

    [Fact]
    public void Unmapped_high_level_values_say_what_was_recognised()
    {
        var result = EthnicityParser.Default.Parse("White");
        Assert.Equal(EthnicityScheme.HighLevel, result.Recognised!.Scheme);
        Assert.Equal("White", result.Recognised.Code);
    }

    [Fact]
    public void Lossy_matches_keep_the_recognised_category()
    {
        var result = EthnicityParser.Default.Parse("Roma");
        Assert.Equal("C", result.Category!.Code);
        Assert.Equal(EthnicityScheme.Census2021, result.Recognised!.Scheme);
        Assert.Equal("16", result.Recognised.Code);
    }

    [Fact]
    public void Null_is_blank_and_over_long_text_is_unrecognised()
    {
        Assert.Equal(EthnicityParseStatus.Blank, EthnicityParser.Default.Parse(null).Status);
        Assert.Same(NhsEthnicCategories.NotKnown, EthnicityParser.Default.Parse(null).Category);
        Assert.Equal(EthnicityParseStatus.Unrecognised, EthnicityParser.Default.Parse(new string('a', 5000)).Status);
        Assert.Equal(EthnicityParseStatus.Unrecognised, EthnicityParser.Default.Parse(new string('&', 200) + "x").Status);
        Assert.Equal(EthnicityParseStatus.Unrecognised, EthnicityParser.Default.Parse(new string('&', 200)).Status);
    }

    [Fact]
    public void Not_stated_and_not_known_stay_different()
    {
        Assert.Equal(MissingEthnicity.NotStated, EthnicityParser.Default.Parse("Declined").Category!.Missing);
        Assert.Equal(MissingEthnicity.NotKnown, EthnicityParser.Default.Parse("Not recorded").Category!.Missing);
    }

    [Fact]
    public void Source_scheme_decides_bare_codes_and_target_scheme_the_results()
    {
        var parser = new EthnicityParser(new EthnicityParserOptions
        {
            Source = EthnicityScheme.Census2021,
            Target = EthnicityScheme.Census2021,
        });

        Assert.Equal("White: Roma", parser.Parse("16").Category!.Label);
        Assert.Equal("17", parser.Parse("Other White").Category!.Code);
        Assert.Equal(EthnicityParseStatus.Unrecognised, parser.Parse("C").Status);
        Assert.Equal(EthnicityParseStatus.Unrecognised, parser.Parse("CX").Status);
        Assert.Equal("3", parser.Parse("Indian").Category!.Code);
        Assert.Equal(EthnicityParseStatus.NoExactMapping, parser.Parse("Any other White background").Status);
    }

    [Fact]
    public void Parsing_into_high_level_groups_follows_the_source_schemes_grouping()
    {
        var fromNhs = new EthnicityParser(new EthnicityParserOptions { Target = EthnicityScheme.HighLevel });
        var from2021 = new EthnicityParser(new EthnicityParserOptions { Source = EthnicityScheme.Census2021, Target = EthnicityScheme.HighLevel });

        Assert.Equal("Asian", fromNhs.Parse("J").Category!.Code);
        Assert.Equal("Other", fromNhs.Parse("Chinese").Category!.Code);
        Assert.Equal("Asian", from2021.Parse("Chinese").Category!.Code);
        Assert.Equal("White", fromNhs.Parse("White").Category!.Code);
        Assert.Same(EthnicityClassification.HighLevel.NotKnown, fromNhs.Parse("").Category);
    }

    [Fact]
    public void Registered_local_categories_and_aliases_take_precedence()
    {
        var somali = EthnicCategory.CreateLocal("N1", "Somali", NhsEthnicCategories.African);
        var yemeni = EthnicCategory.CreateLocal("S1", "Yemeni", NhsEthnicCategories.AnyOtherEthnicGroup);
        var parser = new EthnicityParser(new EthnicityParserOptions
        {
            LocalCategories = [somali, yemeni],
            Aliases = new Dictionary<string, EthnicCategory> { ["NS"] = NhsEthnicCategories.NotStated, ["Indian"] = NhsEthnicCategories.AnyOtherAsian },
        });

        Assert.Same(somali, parser.Parse("somali").Category);
        Assert.Equal(EthnicityParseStatus.LocalCategory, parser.Parse("N1").Status);
        Assert.Same(yemeni, parser.Parse("S1 - Yemeni").Category);
        Assert.Same(NhsEthnicCategories.NotStated, parser.Parse("Ns").Category);
        Assert.Equal(EthnicityParseStatus.Alias, parser.Parse("ns").Status);
        Assert.Same(NhsEthnicCategories.AnyOtherAsian, parser.Parse("Indian").Category);

        var highLevel = new EthnicityParser(parser.Options with { Target = EthnicityScheme.HighLevel });
        Assert.Equal("Black", highLevel.Parse("Somali").Category!.Code);
        Assert.Same(somali, highLevel.Parse("Somali").Recognised);
    }

    [Fact]
    public void Bad_options_are_refused_with_the_reason()
    {
        var local = EthnicCategory.CreateLocal("N1", "Somali", NhsEthnicCategories.African);
        Assert.Contains("repeats the code 'N1'", Assert.Throws<ArgumentException>(() =>
            new EthnicityParser(new EthnicityParserOptions { LocalCategories = [local, local] })).Message);
        Assert.Contains("LocalCategories[0] must be a local", Assert.Throws<ArgumentException>(() =>
            new EthnicityParser(new EthnicityParserOptions { LocalCategories = [NhsEthnicCategories.African] })).Message);
        Assert.Contains("at least one letter or digit", Assert.Throws<ArgumentException>(() =>
            new EthnicityParser(new EthnicityParserOptions { Aliases = new Dictionary<string, EthnicCategory> { ["--"] = NhsEthnicCategories.African } })).Message);
        Assert.Contains("Target must be a defined", Assert.Throws<ArgumentException>(() =>
            new EthnicityParser(new EthnicityParserOptions { Target = (EthnicityScheme)42 })).Message);
    }

    [Fact]
    public void Batch_parse_matches_single_parse_and_checks_the_destination()
    {
        string?[] values = ["A", "Klingon", null, "Roma"];
        var results = new EthnicityParseResult[values.Length];

        EthnicityParser.Default.Parse(values, results);

        for (var i = 0; i < values.Length; i++)
        {
            Assert.Equal(EthnicityParser.Default.Parse(values[i]), results[i]);
        }

        var error = Assert.Throws<ArgumentException>(() => EthnicityParser.Default.Parse(values, new EthnicityParseResult[3]));
        Assert.Equal("destination", error.ParamName);
    }

    [Fact]
    public void Column_summary_accounts_for_every_value()
    {
        string?[] column = ["A", "a", "White - British", "WBRI", "J", "Pakistani", "", null, "Z", "Klingon", "Klingon", "White", "NA", "CX"];

        var parsed = EthnicityParser.Default.ParseColumn(column);
        var summary = parsed.Summary;

        Assert.Equal(column.Length, parsed.Results.Count);
        Assert.Equal(14, summary.Total);
        Assert.Equal(10, summary.Mapped);
        Assert.Equal(4, summary.Unmapped);
        Assert.Equal(summary.Total, summary.CountsByStatus.Values.Sum());
        Assert.Equal(4, summary.CountsByStatus[EthnicityParseStatus.Code]);
        Assert.Equal(2, summary.CountsByStatus[EthnicityParseStatus.Blank]);
        Assert.Equal(0, summary.CountsByStatus[EthnicityParseStatus.LocalCategory]);
        Assert.Equal(summary.Mapped, summary.CountsByCategory.Sum(c => c.Count));
        Assert.Equal(["A", "C", "J", "Z", "99"], summary.CountsByCategory.Select(c => c.Category.Code));
        Assert.Equal(4, summary.CountsByCategory[0].Count);
        Assert.Equal(
            [("Klingon", EthnicityParseStatus.Unrecognised, 2), ("NA", EthnicityParseStatus.Ambiguous, 1), ("White", EthnicityParseStatus.NoExactMapping, 1)],
            summary.UnmappedValues.Select(v => (v.Raw, v.Status, v.Count)));
    }

    [Fact]
    public void Every_code_label_and_printed_form_parses_back_to_its_category()
    {
        foreach (var classification in EthnicityClassification.All)
        {
            var parser = new EthnicityParser(new EthnicityParserOptions { Source = classification.Scheme, Target = classification.Scheme });
            foreach (var category in classification.Categories)
            {
                Assert.Same(category, parser.Parse(category.Code).Category);
                Assert.Same(category, parser.Parse(category.Label).Category);
                Assert.Same(category, parser.Parse(category.ToString()).Category);
            }
        }
    }

    [Fact]
    public void Property_printed_forms_parse_back_whatever_the_case_and_punctuation()
    {
        var categories = EthnicityClassification.All.SelectMany(c => c.Categories).ToArray();
        var parsers = EthnicityClassification.All.ToDictionary(
            c => c.Scheme, c => new EthnicityParser(new EthnicityParserOptions { Source = c.Scheme, Target = c.Scheme }));
        var separators = new[] { " ", "  ", " - ", ": ", "/", "_", ", ", "\t" };
        var gen =
            from category in Gen.Elements(categories)
            from useLabel in Gen.Elements(true, false)
            from upper in Gen.ListOf(Gen.Elements(true, false), 200)
            from separator in Gen.Elements(separators)
            select (category, useLabel, upper.ToArray(), separator);

        Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var (category, useLabel, upper, separator) = input;
            var text = useLabel ? category.Label : category.ToString();
            var chars = text.Replace(" ", separator, StringComparison.Ordinal).ToCharArray();
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = upper[i % upper.Length] ? char.ToUpperInvariant(chars[i]) : char.ToLowerInvariant(chars[i]);
            }

            return parsers[category.Scheme].Parse(new string(chars)).Category == category;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Property_parsing_never_throws_and_keeps_the_raw_value()
    {
        Prop.ForAll<string>(raw =>
        {
            var result = EthnicityParser.Default.Parse(raw);
            return ReferenceEquals(raw, result.Raw)
                && result.IsMapped == result.Status is < EthnicityParseStatus.NoExactMapping
                && (result.Category is null || result.Category.Scheme == EthnicityScheme.NhsEthnicCategory);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Property_parsing_is_deterministic_and_ignores_surrounding_punctuation()
    {
        Prop.ForAll<NonNull<string>>(raw =>
        {
            var plain = EthnicityParser.Default.Parse(raw.Get);
            var padded = EthnicityParser.Default.Parse($" -{raw.Get}- ");
            return plain.Status == padded.Status && plain.Category == padded.Category
                || raw.Get.Length > 190;
        }).QuickCheckThrowOnFailure();
    }
}
