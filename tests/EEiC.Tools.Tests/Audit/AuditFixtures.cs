using EEiC.Commissioning;
using EEiC.Datasets;
using EEiC.Indicators;
using EEiC.Sources;
using EEiC.Statistics.Disclosure;
using EEiC.Tools.Audit;

namespace EEiC.Tools.Tests.Audit;

/// <summary>Crafted datasets and helpers shared by the audit tests; every expected number is derived in the tests themselves.</summary>
internal static class AuditFixtures
{
    /// <summary>A proportion indicator in percent (cardiac rehabilitation uptake, higher is better).</summary>
    public static IndicatorDefinition Uptake => IndicatorCatalogue.Get("cardiac-rehabilitation-uptake");

    /// <summary>A directly standardised rate per 100,000 (lower is better).</summary>
    public static IndicatorDefinition Admissions { get; } = new(
        "emergency-admissions", "Emergency admissions", "Emergency admissions per 100,000 residents.",
        IndicatorValueType.DirectlyStandardisedRate, 100_000, IndicatorPolarity.LowerIsBetter, IndicatorDomain.Access,
        CommissioningPhase.MonitoringAndEvaluation, true, new SourceReference(SourceDocument.BetterHealthBriefing28, "line 188"));

    /// <summary>A policy that publishes every count as it is (for properties about the statistics, not about disclosure).</summary>
    public static DisclosurePolicy NoSuppression { get; } = new("none (test)", 0, false, 0, "test: every count published");

    public static EquityAuditOptions Open { get; } = EquityAuditOptions.Default with { Disclosure = NoSuppression };

    public static StratifiedDataset Proportions(params StratifiedRow[] rows) => new(GroupDimension.Ethnicity(), DatasetMeasure.Proportion, rows);

    public static StratifiedDataset Rates(params StratifiedRow[] rows) => new(GroupDimension.Ethnicity(), DatasetMeasure.Rate, rows);

    public static StratifiedRow Row(string group, double numerator, double denominator, string? ageBand = null, string? area = null, string? period = null) =>
        new(group, AgeBand: ageBand, Area: area, Period: period, Numerator: numerator, Denominator: denominator);

    /// <summary>Collects progress reports synchronously (Progress&lt;T&gt; would post them to the thread pool).</summary>
    public sealed class Recorder : IProgress<EquityAuditProgress>
    {
        public List<EquityAuditProgress> Reports { get; } = [];

        public void Report(EquityAuditProgress value) => Reports.Add(value);
    }
}
