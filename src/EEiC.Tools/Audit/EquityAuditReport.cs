using System.Globalization;
using System.Reflection;
using EEiC.Datasets;
using EEiC.Statistics.Comparison;
using EEiC.Statistics.DataQuality;
using EEiC.Statistics.Disclosure;
using EEiC.Statistics.GroupComparison;
using EEiC.Statistics.Inequality;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Sensitivity;
using EEiC.Tools.Definitions;
using EEiC.Tools.Reports;

namespace EEiC.Tools.Audit;

/// <summary>
/// The report of an equity audit for people: an <see cref="EquityAuditResult"/> laid out as a <see cref="ReportDocument"/>
/// (a self-contained HTML page with inline SVG charts, or Markdown), with its charts available one by one for notebooks
/// (<see cref="IChart.ToVegaLite"/>). The JSON of the same result is <see cref="EquityAuditJson"/>.
/// </summary>
/// <remarks>
/// <para><b>Sections</b>, in the result's order after a summary: <c>Summary</c> (the dataset, the verdict on ethnicity
/// recording, the groups with a significant gap and the headline findings with their numbers); <c>Quality of ethnicity
/// recording</c> (a <see cref="DataQualityChart"/> against the completeness threshold, the records by category and the
/// checks); <c>Estimates by ethnic group</c> (an <see cref="IntervalChart"/> of the estimates on the audit's basis with the
/// benchmark as reference line and the groups with a significant gap highlighted, and a table); <c>Ratios against the
/// reference group</c> (an <see cref="IntervalChart"/> on a log axis with the reference line at 1, and a table);
/// <c>Summary measures of inequality</c>; <c>Expected versus observed activity and representation</c> (with a chart of the
/// observed/expected ratios when reference rates were given); <c>Sensitivity to missing ethnicity</c> (whether each gap
/// survives); <c>Trend of the gaps</c>; <c>Areas</c> (a <see cref="FunnelChart"/> from the result's limits and each area's
/// position); <c>Findings and recommended actions</c> (each finding with the statistics it rests on and its sources;
/// each action with the tools to use next); <c>Disclosure control</c> (the policy applied, stated plainly). The footer
/// names the library version and, when the dataset's name says SYNTHETIC, that the data are synthetic.</para>
/// <para><b>Nothing silently dropped.</b> Every section is always present: a section with nothing to show says why (for
/// example "the data have no periods"); a group or area whose numbers are withheld is listed as withheld (a chart row
/// labelled "suppressed"), never left out.</para>
/// <para><b>Disclosure.</b> The report shows only what the result publishes: counts as the policy published them
/// ("suppressed" in place of a suppressed count), no estimate of a withheld group (nor its trend, which the result keeps,
/// flagged), and nothing computed from the rounded counts. Group labels, area names and the dataset's name are data: the
/// HTML and Markdown escape them.</para>
/// <para><b>Output</b> is deterministic (invariant culture, the result's order), so two runs on the same data give the same
/// bytes; the report adds no date (put one in your own <see cref="ReportDocument.Footer"/> with <c>with</c> if needed).</para>
/// </remarks>
public static class EquityAuditReport
{
    /// <summary>The headings of the sections of <see cref="Create"/>, in order.</summary>
    public static IReadOnlyList<string> SectionHeadings { get; } = Array.AsReadOnly(
    [
        "Summary",
        "Quality of ethnicity recording",
        "Estimates by ethnic group",
        "Ratios against the reference group",
        "Summary measures of inequality",
        "Expected versus observed activity and representation",
        "Sensitivity to missing ethnicity",
        "Trend of the gaps",
        "Areas",
        "Findings and recommended actions",
        "Disclosure control",
    ]);

