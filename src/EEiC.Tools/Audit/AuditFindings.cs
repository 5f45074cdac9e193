using EEiC.Statistics.DataQuality;
using EEiC.Statistics.GroupComparison;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Sensitivity;
using EEiC.Tools.Definitions;
using EEiC.Tools.Evaluation;

namespace EEiC.Tools.Audit;

/// <summary>
/// The facts an audit gives the <c>equity-audit</c> tool, its evaluation, and each finding made concrete with the numbers it
/// rests on (published numbers only: a withheld group is cited as withheld).
/// </summary>
internal static class AuditFindings
{
    private static readonly Lazy<ToolDefinition> Tool = new(() => ToolLibrary.BuiltIn.Get(EquityAudit.ToolId));

    public static EquityAuditResult Complete(AuditWork work, AuditPublisher.Published published)
    {
        var facts = Facts(work, published);
        var tool = Tool.Value;
        var report = ToolEvaluator.Evaluate(tool, new ToolResponse(tool.Id, tool.Version, new Dictionary<string, Answer>()) { Facts = facts });
        var findings = report.Findings.Select(f => Wrap(f, work, published)).ToArray();
        return new EquityAuditResult(work.Indicator, published.Settings, published.DataQuality, published.Estimates, published.Comparisons,
            published.SummaryMeasures, published.Need, published.Sensitivity, published.Trends, published.Areas, findings, report.Actions, facts,
            published.Disclosure);
    }

    private static Dictionary<string, FactValue> Facts(AuditWork work, AuditPublisher.Published published)
    {
        var data = work.Data;
        var others = data.Known.Where(c => c != work.Reference).ToArray();
        var significant = others.Where(c => work.Significant[c]).ToArray();
        var facts = new Dictionary<string, FactValue>(StringComparer.Ordinal)
        {
            ["data-quality-verdict"] = FactValue.FromCategory(work.Quality.Verdict),
            ["significant-gap"] = FactValue.FromBoolean(significant.Length > 0),
            ["groups-with-significant-gap"] = FactValue.FromNumber(significant.Length),
            ["groups-withheld"] = FactValue.FromNumber(data.Known.Count(c => published.Withheld[c])),
        };
        if (work.Quality.Completeness.Value is { } completeness)
        {
            facts["ethnicity-completeness"] = FactValue.FromNumber(completeness);
        }

        if (significant.Length > 0)
        {
            facts["gap-survives-missing-ethnicity"] = FactValue.FromBoolean(significant.All(c => Sensitivity(work, c).Gap == GapRobustness.SurvivesEveryScenario));
        }

        if (work.Basis == EstimateBasis.DirectlyStandardised)
        {
            facts["gap-only-in-standardised"] = FactValue.FromBoolean(others.Any(c => work.StandardisedSignificant[c] && !work.CrudeSignificant[c]));
        }

        if (work.Data.Periods.Length >= 2)
        {
            facts["gap-widening"] = FactValue.FromBoolean(work.Trends.Any(t => Widened(t.Trend)));
        }

        if (work.Funnel is not null)
        {
            facts["areas-outside-limits"] = FactValue.FromNumber(work.FunnelPoints.Count(EquityAudit.IsOutside998));
        }

        if (work.Options.ReferenceRates is not null)
        {
            facts["expected-shortfall"] = FactValue.FromNumber(data.Known.Count(c => Shortfall(work, c)));
        }

        return facts;
    }

    private static bool Widened(GapTrendResult? trend) =>
        trend is not null && (trend.AbsoluteVerdict == GapTrendVerdict.Widened || trend.RelativeVerdict == GapTrendVerdict.Widened);

    private static bool Shortfall(AuditWork work, int c) => work.ObservedToExpected[c] is [{ Upper: < 1 }, ..];

    private static GroupSensitivity Sensitivity(AuditWork work, int c) => work.SensitivityBounds.Groups[Array.IndexOf(work.Data.Known, c)];

    private static string Name(AuditWork work, int c) => $"{work.Data.Categories[c].Label} ({work.Data.Categories[c].Code})";

