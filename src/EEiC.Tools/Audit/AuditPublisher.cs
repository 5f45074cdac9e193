using EEiC.Statistics.Comparison;
using EEiC.Statistics.Disclosure;
using EEiC.Statistics.GroupComparison;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Sensitivity;

namespace EEiC.Tools.Audit;

/// <summary>
/// Applies the disclosure policy to everything an audit publishes and builds the published sections of the result. Tables
/// passed through <see cref="SmallNumberSuppression"/> (primary and secondary suppression, rounding):
/// <list type="bullet">
/// <item>categories × (with the outcome, without it), with row, column and grand totals, for proportions (the row totals
/// are the denominators; a denominator the policy would suppress is withheld too); for rates, categories × events and
/// categories × population, each with its column total;</item>
/// <item>groups × periods of numerators, with all totals, when there are periods;</item>
/// <item>areas, laid out like the categories, when there are areas.</item>
/// </list>
/// Counts are rounded to whole numbers first (person-time, say). A group is withheld when any of its counts is suppressed:
/// its estimates, comparisons (and every comparison when the reference group is withheld), bounds and ratios are not
/// published; a period's gap is withheld when the group's or the reference's count in it is; an area's value when its
/// counts are. Summary measures and trends that pool a withheld group are published and flagged.
/// </summary>
internal static class AuditPublisher
{
    private static readonly string[] ProportionColumns = ["with the outcome", "without the outcome"];

    internal sealed record Published(
        AuditSettings Settings,
        AuditDataQuality DataQuality,
        IReadOnlyList<AuditGroupEstimate> Estimates,
        IReadOnlyList<AuditComparison> Comparisons,
        IReadOnlyList<AuditSummaryMeasure> SummaryMeasures,
        AuditNeed Need,
        AuditSensitivity Sensitivity,
        IReadOnlyList<AuditGapTrend> Trends,
        AuditAreas? Areas,
        AuditDisclosure Disclosure,
        bool[] Withheld,
        bool[] AreaWithheld);

    public static Published Publish(AuditWork work)
    {
        var data = work.Data;
        var policy = work.Options.Disclosure;
        var codes = data.Categories.Select(c => c.Code).ToArray();
        var suppressed = 0;
        var groups = Counts(work, codes, data.Categories.Length, data.TotalX, data.TotalN, ref suppressed);
        var withheld = groups.Withheld;
        var known = data.Known;
        var reference = work.Reference;

        var estimates = known.Select(c => new AuditGroupEstimate(
            data.Categories[c].Code, data.Categories[c].Label, c == reference, groups.Numerators[c], groups.Denominators[c],
            withheld[c] ? [] : work.Crude[c]!, withheld[c] ? [] : work.Standardised[c] ?? [], withheld[c])).ToArray();

        var comparisons = known.Where(c => c != reference).Select(c =>
        {
            var hide = withheld[c] || withheld[reference];
            return new AuditComparison(data.Categories[c].Code, data.Categories[c].Label,
                hide ? [] : work.CrudeComparison[c]!, hide ? [] : work.StandardisedComparison[c] ?? [],
                work.Significant[c], withheld[c] ? [] : work.BenchmarkComparisons[c]!, hide);
        }).ToArray();

        var pooledWithheld = work.SummaryGroups.Any(c => withheld[c]);
        var summary = work.Summary.Select(m => new AuditSummaryMeasure(m, pooledWithheld)).ToArray();

        var need = new AuditNeed(work.RepresentationBasis,
            [.. known.Select(c => new AuditGroupNeed(data.Categories[c].Code, data.Categories[c].Label, groups.Numerators[c], withheld[c] ? null : work.Expected[c],
                withheld[c] ? [] : work.ObservedToExpected[c] ?? [], withheld[c] ? [] : work.Representation[c] ?? [], withheld[c]))],
            work.OverallObservedToExpected);

        var missing = data.Missing;
        var unknownEvents = Total(policy, missing.Sum(data.TotalX), missing.Any(c => groups.Numerators[c].IsSuppressed));
        var unknownRecords = Total(policy, missing.Sum(data.TotalN), missing.Any(c => groups.Denominators[c].IsSuppressed));
        var sensitivity = new AuditSensitivity(unknownEvents, unknownRecords,
            [.. work.SensitivityBounds.Groups.Select((g, k) => (Bounds: g, Category: known[k])).Where(p => p.Category != reference).Select(p =>
            {
                var hide = withheld[p.Category] || withheld[reference];
                var none = new SensitivityBounds(EstimateStatus.Suppressed, null, null, null, null, null);
                return new AuditGroupSensitivity(data.Categories[p.Category].Code, data.Categories[p.Category].Label, p.Bounds.Gap,
                    hide ? none : p.Bounds.Estimate, hide ? none : p.Bounds.Difference, hide ? none : p.Bounds.Ratio, p.Bounds.FirstDifferingScenario, hide);
            })]);

        var trends = Trends(work, withheld, ref suppressed);
        var (areas, areaWithheld) = Areas(work, ref suppressed);

        var records = work.Proportion ? groups.Denominators : groups.Numerators;
        var quality = work.Quality;
        var dataQuality = new AuditDataQuality(
            quality.Verdict, quality.Completeness, quality.NotStated, quality.NotKnown,
            work.Proportion ? RecordCounting.Denominators : RecordCounting.Numerators,
            work.Proportion ? Total(policy, data.Categories.Select((_, c) => data.TotalN(c)).Sum(), false) : groups.NumeratorTotal,
            work.Proportion ? unknownRecords : unknownEvents,
            unknownEvents,
            [.. data.Categories.Select((category, c) => new AuditCategoryCount(category.Code, category.Label, category.IsMissing, records[c]))],
            quality.Findings,
            quality.Thresholds);

        var withheldCodes = known.Where(c => withheld[c]).Select(c => data.Categories[c].Code).ToArray();
        var withheldAreas = areaWithheld.Count(w => w);
        var disclosure = new AuditDisclosure(policy, Statement(policy, suppressed, withheldCodes.Length, withheldAreas), suppressed, withheldCodes, withheldAreas);
        var settings = new AuditSettings(
            work.Dataset.Name, work.Dataset.Measure, work.Multiplier, work.ReferenceCategory.Code, work.ReferenceCategory.Label, work.ReferenceChosen,
            work.Levels, work.Basis, work.Standard, work.StandardisationNote, work.Benchmark, work.Options.Benchmark is not null,
            work.Options.Adjustment, policy, work.Options.ReferenceRates is not null, work.Dataset.Rows.Count,
            [.. data.BandStandardIndex.Select(b => work.Options.Standard!.Bands[b])], data.Areas.Length, data.Periods);
        return new Published(settings, dataQuality, estimates, comparisons, summary, need, sensitivity, trends, areas, disclosure, withheld, areaWithheld);
    }

