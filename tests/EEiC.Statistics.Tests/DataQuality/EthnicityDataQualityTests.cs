using EEiC.Ethnicity;
using EEiC.Statistics.DataQuality;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Need;
using EEiC.Statistics.Tests.Need;
using EEiC.Statistics.Validation;
using FsCheck;
using FsCheck.Fluent;

namespace EEiC.Statistics.Tests.DataQuality;

/// <summary>Ethnicity data quality: buckets, completeness, residual categories, distance, verdict and errors.</summary>
public sealed class EthnicityDataQualityTests
{
    private static readonly string?[] Pool =
    [
        "A", "a", "White - British", "WBRI", "B", "C", "CX", "D", "G", "H", "J", "Pakistani", "K", "L", "M", "N", "P", "R", "S",
        "Z", "Refused", "99", "X", "Not known", "Unknown", "", "  ", null, "White", "NS", "zzz", "Martian",
    ];

    private static EthnicCategory Nhs(string code) => EthnicityClassification.Nhs.Get(code);

    private static IEnumerable<string?> Repeat(string? value, int times) => Enumerable.Repeat(value, times);

    /// <summary>A column counted by hand: 106 values, 90 valid, 5 not stated, 5 not known, 3 blank, 3 unmapped.</summary>
    private static string?[] HandColumn() =>
    [
        .. Repeat("A", 50), .. Repeat("White - British", 10), .. Repeat("J", 20), .. Repeat("C", 5), .. Repeat("S", 5),
        .. Repeat("Z", 4), "Refused", .. Repeat("99", 3), "X", "X", "", "", null, "White", "NS", "zzz",
    ];

    [Fact]
    public void Every_value_of_a_hand_counted_column_is_in_exactly_one_bucket()
    {
        var column = HandColumn();
        var report = EthnicityDataQuality.Assess(EthnicityParser.Default.ParseColumn(column));
        Assert.Equal(new EthnicityRecordCounts(106, 90, 5, 5, 3, 3), report.Counts);
        Assert.Equal(EthnicityScheme.NhsEthnicCategory, report.Scheme);
        Assert.Equal(["NS", "White", "zzz"], report.UnmappedValues.Select(v => v.Raw));
        Assert.Equal([EthnicityParseStatus.Ambiguous, EthnicityParseStatus.NoExactMapping, EthnicityParseStatus.Unrecognised], report.UnmappedValues.Select(v => v.Status));
        Assert.Equal([(Nhs("A"), 60L), (Nhs("C"), 5L), (Nhs("J"), 20L), (Nhs("S"), 5L)],
            report.ValidCategories.Select(c => (c.Category, c.Count)).OrderBy(c => c.Category.Code, StringComparer.Ordinal));

        var (lower, upper) = IndependentLimits.Wilson(90, 106, 0.95);
        Tolerance.Equal(90 / 106.0, report.Completeness.Value, 1e-15, "completeness");
        Tolerance.Equal(lower, report.Completeness.Lower, 1e-12, "completeness lower");
        Tolerance.Equal(upper, report.Completeness.Upper, 1e-12, "completeness upper");
        Tolerance.Equal(5 / 106.0, report.NotStated.Value, 1e-15, "not stated");
        Tolerance.Equal(3 / 106.0, report.Blank.Value, 1e-15, "blank");
        Tolerance.Equal(3 / 106.0, report.Unmapped.Value, 1e-15, "unmapped");

        // 84.9% < 90% (not fit), 4.7% not stated passes, 2.8% unmapped is above 1% (caveat).
        Assert.Equal(FitnessForUse.NotFit, report.Verdict);
        Assert.Equal([QualityCheck.Completeness, QualityCheck.Unmapped], report.Reasons.Select(r => r.Check));
        var completeness = report.Reasons[0];
        Assert.Equal(QualityOutcome.NotFit, completeness.Outcome);
        Assert.Equal(0.9, completeness.Threshold);
        Assert.Contains("84.9%", completeness.Explanation, StringComparison.Ordinal);
        Assert.Contains("90.0%", completeness.Explanation, StringComparison.Ordinal);
        Assert.All(report.Findings.Where(f => f.Check is QualityCheck.ResidualOveruse or QualityCheck.Dissimilarity or QualityCheck.CompletenessTrend),
            f => Assert.Equal(QualityOutcome.NotEvaluated, f.Outcome));
    }

