using EEiC.Datasets;
using EEiC.Ethnicity;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Validation;
using EEiC.Tools.Audit;
using static EEiC.Tools.Tests.Audit.AuditFixtures;

namespace EEiC.Tools.Tests.Audit;

/// <summary>Bad input gives a clear error naming the argument, the value and the rule, every bad row reported; progress and cancellation.</summary>
public sealed class EquityAuditInputTests
{
    private static readonly StratifiedDataset Good = Proportions(Row("A", 50, 100), Row("J", 30, 100), Row("Z", 5, 20));

    private static IReadOnlyList<InputProblem> Problems(StratifiedDataset dataset, Indicators.IndicatorDefinition? indicator = null, EquityAuditOptions? options = null)
    {
        var e = Assert.Throws<StatisticsInputException>(() => EquityAudit.Run(dataset, indicator ?? Uptake, options));
        Assert.All(e.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Argument) || string.IsNullOrWhiteSpace(p.Value) || string.IsNullOrWhiteSpace(p.Rule)));
        return e.Problems;
    }

    [Fact]
    public void An_empty_dataset_is_refused()
    {
        var problem = Assert.Single(Problems(Proportions()));
        Assert.Equal(("dataset.rows", "absent"), (problem.Argument, problem.Value));
        Assert.Contains("has-rows", problem.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void One_group_with_known_ethnicity_is_not_enough()
    {
        var problem = Assert.Single(Problems(Proportions(Row("A", 50, 100), Row("Z", 5, 20), Row("99", 1, 3))));
        Assert.Equal(("dataset.group", $"only 'A' ({NhsEthnicCategories.WhiteBritish.Label})"), (problem.Argument, problem.Value));
        Assert.Contains("at least two groups with known ethnicity", problem.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_row_with_a_numerator_above_its_denominator_is_reported()
    {
        var problems = Problems(Proportions(Row("A", 50, 100), Row("J", 130, 100), Row("K", 7, 5), Row("N", 1, 10)));
        Assert.Equal([1, 2], problems.Select(p => p.Index));
        Assert.All(problems, p => Assert.Equal("dataset.numerator", p.Argument));
        Assert.Equal(["130", "7"], problems.Select(p => p.Value));
        Assert.All(problems, p => Assert.Contains("numerator-not-above-denominator", p.Rule, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_row_with_events_but_no_denominator_is_reported_and_a_group_needs_a_denominator()
    {
        var problems = Problems(Rates(Row("A", 50, 1000), Row("J", 5, 0, "20-24"), Row("J", 3, 0, "25-29"), Row("Z", 4, 0)), Admissions);
        Assert.Contains(problems, p => p is { Index: 1, Argument: "dataset.denominator", Value: "0", Group: "J" } && p.Rule.Contains("must be > 0 where the numerator", StringComparison.Ordinal));
        Assert.Contains(problems, p => p is { Index: 2, Argument: "dataset.denominator", Value: "0" });
        Assert.DoesNotContain(problems, p => p is { Index: 3, Argument: "dataset.denominator" });   // events with missing ethnicity need no population
        Assert.Contains(problems, p => p is { Index: 0, Argument: "dataset.age_band", Value: "absent" });  // age bands on some rows only
    }

    [Fact]
    public void A_group_dimension_that_is_not_ethnicity_is_refused()
    {
        var dataset = new StratifiedDataset(GroupDimension.Other("provider"), DatasetMeasure.Proportion, [Row("Trust 1", 5, 10), Row("Trust 2", 6, 10)]);
        var problem = Assert.Single(Problems(dataset));
        Assert.Equal(("dataset.Group", "provider"), (problem.Argument, problem.Value));
        Assert.Contains("ethnicity dimension", problem.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Codes_of_another_scheme_are_named_as_a_scheme_mismatch()
    {
        var census = EthnicityClassification.Census2021.Categories.First(c => EthnicityClassification.Nhs.Find(c.Code) is null).Code;
        var problem = Assert.Single(Problems(Proportions(Row("A", 5, 10), Row(census, 6, 10))));
        Assert.Equal((1, "dataset.group", census), (problem.Index, problem.Argument, problem.Value));
        Assert.Contains("Census2021", problem.Rule, StringComparison.Ordinal);
        Assert.Contains("scheme does not match", problem.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_group_absent_from_the_data_is_refused_with_the_groups_present()
    {
        var problem = Assert.Single(Problems(Good, options: EquityAuditOptions.Default with { ReferenceGroup = "Chinese" }));
        Assert.Equal(("options.ReferenceGroup", "'Chinese'"), (problem.Argument, problem.Value));
        Assert.Contains($"'A' ({NhsEthnicCategories.WhiteBritish.Label}), 'J' ({NhsEthnicCategories.Pakistani.Label})", problem.Rule, StringComparison.Ordinal);

        var missing = Assert.Single(Problems(Good, options: EquityAuditOptions.Default with { ReferenceGroup = "z" }));
        Assert.Contains("not the missing-ethnicity category 'Z'", missing.Rule, StringComparison.Ordinal);

        // Named by label, ignoring case, the reference is used and reported as named.
        var result = EquityAudit.Run(Good, Uptake, EquityAuditOptions.Default with { ReferenceGroup = " pakistani " });
        Assert.Equal(("J", false), (result.Settings.ReferenceGroup, result.Settings.ReferenceGroupChosen));
    }

    [Fact]
    public void Estimates_are_not_supported_and_the_measure_must_match_the_indicator()
    {
        var estimates = new StratifiedDataset(GroupDimension.Ethnicity(), DatasetMeasure.Estimate,
            [new StratifiedRow("A", Value: 5), new StratifiedRow("J", Value: 6)]);
        Assert.Contains(Problems(estimates), p => p is { Argument: "dataset.Measure", Value: "Estimate" } && p.Rule.Contains("needs counts", StringComparison.Ordinal));

        var problem = Assert.Single(Problems(Good, Admissions));
        Assert.Equal(("dataset.Measure", "Proportion"), (problem.Argument, problem.Value));
        Assert.Contains("must be Rate for the indicator 'emergency-admissions'", problem.Rule, StringComparison.Ordinal);

        var ratio = Assert.Single(Problems(Good, Indicators.IndicatorCatalogue.Get("coronary-revascularisation-access")));
        Assert.Equal(("indicator.ValueType", "IndirectlyStandardisedRatio"), (ratio.Argument, ratio.Value));
    }

    [Fact]
    public void Bad_options_are_all_reported()
    {
        var options = EquityAuditOptions.Default with
        {
            Levels = [ConfidenceLevel.Percent95, ConfidenceLevel.Percent95, default],
            Benchmark = double.NaN,
            Disclosure = Statistics.Disclosure.DisclosurePolicy.FewerThan10 with { RoundingBase = -5 },
        };
        var problems = Problems(Good, options: options);
        Assert.Contains(problems, p => p is { Argument: "options.Levels", Index: 1 } && p.Rule.Contains("repeat", StringComparison.Ordinal));
        Assert.Contains(problems, p => p is { Argument: "options.Levels", Index: 2, Value: "0" });
        Assert.Contains(problems, p => p is { Argument: "options.Benchmark", Value: "NaN" });
        Assert.Contains(problems, p => p is { Argument: "options.Disclosure.RoundingBase", Value: "-5" });
        Assert.Throws<ArgumentNullException>(() => EquityAudit.Run(null!, Uptake));
        Assert.Throws<ArgumentNullException>(() => EquityAudit.Run(Good, null!));
    }

    [Fact]
    public void Progress_is_reported_once_per_stage_in_order()
    {
        var recorder = new Recorder();
        EquityAudit.Run(Good, Uptake, progress: recorder);
        var stages = Enum.GetValues<EquityAuditStage>();
        Assert.Equal(stages, recorder.Reports.Select(r => r.Stage));
        Assert.Equal(Enumerable.Range(1, stages.Length), recorder.Reports.Select(r => r.StagesDone));
        Assert.All(recorder.Reports, r => Assert.Equal(12, r.StagesTotal));
        Assert.All(recorder.Reports, r => Assert.False(string.IsNullOrWhiteSpace(r.Message)));
        Assert.StartsWith("skipped", recorder.Reports.Single(r => r.Stage == EquityAuditStage.Trends).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cancelled_token_stops_the_audit_before_it_starts_and_between_stages()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => EquityAudit.Run(Good, Uptake, cancellationToken: cancelled.Token));

        // Cancelled while a stage reports: the next stage does not start.
        using var source = new CancellationTokenSource();
        var recorder = new CancellingRecorder(source, EquityAuditStage.Estimates);
        Assert.ThrowsAny<OperationCanceledException>(() => EquityAudit.Run(Good, Uptake, progress: recorder, cancellationToken: source.Token));
        Assert.Equal(EquityAuditStage.Estimates, recorder.Last);
    }

    private sealed class CancellingRecorder(CancellationTokenSource source, EquityAuditStage at) : IProgress<EquityAuditProgress>
    {
        public EquityAuditStage? Last { get; private set; }

        public void Report(EquityAuditProgress value)
        {
            Last = value.Stage;
            if (value.Stage == at)
            {
                source.Cancel();
            }
        }
    }
}
