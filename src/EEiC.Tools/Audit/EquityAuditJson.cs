using System.Text;
using System.Text.Json;
using EEiC.Statistics.Comparison;
using EEiC.Statistics.Disclosure;
using EEiC.Statistics.GroupComparison;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Sensitivity;
using EEiC.Tools.Definitions;
using EEiC.Tools.Evaluation;

namespace EEiC.Tools.Audit;

/// <summary>
/// Writes an <see cref="EquityAuditResult"/> as JSON: the full published result, with <c>schema_version</c> 1 first and then
/// its sections in the result's order (<c>indicator</c>, <c>settings</c>, <c>data_quality</c>, <c>estimates</c>,
/// <c>comparisons</c>, <c>summary_measures</c>, <c>need</c>, <c>sensitivity</c>, <c>trends</c>, <c>areas</c>,
/// <c>findings</c>, <c>actions</c>, <c>facts</c>, <c>disclosure</c>); snake_case field names, enums by name, numbers in
/// invariant form, absent values as <c>null</c> (every field is always written, so the shape does not depend on the
/// data), confidence levels as fractions (0.95). Output is deterministic: the same result always gives the same text.
/// </summary>
/// <remarks>
/// The JSON is an output contract for reports, notebooks and archives; the library does not read it back (rerun the audit
/// from its dataset instead). A change of shape that breaks readers comes with a new schema version.
/// </remarks>
public static class EquityAuditJson
{
    /// <summary>Writes the result as indented UTF-8 JSON text.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string Write(EquityAuditResult result) => Encoding.UTF8.GetString(WriteUtf8(result));