    [Fact]
    public void Buckets_always_add_up_to_the_input_and_agree_with_a_value_by_value_count() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Elements(Pool)).Where(v => v.Length > 0).ToArbitrary(), values =>
        {
            var parsed = EthnicityParser.Default.ParseColumn(values);
            var counts = EthnicityDataQuality.Assess(parsed).Counts;
            long valid = 0, notStated = 0, notKnown = 0, blank = 0, unmapped = 0;
            foreach (var result in parsed.Results)
            {
                if (result.Status == EthnicityParseStatus.Blank)
                {
                    blank++;
                }
                else if (result.Category is null)
                {
                    unmapped++;
                }
                else if (result.Category.HighLevelGroup == HighLevelEthnicGroup.NotStated)
                {
                    notStated++;
                }
                else if (result.Category.HighLevelGroup == HighLevelEthnicGroup.NotKnown)
                {
                    notKnown++;
                }
                else
                {
                    valid++;
                }
            }

            return counts == new EthnicityRecordCounts(values.Length, valid, notStated, notKnown, blank, unmapped)
                && counts.Valid + counts.NotStated + counts.NotKnown + counts.Blank + counts.Unmapped == values.Length;
        }).QuickCheckThrowOnFailure();

    /// <summary>
    /// Recorded: A 690, B 30, C 100, H 50, J 60, L 30, N 20, S 20 (valid 1,000; residual C + L + S = 150, share 0.15), plus
    /// Z 30 and 99 20. Population: A 8,000, B 200, C 400, H 500, J 600, L 100, N 100, S 100 (residual 600 of 10,000 = 0.06).
    /// Residual ratio 0.15/0.06 = 2.5; D = ½(0.11 + 0.01 + 0.06 + 0 + 0 + 0.02 + 0.01 + 0.01) = 0.11.
    /// </summary>
    private static (EthnicCategoryCount[] Recorded, EthnicCategoryCount[] Population) ResidualExample() =>
    (
        [new(Nhs("A"), 690), new(Nhs("B"), 30), new(Nhs("C"), 100), new(Nhs("H"), 50), new(Nhs("J"), 60), new(Nhs("L"), 30),
         new(Nhs("N"), 20), new(Nhs("S"), 20), new(Nhs("Z"), 30), new(Nhs("99"), 20)],
        [new(Nhs("A"), 8000), new(Nhs("B"), 200), new(Nhs("C"), 400), new(Nhs("H"), 500), new(Nhs("J"), 600), new(Nhs("L"), 100),
         new(Nhs("N"), 100), new(Nhs("S"), 100)]
    );

    [Fact]
    public void Residual_overuse_and_distance_from_the_population_worked_by_hand()
    {
        var (recorded, population) = ResidualExample();
        var report = EthnicityDataQuality.Assess(recorded, new EthnicityQualityOptions { Population = population });

        Assert.Equal(new EthnicityRecordCounts(1050, 1000, 30, 20, 0, 0), report.Counts);
        Tolerance.Equal(0.15, report.Residual.RecordedShare.Value, 1e-15, "recorded residual share");
        Tolerance.Equal(0.06, report.Residual.PopulationShare, 1e-15, "population residual share");
        var (lower, upper) = IndependentLimits.Wilson(150, 1000, 0.95);
        Tolerance.Equal(2.5, report.Residual.Ratio.Value, 1e-14, "ratio");
        Tolerance.Equal(lower / 0.06, report.Residual.Ratio.Lower, 1e-12, "ratio lower");
        Tolerance.Equal(upper / 0.06, report.Residual.Ratio.Upper, 1e-12, "ratio upper");
        Assert.True(report.Residual.Overused);

        Tolerance.Equal(0.11, report.Distribution!.IndexOfDissimilarity, 1e-12, "D");
        double chi = 0;
        foreach (var row in population)
        {
            var observed = recorded.Single(r => r.Category == row.Category).Count;
            var expected = 1000 * row.Count / 10_000.0;
            chi += (observed - expected) * (observed - expected) / expected;
        }

        Tolerance.Equal(chi, report.Distribution.GoodnessOfFit.Statistic, 1e-12, "X²");
        Assert.Equal(7, report.Distribution.GoodnessOfFit.DegreesOfFreedom);
        Assert.Equal(["A", "B", "C", "H", "J", "L", "N", "S"], report.Distribution.Categories.Select(c => c.Category.Code));

        Assert.Equal(FitnessForUse.FitWithCaveats, report.Verdict);
        Assert.Equal([QualityCheck.ResidualOveruse, QualityCheck.Dissimilarity], report.Reasons.Select(r => r.Check));
        Assert.Equal(2.5, report.Reasons[0].Value!.Value, 12);
        Assert.Equal(1.5, report.Reasons[0].Threshold);
        Assert.Equal(0.11, report.Reasons[1].Value!.Value, 12);

        // The thresholds are the user's: looser ones make the same data fit.
        var loose = EthnicityDataQuality.Assess(recorded, new EthnicityQualityOptions
        {
            Population = population,
            Thresholds = new EthnicityQualityThresholds { MaximumResidualRatio = 3, MaximumDissimilarity = 0.2 },
        });
        Assert.Equal(FitnessForUse.Fit, loose.Verdict);
        Assert.Empty(loose.Reasons);

        // A sampled population uses Katz's log method.
        var katz = EthnicityDataQuality.Assess(recorded, new EthnicityQualityOptions { Population = population, PopulationShares = ShareRatioInterval.KatzLog });
        Assert.Equal(RepresentationRatios.Ratio(150, 1000, 600, 10_000, ConfidenceLevel.Percent95, ShareRatioInterval.KatzLog), katz.Residual.Ratio);
    }

    [Fact]
    public void Local_sub_categories_roll_up_to_their_national_category()
    {
        var somali = EthnicCategory.CreateLocal("N1", "Somali", Nhs("N"));
        var parser = new EthnicityParser(new EthnicityParserOptions { LocalCategories = [somali] });
        var report = EthnicityDataQuality.Assess(parser.ParseColumn(["N1", "Somali", "N", "A"]),
            new EthnicityQualityOptions { Population = [new(Nhs("N"), 50), new(Nhs("A"), 50)] });
        Assert.Equal([(Nhs("A"), 1L), (Nhs("N"), 3L)], report.ValidCategories.Select(c => (c.Category, c.Count)));
        Tolerance.Equal(0.25, report.Distribution!.IndexOfDissimilarity, 1e-15, "D");
    }

    [Fact]
    public void A_column_mixing_nhs_codes_and_census_codes_is_an_error_naming_both()
    {
        string?[] column = [.. Repeat("A", 30), .. Repeat("J", 5), .. Repeat("13", 4), .. Repeat("4", 2), "zzz"];
        var error = Assert.Throws<StatisticsInputException>(() => EthnicityDataQuality.Assess(EthnicityParser.Default.ParseColumn(column)));
        var problem = Assert.Single(error.Problems);
        Assert.Contains("'13' ×4", problem.Value, StringComparison.Ordinal);
        Assert.Contains("'4' ×2", problem.Value, StringComparison.Ordinal);
        Assert.Contains("Census2011", problem.Rule, StringComparison.Ordinal);
        Assert.Contains("Census2021", problem.Rule, StringComparison.Ordinal);
        Assert.Contains("NhsEthnicCategory", problem.Rule, StringComparison.Ordinal);
        Assert.Contains("'A' ×30", problem.Rule, StringComparison.Ordinal);
        Assert.Contains("mixes classification schemes", error.Message, StringComparison.Ordinal);

        // Declaring the stray codes as aliases settles it: nothing is unmapped any more.
        var parser = new EthnicityParser(new EthnicityParserOptions
        {
            Aliases = new Dictionary<string, EthnicCategory> { ["13"] = Nhs("A"), ["4"] = Nhs("99") },
        });
        Assert.Equal(new EthnicityRecordCounts(42, 39, 0, 2, 0, 1), EthnicityDataQuality.Assess(parser.ParseColumn(column)).Counts);
    }

    [Fact]
    public void A_census_column_with_nhs_letters_is_an_error_naming_the_nhs_scheme()
    {
        var parser = new EthnicityParser(new EthnicityParserOptions { Source = EthnicityScheme.Census2011, Target = EthnicityScheme.Census2011 });
        var error = Assert.Throws<StatisticsInputException>(() => EthnicityDataQuality.Assess(parser.ParseColumn(["1", "1", "9", "A", "J"])));
        var problem = Assert.Single(error.Problems);
        Assert.Contains("NhsEthnicCategory", problem.Rule, StringComparison.Ordinal);
        Assert.Contains("Census2011 categories", problem.Rule, StringComparison.Ordinal);
        Assert.Contains("'A' ×1", problem.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_mixing_schemes_an_empty_column_and_bad_populations_are_errors()
    {
        var census = EthnicityClassification.Census2011.Get("1");
        var mixed = Assert.Throws<StatisticsInputException>(() =>
            EthnicityDataQuality.Assess([new EthnicCategoryCount(Nhs("A"), 10), new EthnicCategoryCount(census, 5)]));
        var problem = Assert.Single(mixed.Problems);
        Assert.Contains("NhsEthnicCategory ('A' ×10)", problem.Value, StringComparison.Ordinal);
        Assert.Contains("Census2011 ('1' ×5)", problem.Value, StringComparison.Ordinal);

        var empty = Assert.Throws<StatisticsInputException>(() => EthnicityDataQuality.Assess(EthnicityParser.Default.ParseColumn([])));
        Assert.Equal("column", Assert.Single(empty.Problems).Argument);
        Assert.Throws<StatisticsInputException>(() => EthnicityDataQuality.Assess(Array.Empty<EthnicCategoryCount>()));

        var badPopulation = Assert.Throws<StatisticsInputException>(() => EthnicityDataQuality.Assess(
            [new EthnicCategoryCount(Nhs("A"), 10)],
            new EthnicityQualityOptions { Population = [new(Nhs("Z"), 5), new(Nhs("A"), -1), new(Nhs("A"), 3)] }));
        Assert.Contains(badPopulation.Problems, p => p.Value == "'Z'" && p.Rule.Contains("substantive", StringComparison.Ordinal));
        Assert.Contains(badPopulation.Problems, p => p.Value == "-1");
        Assert.Contains(badPopulation.Problems, p => p.Rule == "must appear once");

        var otherScheme = Assert.Throws<StatisticsInputException>(() => EthnicityDataQuality.Assess(
            [new EthnicCategoryCount(Nhs("A"), 10)], new EthnicityQualityOptions { Population = [new(census, 5)] }));
        Assert.Contains("EthnicityCrosswalk", Assert.Single(otherScheme.Problems).Rule, StringComparison.Ordinal);

        var thresholds = Assert.Throws<StatisticsInputException>(() => EthnicityDataQuality.Assess(
            [new EthnicCategoryCount(Nhs("A"), 10)],
            new EthnicityQualityOptions { Thresholds = new EthnicityQualityThresholds { MinimumCompleteness = 1.2, NoImprovementPeriods = 1, TrendSignificance = 0 } }));
        Assert.Equal(3, thresholds.Problems.Count);
    }

    [Fact]
    public void A_column_that_matches_the_population_and_is_complete_is_fit()
    {
        string?[] column = [.. Repeat("A", 800), .. Repeat("H", 100), .. Repeat("N", 50), .. Repeat("C", 40), .. Repeat("Z", 10)];
        var report = EthnicityDataQuality.Assess(EthnicityParser.Default.ParseColumn(column), new EthnicityQualityOptions
        {
            Population = [new(Nhs("A"), 16_000), new(Nhs("H"), 2_000), new(Nhs("N"), 1_000), new(Nhs("C"), 800)],
            History = [new PeriodCompleteness("2021/22", 950, 1000), new PeriodCompleteness("2022/23", 985, 1000)],
            Period = "2023/24",
        });
        Assert.Equal(FitnessForUse.Fit, report.Verdict);
        Assert.Empty(report.Reasons);
        Assert.Equal(6, report.Findings.Count);
        Assert.All(report.Findings, f => Assert.Equal(QualityOutcome.Pass, f.Outcome));
        Assert.Equal(["2021/22", "2022/23", "2023/24"], report.Trend!.Periods.Select(p => p.Period));
        Assert.Equal(990, report.Trend.Periods[2].Complete);
    }
}