    private static AuditFinding Wrap(Finding finding, AuditWork work, AuditPublisher.Published published)
    {
        var data = work.Data;
        var withheld = published.Withheld;
        var others = data.Known.Where(c => c != work.Reference).ToArray();
        var statistics = new List<AuditStatistic>();
        string detail;
        switch (finding.Rule)
        {
            case "recording-not-fit":
            case "recording-with-caveats":
            {
                var quality = work.Quality;
                statistics.Add(AuditText.Statistic("completeness", null, "All records", quality.Completeness));
                statistics.Add(AuditText.Statistic("share not stated", null, "All records", quality.NotStated));
                statistics.Add(AuditText.Statistic("share not known", null, "All records", quality.NotKnown));
                var without = published.DataQuality.RecordsWithoutEthnicity.Value;
                var all = published.DataQuality.Records.Value;
                detail = $"Completeness is {Percent(quality.Completeness)} (threshold {AuditText.Percent(quality.Thresholds.MinimumCompleteness)})"
                    + (without is { } w && all is { } a ? $": {AuditText.Number(w)} of {AuditText.Number(a)} records have no usable ethnic category." : ".")
                    // The completeness check's own explanation would repeat the sentence above; the other reasons follow it.
                    + string.Concat(quality.Reasons.Where(r => r.Check != QualityCheck.Completeness).Select(r => " " + Sentence(r.Explanation)));
                break;
            }

            case "significant-gap":
            {
                var groups = others.Where(c => work.Significant[c]).ToArray();
                statistics.AddRange(groups.Select(c => RatioStatistic(work, c, withheld)));
                detail = $"{groups.Length} group(s) differ significantly from {Name(work, work.Reference)} on {Basis(work)} estimates "
                    + $"(p adjusted by {work.Options.Adjustment}, below {AuditText.Number(1 - work.Levels[0].Value)}): "
                    + string.Join("; ", statistics.Select(s => s.Text)) + ".";
                break;
            }

            case "gap-not-robust":
            {
                var groups = others.Where(c => work.Significant[c] && Sensitivity(work, c).Gap != GapRobustness.SurvivesEveryScenario).ToArray();
                foreach (var c in groups)
                {
                    var bounds = Sensitivity(work, c);
                    var code = data.Categories[c].Code;
                    statistics.Add(withheld[c] || withheld[work.Reference]
                        ? AuditText.Withheld("ratio bounds under re-allocation", code, Name(work, c))
                        : new AuditStatistic("ratio bounds under re-allocation", code, bounds.Ratio.CompleteCase, bounds.Ratio.Minimum, bounds.Ratio.Maximum, null,
                            $"{Name(work, c)}: crude ratio {Value(bounds.Ratio.CompleteCase)} on complete records, from {Value(bounds.Ratio.Minimum)} to {Value(bounds.Ratio.Maximum)} "
                            + $"when the {AuditText.Number(work.UnknownN)} records with missing ethnicity are re-allocated ({bounds.Gap}"
                            + (bounds.FirstDifferingScenario is { } s ? $", first in scenario {Scenario(s)}" : string.Empty) + ")"));
                }

                detail = string.Join("; ", statistics.Select(s => s.Text)) + ".";
                break;
            }

            case "gap-only-in-standardised":
            {
                foreach (var c in others.Where(c => work.StandardisedSignificant[c] && !work.CrudeSignificant[c]))
                {
                    var code = data.Categories[c].Code;
                    if (withheld[c] || withheld[work.Reference])
                    {
                        statistics.Add(AuditText.Withheld("crude and standardised ratios", code, Name(work, c)));
                        continue;
                    }

                    statistics.Add(AuditText.Statistic(RatioName(work, standardised: false), code, Name(work, c), work.CrudeComparison[c]![0].Ratio));
                    statistics.Add(AuditText.Statistic(RatioName(work, standardised: true), code, Name(work, c), work.StandardisedComparison[c]![0].Ratio));
                }

                detail = string.Join("; ", statistics.Select(s => s.Text)) + ". The crude figures hide the gap because the groups' age structures differ.";
                break;
            }

            case "gap-widening":
            {
                foreach (var (c, trend, _) in work.Trends.Where(t => Widened(t.Trend)))
                {
                    var code = data.Categories[c].Code;
                    statistics.Add(AuditText.Statistic("change in the difference, first to last period", code, Name(work, c), trend!.DifferenceChange));
                    statistics.Add(AuditText.Statistic("slope of the difference per period", code, Name(work, c), trend.DifferenceSlope));
                }

                detail = $"Over {string.Join(", ", data.Periods)}: " + string.Join("; ", statistics.Select(s => s.Text)) + ".";
                break;
            }

            case "areas-outside-limits":
            {
                var areas = published.Areas!.Areas.Where(a => a.Significance is Statistics.Comparison.FunnelSignificance.High99Point8 or Statistics.Comparison.FunnelSignificance.Low99Point8).ToArray();
                statistics.AddRange(areas.Select(a => new AuditStatistic("value", a.Area, a.Value, null, null, null,
                    $"{a.Area}: {(a.Value is { } v ? AuditText.Number(v) : "value withheld")} ({(a.Significance == Statistics.Comparison.FunnelSignificance.High99Point8 ? "above" : "below")} the 99.8% limits)")));
                detail = $"{areas.Length} of {data.Areas.Length} areas lie outside the 99.8% limits around {AuditText.Number(published.Areas.Limits.Baseline)}: "
                    + string.Join("; ", statistics.Take(10).Select(s => s.Text)) + (areas.Length > 10 ? $"; and {areas.Length - 10} more" : string.Empty) + ".";
                break;
            }

            case "expected-shortfall":
            {
                foreach (var c in data.Known.Where(c => Shortfall(work, c)))
                {
                    var code = data.Categories[c].Code;
                    statistics.Add(withheld[c]
                        ? AuditText.Withheld("observed/expected ratio", code, Name(work, c))
                        : AuditText.Statistic("observed/expected ratio", code, Name(work, c), work.ObservedToExpected[c]![0]));
                }

                detail = string.Join("; ", statistics.Select(s => s.Text)) + ".";
                break;
            }

            case "no-significant-gap":
            {
                statistics.AddRange(published.SummaryMeasures.Where(m => m.Estimate.Estimate is not null).Select(m =>
                    new AuditStatistic(m.Estimate.Code, null, m.Estimate.Estimate, m.Estimate.Lower, m.Estimate.Upper,
                        m.Estimate.Lower is null ? null : m.Estimate.Level.Value,
                        $"{m.Estimate.Measure} ({(m.Estimate.IsRelative ? "relative" : "absolute")}) {AuditText.Number(m.Estimate.Estimate!.Value)}")));
                detail = $"On {Basis(work)} estimates, none of the {others.Length} groups differs significantly from {Name(work, work.Reference)}"
                    + (statistics.Count > 0 ? "; summary measures: " + string.Join("; ", statistics.Select(s => s.Text)) : string.Empty)
                    + (work.Quality.Verdict == Statistics.DataQuality.FitnessForUse.NotFit ? ". With recording not fit for use, this is no evidence of equity." : ".");
                break;
            }

            case "groups-withheld":
            {
                statistics.AddRange(published.Disclosure.WithheldGroups.Select(code => new AuditStatistic("withheld group", code, null, null, null, null,
                    $"{code}: estimates withheld under '{published.Disclosure.Policy.Name}'")));
                detail = $"Estimates of {string.Join(", ", published.Disclosure.WithheldGroups)} are withheld because their counts are suppressed.";
                break;
            }

            default:
                statistics.AddRange(finding.RestsOn.Select(b => new AuditStatistic(b.Id, null, null, null, null, null, $"{b.Id}: {b.Value}")));
                detail = string.Empty;
                break;
        }

        return new AuditFinding(finding, detail.Length == 0 ? finding.Message : $"{finding.Message} {detail}", statistics);
    }

