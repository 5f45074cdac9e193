using EEiC.Statistics.Inequality;
using EEiC.Statistics.Intervals;

namespace EEiC.Statistics.Tests.Inequality;

/// <summary>
/// Agreement with healthequal 1.0.1 run as an oracle (R 4.2.2): every ordered row of
/// <c>expected__sample_datasets.csv</c> (OrderedSample, OrderedSampleMultipleind and the four IndividualSample survey
/// rows) and the six ordered test files of <c>testthat_cases__expected.csv</c> (the <c>oracle_*</c> columns).
/// </summary>
/// <remarks>
/// Tolerances (relative), per measure:
/// <list type="bullet">
/// <item>1e-9 for every column of the closed forms (d, r, paf, par, bgv, ti, mld, idisw) and of the least-squares
/// concentration indices (aci, rci), for every estimate of sii and rii (the logistic fit iterates exactly as R's
/// glm.fit), and for every column of the survey rows (emmeans uses analytic gradients, as the library does).</item>
/// <item>1e-7 for the standard error and limits of the aggregated sii and rii (logistic and linear): healthequal takes
/// them from marginaleffects, which differentiates by forward differences with step hᵢ = max(|bᵢ|·√ε, 1e-10), an
/// error of order √ε ≈ 1.5e-8 relative against the library's analytic gradient (README: 2.0e-8 and 9.4e-9 on the
/// package's test case).</item>
/// <item>5e-6 for the standard error and limits of the logistic sii and rii of under-five mortality: its fitted
/// intercept is b0 = −0.0027, so marginaleffects' step for it is only 4e-11 and the rounding error of its difference
/// quotient, ≈ ε·|f|/h, reaches ~1e-6 relative (measured: 1.4e-6 on the se, 2.2e-6 on a limit).</item>
/// </list>
/// </remarks>
public sealed class OrderedSummaryMeasuresFixtureTests
{
    private const double ClosedForm = 1e-9;
    private const double FiniteDifference = 1e-7;
    private const double SmallStepFiniteDifference = 5e-6;

    private static readonly Lazy<SurveyObservation[]> Survey = new(() => HealthequalFixture.IndividualSample());

    private static readonly Dictionary<string, SummaryMeasure> ByTestFile = new()
    {
        ["test-aci.R"] = SummaryMeasure.AbsoluteConcentrationIndex,
        ["test-rci.R"] = SummaryMeasure.RelativeConcentrationIndex,
        ["test-sii.R"] = SummaryMeasure.SlopeIndexOfInequality,
        ["test-rii.R"] = SummaryMeasure.RelativeIndexOfInequality,
        ["test-paf.R"] = SummaryMeasure.PopulationAttributableFraction,
        ["test-parisk.R"] = SummaryMeasure.PopulationAttributableRisk,
    };

    private static readonly string[] NonOrderedVariants = ["bgv", "ti", "mld", "idisw"];

    public static TheoryData<string> TestthatFiles()
    {
        var data = new TheoryData<string>();
        foreach (var row in HealthequalFixture.Table("testthat_cases__expected.csv").Rows.Where(r => r.Text("input_case") == "ordered5"))
        {
            data.Add(row.Text("test_file")!);
        }

        return data;
    }