    /// <summary>Lays out an audit result as a report document (see the remarks of <see cref="EquityAuditReport"/> for its sections).</summary>
    /// <param name="result">The audit result, from <see cref="EquityAudit.Run"/>.</param>
    /// <returns>The document; write it with <see cref="ReportDocument.ToHtml"/> or <see cref="ReportDocument.ToMarkdown"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static ReportDocument Create(EquityAuditResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var view = new View(result);
        ReportSection[] sections =
        [
            Summary(view),
            DataQuality(view),
            Estimates(view),
            Ratios(view),
            SummaryMeasures(view),
            Need(view),
            Sensitivity(view),
            Trends(view),
            Areas(view),
            Findings(view),
            Disclosure(view),
        ];
        return new ReportDocument($"Equity audit: {result.Indicator.Name} by ethnic group", Lead(view), sections) { Footer = Footer(result) };
    }

    /// <summary>The report as a self-contained HTML page: <see cref="Create"/> then <see cref="ReportDocument.ToHtml"/>.</summary>
    /// <param name="result">The audit result.</param>
    /// <returns>The HTML text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string ToHtml(EquityAuditResult result) => Create(result).ToHtml();

    /// <summary>The report as Markdown: <see cref="Create"/> then <see cref="ReportDocument.ToMarkdown"/>.</summary>
    /// <param name="result">The audit result.</param>
    /// <returns>The Markdown text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string ToMarkdown(EquityAuditResult result) => Create(result).ToMarkdown();

    /// <summary>
    /// The charts of the report, in the order of its figures: the quality of ethnicity recording, the estimates by group,
    /// the ratios against the reference group, then, when present, the observed/expected ratios (with reference rates)
    /// and the funnel plot of areas (with two areas or more). Export each for a notebook with <see cref="IChart.ToVegaLite"/>
    /// or as an image with <see cref="IChart.ToSvg()"/>.
    /// </summary>
    /// <param name="result">The audit result.</param>
    /// <returns>The charts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static IReadOnlyList<IChart> Charts(EquityAuditResult result) => Create(result).Charts;

    /// <summary>What every section needs to know about the result: its basis, units and level.</summary>
    private sealed class View(EquityAuditResult result)
    {
        public EquityAuditResult Result { get; } = result;

        public AuditSettings Settings => Result.Settings;

        public bool Standardised => Settings.Basis == EstimateBasis.DirectlyStandardised;

        public bool Proportion => Settings.Measure == DatasetMeasure.Proportion;

        /// <summary>The first confidence level, for example "95%".</summary>
        public string Level { get; } = AuditText.Percent(result.Settings.Levels[0].Value);

        /// <summary>The unit of estimates: "%" for a percentage, "per 100,000" for a rate, null for a plain fraction.</summary>
        public string? Unit { get; } = result.Settings.Multiplier switch
        {
            100 => "%",
            1 => null,
            var m => "per " + m.ToString("#,0.##", CultureInfo.InvariantCulture),
        };

        /// <summary>
        /// A value on the indicator's scale (an estimate, difference or expected count), with thousands separators and a
        /// fixed number of decimals: one, or three for an indicator without a multiplier (a plain fraction).
        /// </summary>
        public string Value(double value)
        {
            var text = value.ToString(Settings.Multiplier == 1 ? "#,0.000" : "#,0.0", CultureInfo.InvariantCulture);
            return text.StartsWith('-') && text.AsSpan(1).IndexOfAnyExcept("0.,") < 0 ? text[1..] : text;
        }

        /// <summary>A value with its unit, for example "43.6%" or "512.3 per 100,000".</summary>
        public string ValueWithUnit(double value) => Unit switch
        {
            null => Value(value),
            "%" => Value(value) + "%",
            var unit => $"{Value(value)} {unit}",
        };

        /// <summary>The unit of differences: "percentage points" for percentages, otherwise the unit of estimates.</summary>
        public string? DifferenceUnit => Unit == "%" ? "percentage points" : Unit;

        public string Basis => Standardised ? "age-standardised" : "crude";

        public string RatioName => Standardised ? "standardised ratio" : Proportion ? "risk ratio" : "rate ratio";

        public string Reference => Name(Settings.ReferenceGroupLabel, Settings.ReferenceGroup);

        public string NumeratorName => Proportion ? "With the outcome" : "Events";

        public string DenominatorName => Proportion ? "People" : "Population";

        /// <summary>A column heading with the unit, for example "Crude (%, 95% interval)".</summary>
        public string Heading(string what, string? unit = null, bool interval = true)
        {
            unit ??= Unit;
            var parts = new[] { unit, interval ? $"{Level} interval" : null }.Where(p => p is not null).ToArray();
            return parts.Length == 0 ? what : $"{what} ({string.Join(", ", parts)})";
        }

        /// <summary>The estimate of a group on the audit's basis at the first level, or null when there is none.</summary>
        public IntervalEstimate? OnBasis(AuditGroupEstimate e) =>
            Standardised && e.Standardised.Count > 0 ? e.Standardised[0] : e.Crude.Count > 0 ? e.Crude[0] : null;

        /// <summary>The comparison of a group on the audit's basis at the first level, or null when withheld.</summary>
        public ComparisonEstimate? OnBasis(AuditComparison c) =>
            Standardised && c.Standardised.Count > 0 ? c.Standardised[0] : c.Crude.Count > 0 ? c.Crude[0] : null;

        public AuditComparison? ComparisonOf(string group) => Result.Comparisons.FirstOrDefault(c => c.Group == group);
    }

    // ------------------------------------------------------------------------------------------------------------------
    // Sections
    // ------------------------------------------------------------------------------------------------------------------

    private static string Lead(View v)
    {
        var s = v.Settings;
        var scope = new List<string> { $"{Count(s.Rows)} rows" };
        if (s.AgeBands.Count > 0)
        {
            scope.Add($"{s.AgeBands.Count} age bands");
        }

        if (s.Areas > 0)
        {
            scope.Add($"{s.Areas} areas");
        }

        if (s.Periods.Count > 0)
        {
            scope.Add(s.Periods.Count == 1 ? $"the period {s.Periods[0]}" : $"{s.Periods.Count} periods ({s.Periods[0]} to {s.Periods[^1]})");
        }

        return $"{s.DatasetName ?? "A dataset without a name"}: {v.Result.Indicator.Description.TrimEnd('.')}. "
            + $"{v.Result.Estimates.Count} ethnic groups compared with {v.Reference}, over {Join(scope)}.";
    }

    private static ReportSection Summary(View v)
    {
        var r = v.Result;
        var s = v.Settings;
        var significant = r.Comparisons.Where(c => c.SignificantGap).ToArray();
        var facts = new List<ReportFact>
        {
            new("Dataset", $"{s.DatasetName ?? "without a name"} ({Count(s.Rows)} rows)"),
            new("Indicator", $"{r.Indicator.Name} ({UnitPhrase(v)}; {Polarity(r.Indicator.Polarity)})"),
            new("Ethnicity recording", $"{Verdict(r.DataQuality.Verdict)}: completeness {ShareInterval(r.DataQuality.Completeness)} against a threshold of {Share(r.DataQuality.Thresholds.MinimumCompleteness)}"),
            new("Estimates", v.Standardised ? $"age-standardised to {StandardName(s)}" : "crude" + (s.StandardisationNote is null ? string.Empty : " (not standardised: see the estimates)")),
            new("Reference group", v.Reference + (s.ReferenceGroupChosen ? ", the group with the largest denominator" : string.Empty)),
            new("Benchmark", $"{v.ValueWithUnit(s.Benchmark)} ({(s.BenchmarkGiven ? "given" : v.Standardised ? "the age-standardised value of all records, missing ethnicity included" : "the value of all records, missing ethnicity included")})"),
            new("Significant gaps", significant.Length == 0
                ? $"none of the {r.Comparisons.Count} groups differs significantly from {v.Reference}"
                : string.Join("; ", significant.Select(c => GapPhrase(v, c)))),
        };
        if (r.Areas is { } areas)
        {
            facts.Add(new("Areas outside the 99.8% limits", $"{areas.OutsideLimits99Point8} of {areas.Areas.Count}"));
        }

        if (r.Disclosure.WithheldGroups.Count > 0)
        {
            facts.Add(new("Groups withheld (small numbers)", string.Join(", ", r.Disclosure.WithheldGroups.Select(g => GroupName(v, g)))));
        }

        var blocks = new List<ReportBlock> { ReportBlock.KeyFacts(facts), ReportBlock.Subheading("Headline findings") };
        blocks.Add(r.Findings.Count == 0
            ? ReportBlock.Paragraph("The rules of the equity-audit tool raised no finding.")
            : ReportBlock.BulletList(r.Findings.Select(Headline)));
        if (s.DatasetName is { } name && IsSynthetic(name))
        {
            blocks.Add(ReportBlock.Note("The data are SYNTHETIC: generated for illustration, they describe no real patients, places or services."));
        }

        return Section(0, blocks);
    }

    private static ReportSection DataQuality(View v)
    {
        var q = v.Result.DataQuality;
        var records = q.RecordsAre == RecordCounting.Denominators
            ? "A record is a person counted in the denominator (for a proportion, each person eligible has a recorded ethnicity)."
            : "A record is an event counted in the numerator (for a rate, each event has a recorded ethnicity; the population does not).";
        var blocks = new List<ReportBlock>
        {
            ReportBlock.Paragraph($"{VerdictSentence(q.Verdict)} {records}"),
            ReportBlock.KeyFacts(
            [
                new("Verdict", Verdict(q.Verdict)),
                new("Completeness", $"{ShareInterval(q.Completeness)}, against a threshold of {Share(q.Thresholds.MinimumCompleteness)}"),
                new("Not stated", ShareInterval(q.NotStated)),
                new("Not known", ShareInterval(q.NotKnown)),
                new("Records", Count(q.Records)),
                new("Records without a usable ethnic category", Count(q.RecordsWithoutEthnicity)),
                new("Events without a usable ethnic category", Count(q.EventsWithoutEthnicity) + " (left out of the group estimates, re-allocated in the sensitivity analysis)"),
            ]),
        };

        if (QualityChart(q) is { } chart)
        {
            blocks.Add(ReportBlock.Figure(chart));
        }
        else
        {
            blocks.Add(ReportBlock.Paragraph("No chart of recording: the shares of records are not available (there are no records)."));
        }

        blocks.Add(ReportBlock.DataTable(new ReportTable("Records by ethnic category (published counts)",
            ["Ethnic category", "Code", "Records", "Missing ethnicity"],
            q.Categories.Select(c => new[] { c.Label, c.Code, Count(c.Records), c.IsMissing ? "yes" : "no" }))));
        blocks.Add(ReportBlock.DataTable(new ReportTable("Checks of ethnicity recording",
            ["Check", "Outcome", "Explanation"],
            q.Checks.Select(c => new[] { Capitalise(Words(c.Check.ToString())), Outcome(c.Outcome), c.Explanation }))));
        return Section(1, blocks);
    }

    private static DataQualityChart? QualityChart(AuditDataQuality q)
    {
        if (q.Completeness.Value is not { } valid || q.NotStated.Value is not { } notStated || q.NotKnown.Value is not { } notKnown)
        {
            return null;
        }

        var other = 1 - valid - notStated - notKnown;
        var categories = new List<string> { "Usable ethnic category", "Not stated", "Not known" };
        var shares = new List<double> { valid * 100, notStated * 100, notKnown * 100 };
        if (other > 1e-9)
        {
            categories.Add("Other (blank or unmapped)");
            shares.Add(other * 100);
        }

        return shares.Sum() > 0
            ? new DataQualityChart("Ethnicity recording", categories, [new DataQualityBar("All records", shares.Select(x => Math.Max(0, x)))])
            {
                Threshold = q.Thresholds.MinimumCompleteness,
                ThresholdLabel = "completeness threshold",
                LabelTitle = "Records",
            }
            : null;
    }

    private static ReportSection Estimates(View v)
    {
        var r = v.Result;
        var s = v.Settings;
        var method = v.Proportion ? "Wilson intervals" : "exact Poisson intervals below 10 events and Byar's above";
        var blocks = new List<ReportBlock>
        {
            ReportBlock.Paragraph(v.Standardised
                ? $"Estimates are directly standardised for age to {StandardName(s)} (Dobson's intervals), because the groups' age structures differ; crude estimates ({method}) are in the table. The reference line is the benchmark; highlighted groups differ significantly from {v.Reference}."
                : $"Estimates are crude ({method}). The reference line is the benchmark; highlighted groups differ significantly from {v.Reference}."),
        };
        if (s.StandardisationNote is { } note)
        {
            blocks.Add(ReportBlock.Note($"Not standardised for age: {note}."));
        }

        var rows = r.Estimates.Select(e =>
        {
            var row = ChartRow(Name(e.Label, e.Group), e.Suppressed, v.OnBasis(e), log: false) with { Highlighted = v.ComparisonOf(e.Group)?.SignificantGap ?? false };
            return e.IsReference && row.Value is not null ? row with { Note = "reference group" } : row;
        });
        blocks.Add(ReportBlock.Figure(new IntervalChart($"{r.Indicator.Name} by ethnic group ({v.Basis})", rows)
        {
            LabelTitle = "Ethnic group",
            AxisTitle = v.Heading(r.Indicator.Name, interval: false),
            Unit = v.Unit,
            ReferenceValue = s.Benchmark,
            ReferenceLabel = s.BenchmarkGiven ? "Benchmark" : "All records",
            HighlightMeaning = $"significantly different from {s.ReferenceGroupLabel}",
        }));

        var columns = new List<string> { "Ethnic group", "Code", v.NumeratorName, v.DenominatorName, v.Heading("Crude") };
        if (v.Standardised)
        {
            columns.Add(v.Heading("Age-standardised"));
        }

        columns.Add("Against the benchmark");
        blocks.Add(ReportBlock.DataTable(new ReportTable($"{r.Indicator.Name} by ethnic group", columns, r.Estimates.Select(e =>
        {
            var cells = new List<string> { e.Label, e.Group, Count(e.Numerator), Count(e.Denominator), e.Suppressed ? Withheld : Interval(e.Crude, v.Value) };
            if (v.Standardised)
            {
                cells.Add(e.Suppressed ? Withheld : Interval(e.Standardised, v.Value));
            }

            cells.Add(e.IsReference ? "reference group" : e.Suppressed ? Withheld : Benchmark(v.ComparisonOf(e.Group)));
            return cells;
        }))));
        return Section(2, blocks);
    }

    private static ReportSection Ratios(View v)
    {
        var r = v.Result;
        var s = v.Settings;
        var blocks = new List<ReportBlock>
        {
            ReportBlock.Paragraph($"Each group's {v.RatioName} to {v.Reference} with its {v.Level} interval, on a log axis so that half and double lie at the same distance from 1. "
                + $"A gap is significant when its p-value, {Adjustment(s.Adjustment)} ({r.Comparisons.Count}), is below {AuditText.Number(1 - s.Levels[0].Value)}."),
        };
        if (r.Comparisons.Count == 0)
        {
            blocks.Add(ReportBlock.Paragraph("No ratios: there is no group other than the reference group."));
            return Section(3, blocks);
        }

        var rows = r.Comparisons.Select(c =>
            ChartRow(Name(c.Label, c.Group), c.Suppressed, v.OnBasis(c)?.Ratio, log: true) with { Highlighted = c.SignificantGap });
        blocks.Add(ReportBlock.Figure(new IntervalChart($"{Capitalise(v.RatioName)} to {s.ReferenceGroupLabel}", rows)
        {
            LabelTitle = "Ethnic group",
            AxisTitle = $"{Capitalise(v.RatioName)} (log scale)",
            Scale = ChartScale.Log,
            ReferenceValue = 1,
            ReferenceLabel = s.ReferenceGroupLabel,
            HighlightMeaning = $"significantly different from {s.ReferenceGroupLabel}",
        }));

        var columns = new List<string> { "Ethnic group", "Code", v.Proportion ? $"Crude risk ratio ({v.Level} interval)" : $"Crude rate ratio ({v.Level} interval)" };
        if (v.Standardised)
        {
            columns.Add($"Standardised ratio ({v.Level} interval)");
        }

        columns.AddRange([v.Heading("Difference", v.DifferenceUnit), "Adjusted p", "Significant gap"]);
        blocks.Add(ReportBlock.DataTable(new ReportTable($"Comparisons with {s.ReferenceGroupLabel} ({v.Basis} difference and p-value)", columns, r.Comparisons.Select(c =>
        {
            var cells = new List<string> { c.Label, c.Group };
            var basis = v.OnBasis(c);
            if (c.Suppressed || basis is not { } b)
            {
                cells.AddRange(Enumerable.Repeat(Withheld, columns.Count - 3));
            }
            else
            {
                cells.Add(IntervalText(c.Crude[0].Ratio, Ratio));
                if (v.Standardised)
                {
                    cells.Add(c.Standardised.Count > 0 ? IntervalText(c.Standardised[0].Ratio, Ratio) : "not available");
                }

                cells.Add(IntervalText(b.Difference, v.Value));
                cells.Add(b.AdjustedPValue is { } p ? PValue(p) : "not available");
            }

            cells.Add(c.SignificantGap ? "yes" : "no");
            return cells;
        }))));
        return Section(3, blocks);
    }

    private static ReportSection SummaryMeasures(View v)
    {
        var measures = v.Result.SummaryMeasures;
        var blocks = new List<ReportBlock>
        {
            ReportBlock.Paragraph($"Measures of inequality across all {v.Result.Estimates.Count} ethnic groups at once, on {v.Basis} estimates. Ethnicity has no order, so only measures for non-ordered groups apply (no slope index or concentration index). "
                + $"Absolute measures are in the indicator's units ({UnitPhrase(v)}); relative measures have none. Every measure is 0 when there is no inequality."),
        };
        if (measures.Count == 0)
        {
            blocks.Add(ReportBlock.Paragraph("No summary measures: the audit computed none."));
            return Section(4, blocks);
        }

        blocks.Add(ReportBlock.DataTable(new ReportTable("Summary measures of inequality across ethnic groups",
            ["Measure", "Code", "Kind", "Estimate", $"{v.Level} interval", "Note"],
            measures.Select(m => new[]
            {
                MeasureName(m.Estimate.Measure),
                m.Estimate.Code,
                $"{(m.Estimate.IsRelative ? "relative" : "absolute")}, {(m.Estimate.IsWeighted ? "weighted by group size" : "unweighted")}",
                m.Estimate.Estimate is { } e ? Significant(e) : Status(m.Estimate.Status),
                m.Estimate.Lower is { } lo && m.Estimate.Upper is { } hi ? $"{Significant(lo)} to {Significant(hi)}" : "none",
                m.RestsOnSuppressedCounts ? "pools a group whose counts are suppressed" : string.Empty,
            }))));
        return Section(4, blocks);
    }

    private static ReportSection Need(View v)
    {
        var need = v.Result.Need;
        var s = v.Settings;
        var blocks = new List<ReportBlock>();
        var representation = need.Basis == RepresentationBasis.Expected
            ? "each group's share of the events over its share of the expected events (share of activity against share of need)"
            : "each group's share of the events over its share of the denominators";
        if (s.ReferenceRatesGiven)
        {
            blocks.Add(ReportBlock.Paragraph("Expected activity applies the reference rates to each group's own age structure (indirect standardisation): "
                + $"an observed/expected ratio below 1 means less activity than the reference rates predict. The representation ratio is {representation}."));
            blocks.Add(ReportBlock.KeyFacts([new("Observed/expected, all groups", need.Overall.Count > 0 ? IntervalText(need.Overall[0], Ratio) : "not available")]));
            var rows = need.Groups.Select(g =>
            {
                IntervalEstimate? oe = g.ObservedToExpected.Count > 0 ? g.ObservedToExpected[0] : null;
                return ChartRow(Name(g.Label, g.Group), g.Suppressed, oe, log: true) with { Highlighted = !g.Suppressed && (oe?.Upper < 1 || oe?.Lower > 1) };
            });
            blocks.Add(ReportBlock.Figure(new IntervalChart("Observed/expected activity by ethnic group", rows)
            {
                LabelTitle = "Ethnic group",
                AxisTitle = "Observed/expected (log scale)",
                Scale = ChartScale.Log,
                ReferenceValue = 1,
                ReferenceLabel = "as expected",
                HighlightMeaning = "significantly different from expected",
            }));
        }
        else
        {
            blocks.Add(ReportBlock.Paragraph($"No reference rates were given, so there is no expected activity to compare with. The representation ratio is {representation}."));
        }

        var columns = new List<string> { "Ethnic group", "Code", $"Observed ({v.NumeratorName.ToLowerInvariant()})" };
        if (s.ReferenceRatesGiven)
        {
            columns.AddRange(["Expected", $"Observed/expected ({v.Level} interval)"]);
        }

        columns.Add($"Representation ratio ({v.Level} interval)");
        blocks.Add(ReportBlock.DataTable(new ReportTable("Observed, expected and representation by ethnic group", columns, need.Groups.Select(g =>
        {
            var cells = new List<string> { g.Label, g.Group, Count(g.Observed) };
            if (s.ReferenceRatesGiven)
            {
                cells.Add(g.Suppressed ? Withheld : g.Expected is { } expected ? v.Value(expected) : "not available");
                cells.Add(g.Suppressed ? Withheld : Interval(g.ObservedToExpected, Ratio));
            }

            cells.Add(g.Suppressed ? Withheld : Interval(g.Representation, Ratio));
            return cells;
        }))));
        return Section(5, blocks);
    }

    private static ReportSection Sensitivity(View v)
    {
        var sensitivity = v.Result.Sensitivity;
        var blocks = new List<ReportBlock>
        {
            ReportBlock.Paragraph((v.Proportion
                    ? $"{Count(sensitivity.UnknownRecords)} people, {Count(sensitivity.UnknownEvents)} of them with the outcome, have no usable ethnic category. "
                    : $"{Count(sensitivity.UnknownEvents)} events and a population of {Count(sensitivity.UnknownRecords)} have no usable ethnic category. ")
                + "They were re-allocated to each group in turn, and in proportion, and each crude gap with the reference group recomputed: "
                + $"a gap that stays significant (at {v.Level}) in every scenario does not depend on who the records without ethnicity are."),
        };
        if (sensitivity.Groups.Count == 0)
        {
            blocks.Add(ReportBlock.Paragraph("No sensitivity analysis: there is no group other than the reference group."));
            return Section(6, blocks);
        }

        blocks.Add(ReportBlock.DataTable(new ReportTable("Does each gap survive the missing ethnicity?",
            ["Ethnic group", "Code", "Crude ratio, complete records", "Ratio under re-allocation", v.Heading("Difference under re-allocation", v.DifferenceUnit, interval: false), "Does the gap survive?"],
            sensitivity.Groups.Select(g => new[]
            {
                g.Label,
                g.Group,
                g.Suppressed ? Withheld : g.Ratio.CompleteCase is { } ratio ? Ratio(ratio) : Status(g.Ratio.Status),
                g.Suppressed ? Withheld : Range(g.Ratio, Ratio),
                g.Suppressed ? Withheld : Range(g.Difference, v.Value),
                Robustness(g),
            }))));
        return Section(6, blocks);
    }

    private static ReportSection Trends(View v)
    {
        var s = v.Settings;
        var trends = v.Result.Trends;
        if (trends.Count == 0)
        {
            return Section(7, [ReportBlock.Paragraph(s.Periods.Count switch
            {
                0 => "No trend: the data have no periods (add a period column to follow the gaps over time).",
                1 => $"No trend: the data have one period ({s.Periods[0]}); a trend needs at least two.",
                _ => "No trend: the audit computed none.",
            })]);
        }

        var periods = s.Periods;
        var columns = new List<string> { "Ethnic group", "Code" };
        columns.AddRange(periods);
        columns.AddRange([v.Heading("Change, first to last period", v.DifferenceUnit), "Absolute gap", "Relative gap"]);
        var table = new ReportTable($"Crude difference from {s.ReferenceGroupLabel} by period ({v.DifferenceUnit ?? "difference"})", columns, trends.Select(t =>
        {
            var cells = new List<string> { t.Label, t.Group };
            if (v.Result.Disclosure.WithheldGroups.Contains(t.Group))
            {
                // The result flags the trend of a withheld group; its change over time rests on suppressed counts, so it is not shown.
                cells.AddRange(Enumerable.Repeat(Withheld, periods.Count + 3));
                return cells;
            }

            if (t.Trend is not { } trend)
            {
                cells.AddRange(periods.Select(_ => string.Empty));
                cells.AddRange([t.NotAvailableReason ?? "not available", "not available", "not available"]);
                return cells;
            }

            cells.AddRange(periods.Select(p => trend.Periods.FirstOrDefault(g => g.Period == p) is { } gap ? IntervalText(gap.Difference, v.Value, withInterval: false) : string.Empty));
            var flag = t.RestsOnSuppressedCounts ? " (some periods withheld)" : string.Empty;
            cells.AddRange([IntervalText(trend.DifferenceChange, v.Value), Words(trend.AbsoluteVerdict.ToString()) + flag, Words(trend.RelativeVerdict.ToString()) + flag]);
            return cells;
        }));
        return Section(7,
        [
            ReportBlock.Paragraph($"Each group's crude difference from {v.Reference} in each period, the change from the first to the last period with its {v.Level} interval, and whether the absolute gap (difference) and the relative gap (ratio) widened or narrowed."),
            ReportBlock.DataTable(table),
        ]);
    }

    private static ReportSection Areas(View v)
    {
        var s = v.Settings;
        if (v.Result.Areas is not { } areas)
        {
            return Section(8, [ReportBlock.Paragraph(s.Areas switch
            {
                0 => "No comparison of areas: the data have no area column.",
                1 => "No comparison of areas: the data have one area; a funnel plot needs at least two.",
                _ => $"No comparison of areas: the {s.Areas} areas could not be placed on a funnel plot (no area has a denominator).",
            })]);
        }

        var limits = areas.Limits;
        var blocks = new List<ReportBlock>
        {
            ReportBlock.Paragraph($"Each area's {v.Result.Indicator.Name.ToLowerInvariant()} over all its records (missing ethnicity included) against the overall value {v.ValueWithUnit(limits.Baseline)}, "
                + $"with 95% and 99.8% control limits ({(limits.Method == EstimationMethod.Wilson ? "Wilson score limits" : "exact Poisson limits")}). {areas.OutsideLimits95} of {areas.Areas.Count} areas lie outside the 95% limits and {areas.OutsideLimits99Point8} outside the 99.8% limits."),
        };
        var drawn = areas.Areas.Where(a => !a.Suppressed && a.Value is not null && a.Denominator.Value is > 0 && a.Significance != FunnelSignificance.NotApplicable).ToArray();
        var inner = Curve("95%", limits.Rows.Select(r => r.Lower95), limits.Rows.Select(r => r.Upper95));
        var outer = Curve("99.8%", limits.Rows.Select(r => r.Lower99Point8), limits.Rows.Select(r => r.Upper99Point8));
        if (drawn.Length > 0 && inner is not null && outer is not null)
        {
            blocks.Add(ReportBlock.Figure(new FunnelChart($"{v.Result.Indicator.Name} by area", drawn.Select(a =>
                new FunnelChartPoint(a.Area, a.Denominator.Value!.Value, a.Value!.Value) { Position = Position(a.Significance) }), limits.Baseline, inner, outer)
            {
                PointTitle = "Area",
                SizeTitle = v.DenominatorName + " (published)",
                ValueTitle = v.Heading(v.Result.Indicator.Name, interval: false),
                Unit = v.Unit,
                OverallLabel = "All records",
            }));
        }
        else
        {
            blocks.Add(ReportBlock.Paragraph("No funnel plot: no area has a value that can be published."));
        }

        var hidden = areas.Areas.Except(drawn).ToArray();
        if (hidden.Length > 0)
        {
            blocks.Add(ReportBlock.Note($"Not drawn: {string.Join("; ", hidden.Select(a => $"{a.Area} ({(a.Suppressed ? "value withheld: small numbers" : "no denominator")})"))}."));
        }

        return Section(8, blocks);
    }

    private static ReportSection Findings(View v)
    {
        var r = v.Result;
        var actions = r.Actions.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var blocks = new List<ReportBlock>();
        if (r.Findings.Count == 0)
        {
            blocks.Add(ReportBlock.Paragraph("The rules of the equity-audit tool raised no finding on these data."));
        }

        foreach (var finding in r.Findings)
        {
            blocks.Add(ReportBlock.Subheading($"{finding.Finding.Severity}: {finding.Finding.Message}"));
            blocks.Add(ReportBlock.Paragraph(finding.Message));
            if (finding.Statistics.Count > 0)
            {
                blocks.Add(ReportBlock.DataTable(new ReportTable($"The numbers behind: {finding.Finding.Message}", ["Statistic", "About", "Value", "Interval"],
                    finding.Statistics.Select(st => new[]
                    {
                        st.Name,
                        st.Subject is null ? "all records" : GroupName(v, st.Subject),
                        st.Value is { } value ? AuditText.Number(value) : Withheld,
                        st.Lower is { } lo && st.Upper is { } hi ? $"{AuditText.Number(lo)} to {AuditText.Number(hi)}" + (st.Level is { } level ? $" ({AuditText.Percent(level)})" : string.Empty) : string.Empty,
                    }))));
            }

            var recommended = finding.Finding.Actions.Select(id => actions.GetValueOrDefault(id)).OfType<RecommendedAction>().ToArray();
            if (recommended.Length > 0)
            {
                blocks.Add(ReportBlock.BulletList(recommended.Select(a => "Action: " + ActionText(a))));
            }

            if (finding.Finding.Sources.Count > 0)
            {
                blocks.Add(ReportBlock.Note("Sources: " + string.Join("; ", finding.Finding.Sources.Select(src => src.Location.Length == 0 ? src.Document.Citation : $"{src.Document.Citation.TrimEnd('.')}, {src.Location}"))));
            }
        }

        blocks.Add(ReportBlock.Subheading("Recommended actions"));
        blocks.Add(r.Actions.Count == 0
            ? ReportBlock.Paragraph("No action is recommended.")
            : ReportBlock.BulletList(r.Actions.Select(ActionText)));
        blocks.Add(ReportBlock.Paragraph($"To answer the follow-up questions of the equity-audit tool, evaluate it with the facts the audit supplied ({string.Join(", ", r.Facts.Keys.Order(StringComparer.Ordinal))})."));
        return Section(9, blocks);
    }

    private static ReportSection Disclosure(View v)
    {
        var d = v.Result.Disclosure;
        var policy = d.Policy;
        var rule = policy.LargestSuppressedCount > 0
            ? $"counts from {(policy.SuppressZeros ? 0 : 1)} to {policy.LargestSuppressedCount} are suppressed, with the counts that would reveal them"
            : policy.SuppressZeros ? "zero counts are suppressed" : "no count is suppressed";
        var rounding = policy.RoundingBase > 1 ? $"; other counts are rounded to the nearest {policy.RoundingBase}" : "; counts are not rounded";
        return Section(10,
        [
            ReportBlock.Paragraph($"Under the policy '{policy.Name}', {rule}{rounding}. Estimates resting on a suppressed count are withheld, shown here as \"{Withheld}\" or \"suppressed\"; the estimates shown are computed from the unrounded counts."),
            ReportBlock.KeyFacts(
            [
                new("Policy", policy.Name),
                new("Source", policy.Source),
                new("Counts suppressed", d.SuppressedCounts.ToString(CultureInfo.InvariantCulture)),
                new("Groups withheld", d.WithheldGroups.Count == 0 ? "none" : string.Join(", ", d.WithheldGroups.Select(g => GroupName(v, g)))),
                new("Areas withheld", d.WithheldAreas.ToString(CultureInfo.InvariantCulture)),
            ]),
            ReportBlock.Note(d.Statement),
        ]);
    }

    private static string Footer(EquityAuditResult result)
    {
        var version = typeof(EquityAuditReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
            ?? typeof(EquityAuditReport).Assembly.GetName().Version?.ToString(3) ?? "unknown";
        var footer = $"Produced by EEiC.Tools {version}: the equity audit of the indicator '{result.Indicator.Id}' (JSON schema version {EquityAuditResult.CurrentSchemaVersion}).";
        return result.Settings.DatasetName is { } name && IsSynthetic(name)
            ? footer + " The data are SYNTHETIC: they were generated for illustration and describe no real patients, places or services."
            : footer;
    }

    // ------------------------------------------------------------------------------------------------------------------
    // Pieces
    // ------------------------------------------------------------------------------------------------------------------

    private const string Withheld = "withheld";

    private static ReportSection Section(int index, IEnumerable<ReportBlock> blocks) => new(SectionHeadings[index], blocks);

    private static string StandardName(AuditSettings settings) =>
        settings.Standard!.Name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? settings.Standard.Name : "the " + settings.Standard.Name;

    private static bool IsSynthetic(string name) => name.Contains("synthetic", StringComparison.OrdinalIgnoreCase);

    private static string Name(string label, string code) => $"{label} ({code})";

    /// <summary>A group code as its label and code, or the code alone when it is not a group of the result.</summary>
    private static string GroupName(View v, string code) =>
        v.Result.Estimates.FirstOrDefault(e => e.Group == code) is { } e ? Name(e.Label, e.Group) : code;

    private static string Headline(AuditFinding finding)
    {
        var numbers = finding.Statistics.Take(3).Select(s => s.Text).ToArray();
        var more = finding.Statistics.Count > 3 ? $"; and {finding.Statistics.Count - 3} more" : string.Empty;
        return $"{finding.Finding.Severity}: {finding.Finding.Message}" + (numbers.Length == 0 ? string.Empty : $" ({string.Join("; ", numbers)}{more})");
    }

    private static string GapPhrase(View v, AuditComparison c) =>
        c.Suppressed || v.OnBasis(c) is not { } comparison
            ? $"{Name(c.Label, c.Group)} (numbers withheld: small numbers)"
            : $"{Name(c.Label, c.Group)}: {v.RatioName} {IntervalText(comparison.Ratio, Ratio)}";

    private static string ActionText(RecommendedAction action)
    {
        var text = action.Text;
        if (action.Tools.Count > 0)
        {
            text += " Tools to use next: " + string.Join(", ", action.Tools.Select(id => ToolLibrary.BuiltIn.Find(id) is { } tool ? $"{tool.Title} ({id})" : id)) + ".";
        }

        if (action.Guidance.Count > 0)
        {
            text += " Guidance: " + string.Join("; ", action.Guidance) + ".";
        }

        return text;
    }

    private static string Benchmark(AuditComparison? comparison) => comparison?.Benchmark is [{ } b, ..]
        ? b.Comparison switch
        {
            BenchmarkComparison.Lower => "lower",
            BenchmarkComparison.Higher => "higher",
            BenchmarkComparison.Similar => "similar",
            _ => "not compared",
        } + b.Assessment switch
        {
            BenchmarkAssessment.Worse => " (worse)",
            BenchmarkAssessment.Better => " (better)",
            _ => string.Empty,
        }
        : "not compared";

    private static string Robustness(AuditGroupSensitivity g)
    {
        var verdict = g.Gap switch
        {
            GapRobustness.SurvivesEveryScenario => "yes: significant in every scenario",
            GapRobustness.OverturnedInSomeScenario => "no: not significant (or reversed) in some scenario",
            GapRobustness.NoGapInAnyScenario => "no gap to survive: not significant in any scenario",
            GapRobustness.GapOnlyUnderReallocation => "no gap on complete records, but one in some scenario",
            GapRobustness.Undefined => "undefined: no events in the group or the reference",
            _ => "reference group",
        };
        return g.FirstDifferingScenario is { } scenario && !g.Suppressed ? $"{verdict} (first: {Scenario(scenario)})" : verdict;
    }

    private static string Scenario(ReallocationScenario scenario) => scenario.Kind switch
    {
        ReallocationKind.AllToGroup => $"all to {scenario.Group}",
        ReallocationKind.Proportional => "in proportion",
        _ => "complete records",
    };

    /// <summary>
    /// A row of an interval chart: the estimate with its limits when they can be drawn (finite, around the value, and above 0
    /// on a log axis), the estimate alone when its limits cannot, or a gap saying why there is no value.
    /// </summary>
    private static IntervalChartRow ChartRow(string label, bool suppressed, IntervalEstimate? estimate, bool log)
    {
        if (suppressed)
        {
            return IntervalChartRow.Missing(label);
        }

        if (estimate is not { Value: { } value } shown)
        {
            return IntervalChartRow.Missing(label, Status(estimate?.Status ?? EstimateStatus.MissingInput));
        }

        if (!double.IsFinite(value) || (log && value <= 0))
        {
            return IntervalChartRow.Missing(label, log && value == 0 ? "0 (no events)" : "undefined");
        }

        var limits = shown.Lower is { } lower && shown.Upper is { } upper && double.IsFinite(lower) && double.IsFinite(upper)
            && lower <= value && value <= upper && (!log || lower > 0);
        return new IntervalChartRow(label, value, limits ? shown.Lower : null, limits ? shown.Upper : null)
        {
            Note = limits || shown.Lower is null ? null : "interval not drawn: it reaches 0 or infinity",
        };
    }

    private static FunnelPointPosition Position(FunnelSignificance significance) => significance switch
    {
        FunnelSignificance.High99Point8 or FunnelSignificance.Low99Point8 => FunnelPointPosition.BeyondOuterLimits,
        FunnelSignificance.High95 or FunnelSignificance.Low95 => FunnelPointPosition.BeyondInnerLimits,
        _ => FunnelPointPosition.WithinLimits,
    };

    /// <summary>
    /// A limit curve from the result's limit points: for proportions the lower and upper limits share their denominators;
    /// for rates each has its own, so both are interpolated at the union of their denominators, where both are defined.
    /// </summary>
    private static FunnelLimitCurve? Curve(string label, IEnumerable<FunnelLimitPoint> lower, IEnumerable<FunnelLimitPoint> upper)
    {
        static FunnelLimitPoint[] Clean(IEnumerable<FunnelLimitPoint> points) =>
            points.Where(p => double.IsFinite(p.Denominator) && double.IsFinite(p.Value) && p.Denominator >= 0)
                .OrderBy(p => p.Denominator).DistinctBy(p => p.Denominator).ToArray();

        static double At(FunnelLimitPoint[] points, double x)
        {
            var i = 1;
            while (i < points.Length - 1 && points[i].Denominator < x)
            {
                i++;
            }

            var (a, b) = (points[i - 1], points[i]);
            return a.Value + ((x - a.Denominator) / (b.Denominator - a.Denominator) * (b.Value - a.Value));
        }

        var lo = Clean(lower);
        var hi = Clean(upper);
        if (lo.Length < 2 || hi.Length < 2)
        {
            return null;
        }

        var from = Math.Max(lo[0].Denominator, hi[0].Denominator);
        var to = Math.Min(lo[^1].Denominator, hi[^1].Denominator);
        var sizes = lo.Concat(hi).Select(p => p.Denominator).Where(x => x >= from && x <= to).Distinct().Order().ToArray();
        if (sizes.Length < 2)
        {
            return null;
        }

        var lowerValues = sizes.Select(x => At(lo, x)).ToArray();
        var upperValues = sizes.Select((x, i) => Math.Max(At(hi, x), lowerValues[i])).ToArray();
        return new FunnelLimitCurve(label, sizes, lowerValues, upperValues);
    }

    // ------------------------------------------------------------------------------------------------------------------
    // Words and numbers (invariant culture)
    // ------------------------------------------------------------------------------------------------------------------

    private static string UnitPhrase(View v) => v.Unit switch
    {
        "%" => "a percentage",
        null => "a fraction",
        var unit => $"a rate {unit}",
    };

    private static string Polarity(EEiC.Indicators.IndicatorPolarity polarity) => polarity switch
    {
        EEiC.Indicators.IndicatorPolarity.HigherIsBetter => "higher is better",
        EEiC.Indicators.IndicatorPolarity.LowerIsBetter => "lower is better",
        _ => "neither higher nor lower is better",
    };

    private static string Verdict(FitnessForUse verdict) => verdict switch
    {
        FitnessForUse.Fit => "fit for use",
        FitnessForUse.FitWithCaveats => "fit for use with caveats",
        _ => "not fit for use",
    };

    private static string VerdictSentence(FitnessForUse verdict) => verdict switch
    {
        FitnessForUse.Fit => "Ethnicity recording is fit for breaking the indicator down by ethnic group.",
        FitnessForUse.FitWithCaveats => "Ethnicity recording is fit for use with caveats: read the estimates by group with the checks below in mind.",
        _ => "Ethnicity recording is not fit for use: read the estimates by group only together with the bounds for the missing ethnicity (see the sensitivity section), and improve recording.",
    };

    private static string Outcome(QualityOutcome outcome) => outcome switch
    {
        QualityOutcome.Pass => "pass",
        QualityOutcome.Caveat => "caveat",
        QualityOutcome.NotFit => "not fit",
        _ => "not evaluated",
    };

    private static string MeasureName(SummaryMeasure measure) => measure switch
    {
        SummaryMeasure.Difference => "Difference between the highest and lowest group",
        SummaryMeasure.Ratio => "Ratio of the highest to the lowest group",
        SummaryMeasure.BetweenGroupVariance => "Between-group variance (squared units)",
        SummaryMeasure.TheilIndex => "Theil index (× 1,000)",
        SummaryMeasure.MeanLogDeviation => "Mean log deviation (× 1,000)",
        SummaryMeasure.IndexOfDisparityWeighted => "Index of disparity, weighted (% of the mean)",
        SummaryMeasure.IndexOfDisparityUnweighted => "Index of disparity, unweighted (% of the mean)",
        _ => Capitalise(Words(measure.ToString())),
    };

    private static string Status(EstimateStatus status) => status switch
    {
        EstimateStatus.ZeroDenominator => "no denominator",
        EstimateStatus.SmallCount => "too few events",
        EstimateStatus.MissingInput => "not available",
        EstimateStatus.Undefined => "undefined",
        EstimateStatus.Suppressed => "suppressed",
        _ => "not available",
    };

    /// <summary>An enumeration name as lower-case words: "NoSignificantChange" as "no significant change".</summary>
    private static string Words(string name)
    {
        var words = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(name[i]));
        }

        return words.ToString();
    }

    private static string Adjustment(MultipleComparisonAdjustment adjustment) => adjustment switch
    {
        MultipleComparisonAdjustment.None => "not adjusted for the number of comparisons",
        MultipleComparisonAdjustment.Bonferroni => "adjusted for the number of comparisons by Bonferroni's method",
        MultipleComparisonAdjustment.BenjaminiHochberg => "adjusted for the number of comparisons by the Benjamini-Hochberg method (false discovery rate)",
        _ => "adjusted for the number of comparisons by Holm's method",
    };

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Join(IReadOnlyList<string> parts) =>
        parts.Count <= 1 ? string.Concat(parts) : string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1];

    private static string Count(int value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>A published count: its value, or "suppressed".</summary>
    private static string Count(DisclosureCell cell) =>
        cell.IsSuppressed ? "suppressed" : cell.Value is { } value ? value.ToString("#,0", CultureInfo.InvariantCulture) : "not available";

    /// <summary>Three significant digits (more before the decimal point), for summary measures of any scale.</summary>
    private static string Significant(double value)
    {
        var magnitude = Math.Abs(value);
        var decimals = magnitude == 0 ? 1 : Math.Clamp(2 - (int)Math.Floor(Math.Log10(magnitude)), 0, 6);
        return value.ToString("#,0." + new string('0', decimals), CultureInfo.InvariantCulture).TrimEnd('.');
    }

    private static string Ratio(double value) => value.ToString(Math.Abs(value) >= 100 ? "#,0" : "0.00", CultureInfo.InvariantCulture);

    private static string PValue(double p) => p < 0.001 ? "<0.001" : p.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Share(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string ShareInterval(IntervalEstimate share) => IntervalText(share, Share);

    /// <summary>The first estimate of a list as text, or "not available".</summary>
    private static string Interval(IReadOnlyList<IntervalEstimate> estimates, Func<double, string> format) =>
        estimates.Count > 0 ? IntervalText(estimates[0], format) : "not available";

    /// <summary>For example "44.7 (41.9 to 48.8)", or the reason there is no value.</summary>
    private static string IntervalText(IntervalEstimate estimate, Func<double, string> format, bool withInterval = true) =>
        estimate.Value is not { } value
            ? Status(estimate.Status)
            : withInterval && estimate.Lower is { } lower && estimate.Upper is { } upper
                ? $"{format(value)} ({format(lower)} to {format(upper)})"
                : format(value);

    /// <summary>For example "0.98 to 1.13", or the reason there are no bounds.</summary>
    private static string Range(SensitivityBounds bounds, Func<double, string> format) =>
        bounds.Minimum is { } min && bounds.Maximum is { } max ? $"{format(min)} to {format(max)}" : Status(bounds.Status);
}