    private static string Statement(DisclosurePolicy policy, int suppressed, int groups, int areas) =>
        $"Counts are published under the policy '{policy.Name}' ({policy.Source}): {suppressed} counts are suppressed (small numbers, and the counts that would reveal them)"
        + (policy.RoundingBase > 1 ? $", other counts and totals are rounded to the nearest {policy.RoundingBase}" : string.Empty)
        + $". Estimates resting on a suppressed count are withheld ({groups} groups"
        + (areas > 0 ? $", {areas} areas" : string.Empty)
        + "); summary measures and trends that pool them are flagged. Estimates are computed from the unrounded counts.";

    /// <summary>A published sum of counts: withheld when any of its parts is, otherwise rounded as the policy rounds.</summary>
    private static DisclosureCell Total(DisclosurePolicy policy, double value, bool anyPartSuppressed)
    {
        if (anyPartSuppressed)
        {
            return new DisclosureCell(null, DisclosureStatus.SecondarySuppressed);
        }

        return PublishedTotal(policy.Round(Whole(value)), value);
    }

    /// <summary>A published total, marked rounded when the policy changed it (as <see cref="SmallNumberSuppression"/> marks cells).</summary>
    private static DisclosureCell PublishedTotal(double? published, double original) =>
        new(published, published == original ? DisclosureStatus.Published : DisclosureStatus.Rounded);

    private sealed record CountTable(DisclosureCell[] Numerators, DisclosureCell[] Denominators, DisclosureCell NumeratorTotal, bool[] Withheld);

    /// <summary>The published numerators and denominators of rows (categories or areas) and which rows are withheld.</summary>
    private static CountTable Counts(AuditWork work, string[] names, int rows, Func<int, double> numerator, Func<int, double> denominator, ref int suppressed)
    {
        var policy = work.Options.Disclosure;
        var numerators = new DisclosureCell[rows];
        var denominators = new DisclosureCell[rows];
        var withheld = new bool[rows];
        DisclosureCell total;
        if (work.Proportion)
        {
            var counts = new double[rows * 2];
            for (var r = 0; r < rows; r++)
            {
                counts[2 * r] = Whole(numerator(r));
                counts[(2 * r) + 1] = Math.Max(0, Whole(denominator(r)) - counts[2 * r]);
            }

            var table = SmallNumberSuppression.Apply(names, ProportionColumns, counts, policy);
            for (var r = 0; r < rows; r++)
            {
                numerators[r] = table.Cell(r, 0);
                var n = Whole(denominator(r));
                denominators[r] = policy.SuppressesCount(n)
                    ? new DisclosureCell(null, DisclosureStatus.PrimarySuppressed)
                    : PublishedTotal(table.RowTotal(r), n);
                withheld[r] = table.IsSuppressed(r, 0) || table.IsSuppressed(r, 1) || denominators[r].IsSuppressed;
                suppressed += (table.IsSuppressed(r, 0) ? 1 : 0) + (table.IsSuppressed(r, 1) ? 1 : 0) + (denominators[r].IsSuppressed ? 1 : 0);
            }

            total = PublishedTotal(table.ColumnTotal(0), counts.Where((_, i) => i % 2 == 0).Sum());
        }
        else
        {
            var eventCounts = Enumerable.Range(0, rows).Select(r => Whole(numerator(r))).ToArray();
            var events = SmallNumberSuppression.Apply(names, ["events"], eventCounts, policy, PublishedMargins.ColumnTotals);
            var population = SmallNumberSuppression.Apply(names, ["population"], Enumerable.Range(0, rows).Select(r => Whole(denominator(r))).ToArray(), policy, PublishedMargins.ColumnTotals);
            for (var r = 0; r < rows; r++)
            {
                numerators[r] = events.Cell(r, 0);
                denominators[r] = population.Cell(r, 0);
                withheld[r] = numerators[r].IsSuppressed || denominators[r].IsSuppressed;
                suppressed += (numerators[r].IsSuppressed ? 1 : 0) + (denominators[r].IsSuppressed ? 1 : 0);
            }

            total = PublishedTotal(events.ColumnTotal(0), eventCounts.Sum());
        }

        return new CountTable(numerators, denominators, total, withheld);
    }