    private static string Basis(AuditWork work) => work.Basis == EstimateBasis.DirectlyStandardised ? "age-standardised" : "crude";

    private static string RatioName(AuditWork work, bool standardised) =>
        (standardised ? "standardised " : string.Empty) + (work.Proportion ? (standardised ? "ratio" : "risk ratio") : "rate ratio");

    private static AuditStatistic RatioStatistic(AuditWork work, int c, bool[] withheld)
    {
        var standardised = work.Basis == EstimateBasis.DirectlyStandardised;
        var name = RatioName(work, standardised);
        var code = work.Data.Categories[c].Code;
        if (withheld[c] || withheld[work.Reference])
        {
            return AuditText.Withheld(name, code, Name(work, c));
        }

        var comparison = (standardised ? work.StandardisedComparison[c] : work.CrudeComparison[c])![0];
        var statistic = AuditText.Statistic(name, code, Name(work, c), comparison.Ratio);
        return comparison.AdjustedPValue is { } p ? statistic with { Text = $"{statistic.Text}, adjusted p {AuditText.Number(p)}" } : statistic;
    }

    private static string Percent(IntervalEstimate share) =>
        share.Value is { } v ? $"{AuditText.Number(v * 100)}%" + (share.Lower is { } l && share.Upper is { } u ? $" ({AuditText.Number(l * 100)}% to {AuditText.Number(u * 100)}%, {AuditText.Percent(share.Level.Value)})" : string.Empty) : "not available";

    private static string Value(double? value) => value is { } v ? AuditText.Number(v) : "undefined";

    private static string Scenario(ReallocationScenario scenario) => scenario.Kind switch
    {
        ReallocationKind.AllToGroup => $"'all to {scenario.Group}'",
        ReallocationKind.Proportional => "'proportional'",
        _ => "'complete case'",
    };

    /// <summary>An explanation as a sentence: capitalised and ending with a full stop.</summary>
    private static string Sentence(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..] + (text.EndsWith('.') ? string.Empty : ".");
}
