using EEiC.Statistics.Inequality;
using EEiC.Statistics.Intervals;

namespace EEiC.Statistics.Tests.Inequality;

/// <summary>
/// Agreement with healthequal 1.0.1 run as an oracle (R 4.2.2): every non-ordered row of
/// <c>testthat_cases__expected.csv</c> (the <c>oracle_*</c> columns) and of <c>expected__sample_datasets.csv</c>, to
/// 1e-9 relative, including the bootstrap limits of bgsd, cov, mdmu, mdmw, mdbu, mdbw, mdru, mdrw, idisu and idisw
/// (healthequal's defaults: 100 replicates, seed 123456, R's default generator reproduced draw for draw).
/// </summary>
public sealed class NonOrderedSummaryMeasuresFixtureTests
{
    private const double Relative = 1e-9;

    /// <summary>Measures whose limits healthequal computes by bootstrap (always 95%, no standard error).</summary>
    private static readonly HashSet<string> Bootstrap = ["bgsd", "cov", "mdmu", "mdmw", "mdbu", "mdbw", "mdru", "mdrw", "idisu", "idisw"];

    private static readonly Dictionary<string, SummaryMeasure> ByTestFile = new()
    {
        ["test-bgsd.R"] = SummaryMeasure.BetweenGroupStandardDeviation,
        ["test-bgv.R"] = SummaryMeasure.BetweenGroupVariance,
        ["test-idisu.R"] = SummaryMeasure.IndexOfDisparityUnweighted,
        ["test-idisw.R"] = SummaryMeasure.IndexOfDisparityWeighted,
        ["test-mdbu.R"] = SummaryMeasure.MeanDifferenceFromBestUnweighted,
        ["test-mdbw.R"] = SummaryMeasure.MeanDifferenceFromBestWeighted,
        ["test-mdmu.R"] = SummaryMeasure.MeanDifferenceFromMeanUnweighted,
        ["test-mdmw.R"] = SummaryMeasure.MeanDifferenceFromMeanWeighted,
        ["test-mdru.R"] = SummaryMeasure.MeanDifferenceFromReferenceUnweighted,
        ["test-mdrw.R"] = SummaryMeasure.MeanDifferenceFromReferenceWeighted,
        ["test-mld.R"] = SummaryMeasure.MeanLogDeviation,
        ["test-ti.R"] = SummaryMeasure.TheilIndex,
        ["test-paf-nonordered.R"] = SummaryMeasure.PopulationAttributableFraction,
        ["test-par-nonordered.R"] = SummaryMeasure.PopulationAttributableRisk,
    };

    public static TheoryData<string> TestthatFiles()
    {
        var data = new TheoryData<string>();
        foreach (var row in HealthequalFixture.Table("testthat_cases__expected.csv").Rows.Where(r => r.Text("input_case") == "nonordered25"))
        {
            data.Add(row.Text("test_file")!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TestthatFiles))]
    public void Package_test_case_agrees_with_the_oracle(string testFile)
    {
        var row = HealthequalFixture.Table("testthat_cases__expected.csv").Rows.Single(r => r.Text("test_file") == testFile);
        var input = HealthequalFixture.TestthatNonOrdered25();
        var measure = ByTestFile[testFile];
        var call = row.Text("call")!;
        var subgroups = call.Contains("pop", StringComparison.Ordinal) ? input.Subgroups : HealthequalFixture.WithoutPopulation(input.Subgroups);
        var settings = new SummaryMeasureSettings
        {
            Polarity = input.Polarity,
            Scale = input.Scale,
            ReferenceSubgroup = call.Contains("reference_subgroup", StringComparison.Ordinal) ? input.Reference : null,
        };
        var result = NonOrderedSummaryMeasures.Compute(measure, subgroups, settings);
        Check(result, row.Text("measure")!, row.Number("oracle_estimate"), row.Number("oracle_se"), row.Number("oracle_lowerci"), row.Number("oracle_upperci"), testFile);
    }

