using EEiC.Datasets;
using EEiC.Statistics.GroupComparison;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Need;
using EEiC.Statistics.Rates;
using EEiC.Tools.Suite;

namespace EEiC.Tools.Tests.Suite;

/// <summary>
/// The briefing generator on a revascularisation case like the one commissioners built from national survey data on
/// heart disease by ethnic group, the make-up of the local population and hospital activity (Better Health Briefing 28, EEiC
/// seed 001, line 121). The area and the numbers are invented for the test.
/// </summary>
public sealed class BriefingGeneratorTests
{
    private static readonly BriefingData Northtown = new()
    {
        Area = "Northtown",
        Service = "coronary heart disease services",
        Indicator = "the revascularisation rate",
        Period = "2019/20 to 2021/22",
        Unit = "per 100,000",
        ReferenceGroup = "White British",
        Estimates =
        [
            new("White British", 212.4, 205.1, 219.9),
            new("Pakistani", 131.5, 112.0, 153.4),
            new("Bangladeshi", 118.2, 88.9, 154.0),
            new("Indian", 198.7, 171.2, 229.4),
        ],
        Gaps =
        [
            new("Pakistani", 0.62, 0.53, 0.72),
            new("Bangladeshi", 0.56, 0.42, 0.73),
            new("Indian", 0.94, 0.81, 1.08),
        ],
        Expectations =
        [
            new("Pakistani", 142, 229.4) { RatioLower = 0.52, RatioUpper = 0.73 },
            new("Bangladeshi", 58, 103.6) { RatioLower = 0.43, RatioUpper = 0.72 },
            new("Indian", 161, 170.9) { RatioLower = 0.80, RatioUpper = 1.10 },
        ],
    };

    [Fact]
    public void The_headline_is_the_largest_significant_gap_in_numbers()
    {
        var briefing = BriefingGenerator.Generate(BriefingAudience.Board, Northtown);

        // Bangladeshi |ln 0.56| = 0.58 is further from 1 than Pakistani |ln 0.62| = 0.48; Indian is not significant.
        Assert.Equal(
            "The revascularisation rate, coronary heart disease services, Northtown (2019/20 to 2021/22): the figure for the Bangladeshi group is "
            + "0.56 times that of the White British group, 44% lower (95% CI 0.42 to 0.73). That is 118 per 100,000 against 212 per 100,000. "
            + "2 of the 3 groups compared with the White British group differ significantly.",
            briefing.Section(BriefingSectionKind.HeadlineGap).Text);
        Assert.Equal("The revascularisation rate in coronary heart disease services, Northtown: briefing for the board", briefing.Title);
        Assert.Empty(briefing.MissingSlots);
    }

    [Fact]
    public void Every_group_and_every_figure_is_shown_once_with_its_interval()
    {
        var text = BriefingGenerator.Generate(BriefingAudience.Commissioner, Northtown).Section(BriefingSectionKind.WhoIsAffected).Text;

        Assert.Equal(
            """
            Significant gaps against the White British group:
            - Pakistani: 0.62 times that of the White British group, 38% lower (95% CI 0.53 to 0.72)
            - Bangladeshi: 0.56 times that of the White British group, 44% lower (95% CI 0.42 to 0.73)

            No significant difference from the White British group:
            - Indian: 0.94 times (95% CI 0.81 to 1.08)

            The revascularisation rate by group:
            - White British: 212 per 100,000 (95% CI 205 to 220)
            - Pakistani: 132 per 100,000 (95% CI 112 to 153)
            - Bangladeshi: 118 per 100,000 (95% CI 88.9 to 154)
            - Indian: 199 per 100,000 (95% CI 171 to 229)
            """.ReplaceLineEndings("\n"),
            text);
    }

