using System.Text.Json;
using System.Text.Json.Serialization;
using EEiC.Datasets;
using EEiC.Indicators;
using EEiC.Statistics.Comparison;
using EEiC.Statistics.DataQuality;
using EEiC.Statistics.Disclosure;
using EEiC.Statistics.GroupComparison;
using EEiC.Statistics.Inequality;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Sensitivity;
using EEiC.Tools.Definitions;
using EEiC.Tools.Evaluation;

namespace EEiC.Tools.Audit;

// The JSON shape of an equity audit (schema version 1), written by EquityAuditJson. Properties are written in declaration
// order, so the sections appear in the order of EquityAuditResult.

/// <summary>Source-generated System.Text.Json metadata for <see cref="EquityAuditJson"/> (no reflection at run time).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    UseStringEnumConverter = true,
    WriteIndented = true)]
[JsonSerializable(typeof(AuditDto))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(string))]
internal sealed partial class AuditJsonContext : JsonSerializerContext;

internal sealed class AuditDto
{
    public int SchemaVersion { get; set; }

    public IndicatorDto Indicator { get; set; } = null!;

    public SettingsDto Settings { get; set; } = null!;

    public DataQualityDto DataQuality { get; set; } = null!;

    public List<GroupEstimateDto> Estimates { get; set; } = [];

    public List<ComparisonDto> Comparisons { get; set; } = [];

    public List<SummaryMeasureDto> SummaryMeasures { get; set; } = [];

    public NeedDto Need { get; set; } = null!;

    public SensitivityDto Sensitivity { get; set; } = null!;

    public List<TrendDto> Trends { get; set; } = [];

    public AreasDto? Areas { get; set; }

    public List<FindingDto> Findings { get; set; } = [];

    public List<ActionDto> Actions { get; set; } = [];

    public Dictionary<string, JsonElement> Facts { get; set; } = [];

    public DisclosureDto Disclosure { get; set; } = null!;
}

internal sealed class IndicatorDto
{
    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public IndicatorValueType ValueType { get; set; }

    public double Multiplier { get; set; }

    public IndicatorPolarity Polarity { get; set; }

    public IndicatorDomain Domain { get; set; }

    public SourceDto Source { get; set; } = null!;
}

internal sealed class SourceDto
{
    public string Document { get; set; } = string.Empty;

    public string Location { get; set; } = string.Empty;
}

internal sealed class SettingsDto
{
    public string? DatasetName { get; set; }

    public DatasetMeasure Measure { get; set; }

    public double Multiplier { get; set; }

    public string ReferenceGroup { get; set; } = string.Empty;

    public string ReferenceGroupLabel { get; set; } = string.Empty;

    public bool ReferenceGroupChosen { get; set; }

    public List<double> Levels { get; set; } = [];

    public EstimateBasis Basis { get; set; }

    public StandardDto? Standard { get; set; }

    public string? StandardisationNote { get; set; }

    public double Benchmark { get; set; }

    public bool BenchmarkGiven { get; set; }

    public MultipleComparisonAdjustment Adjustment { get; set; }

    public PolicyDto Disclosure { get; set; } = null!;

    public bool ReferenceRatesGiven { get; set; }

    public int Rows { get; set; }

    public List<string> AgeBands { get; set; } = [];

    public int Areas { get; set; }

    public List<string> Periods { get; set; } = [];
}

internal sealed class StandardDto
{
    public string Name { get; set; } = string.Empty;

    public List<string> Bands { get; set; } = [];

    public List<double> Weights { get; set; } = [];
}

internal sealed class PolicyDto
{
    public string Name { get; set; } = string.Empty;

    public int LargestSuppressedCount { get; set; }

    public bool SuppressZeros { get; set; }

    public int RoundingBase { get; set; }

    public string Source { get; set; } = string.Empty;
}

internal sealed class IntervalDto
{
    public double? Value { get; set; }

    public double? Lower { get; set; }

    public double? Upper { get; set; }

    public double Level { get; set; }

    public EstimationMethod Method { get; set; }

    public EstimateStatus Status { get; set; }
}

internal sealed class CountDto
{
    public double? Value { get; set; }

    public DisclosureStatus Status { get; set; }
}

internal sealed class DataQualityDto
{
    public FitnessForUse Verdict { get; set; }

    public IntervalDto Completeness { get; set; } = null!;