    private static double Whole(double count) => Math.Round(count, MidpointRounding.AwayFromZero);

    private static List<AuditGapTrend> Trends(AuditWork work, bool[] withheld, ref int suppressed)
    {
        var data = work.Data;
        var result = new List<AuditGapTrend>();
        if (work.Trends.Count == 0)
        {
            return result;
        }

        var periods = data.Periods;
        var known = data.Known;
        var categories = data.Categories.Length;
        var counts = new double[known.Length * periods.Length];
        for (var k = 0; k < known.Length; k++)
        {
            for (var p = 0; p < periods.Length; p++)
            {
                counts[(k * periods.Length) + p] = Whole(data.PeriodX[(p * categories) + known[k]]);
            }
        }

        var table = SmallNumberSuppression.Apply(known.Select(c => data.Categories[c].Code).ToArray(), periods, counts, work.Options.Disclosure);
        for (var k = 0; k < known.Length; k++)
        {
            for (var p = 0; p < periods.Length; p++)
            {
                suppressed += table.IsSuppressed(k, p) ? 1 : 0;
            }
        }

        var r = Array.IndexOf(known, work.Reference);
        foreach (var (c, trend, reason) in work.Trends)
        {
            var k = Array.IndexOf(known, c);
            // A withheld group publishes no gap in any period; and once any period's gap is hidden, the changes and
            // slopes over all periods are hidden too (they would let the hidden gap be recovered from the others).
            var hidden = Enumerable.Range(0, periods.Length).Where(p => withheld[c] || table.IsSuppressed(k, p) || table.IsSuppressed(r, p)).ToHashSet();
            var published = trend is null || hidden.Count == 0 ? trend : trend with
            {
                DifferenceChange = Withhold(trend.DifferenceChange),
                RatioChange = Withhold(trend.RatioChange),
                DifferenceSlope = Withhold(trend.DifferenceSlope),
                RatioTrend = Withhold(trend.RatioTrend),
                Periods = [.. trend.Periods.Select((g, p) => hidden.Contains(p)
                    ? g with
                    {
                        Difference = IntervalEstimate.NotAvailable(EstimateStatus.Suppressed, g.Difference.Level, g.Difference.Method),
                        Ratio = IntervalEstimate.NotAvailable(EstimateStatus.Suppressed, g.Ratio.Level, g.Ratio.Method),
                    }
                    : g)],
            };
            result.Add(new AuditGapTrend(data.Categories[c].Code, data.Categories[c].Label, published, reason, hidden.Count > 0 || withheld[c]));
        }

        return result;
    }

    private static IntervalEstimate Withhold(IntervalEstimate estimate) =>
        IntervalEstimate.NotAvailable(EstimateStatus.Suppressed, estimate.Level, estimate.Method);

    private static (AuditAreas? Areas, bool[] Withheld) Areas(AuditWork work, ref int suppressed)
    {
        var data = work.Data;
        if (work.Funnel is null)
        {
            return (null, []);
        }

        var table = Counts(work, data.Areas, data.Areas.Length, a => data.AreaX[a], a => data.AreaN[a], ref suppressed);
        var areas = new AuditArea[data.Areas.Length];
        for (var a = 0; a < areas.Length; a++)
        {
            var point = work.FunnelPoints[a];
            areas[a] = new AuditArea(data.Areas[a], table.Numerators[a], table.Denominators[a],
                table.Withheld[a] ? null : point.Value, point.Significance, table.Withheld[a]);
        }

        return (new AuditAreas(work.Funnel, areas, work.FunnelPoints.Count(EquityAudit.IsOutside95), work.FunnelPoints.Count(EquityAudit.IsOutside998)), table.Withheld);
    }
}