    [Fact]
    public void Expected_and_observed_counts_add_up_to_the_shortfall()
    {
        var briefing = BriefingGenerator.Generate(BriefingAudience.Provider, Northtown);
        var text = briefing.Section(BriefingSectionKind.ExpectedVersusObserved).Text;

        // Shortfall (229.4 - 142) + (103.6 - 58) + (170.9 - 161) = 87.4 + 45.6 + 9.9 = 142.9, written 143.
        Assert.Contains("- Pakistani: 142 observed against 229 expected (observed/expected 0.62, 95% CI 0.52 to 0.73; significantly fewer than expected)", text, StringComparison.Ordinal);
        Assert.Contains("- Bangladeshi: 58 observed against 104 expected (observed/expected 0.56, 95% CI 0.43 to 0.72; significantly fewer than expected)", text, StringComparison.Ordinal);
        Assert.Contains("- Indian: 161 observed against 171 expected (observed/expected 0.94, 95% CI 0.8 to 1.1)", text, StringComparison.Ordinal);
        Assert.EndsWith("significantly fewer than expected)\n- Indian: 161 observed against 171 expected (observed/expected 0.94, 95% CI 0.8 to 1.1)\n\n"
            + "Together, the Pakistani, Bangladeshi and Indian groups had 143 fewer than expected.", text, StringComparison.Ordinal);
        Assert.Contains("In coronary heart disease services, the Pakistani, Bangladeshi and Indian groups had 143 fewer than expected", briefing.Section(BriefingSectionKind.QualityAndEfficiency).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(BriefingAudience.Board, "evidence that the board meets its equality and health inequalities duties",
        "Make closing the gap for the Pakistani and Bangladeshi groups a board priority: ask for the revascularisation rate by ethnic group in the regular performance report")]
    [InlineData(BriefingAudience.Commissioner, "Better outcomes for the money spent on coronary heart disease services",
        "Put the revascularisation rate by ethnic group into the specification for coronary heart disease services as a measure, with a target to close the gap for the Pakistani and Bangladeshi groups")]
    [InlineData(BriefingAudience.Provider, "fewer missed appointments and readmissions",
        "review the pathway with Pakistani and Bangladeshi patients to find where they lose out")]
    [InlineData(BriefingAudience.Community, "A service that works better for the Pakistani and Bangladeshi communities",
        "Tell us what makes coronary heart disease services hard to use for Pakistani and Bangladeshi people")]
    public void Each_audience_gets_its_own_reasons_and_ask(BriefingAudience audience, string inItForYou, string ask)
    {
        var briefing = BriefingGenerator.Generate(audience, Northtown);

        Assert.Contains(inItForYou, briefing.Section(BriefingSectionKind.WhatIsInItForYou).Text, StringComparison.Ordinal);
        Assert.Contains(ask, briefing.Section(BriefingSectionKind.WhatWeAsk).Text, StringComparison.Ordinal);
        foreach (var other in Enum.GetValues<BriefingAudience>().Where(a => a != audience))
        {
            var theirs = BriefingGenerator.Generate(other, Northtown);
            Assert.NotEqual(briefing.Section(BriefingSectionKind.WhatIsInItForYou).Text, theirs.Section(BriefingSectionKind.WhatIsInItForYou).Text);
            Assert.NotEqual(briefing.Section(BriefingSectionKind.WhatWeAsk).Text, theirs.Section(BriefingSectionKind.WhatWeAsk).Text);

            // The numbers do not change with the audience.
            foreach (var kind in new[] { BriefingSectionKind.HeadlineGap, BriefingSectionKind.WhoIsAffected, BriefingSectionKind.ExpectedVersusObserved, BriefingSectionKind.QualityAndEfficiency })
            {
                Assert.Equal(briefing.Section(kind), theirs.Section(kind));
            }
        }
    }

    [Fact]
    public void The_legal_duty_cites_the_equality_act_and_speaks_plainly_to_the_community()
    {
        var board = BriefingGenerator.Generate(BriefingAudience.Board, Northtown).Section(BriefingSectionKind.LegalDuty).Text;
        var community = BriefingGenerator.Generate(BriefingAudience.Community, Northtown).Section(BriefingSectionKind.LegalDuty).Text;

        Assert.Contains("public sector equality duty (Equality Act 2010, section 149)", board, StringComparison.Ordinal);
        Assert.Contains("Health and Social Care Act 2012", board, StringComparison.Ordinal);
        Assert.EndsWith("The board must be able to show that it had due regard to this gap in its decisions on coronary heart disease services.", board, StringComparison.Ordinal);
        Assert.StartsWith("By law (Equality Act 2010, section 149)", community, StringComparison.Ordinal);
        Assert.Contains("You can ask the NHS to show how it has done this for coronary heart disease services.", community, StringComparison.Ordinal);
    }

    [Fact]
    public void Sections_come_in_order_and_the_markdown_shows_them_all()
    {
        var briefing = BriefingGenerator.Generate(BriefingAudience.Board, Northtown);
        Assert.Equal(Enum.GetValues<BriefingSectionKind>(), briefing.Sections.Select(s => s.Kind));

        var markdown = briefing.ToMarkdown();
        Assert.StartsWith("# The revascularisation rate in coronary heart disease services, Northtown: briefing for the board\n\n## The gap in numbers\n\nThe revascularisation rate, ", markdown, StringComparison.Ordinal);
        Assert.Equal(
            ["## The gap in numbers", "## Who is affected", "## Expected and observed", "## The legal duty", "## Quality and efficiency", "## What is in it for you", "## What we ask"],
            markdown.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)));
        Assert.DoesNotContain("Data still needed", markdown, StringComparison.Ordinal);
        Assert.EndsWith("review progress in six months.\n", markdown, StringComparison.Ordinal);
        Assert.Equal(briefing, BriefingGenerator.Generate(BriefingAudience.Board, Northtown with { Gaps = [.. Northtown.Gaps] }));
    }

    [Fact]
    public void Missing_data_are_named_and_listed_never_dropped()
    {
        var briefing = BriefingGenerator.Generate(BriefingAudience.Commissioner, new BriefingData
        {
            Area = "Northtown",
            Estimates = [new("Pakistani", 35.2, 25.9, 45.8), new("White British", 59.7, 56.0, 63.3)],
        });

        Assert.Equal([BriefingSlot.Service, BriefingSlot.Indicator, BriefingSlot.Period, BriefingSlot.ReferenceGroup, BriefingSlot.Unit, BriefingSlot.Gaps, BriefingSlot.Expectations],
            briefing.MissingSlots);
        Assert.Equal("Not available: figures by ethnic group are given (Northtown), but no comparison with a reference group, so the size of any gap is not known.",
            briefing.Section(BriefingSectionKind.HeadlineGap).Text);
        Assert.Equal("Not available: no comparison of ethnic groups with a reference group was supplied.\n\nFigures by group:\n- Pakistani: 35.2 (95% CI 25.9 to 45.8)\n- White British: 59.7 (95% CI 56 to 63.3)",
            briefing.Section(BriefingSectionKind.WhoIsAffected).Text);
        Assert.StartsWith("Not available: ", briefing.Section(BriefingSectionKind.ExpectedVersusObserved).Text, StringComparison.Ordinal);
        Assert.Contains("with a target to close the gap for the groups most affected", briefing.Section(BriefingSectionKind.WhatWeAsk).Text, StringComparison.Ordinal);
        Assert.Equal("Ethnic inequality, Northtown: briefing for commissioners", briefing.Title);

        var markdown = briefing.ToMarkdown();
        Assert.Contains("## Data still needed\n\n- Service: the service the data describe.\n- Indicator: what is measured.\n", markdown, StringComparison.Ordinal);
        Assert.Contains("- Gaps: each group's ratio to the reference group with its interval (EEiC.Statistics ReferenceGroupComparison).\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void With_no_data_at_all_every_slot_but_the_unit_is_missing()
    {
        var briefing = BriefingGenerator.Generate(BriefingAudience.Community, new BriefingData());

        // No estimates, so no unit is needed.
        Assert.Equal(Enum.GetValues<BriefingSlot>().Where(s => s != BriefingSlot.Unit), briefing.MissingSlots);
        Assert.Equal("Not available: no local figures by ethnic group were supplied, so the gap cannot yet be put in numbers.", briefing.Section(BriefingSectionKind.HeadlineGap).Text);
        Assert.Equal("Ethnic inequality: briefing for community organisations and residents", briefing.Title);
        Assert.Equal(7, briefing.Sections.Count);
    }

    [Fact]
    public void Without_a_significant_gap_the_ask_names_the_groups_below_expectation()
    {
        var data = Northtown with { Gaps = [new("Pakistani", 0.9, 0.7, 1.15)], Estimates = [] };
        var briefing = BriefingGenerator.Generate(BriefingAudience.Board, data);

        Assert.Equal("The revascularisation rate, coronary heart disease services, Northtown (2019/20 to 2021/22): no group differs significantly from the White British group at the 95% level (1 group compared).",
            briefing.Section(BriefingSectionKind.HeadlineGap).Text);
        Assert.Contains("closing the gap for the Pakistani and Bangladeshi groups", briefing.Section(BriefingSectionKind.WhatWeAsk).Text, StringComparison.Ordinal);
        Assert.Equal([BriefingSlot.Estimates], briefing.MissingSlots);
    }

    [Fact]
    public void A_single_significant_group_reads_in_the_singular()
    {
        var data = Northtown with { Gaps = [new("Pakistani", 0.62, 0.53, 0.72)], Estimates = [], Expectations = [new("Pakistani", 142, 229.4)] };
        var briefing = BriefingGenerator.Generate(BriefingAudience.Community, data);

        Assert.EndsWith("It is the only group compared.", briefing.Section(BriefingSectionKind.HeadlineGap).Text, StringComparison.Ordinal);
        Assert.StartsWith("A service that works better for the Pakistani community:", briefing.Section(BriefingSectionKind.WhatIsInItForYou).Text, StringComparison.Ordinal);
        Assert.EndsWith("Together, the Pakistani group had 87.4 fewer than expected.", briefing.Section(BriefingSectionKind.ExpectedVersusObserved).Text, StringComparison.Ordinal);
        Assert.Contains("- Pakistani: 142 observed against 229 expected (observed/expected 0.62)", briefing.Section(BriefingSectionKind.ExpectedVersusObserved).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1234, "1,234")]
    [InlineData(1234.5, "1,235")]
    [InlineData(229.4, "229")]
    [InlineData(99.96, "100")]
    [InlineData(65.84, "65.8")]
    [InlineData(41, "41")]
    [InlineData(10, "10")]
    [InlineData(1.354, "1.35")]
    [InlineData(1.5, "1.5")]
    [InlineData(0.6149, "0.61")]
    [InlineData(0.0012345, "0.0012")]
    [InlineData(-0.5, "-0.5")]
    [InlineData(-2.25, "-2.25")]
    [InlineData(0, "0")]
    [InlineData(1e-300, "0")]
    public void Numbers_are_rounded_sensibly_in_invariant_culture(double value, string expected)
    {
        Assert.Equal(expected, Cultures.With(Cultures.CommaDecimal, () => BriefingText.Number(value)));
    }

    public static TheoryData<BriefingData, string[]> BadData() => new()
    {
        { Northtown with { Estimates = [new("Pakistani", 131.5, 140, 150)] },
            ["data.Estimates[0] ('Pakistani')", "131.5", "limits 140 to 150", "the interval must contain the estimate"] },
        { Northtown with { Expectations = [new("Pakistani", -3, 10)] },
            ["data.Expectations[0] ('Pakistani')", "the observed count must be a finite number at least 0, got -3"] },
        { Northtown with { Expectations = [new("Pakistani", 3, 0)] },
            ["data.Expectations[0] ('Pakistani')", "the expected count must be a finite number above 0, got 0"] },
        { Northtown with { Gaps = [new("Pakistani", 0.62, 0.53, 0.72), new("pakistani", 0.6, 0.5, 0.7)] },
            ["data.Gaps[1] ('pakistani')", "each group must appear once in Gaps, but it already appears at index 0"] },
        { Northtown with { Gaps = [new("White British", 1, 1, 1)] },
            ["data.Gaps[0] ('White British')", "the reference group 'White British' has no gap against itself"] },
        { Northtown with { Gaps = [new("Pakistani", 0.62, -0.1, 0.72)] },
            ["data.Gaps[0] ('Pakistani')", "cannot be negative, got a lower limit of -0.1"] },
        { Northtown with { Gaps = [new("Pakistani", double.NaN, 0.5, 0.7)] },
            ["data.Gaps[0] ('Pakistani')", "must be finite numbers, got NaN"] },
        { Northtown with { Expectations = [new("Pakistani", 142, 229.4) { RatioLower = 0.5 }] },
            ["data.Expectations[0] ('Pakistani')", "give both limits of the observed/expected ratio or neither, got 0.5 to none"] },
        { Northtown with { Expectations = [new("Pakistani", 142, 229.4) { RatioLower = 0.7, RatioUpper = 0.9 }] },
            ["data.Expectations[0] ('Pakistani')", "must contain the observed/expected ratio"] },
        { Northtown with { Area = " " }, ["data.Area must not be empty or white space", "got ' '"] },
        { Northtown with { Estimates = [new(" ", 1, 0, 2)] }, ["data.Estimates[0].Group must name the group, got ' '"] },
        { Northtown with { Estimates = null! }, ["data.Estimates must not be null"] },
        { Northtown with { Gaps = [null!] }, ["data.Gaps[0] must not be null"] },
        { Northtown with { Level = default }, ["data.Level must be a confidence level strictly between 0 and 1, got 0"] },
    };

    [Theory]
    [MemberData(nameof(BadData))]
    public void Bad_data_are_refused_naming_the_input_the_value_and_the_rule(BriefingData data, string[] fragments)
    {
        var e = Assert.Throws<ArgumentException>(() => BriefingGenerator.Generate(BriefingAudience.Board, data));
        Assert.Equal("data", e.ParamName);
        Assert.StartsWith("data breaks a rule: ", e.Message, StringComparison.Ordinal);
        Assert.All(fragments, f => Assert.Contains(f, e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_problem_is_reported_at_once_and_bad_arguments_are_named()
    {
        var e = Assert.Throws<ArgumentException>(() => BriefingGenerator.Generate(BriefingAudience.Board, Northtown with
        {
            Service = "",
            Estimates = [new("Pakistani", 5, 6, 7)],
            Expectations = [new("Bangladeshi", -1, -1)],
        }));
        Assert.StartsWith("data breaks 4 rules: data.Service must not be empty", e.Message, StringComparison.Ordinal);

        var audience = Assert.Throws<ArgumentOutOfRangeException>(() => BriefingGenerator.Generate((BriefingAudience)9, Northtown));
        Assert.Equal("audience", audience.ParamName);
        Assert.Contains("got 9", audience.Message, StringComparison.Ordinal);
        Assert.Equal("data", Assert.Throws<ArgumentNullException>(() => BriefingGenerator.Generate(BriefingAudience.Board, null!)).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => BriefingGenerator.Generate(BriefingAudience.Board, Northtown).Section((BriefingSectionKind)7)).ParamName);
    }

    [Fact]
    public void The_inputs_fill_from_statistics_results()
    {
        // Rates: White British 600 events in 300,000 person-years (0.002), Pakistani 60 in 50,000 (0.0012): ratio 0.6.
        var comparisons = ReferenceGroupComparison.CompareRates(["White British", "Pakistani"], [600, 60], [300_000, 50_000],
            [ConfidenceLevel.Percent95], new ComparisonOptions { ReferenceGroup = "White British" }, multiplier: 100_000);
        var reference = comparisons.Single(c => c.IsReference);
        var pakistani = BriefingGap.From(comparisons.Single(c => !c.IsReference));
        Assert.Equal("Pakistani", pakistani.Group);
        Assert.Equal(0.6, pakistani.Ratio, 12);
        Assert.True(pakistani.IsSignificant);
        var notAGap = Assert.Throws<ArgumentException>(() => BriefingGap.From(reference));
        Assert.Equal("comparison", notAGap.ParamName);
        Assert.Contains("'White British'", notAGap.Message, StringComparison.Ordinal);
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => BriefingGap.From(comparisons[1], level: 1)).ParamName);

        // Proportions: 31 of 88 Pakistani patients started rehabilitation.
        var uptake = Proportions.Wilson(new StratifiedDataset(GroupDimension.Other("Ethnic group"), DatasetMeasure.Proportion,
            [new StratifiedRow("Pakistani", Numerator: 31, Denominator: 88)]), [ConfidenceLevel.Percent95], multiplier: 100);
        var estimate = BriefingEstimate.From(uptake[0]);
        Assert.Equal(("Pakistani", 100.0 * 31 / 88), (estimate.Group, estimate.Value));
        Assert.True(estimate.Lower < estimate.Value && estimate.Value < estimate.Upper);

        // Observed and expected: Pakistani E = 0.01 x 2,000 + 0.08 x 500 = 60 against O = 10 + 20 = 30.
        var local = new StratifiedDataset(GroupDimension.Ethnicity(), DatasetMeasure.Rate,
        [
            new StratifiedRow("J", AgeBand: "0-64", Numerator: 10, Denominator: 2000), new StratifiedRow("J", AgeBand: "65+", Numerator: 20, Denominator: 500),
            new StratifiedRow("A", AgeBand: "0-64", Numerator: 50, Denominator: 8000), new StratifiedRow("A", AgeBand: "65+", Numerator: 90, Denominator: 3000),
        ]);
        var rates = new StratifiedDataset(GroupDimension.Ethnicity(), DatasetMeasure.Rate,
        [
            new StratifiedRow("J", AgeBand: "0-64", Numerator: 1, Denominator: 100), new StratifiedRow("J", AgeBand: "65+", Numerator: 8, Denominator: 100),
            new StratifiedRow("A", AgeBand: "0-64", Numerator: 0.5, Denominator: 100), new StratifiedRow("A", AgeBand: "65+", Numerator: 4, Denominator: 100),
        ]);
        var table = ExpectedVersusObserved.Ratios(local, rates, [ConfidenceLevel.Percent95]);
        var expectation = BriefingExpectation.From(table.Groups[0]);
        Assert.Equal(("J", 30d, 60d), (expectation.Group, expectation.Observed, expectation.Expected));
        Assert.Equal(0.5, expectation.Ratio, 12);
        Assert.Equal((table.Groups[0].Estimates[0].Lower, table.Groups[0].Estimates[0].Upper), (expectation.RatioLower, expectation.RatioUpper));
        Assert.True(expectation.RatioUpper < 1);

        var briefing = BriefingGenerator.Generate(BriefingAudience.Provider, new BriefingData { ReferenceGroup = "White British", Gaps = [pakistani], Estimates = [estimate], Expectations = [expectation] });
        Assert.Contains("- Pakistani: 0.6 times that of the White British group, 40% lower", briefing.Section(BriefingSectionKind.WhoIsAffected).Text, StringComparison.Ordinal);
        Assert.Contains("- J: 30 observed against 60 expected (observed/expected 0.5, 95% CI", briefing.Section(BriefingSectionKind.ExpectedVersusObserved).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_estimate_without_a_value_is_refused_rather_than_dropped()
    {
        var empty = new GroupEstimate(new StratifiedRow("Chinese", Numerator: 0, Denominator: 0),
            [new IntervalEstimate(double.NaN, double.NaN, double.NaN, ConfidenceLevel.Percent95, EstimationMethod.Wilson, EstimateStatus.ZeroDenominator)]);
        var e = Assert.Throws<ArgumentException>(() => BriefingEstimate.From(empty));
        Assert.Equal("estimate", e.ParamName);
        Assert.Contains("'Chinese'", e.Message, StringComparison.Ordinal);
        Assert.Contains("ZeroDenominator", e.Message, StringComparison.Ordinal);
    }
}