    public IntervalDto NotStated { get; set; } = null!;

    public IntervalDto NotKnown { get; set; } = null!;

    public RecordCounting RecordsAre { get; set; }

    public CountDto Records { get; set; } = null!;

    public CountDto RecordsWithoutEthnicity { get; set; } = null!;

    public CountDto EventsWithoutEthnicity { get; set; } = null!;

    public List<CategoryCountDto> Categories { get; set; } = [];

    public List<QualityCheckDto> Checks { get; set; } = [];

    public ThresholdsDto Thresholds { get; set; } = null!;
}

internal sealed class CategoryCountDto
{
    public string Code { get; set; } = string.Empty;

    public string Label { get; set; } = string.Empty;

    public bool IsMissing { get; set; }

    public CountDto Records { get; set; } = null!;
}

internal sealed class QualityCheckDto
{
    public QualityCheck Check { get; set; }

    public QualityOutcome Outcome { get; set; }

    public double? Value { get; set; }

    public double Threshold { get; set; }

    public string Explanation { get; set; } = string.Empty;
}

internal sealed class ThresholdsDto
{
    public double MinimumCompleteness { get; set; }

    public double MaximumNotStated { get; set; }

    public double MaximumUnmapped { get; set; }

    public double MaximumResidualRatio { get; set; }

    public double MaximumDissimilarity { get; set; }

    public int NoImprovementPeriods { get; set; }

    public double TrendSignificance { get; set; }
}

internal sealed class GroupEstimateDto
{
    public string Group { get; set; } = string.Empty;

    public string Label { get; set; } = string.Empty;

    public bool IsReference { get; set; }

    public CountDto Numerator { get; set; } = null!;

    public CountDto Denominator { get; set; } = null!;

    public List<IntervalDto> Crude { get; set; } = [];

    public List<IntervalDto> Standardised { get; set; } = [];

    public bool Suppressed { get; set; }
}

internal sealed class ComparisonDto
{
    public string Group { get; set; } = string.Empty;

    public string Label { get; set; } = string.Empty;

    public List<ComparisonEstimateDto> Crude { get; set; } = [];

    public List<ComparisonEstimateDto> Standardised { get; set; } = [];

    public bool SignificantGap { get; set; }

    public List<BenchmarkDto> Benchmark { get; set; } = [];

    public bool Suppressed { get; set; }
}

internal sealed class ComparisonEstimateDto
{
    public IntervalDto Ratio { get; set; } = null!;

    public IntervalDto Difference { get; set; } = null!;

    public IntervalDto OddsRatio { get; set; } = null!;

    public double? PValue { get; set; }

    public double? AdjustedPValue { get; set; }

    public bool SmallNumbers { get; set; }
}

internal sealed class BenchmarkDto
{
    public double Level { get; set; }

    public BenchmarkComparison Comparison { get; set; }

    public BenchmarkAssessment Assessment { get; set; }

    public string? Reason { get; set; }
}

internal sealed class SummaryMeasureDto
{
    public SummaryMeasure Measure { get; set; }

    public string Code { get; set; } = string.Empty;

    public bool IsRelative { get; set; }

    public bool IsWeighted { get; set; }

    public double? Estimate { get; set; }

    public double? Lower { get; set; }

    public double? Upper { get; set; }

    public double? StandardError { get; set; }

    public double Level { get; set; }

    public EstimateStatus Status { get; set; }

    public bool RestsOnSuppressedCounts { get; set; }
}

internal sealed class NeedDto
{
    public RepresentationBasis Basis { get; set; }

    public List<GroupNeedDto> Groups { get; set; } = [];

    public List<IntervalDto> Overall { get; set; } = [];
}

internal sealed class GroupNeedDto
{
    public string Group { get; set; } = string.Empty;

    public string Label { get; set; } = string.Empty;

    public CountDto Observed { get; set; } = null!;

    public double? Expected { get; set; }

    public List<IntervalDto> ObservedToExpected { get; set; } = [];

    public List<IntervalDto> Representation { get; set; } = [];

    public bool Suppressed { get; set; }
}

internal sealed class SensitivityDto
{
    public CountDto UnknownEvents { get; set; } = null!;

    public CountDto UnknownRecords { get; set; } = null!;

    public List<GroupSensitivityDto> Groups { get; set; } = [];
}

internal sealed class GroupSensitivityDto
{
    public string Group { get; set; } = string.Empty;