    /// <summary>Writes the result as indented UTF-8 JSON to a stream.</summary>
    /// <param name="result">The result.</param>
    /// <param name="destination">The stream written to (left open).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(EquityAuditResult result, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        destination.Write(WriteUtf8(result));
    }

    private static byte[] WriteUtf8(EquityAuditResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonSerializer.SerializeToUtf8Bytes(ToDto(result), AuditJsonContext.Default.AuditDto);
    }

    private static AuditDto ToDto(EquityAuditResult r) => new()
    {
        SchemaVersion = EquityAuditResult.CurrentSchemaVersion,
        Indicator = new IndicatorDto
        {
            Id = r.Indicator.Id, Name = r.Indicator.Name, Description = r.Indicator.Description, ValueType = r.Indicator.ValueType,
            Multiplier = r.Indicator.Multiplier, Polarity = r.Indicator.Polarity, Domain = r.Indicator.Domain,
            Source = new SourceDto { Document = r.Indicator.Source.Document.Id, Location = r.Indicator.Source.Location },
        },
        Settings = Settings(r.Settings),
        DataQuality = new DataQualityDto
        {
            Verdict = r.DataQuality.Verdict,
            Completeness = Interval(r.DataQuality.Completeness),
            NotStated = Interval(r.DataQuality.NotStated),
            NotKnown = Interval(r.DataQuality.NotKnown),
            RecordsAre = r.DataQuality.RecordsAre,
            Records = Count(r.DataQuality.Records),
            RecordsWithoutEthnicity = Count(r.DataQuality.RecordsWithoutEthnicity),
            EventsWithoutEthnicity = Count(r.DataQuality.EventsWithoutEthnicity),
            Categories = [.. r.DataQuality.Categories.Select(c => new CategoryCountDto { Code = c.Code, Label = c.Label, IsMissing = c.IsMissing, Records = Count(c.Records) })],
            Checks = [.. r.DataQuality.Checks.Select(c => new QualityCheckDto { Check = c.Check, Outcome = c.Outcome, Value = c.Value, Threshold = c.Threshold, Explanation = c.Explanation })],
            Thresholds = new ThresholdsDto
            {
                MinimumCompleteness = r.DataQuality.Thresholds.MinimumCompleteness,
                MaximumNotStated = r.DataQuality.Thresholds.MaximumNotStated,
                MaximumUnmapped = r.DataQuality.Thresholds.MaximumUnmapped,
                MaximumResidualRatio = r.DataQuality.Thresholds.MaximumResidualRatio,
                MaximumDissimilarity = r.DataQuality.Thresholds.MaximumDissimilarity,
                NoImprovementPeriods = r.DataQuality.Thresholds.NoImprovementPeriods,
                TrendSignificance = r.DataQuality.Thresholds.TrendSignificance,
            },
        },
        Estimates = [.. r.Estimates.Select(e => new GroupEstimateDto
        {
            Group = e.Group, Label = e.Label, IsReference = e.IsReference, Numerator = Count(e.Numerator), Denominator = Count(e.Denominator),
            Crude = Intervals(e.Crude), Standardised = Intervals(e.Standardised), Suppressed = e.Suppressed,
        })],
        Comparisons = [.. r.Comparisons.Select(c => new ComparisonDto
        {
            Group = c.Group, Label = c.Label, Crude = [.. c.Crude.Select(Comparison)], Standardised = [.. c.Standardised.Select(Comparison)],
            SignificantGap = c.SignificantGap, Benchmark = [.. c.Benchmark.Select(Benchmark)], Suppressed = c.Suppressed,
        })],
        SummaryMeasures = [.. r.SummaryMeasures.Select(m => new SummaryMeasureDto
        {
            Measure = m.Estimate.Measure, Code = m.Estimate.Code, IsRelative = m.Estimate.IsRelative, IsWeighted = m.Estimate.IsWeighted,
            Estimate = m.Estimate.Estimate, Lower = m.Estimate.Lower, Upper = m.Estimate.Upper, StandardError = m.Estimate.StandardError,
            Level = m.Estimate.Level.Value, Status = m.Estimate.Status, RestsOnSuppressedCounts = m.RestsOnSuppressedCounts,
        })],
        Need = new NeedDto
        {
            Basis = r.Need.Basis,
            Groups = [.. r.Need.Groups.Select(g => new GroupNeedDto
            {
                Group = g.Group, Label = g.Label, Observed = Count(g.Observed), Expected = g.Expected,
                ObservedToExpected = Intervals(g.ObservedToExpected), Representation = Intervals(g.Representation), Suppressed = g.Suppressed,
            })],
            Overall = Intervals(r.Need.Overall),
        },
        Sensitivity = new SensitivityDto
        {
            UnknownEvents = Count(r.Sensitivity.UnknownEvents),
            UnknownRecords = Count(r.Sensitivity.UnknownRecords),
            Groups = [.. r.Sensitivity.Groups.Select(g => new GroupSensitivityDto
            {
                Group = g.Group, Label = g.Label, Gap = g.Gap, Estimate = Bounds(g.Estimate), Difference = Bounds(g.Difference), Ratio = Bounds(g.Ratio),
                FirstDifferingScenario = Scenario(g.FirstDifferingScenario), Suppressed = g.Suppressed,
            })],
        },
        Trends = [.. r.Trends.Select(Trend)],
        Areas = r.Areas is not { } areas ? null : new AreasDto
        {
            Statistic = areas.Limits.Statistic, Method = areas.Limits.Method, Average = areas.Limits.Average, Baseline = areas.Limits.Baseline,
            OutsideLimits95 = areas.OutsideLimits95, OutsideLimits998 = areas.OutsideLimits99Point8,
            Limits = [.. areas.Limits.Rows.Select(row => new FunnelRowDto
            {
                Count = row.Count, Lower95 = Point(row.Lower95), Upper95 = Point(row.Upper95), Lower998 = Point(row.Lower99Point8), Upper998 = Point(row.Upper99Point8),
            })],
            Areas = [.. areas.Areas.Select(a => new AreaDto
            {
                Area = a.Area, Numerator = Count(a.Numerator), Denominator = Count(a.Denominator), Value = a.Value, Significance = a.Significance, Suppressed = a.Suppressed,
            })],
        },
        Findings = [.. r.Findings.Select(f => new FindingDto
        {
            Rule = f.Finding.Rule, Severity = f.Finding.Severity, Message = f.Message, ToolMessage = f.Finding.Message,
            Statistics = [.. f.Statistics.Select(s => new StatisticDto { Name = s.Name, Subject = s.Subject, Value = s.Value, Lower = s.Lower, Upper = s.Upper, Level = s.Level, Text = s.Text })],
            Actions = [.. f.Finding.Actions],
            Sources = [.. f.Finding.Sources.Select(s => new SourceDto { Document = s.Document.Id, Location = s.Location })],
            RestsOn = [.. f.Finding.RestsOn.Select(b => new BasisDto { Kind = b.Kind, Id = b.Id, Value = b.Value })],
        })],
        Actions = [.. r.Actions.Select(a => new ActionDto { Id = a.Id, Text = a.Text, Tools = [.. a.Tools], Guidance = [.. a.Guidance] })],
        Facts = r.Facts.OrderBy(f => f.Key, StringComparer.Ordinal).ToDictionary(f => f.Key, f => Fact(f.Value)),
        Disclosure = new DisclosureDto
        {
            Policy = Policy(r.Disclosure.Policy), Statement = r.Disclosure.Statement, SuppressedCounts = r.Disclosure.SuppressedCounts,
            WithheldGroups = [.. r.Disclosure.WithheldGroups], WithheldAreas = r.Disclosure.WithheldAreas,
        },
    };

    private static SettingsDto Settings(AuditSettings s) => new()
    {
        DatasetName = s.DatasetName, Measure = s.Measure, Multiplier = s.Multiplier, ReferenceGroup = s.ReferenceGroup, ReferenceGroupLabel = s.ReferenceGroupLabel,
        ReferenceGroupChosen = s.ReferenceGroupChosen, Levels = [.. s.Levels.Select(l => l.Value)], Basis = s.Basis,
        Standard = s.Standard is null ? null : new StandardDto { Name = s.Standard.Name, Bands = [.. s.Standard.Bands], Weights = [.. s.Standard.Weights] },
        StandardisationNote = s.StandardisationNote, Benchmark = s.Benchmark, BenchmarkGiven = s.BenchmarkGiven, Adjustment = s.Adjustment,
        Disclosure = Policy(s.Disclosure), ReferenceRatesGiven = s.ReferenceRatesGiven, Rows = s.Rows, AgeBands = [.. s.AgeBands], Areas = s.Areas,
        Periods = [.. s.Periods],
    };

    private static PolicyDto Policy(DisclosurePolicy p) => new()
    {
        Name = p.Name, LargestSuppressedCount = p.LargestSuppressedCount, SuppressZeros = p.SuppressZeros, RoundingBase = p.RoundingBase, Source = p.Source,
    };

    private static IntervalDto Interval(IntervalEstimate e) => new()
    {
        Value = e.Value, Lower = e.Lower, Upper = e.Upper, Level = e.Level.Value, Method = e.Method, Status = e.Status,
    };

    private static List<IntervalDto> Intervals(IEnumerable<IntervalEstimate> estimates) => [.. estimates.Select(Interval)];

    private static CountDto Count(DisclosureCell cell) => new() { Value = cell.Value, Status = cell.Status };

    private static ComparisonEstimateDto Comparison(ComparisonEstimate c) => new()
    {
        Ratio = Interval(c.Ratio), Difference = Interval(c.Difference), OddsRatio = Interval(c.OddsRatio), PValue = c.PValue, AdjustedPValue = c.AdjustedPValue,
        SmallNumbers = c.SmallNumbers,
    };

    private static BenchmarkDto Benchmark(BenchmarkComparisonResult b) => new()
    {
        Level = b.Level.Value, Comparison = b.Comparison, Assessment = b.Assessment, Reason = b.Reason,
    };

    private static BoundsDto Bounds(SensitivityBounds b) => new()
    {
        Status = b.Status, CompleteCase = b.CompleteCase, Minimum = b.Minimum, Maximum = b.Maximum,
        MinimumScenario = Scenario(b.MinimumScenario), MaximumScenario = Scenario(b.MaximumScenario),
    };

    private static ScenarioDto? Scenario(ReallocationScenario? s) => s is { } scenario ? new ScenarioDto { Kind = scenario.Kind, Group = scenario.Group } : null;

    private static TrendDto Trend(AuditGapTrend t)
    {
        var dto = new TrendDto { Group = t.Group, Label = t.Label, NotAvailableReason = t.NotAvailableReason, RestsOnSuppressedCounts = t.RestsOnSuppressedCounts };
        if (t.Trend is GapTrendResult trend)
        {
            dto.Periods = [.. trend.Periods.Select(p => new PeriodGapDto { Period = p.Period, Position = p.Position, Difference = Interval(p.Difference), Ratio = Interval(p.Ratio) })];
            dto.DifferenceChange = Interval(trend.DifferenceChange);
            dto.RatioChange = Interval(trend.RatioChange);
            dto.DifferenceSlope = Interval(trend.DifferenceSlope);
            dto.RatioTrend = Interval(trend.RatioTrend);
            dto.AbsoluteVerdict = trend.AbsoluteVerdict;
            dto.RelativeVerdict = trend.RelativeVerdict;
        }

        return dto;
    }

    private static LimitPointDto Point(FunnelLimitPoint p) => new() { Denominator = p.Denominator, Value = p.Value };

    private static JsonElement Fact(FactValue value) => value.Type switch
    {
        FactType.Number => JsonSerializer.SerializeToElement(value.Number ?? double.NaN, AuditJsonContext.Default.Double),
        FactType.Boolean => JsonSerializer.SerializeToElement(value.Boolean ?? false, AuditJsonContext.Default.Boolean),
        _ => JsonSerializer.SerializeToElement(value.Category ?? string.Empty, AuditJsonContext.Default.String),
    };
}