    public static TheoryData<int> SampleRows()
    {
        var data = new TheoryData<int>();
        var rows = HealthequalFixture.Table("expected__sample_datasets.csv").Rows;
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Text("dataset")!.StartsWith("Nonordered", StringComparison.Ordinal))
            {
                data.Add(i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SampleRows))]
    public void Sample_dataset_row_agrees_with_the_oracle(int index)
    {
        var row = HealthequalFixture.Table("expected__sample_datasets.csv").Rows[index];
        var dataset = row.Text("dataset")!;
        var variant = row.Text("variant")!;
        var input = HealthequalFixture.Dataset(dataset, row.Text("indicator")!);
        Assert.Equal((int)row.Required("n_subgroups"), input.Subgroups.Length);
        var (measure, subgroups, settings) = Call(variant, input);
        var result = NonOrderedSummaryMeasures.Compute(measure, subgroups, settings);
        Check(result, row.Text("measure")!, row.Number("estimate"), row.Number("se"), row.Number("lowerci"), row.Number("upperci"),
            $"row {index} {dataset} {variant}");
    }

    [Fact]
    public void Coverage_of_the_fixture_rows_is_as_reported()
    {
        // The ordered rows (OrderedSample*, IndividualSample and the ordered5 test files) are covered by OrderedSummaryMeasuresFixtureTests.
        var rows = HealthequalFixture.Table("expected__sample_datasets.csv").Rows;
        Assert.Equal((124, 69), (rows.Count, SampleRows().Count));
        Assert.Equal(20, HealthequalFixture.Table("testthat_cases__expected.csv").Rows.Count);
        Assert.Equal(14, TestthatFiles().Count);
        Assert.Equal(14, ByTestFile.Count);
    }

    private static (SummaryMeasure, SubgroupEstimate[], SummaryMeasureSettings) Call(string variant, HealthequalFixture.Setting input)
    {
        var all = input.Subgroups;
        var noPop = HealthequalFixture.WithoutPopulation(all);
        var plain = new SummaryMeasureSettings { Polarity = input.Polarity, Scale = input.Scale };
        var withReference = plain with { ReferenceSubgroup = input.Reference };
        var withAverage = plain with { SettingAverage = input.SettingAverage };
        return variant switch
        {
            "d_no_reference" => (SummaryMeasure.Difference, all, plain),
            "d_reference" => (SummaryMeasure.Difference, all, withReference),
            "r_no_reference" => (SummaryMeasure.Ratio, all, plain),
            "r_reference" => (SummaryMeasure.Ratio, all, withReference),
            "bgv" => (SummaryMeasure.BetweenGroupVariance, all, plain),
            "bgsd" => (SummaryMeasure.BetweenGroupStandardDeviation, all, plain),
            "covar" => (SummaryMeasure.CoefficientOfVariation, all, plain),
            "mdmw" => (SummaryMeasure.MeanDifferenceFromMeanWeighted, all, plain),
            "idisw" => (SummaryMeasure.IndexOfDisparityWeighted, all, plain),
            "mdmu" => (SummaryMeasure.MeanDifferenceFromMeanUnweighted, all, plain),
            "idisu" => (SummaryMeasure.IndexOfDisparityUnweighted, all, plain),
            "mdmu_setting_average" => (SummaryMeasure.MeanDifferenceFromMeanUnweighted, noPop, withAverage),
            "idisu_setting_average" => (SummaryMeasure.IndexOfDisparityUnweighted, noPop, withAverage),
            "mdbu" => (SummaryMeasure.MeanDifferenceFromBestUnweighted, noPop, plain),
            "mdbw" => (SummaryMeasure.MeanDifferenceFromBestWeighted, all, plain),
            "mdru" => (SummaryMeasure.MeanDifferenceFromReferenceUnweighted, noPop, withReference),
            "mdrw" => (SummaryMeasure.MeanDifferenceFromReferenceWeighted, all, withReference),
            "ti" => (SummaryMeasure.TheilIndex, all, plain),
            "mld" => (SummaryMeasure.MeanLogDeviation, all, plain),
            "paf" => (SummaryMeasure.PopulationAttributableFraction, all, plain),
            "parisk" => (SummaryMeasure.PopulationAttributableRisk, all, plain),
            "paf_setting_average" => (SummaryMeasure.PopulationAttributableFraction, noPop, withAverage),
            "parisk_setting_average" => (SummaryMeasure.PopulationAttributableRisk, noPop, withAverage),
            _ => throw new InvalidOperationException($"variant '{variant}' is not mapped"),
        };
    }

    private static void Check(SummaryMeasureEstimate result, string code, double? estimate, double? se, double? lower, double? upper, string what)
    {
        Assert.Equal(EstimateStatus.Ok, result.Status);
        Assert.Equal(code, result.Code);
        Tolerance.Equal(estimate, result.Estimate, Relative, what + " estimate");
        Tolerance.Equal(se, result.StandardError, Relative, what + " se");
        if (Bootstrap.Contains(code))
        {
            Assert.NotNull(lower); // every bootstrap row of the fixtures has limits: none may pass by being absent
            Assert.Null(result.StandardError);
            Assert.Equal(ConfidenceLevel.Percent95, result.Level);
        }

        Tolerance.Equal(lower, result.Lower, Relative, what + " lower");
        Tolerance.Equal(upper, result.Upper, Relative, what + " upper");
    }
}