    public string Label { get; set; } = string.Empty;

    public GapRobustness Gap { get; set; }

    public BoundsDto Estimate { get; set; } = null!;

    public BoundsDto Difference { get; set; } = null!;

    public BoundsDto Ratio { get; set; } = null!;

    public ScenarioDto? FirstDifferingScenario { get; set; }

    public bool Suppressed { get; set; }
}

internal sealed class BoundsDto
{
    public EstimateStatus Status { get; set; }

    public double? CompleteCase { get; set; }

    public double? Minimum { get; set; }

    public double? Maximum { get; set; }

    public ScenarioDto? MinimumScenario { get; set; }

    public ScenarioDto? MaximumScenario { get; set; }
}

internal sealed class ScenarioDto
{
    public ReallocationKind Kind { get; set; }

    public string? Group { get; set; }
}

internal sealed class TrendDto
{
    public string Group { get; set; } = string.Empty;

    public string Label { get; set; } = string.Empty;

    public string? NotAvailableReason { get; set; }

    public bool RestsOnSuppressedCounts { get; set; }

    public List<PeriodGapDto> Periods { get; set; } = [];

    public IntervalDto? DifferenceChange { get; set; }

    public IntervalDto? RatioChange { get; set; }

    public IntervalDto? DifferenceSlope { get; set; }

    public IntervalDto? RatioTrend { get; set; }

    public GapTrendVerdict? AbsoluteVerdict { get; set; }

    public GapTrendVerdict? RelativeVerdict { get; set; }
}

internal sealed class PeriodGapDto
{
    public string Period { get; set; } = string.Empty;

    public double Position { get; set; }

    public IntervalDto Difference { get; set; } = null!;

    public IntervalDto Ratio { get; set; } = null!;
}

internal sealed class AreasDto
{
    public FunnelStatistic Statistic { get; set; }

    public EstimationMethod Method { get; set; }

    public double Average { get; set; }

    public double Baseline { get; set; }

    public int OutsideLimits95 { get; set; }

    public int OutsideLimits998 { get; set; }

    public List<FunnelRowDto> Limits { get; set; } = [];

    public List<AreaDto> Areas { get; set; } = [];
}

internal sealed class FunnelRowDto
{
    public double Count { get; set; }

    public LimitPointDto Lower95 { get; set; } = null!;

    public LimitPointDto Upper95 { get; set; } = null!;

    public LimitPointDto Lower998 { get; set; } = null!;

    public LimitPointDto Upper998 { get; set; } = null!;
}

internal sealed class LimitPointDto
{
    public double Denominator { get; set; }

    public double Value { get; set; }
}

internal sealed class AreaDto
{
    public string Area { get; set; } = string.Empty;

    public CountDto Numerator { get; set; } = null!;

    public CountDto Denominator { get; set; } = null!;

    public double? Value { get; set; }

    public FunnelSignificance Significance { get; set; }

    public bool Suppressed { get; set; }
}

internal sealed class FindingDto
{
    public string Rule { get; set; } = string.Empty;

    public FindingSeverity Severity { get; set; }

    public string Message { get; set; } = string.Empty;

    public string ToolMessage { get; set; } = string.Empty;

    public List<StatisticDto> Statistics { get; set; } = [];

    public List<string> Actions { get; set; } = [];

    public List<SourceDto> Sources { get; set; } = [];

    public List<BasisDto> RestsOn { get; set; } = [];
}

internal sealed class StatisticDto
{
    public string Name { get; set; } = string.Empty;

    public string? Subject { get; set; }

    public double? Value { get; set; }

    public double? Lower { get; set; }

    public double? Upper { get; set; }

    public double? Level { get; set; }

    public string Text { get; set; } = string.Empty;
}

internal sealed class BasisDto
{
    public FindingBasisKind Kind { get; set; }

    public string Id { get; set; } = string.Empty;

    public string? Value { get; set; }
}

internal sealed class ActionDto
{
    public string Id { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    public List<string> Tools { get; set; } = [];

    public List<string> Guidance { get; set; } = [];
}

internal sealed class DisclosureDto
{
    public PolicyDto Policy { get; set; } = null!;

    public string Statement { get; set; } = string.Empty;

    public int SuppressedCounts { get; set; }

    public List<string> WithheldGroups { get; set; } = [];

    public int WithheldAreas { get; set; }
}