    public static TheoryData<int> SampleRows()
    {
        var data = new TheoryData<int>();
        var rows = HealthequalFixture.Table("expected__sample_datasets.csv").Rows;
        for (var i = 0; i < rows.Count; i++)
        {
            if (!rows[i].Text("dataset")!.StartsWith("Nonordered", StringComparison.Ordinal))
            {
                data.Add(i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TestthatFiles))]
    public void Package_test_case_agrees_with_the_oracle(string testFile)
    {
        var row = HealthequalFixture.Table("testthat_cases__expected.csv").Rows.Single(r => r.Text("test_file") == testFile);
        var input = HealthequalFixture.TestthatOrdered5();
        var measure = ByTestFile[testFile];
        var settings = new SummaryMeasureSettings { Polarity = input.Polarity, Scale = input.Scale };
        var result = OrderedSummaryMeasures.Compute(measure, input.Subgroups, settings);
        var interval = measure is SummaryMeasure.SlopeIndexOfInequality or SummaryMeasure.RelativeIndexOfInequality ? FiniteDifference : ClosedForm;
        Check(result, row.Text("measure")!, row.Number("oracle_estimate"), row.Number("oracle_se"), row.Number("oracle_lowerci"),
            row.Number("oracle_upperci"), ClosedForm, interval, testFile);
    }

    [Theory]
    [MemberData(nameof(SampleRows))]
    public void Sample_dataset_row_agrees_with_the_oracle(int index)
    {
        var row = HealthequalFixture.Table("expected__sample_datasets.csv").Rows[index];
        var dataset = row.Text("dataset")!;
        var variant = row.Text("variant")!;
        var indicator = row.Text("indicator")!;
        var what = $"row {index} {dataset} {variant} ({indicator})";
        SummaryMeasureEstimate result;
        var interval = ClosedForm;
        if (dataset == "IndividualSample")
        {
            var measure = variant switch
            {
                "aci_survey_weight_psu_strata" => SummaryMeasure.AbsoluteConcentrationIndex,
                "rci_survey_weight_psu_strata" => SummaryMeasure.RelativeConcentrationIndex,
                "sii_survey_weight_psu_strata" => SummaryMeasure.SlopeIndexOfInequality,
                "rii_survey_weight_psu_strata" => SummaryMeasure.RelativeIndexOfInequality,
                _ => throw new InvalidOperationException($"variant '{variant}' is not mapped"),
            };
            result = OrderedSummaryMeasures.FromSurvey(measure, Survey.Value, SummaryMeasureSettings.Default);
        }
        else
        {
            var input = HealthequalFixture.OrderedDataset(dataset, indicator);
            Assert.Equal((int)row.Required("n_subgroups"), input.Subgroups.Length);
            var plain = new SummaryMeasureSettings { Polarity = input.Polarity, Scale = input.Scale };
            if (NonOrderedVariants.Contains(variant))
            {
                // The non-ordered measures applied to ordered data: through ToSubgroupEstimate.
                var measure = variant switch
                {
                    "bgv" => SummaryMeasure.BetweenGroupVariance,
                    "ti" => SummaryMeasure.TheilIndex,
                    "mld" => SummaryMeasure.MeanLogDeviation,
                    _ => SummaryMeasure.IndexOfDisparityWeighted,
                };
                var subgroups = input.Subgroups.Select(s => s.ToSubgroupEstimate()).ToArray();
                result = NonOrderedSummaryMeasures.Compute(measure, subgroups, plain);
            }
            else
            {
                var (measure, subgroups, settings) = Call(variant, input, plain);
                result = OrderedSummaryMeasures.Compute(measure, subgroups, settings);
                if (measure is SummaryMeasure.SlopeIndexOfInequality or SummaryMeasure.RelativeIndexOfInequality)
                {
                    interval = settings.SlopeIndexModel == SlopeIndexModel.Logistic && indicator.StartsWith("Under-five", StringComparison.Ordinal)
                        ? SmallStepFiniteDifference
                        : FiniteDifference;
                }
            }
        }

        Check(result, row.Text("measure")!, row.Number("estimate"), row.Number("se"), row.Number("lowerci"), row.Number("upperci"),
            ClosedForm, interval, what);
    }

    [Fact]
    public void Every_ordered_fixture_row_is_covered()
    {
        var rows = HealthequalFixture.Table("expected__sample_datasets.csv").Rows;
        Assert.Equal(55, SampleRows().Count);
        Assert.Equal(4, rows.Count(r => r.Text("dataset") == "IndividualSample"));
        Assert.Equal(6, TestthatFiles().Count);
        Assert.Equal(ByTestFile.Keys.Order(), HealthequalFixture.Table("testthat_cases__expected.csv").Rows.Where(r => r.Text("input_case") == "ordered5").Select(r => r.Text("test_file")!).Order());
    }

    private static (SummaryMeasure, OrderedSubgroupEstimate[], SummaryMeasureSettings) Call(string variant, HealthequalFixture.OrderedSetting input,
        SummaryMeasureSettings plain)
    {
        var all = input.Subgroups;
        var bounded = plain with { LowerBound = 0, UpperBound = input.Scale };
        var linear = plain with { SlopeIndexModel = SlopeIndexModel.Linear };
        return variant switch
        {
            "d" => (SummaryMeasure.Difference, all, plain),
            "r" => (SummaryMeasure.Ratio, all, plain),
            "aci" => (SummaryMeasure.AbsoluteConcentrationIndex, all, plain),
            "aci_no_pop" => (SummaryMeasure.AbsoluteConcentrationIndex, HealthequalFixture.WithoutPopulation(all), plain),
            "rci" => (SummaryMeasure.RelativeConcentrationIndex, all, plain),
            "rci_wagstaff_lmin0_lmaxscale" => (SummaryMeasure.RelativeConcentrationIndex, all, bounded with { ConcentrationIndexMethod = ConcentrationIndexMethod.Wagstaff }),
            "rci_erreygers_lmin0_lmaxscale" => (SummaryMeasure.RelativeConcentrationIndex, all, bounded with { ConcentrationIndexMethod = ConcentrationIndexMethod.Erreygers }),
            "sii" => (SummaryMeasure.SlopeIndexOfInequality, all, plain),
            "sii_linear" => (SummaryMeasure.SlopeIndexOfInequality, all, linear),
            "rii" => (SummaryMeasure.RelativeIndexOfInequality, all, plain),
            "rii_linear" => (SummaryMeasure.RelativeIndexOfInequality, all, linear),
            "paf" => (SummaryMeasure.PopulationAttributableFraction, all, plain),
            "parisk" => (SummaryMeasure.PopulationAttributableRisk, all, plain),
            _ => throw new InvalidOperationException($"variant '{variant}' is not mapped"),
        };
    }

    private static void Check(SummaryMeasureEstimate result, string code, double? estimate, double? se, double? lower, double? upper,
        double estimateTolerance, double intervalTolerance, string what)
    {
        Assert.Equal(EstimateStatus.Ok, result.Status);
        Assert.Equal(code, result.Code);
        Tolerance.Equal(estimate, result.Estimate, estimateTolerance, what + " estimate");
        Tolerance.Equal(se, result.StandardError, intervalTolerance, what + " se");
        // idisw's limits are healthequal's bootstrap limits (R's random stream reproduced), held to the same tolerance.
        Tolerance.Equal(lower, result.Lower, intervalTolerance, what + " lower");
        Tolerance.Equal(upper, result.Upper, intervalTolerance, what + " upper");
    }
}
