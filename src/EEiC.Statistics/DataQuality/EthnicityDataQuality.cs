using System.Globalization;
using EEiC.Ethnicity;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Need;
using EEiC.Statistics.Rates;
using EEiC.Statistics.Validation;

namespace EEiC.Statistics.DataQuality;

/// <summary>
/// The quality of a recorded ethnicity column, and whether it is fit to break an indicator down by ethnic group:
/// completeness, "not stated", "not known", blanks and unmapped values, over-use of the residual "any other …"
/// categories, the distance from the population's distribution, and the trend of completeness over periods, with a
/// verdict and its reasons.
/// </summary>
/// <remarks>
/// <para><b>Sources.</b> Incomplete ethnic monitoring at service level is a persistent gap that commissioners let persist
/// year on year (seed 001 lines 84, 91, 111, 174); a KPI on ethnic monitoring should come before outcome indicators (seed
/// 001 line 186); poor data should still be used, with caveats (Aspinall and Jacobson 2007, seed 001 line 249); recorded
/// ethnicity is incomplete, over-uses "other" categories and shows systematic bias (seed 004 lines 650–656). Domain notes:
/// <c>seed-000-001.md</c> §6 lines 589–591, methods S1, S2, S3; <c>seed-004.md</c> §1.2 lines 52, 56, 58 and 65, DQ1, DQ5, DQ7, DQ14. The sources give no formula
/// or threshold: the measures below are the standard ones, and the thresholds are the documented, configurable defaults
/// of <see cref="EthnicityQualityThresholds"/>.</para>
/// <para><b>Buckets.</b> Every record falls in exactly one of <see cref="EthnicityRecordCounts"/>: a valid category
/// (of the classification the column was parsed into; local sub-categories and unregistered two-character NHS codes
/// count, rolled up to their national category), not stated, not known, blank, or unmapped. Completeness is valid ÷
/// all records, with a Wilson interval (Wilson EB. J Am Stat Assoc 1927;22:209–212), as are the other shares.</para>
/// <para><b>Residual categories.</b> The share of valid records in the "any other …" categories
/// (<see cref="EthnicCategory.IsResidual"/>) is compared with the population's share as a ratio of shares, with the
/// interval of <see cref="RepresentationRatios"/> (Wilson over a fixed population share, or Katz's log method when the
/// population is a sample).</para>
/// <para><b>Distribution.</b> Index of dissimilarity and Pearson's goodness-of-fit test over the valid categories
/// (<see cref="DistributionComparison"/>). Trend: the chi-square test for trend in proportions
/// (<see cref="ProportionTrend"/>).</para>
/// <para><b>Verdict.</b> <see cref="FitnessForUse.NotFit"/> when completeness is below
/// <see cref="EthnicityQualityThresholds.MinimumCompleteness"/>; otherwise <see cref="FitnessForUse.FitWithCaveats"/> when
/// any of: not stated above its maximum, unmapped above its maximum, residual over-use, dissimilarity above its maximum,
/// or no significant improvement over the recent periods while completeness is below the minimum; otherwise
/// <see cref="FitnessForUse.Fit"/>. The goodness-of-fit test is reported but not part of the verdict: with the record
/// counts of routine data it is significant for differences of no practical size.</para>
/// <para><b>Errors.</b> An empty column; a column mixing classification schemes (values the parser did not read that
/// are codes of another scheme, such as census codes "13" in an NHS column, or a counts input with categories of more
/// than one scheme) — the message names the schemes and example values; a population with missing-ethnicity categories,
/// repeated categories, another scheme or no people; invalid thresholds. All are reported at once in a
/// <see cref="StatisticsInputException"/>.</para>
/// </remarks>
public static class EthnicityDataQuality
{
    private const int Examples = 5;

    /// <summary>Assesses a column parsed with <see cref="EthnicityParser.ParseColumn"/>.</summary>
    /// <param name="column">The parsed column.</param>
    /// <param name="options">The reference population, history, thresholds and level; <see langword="null"/> for <see cref="EthnicityQualityOptions.Default"/>.</param>
    /// <returns>The report.</returns>
    /// <remarks>Wilson EB. J Am Stat Assoc 1927;22:209–212; see <see cref="EthnicityDataQuality"/> for every method and source.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="column"/> is null.</exception>
    /// <exception cref="StatisticsInputException">The column is empty or mixes classification schemes, or an option breaks its rules; every problem is listed.</exception>
    public static EthnicityQualityReport Assess(ParsedEthnicityColumn column, EthnicityQualityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(column);
        return Assess(column.Summary, options);
    }

    /// <summary>Assesses a column from its summary (<see cref="EthnicityColumnSummary.Create"/>).</summary>
    /// <param name="summary">The summary of the parsed column.</param>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    /// <returns>The report.</returns>
    /// <remarks>Wilson EB. J Am Stat Assoc 1927;22:209–212; see <see cref="EthnicityDataQuality"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is null.</exception>
    /// <exception cref="StatisticsInputException">The column is empty or mixes classification schemes, or an option breaks its rules; every problem is listed.</exception>
    public static EthnicityQualityReport Assess(EthnicityColumnSummary summary, EthnicityQualityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        options ??= EthnicityQualityOptions.Default;
        var checks = default(InputChecks);
        if (summary.Total == 0)
        {
            checks.Add(null, "column", "0 values", "must contain at least one value to assess");
        }

        var scheme = SchemeOf(summary.CountsByCategory, "column", ref checks);
        CheckForeignCodes(summary, scheme, ref checks);
        var population = ReadPopulation(options, scheme, ref checks);
        checks.ThrowIfAny();

        var blank = summary.CountsByStatus.GetValueOrDefault(EthnicityParseStatus.Blank);
        var (valid, notStated, notKnownAll, categories) = Bucket(summary.CountsByCategory);
        var counts = new EthnicityRecordCounts(summary.Total, valid, notStated, notKnownAll - blank, blank, summary.Unmapped);
        return Build(scheme, counts, summary.UnmappedValues, categories, population, options);
    }

    /// <summary>Assesses counts per category (for example a published table of records by ethnic category, including the "not stated" and "not known" rows).</summary>
    /// <param name="counts">The records per category; all of one classification scheme, each category once, counts ≥ 0 with a positive total.</param>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    /// <returns>The report; a counts input has no blank or unmapped records (blanks counted as "not known" belong in that row).</returns>
    /// <remarks>Wilson EB. J Am Stat Assoc 1927;22:209–212; see <see cref="EthnicityDataQuality"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is null.</exception>
    /// <exception cref="StatisticsInputException">A category is null or repeated, a count is negative, the total is 0, the categories mix classification schemes, or an option breaks its rules; every problem is listed.</exception>
    public static EthnicityQualityReport Assess(IReadOnlyList<EthnicCategoryCount> counts, EthnicityQualityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        options ??= EthnicityQualityOptions.Default;
        var checks = default(InputChecks);
        CheckCounts(counts, nameof(counts), ref checks, allowMissing: true);
        var scheme = SchemeOf(counts, nameof(counts), ref checks);
        var population = ReadPopulation(options, scheme, ref checks);
        checks.ThrowIfAny();

        var (valid, notStated, notKnown, categories) = Bucket(counts);
        var total = valid + notStated + notKnown;
        return Build(scheme, new EthnicityRecordCounts(total, valid, notStated, notKnown, 0, 0), [], categories, population, options);
    }

    /// <summary>The trend of completeness over periods: each period's completeness with its Wilson interval, the chi-square test for linear trend over all periods and over the most recent, and whether completeness has failed to improve.</summary>
    /// <param name="periods">The periods, oldest first, taken as equally spaced (scores 1, 2, …); at least two.</param>
    /// <param name="level">The confidence level of the periods' intervals.</param>
    /// <param name="thresholds">Gives <see cref="EthnicityQualityThresholds.NoImprovementPeriods"/> and <see cref="EthnicityQualityThresholds.TrendSignificance"/>; <see langword="null"/> for the defaults.</param>
    /// <returns>The trend.</returns>
    /// <remarks>Wilson EB. J Am Stat Assoc 1927;22:209–212; Cochran WG. Biometrics 1954;10:417–451; Armitage P. Biometrics 1955;11:375–386. Method S2 of the domain notes (seed 001 lines 91, 124).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="periods"/> is null.</exception>
    /// <exception cref="StatisticsInputException">Fewer than two periods, a blank label, a count breaking the rules of <see cref="PeriodCompleteness"/>, or a bad threshold; every problem is listed.</exception>
    public static CompletenessTrend Trend(IReadOnlyList<PeriodCompleteness> periods, ConfidenceLevel level, EthnicityQualityThresholds? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(periods);
        thresholds ??= EthnicityQualityThresholds.Default;
        var checks = default(InputChecks);
        thresholds.Check(ref checks);
        CountInputs.Level(ref checks, level);
        if (periods.Count < 2)
        {
            checks.Add(null, nameof(periods), periods.Count.ToString(CultureInfo.InvariantCulture), "must give at least two periods for a trend");
        }

        CheckPeriods(periods, nameof(periods), ref checks);
        checks.ThrowIfAny();
        return ComputeTrend(periods, level, thresholds);
    }

    private static void CheckPeriods(IReadOnlyList<PeriodCompleteness> periods, string argument, ref InputChecks checks)
    {
        for (var i = 0; i < periods.Count; i++)
        {
            var p = periods[i];
            if (string.IsNullOrWhiteSpace(p.Period))
            {
                checks.Add(i, $"{argument}.Period", p.Period ?? "null", "must be a non-empty label");
            }

            checks.NonNegative(i, $"{argument}.Complete", p.Complete, p.Period);
            checks.Positive(i, $"{argument}.Total", p.Total, p.Period);
            if (p.Complete > p.Total)
            {
                checks.Add(i, $"{argument}.Complete", p.Complete, "must be <= the period's total", p.Period);
            }
        }
    }

    private static CompletenessTrend ComputeTrend(IReadOnlyList<PeriodCompleteness> periods, ConfidenceLevel level, EthnicityQualityThresholds thresholds)
    {
        var complete = periods.Select(p => p.Complete).ToArray();
        var totals = periods.Select(p => p.Total).ToArray();
        var estimates = periods.Select(p => new PeriodCompletenessEstimate(p.Period, p.Complete, p.Total, Proportions.Wilson(p.Complete, p.Total, level))).ToArray();
        var overall = ProportionTrend.Compute(complete, totals, default);
        var recentCount = thresholds.NoImprovementPeriods;
        if (periods.Count < recentCount)
        {
            return new CompletenessTrend(estimates, overall, new ProportionTrendTest(null, null, null, EstimateStatus.Undefined), recentCount, null);
        }

        var from = periods.Count - recentCount;
        var recent = ProportionTrend.Compute(complete.AsSpan(from), totals.AsSpan(from), default);
        bool noImprovement;
        if (recent.Status == EstimateStatus.Ok)
        {
            noImprovement = !(recent.Slope > 0 && recent.PValue < thresholds.TrendSignificance);
        }
        else
        {
            // Completeness did not vary over the recent periods: no improvement, unless it was complete throughout.
            noImprovement = complete.AsSpan(from).SequenceEqual(totals.AsSpan(from)) is false;
        }

        return new CompletenessTrend(estimates, overall, recent, recentCount, noImprovement);
    }

    private static EthnicityQualityReport Build(
        EthnicityScheme? scheme,
        EthnicityRecordCounts counts,
        IReadOnlyList<UnmappedEthnicityValue> unmappedValues,
        List<EthnicCategoryCount> categories,
        List<EthnicCategoryCount>? population,
        EthnicityQualityOptions options)
    {
        if (counts.Valid + counts.NotStated + counts.NotKnown + counts.Blank + counts.Unmapped != counts.Total)
        {
            throw new InvalidOperationException("Internal error: the record buckets do not add up to the total; please report this.");
        }

        var level = options.Level;
        var thresholds = options.Thresholds;
        double total = counts.Total;
        var completeness = Proportions.Wilson(counts.Valid, total, level);
        var notStated = Proportions.Wilson(counts.NotStated, total, level);
        var notKnown = Proportions.Wilson(counts.NotKnown, total, level);
        var blank = Proportions.Wilson(counts.Blank, total, level);
        var unmapped = Proportions.Wilson(counts.Unmapped, total, level);

        var residual = Residual(categories, population, counts.Valid, options);
        var distribution = population is null ? null : Distance(scheme, categories, population, counts.Valid);
        CompletenessTrend? trend = null;
        if (options.History.Count > 0)
        {
            trend = ComputeTrend([.. options.History, new PeriodCompleteness(options.Period, counts.Valid, total)], level, thresholds);
        }

        var findings = new List<QualityFinding>
        {
            completeness.Value < thresholds.MinimumCompleteness
                ? new(QualityCheck.Completeness, QualityOutcome.NotFit, completeness.Value, thresholds.MinimumCompleteness,
                    $"completeness {Share(completeness)} is below the minimum {Percent(thresholds.MinimumCompleteness)}: report estimates by ethnic group only with bounds for the missing records (MissingEthnicitySensitivity)")
                : new(QualityCheck.Completeness, QualityOutcome.Pass, completeness.Value, thresholds.MinimumCompleteness,
                    $"completeness {Share(completeness)} meets the minimum {Percent(thresholds.MinimumCompleteness)}"),
            notStated.Value > thresholds.MaximumNotStated
                ? new(QualityCheck.NotStated, QualityOutcome.Caveat, notStated.Value, thresholds.MaximumNotStated,
                    $"'not stated' {Share(notStated)} is above the maximum {Percent(thresholds.MaximumNotStated)}: people declining to give their ethnicity may differ from those who do")
                : new(QualityCheck.NotStated, QualityOutcome.Pass, notStated.Value, thresholds.MaximumNotStated,
                    $"'not stated' {Share(notStated)} is within the maximum {Percent(thresholds.MaximumNotStated)}"),
            unmapped.Value > thresholds.MaximumUnmapped
                ? new(QualityCheck.Unmapped, QualityOutcome.Caveat, unmapped.Value, thresholds.MaximumUnmapped,
                    $"unmapped values {Share(unmapped)} are above the maximum {Percent(thresholds.MaximumUnmapped)} ({Listed(unmappedValues)}): check the extract and the coding")
                : new(QualityCheck.Unmapped, QualityOutcome.Pass, unmapped.Value, thresholds.MaximumUnmapped,
                    $"unmapped values {Share(unmapped)} are within the maximum {Percent(thresholds.MaximumUnmapped)}"),
            ResidualFinding(residual, population is not null, thresholds),
            DissimilarityFinding(distribution, thresholds),
            TrendFinding(trend, completeness.Value!.Value, thresholds),
        };

        var verdict = findings.Any(f => f.Outcome == QualityOutcome.NotFit) ? FitnessForUse.NotFit
            : findings.Any(f => f.Outcome == QualityOutcome.Caveat) ? FitnessForUse.FitWithCaveats
            : FitnessForUse.Fit;
        return new EthnicityQualityReport(scheme, counts, completeness, notStated, notKnown, blank, unmapped, unmappedValues,
            categories, residual, distribution, trend, verdict, findings, thresholds);
    }

    private static ResidualCategoryUse Residual(List<EthnicCategoryCount> categories, List<EthnicCategoryCount>? population, long valid, EthnicityQualityOptions options)
    {
        var level = options.Level;
        double residual = categories.Where(c => c.Category.IsResidual).Sum(c => (double)c.Count);
        var recorded = valid > 0
            ? Proportions.Wilson(residual, valid, level)
            : IntervalEstimate.NotAvailable(EstimateStatus.ZeroDenominator, level, EstimationMethod.Wilson);
        var method = options.PopulationShares == ShareRatioInterval.KatzLog ? EstimationMethod.KatzLogRatio : EstimationMethod.Wilson;
        if (population is null)
        {
            return new ResidualCategoryUse(recorded, null, IntervalEstimate.NotAvailable(EstimateStatus.MissingInput, level, method), false);
        }

        double populationResidual = population.Where(c => c.Category.IsResidual).Sum(c => (double)c.Count);
        double populationTotal = population.Sum(c => (double)c.Count);
        var ratio = valid > 0
            ? RepresentationRatios.Compute(residual, valid, populationResidual, populationTotal, level, options.PopulationShares)
            : IntervalEstimate.NotAvailable(EstimateStatus.ZeroDenominator, level, method);
        var overused = ratio.Value > options.Thresholds.MaximumResidualRatio && ratio.Lower > 1;
        return new ResidualCategoryUse(recorded, populationResidual / populationTotal, ratio, overused);
    }

    private static DistributionDistance Distance(EthnicityScheme? scheme, List<EthnicCategoryCount> categories, List<EthnicCategoryCount> population, long valid)
    {
        var order = scheme is { } s ? EthnicityClassification.For(s).Categories : [];
        var all = categories.Select(c => c.Category).Union(population.Select(c => c.Category))
            .OrderBy(c => Position(order, c)).ToList();
        var recorded = all.Select(c => (double)categories.Where(x => x.Category == c).Sum(x => x.Count)).ToArray();
        var reference = all.Select(c => (double)population.Where(x => x.Category == c).Sum(x => x.Count)).ToArray();
        var populationTotal = reference.Sum();
        var rows = all.Select((c, i) => new CategoryComparison(c, (long)recorded[i], valid > 0 ? recorded[i] / valid : 0,
            reference[i] / populationTotal, valid * reference[i] / populationTotal)).ToArray();
        double? index = valid > 0 ? DistributionComparison.Dissimilarity(recorded, reference) : null;
        return new DistributionDistance(index, DistributionComparison.ChiSquare(recorded, reference), rows);
    }

    private static int Position(IReadOnlyList<EthnicCategory> order, EthnicCategory category)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i] == category)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private static QualityFinding ResidualFinding(ResidualCategoryUse residual, bool hasPopulation, EthnicityQualityThresholds thresholds)
    {
        var threshold = thresholds.MaximumResidualRatio;
        if (!hasPopulation)
        {
            return new(QualityCheck.ResidualOveruse, QualityOutcome.NotEvaluated, null, threshold,
                "no reference population was given (EthnicityQualityOptions.Population), so the use of 'any other' categories cannot be compared with it");
        }

        if (residual.Ratio.Status != EstimateStatus.Ok)
        {
            return new(QualityCheck.ResidualOveruse, QualityOutcome.NotEvaluated, null, threshold,
                $"the ratio of residual shares is not defined ({residual.Ratio.Status}): no record has a valid category, or a residual share is 0");
        }

        var r = residual.Ratio;
        var text = string.Create(CultureInfo.InvariantCulture,
            $"'any other' categories hold {Share(residual.RecordedShare)} of valid records against {Percent(residual.PopulationShare!.Value)} of the population: ratio {r}");
        return residual.Overused
            ? new(QualityCheck.ResidualOveruse, QualityOutcome.Caveat, r.Value, threshold,
                string.Create(CultureInfo.InvariantCulture, $"{text}, above the maximum {threshold:G4} with a lower limit above 1: records may be coded to 'other' for want of asking"))
            : new(QualityCheck.ResidualOveruse, QualityOutcome.Pass, r.Value, threshold,
                string.Create(CultureInfo.InvariantCulture, $"{text}, not significantly above the maximum {threshold:G4}"));
    }

    private static QualityFinding DissimilarityFinding(DistributionDistance? distribution, EthnicityQualityThresholds thresholds)
    {
        var threshold = thresholds.MaximumDissimilarity;
        if (distribution?.IndexOfDissimilarity is not { } d)
        {
            return new(QualityCheck.Dissimilarity, QualityOutcome.NotEvaluated, null, threshold,
                distribution is null
                    ? "no reference population was given (EthnicityQualityOptions.Population), so the recorded distribution cannot be compared with it"
                    : "no record has a valid category, so there is no recorded distribution to compare");
        }

        var text = string.Create(CultureInfo.InvariantCulture, $"index of dissimilarity {d:0.000} from the population ({distribution.GoodnessOfFit})");
        return d > threshold
            ? new(QualityCheck.Dissimilarity, QualityOutcome.Caveat, d, threshold,
                string.Create(CultureInfo.InvariantCulture, $"{text} is above the maximum {threshold:0.000}: {d:P1} of records would have to change category to match the population — a real difference in use, or biased recording"))
            : new(QualityCheck.Dissimilarity, QualityOutcome.Pass, d, threshold,
                string.Create(CultureInfo.InvariantCulture, $"{text} is within the maximum {threshold:0.000}"));
    }

    private static QualityFinding TrendFinding(CompletenessTrend? trend, double completeness, EthnicityQualityThresholds thresholds)
    {
        var threshold = thresholds.TrendSignificance;
        if (trend?.NoImprovement is not { } stuck)
        {
            return new(QualityCheck.CompletenessTrend, QualityOutcome.NotEvaluated, null, threshold,
                trend is null
                    ? "no earlier periods were given (EthnicityQualityOptions.History), so the trend of completeness cannot be assessed"
                    : string.Create(CultureInfo.InvariantCulture, $"fewer than {thresholds.NoImprovementPeriods} periods, so improvement over the recent periods cannot be assessed"));
        }

        var periods = trend.RecentPeriods;
        var test = trend.Recent;
        if (stuck && completeness < thresholds.MinimumCompleteness)
        {
            return new(QualityCheck.CompletenessTrend, QualityOutcome.Caveat, test.PValue, threshold,
                string.Create(CultureInfo.InvariantCulture,
                    $"no significant improvement in completeness over the last {periods} periods ({test}; significance level {threshold:G3}) while it is below the minimum {Percent(thresholds.MinimumCompleteness)}: the gap is persisting"));
        }

        return new(QualityCheck.CompletenessTrend, QualityOutcome.Pass, test.PValue, threshold,
            stuck
                ? string.Create(CultureInfo.InvariantCulture, $"no significant improvement over the last {periods} periods ({test}), but completeness meets the minimum")
                : string.Create(CultureInfo.InvariantCulture, $"completeness improved significantly over the last {periods} periods ({test})"));
    }

    private static (long Valid, long NotStated, long NotKnown, List<EthnicCategoryCount> Categories) Bucket(IReadOnlyList<EthnicCategoryCount> counts)
    {
        long valid = 0, notStated = 0, notKnown = 0;
        var byNational = new List<EthnicCategoryCount>();
        foreach (var (category, count) in counts)
        {
            switch (category.Missing)
            {
                case MissingEthnicity.NotStated:
                    notStated += count;
                    break;
                case MissingEthnicity.NotKnown:
                    notKnown += count;
                    break;
                default:
                    valid += count;
                    var at = byNational.FindIndex(c => c.Category == category.National);
                    if (at < 0)
                    {
                        byNational.Add(new EthnicCategoryCount(category.National, count));
                    }
                    else
                    {
                        byNational[at] = byNational[at] with { Count = byNational[at].Count + count };
                    }

                    break;
            }
        }

        return (valid, notStated, notKnown, byNational);
    }

    private static EthnicityScheme? SchemeOf(IReadOnlyList<EthnicCategoryCount> counts, string argument, ref InputChecks checks)
    {
        var schemes = counts.Where(c => c.Category is not null).GroupBy(c => c.Category.National.Scheme).ToList();
        if (schemes.Count > 1)
        {
            var described = schemes.Select(g => $"{g.Key} ({string.Join(", ", g.Take(Examples).Select(c => $"'{c.Category.Code}' ×{c.Count}"))})");
            checks.Add(null, argument, string.Join(" and ", described),
                "must all be categories of one classification scheme: a column or table mixing schemes cannot be assessed as one; cross-walk one part first (EthnicityCrosswalk) or assess each scheme separately");
            return null;
        }

        return schemes.Count == 1 ? schemes[0].Key : null;
    }

    private static void CheckForeignCodes(EthnicityColumnSummary summary, EthnicityScheme? scheme, ref InputChecks checks)
    {
        var foreign = summary.UnmappedValues
            .Where(v => v.Status == EthnicityParseStatus.Unrecognised)
            .Select(v => (Value: v, Schemes: Enum.GetValues<EthnicityScheme>().Where(s => IsCodeOf(v.Raw, s)).ToArray()))
            .Where(v => v.Schemes.Length > 0)
            .GroupBy(v => string.Join(", ", v.Schemes))
            .ToList();
        if (foreign.Count == 0)
        {
            return;
        }

        var own = scheme is { } s
            ? $"{s} categories (e.g. {string.Join(", ", summary.CountsByCategory.OrderByDescending(c => c.Count).Take(Examples).Select(c => $"'{c.Category.Code}' ×{c.Count}"))})"
            : "values of the scheme the parser was set to read";
        foreach (var group in foreign)
        {
            var examples = string.Join(", ", group.Take(Examples).Select(v => $"'{v.Value.Raw}' ×{v.Value.Count}"));
            var count = group.Sum(v => (long)v.Value.Count);
            checks.Add(null, "column", examples,
                string.Create(CultureInfo.InvariantCulture,
                    $"mixes classification schemes: {count} values are codes of {group.Key} that the parser did not read, while the rest are {own}; a column must use one classification — parse each part with EthnicityParserOptions.Source set to its scheme, cross-walk, or map these values with EthnicityParserOptions.Aliases"));
        }
    }

    private static bool IsCodeOf(string raw, EthnicityScheme scheme)
    {
        var text = raw.Trim();
        if (text.Length == 0)
        {
            return false;
        }

        var classification = EthnicityClassification.For(scheme);
        if (classification.Find(text) is not null)
        {
            return true;
        }

        // A two-character NHS code rolls up to the national category of its first character (NHS Data Dictionary).
        return scheme == EthnicityScheme.NhsEthnicCategory && text.Length == 2 && char.IsAsciiLetter(text[0])
            && char.IsAsciiLetterOrDigit(text[1]) && classification.Find(text[..1]) is { IsMissing: false };
    }

    private static void CheckCounts(IReadOnlyList<EthnicCategoryCount> counts, string argument, ref InputChecks checks, bool allowMissing)
    {
        var seen = new HashSet<EthnicCategory>();
        long total = 0;
        for (var i = 0; i < counts.Count; i++)
        {
            var (category, count) = counts[i];
            if (category is null)
            {
                checks.Add(i, argument, "null", "must name a category");
                continue;
            }

            if (count < 0)
            {
                checks.Add(i, argument, count, "must be a count >= 0", category.Code);
            }

            if (!allowMissing && category.IsMissing)
            {
                checks.Add(i, argument, $"'{category.Code}'", "must be a substantive category: a reference population has no 'not stated' or 'not known' people", category.Code);
            }

            if (!seen.Add(category))
            {
                checks.Add(i, argument, $"'{category.Code}'", "must appear once", category.Code);
            }

            total += Math.Max(count, 0);
        }

        if (total == 0)
        {
            checks.Add(null, argument, counts.Count == 0 ? "empty" : "total 0", "must contain at least one record");
        }
    }

    private static List<EthnicCategoryCount>? ReadPopulation(EthnicityQualityOptions options, EthnicityScheme? scheme, ref InputChecks checks)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Thresholds, "options.Thresholds");
        ArgumentNullException.ThrowIfNull(options.History, "options.History");
        options.Thresholds.Check(ref checks);
        CountInputs.Level(ref checks, options.Level, argument: "options.Level");
        RepresentationRatios.CheckInterval(ref checks, options.PopulationShares);
        CheckPeriods(options.History, "options.History", ref checks);
        if (options.History.Count > 0 && string.IsNullOrWhiteSpace(options.Period))
        {
            checks.Add(null, "options.Period", options.Period ?? "null", "must be a non-empty label when a history is given");
        }

        if (options.Population is not { } population)
        {
            return null;
        }

        var argument = "options.Population";
        CheckCounts(population, argument, ref checks, allowMissing: false);
        var populationScheme = SchemeOf(population, argument, ref checks);
        if (scheme is { } s && populationScheme is { } p && s != p)
        {
            checks.Add(null, argument, p.ToString(),
                $"must be in the classification of the column ({s}); cross-walk the population first (EthnicityCrosswalk)");
        }

        var byNational = new List<EthnicCategoryCount>();
        foreach (var (category, count) in population)
        {
            if (category is null)
            {
                continue;
            }

            var at = byNational.FindIndex(c => c.Category == category.National);
            if (at < 0)
            {
                byNational.Add(new EthnicCategoryCount(category.National, count));
            }
            else
            {
                byNational[at] = byNational[at] with { Count = byNational[at].Count + count };
            }
        }

        return byNational;
    }

    private static string Share(IntervalEstimate share) => string.Create(CultureInfo.InvariantCulture,
        $"{Percent(share.Value!.Value)} ({share.Level} CI {Percent(share.Lower ?? 0)} to {Percent(share.Upper ?? 1)})");

    private static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Listed(IReadOnlyList<UnmappedEthnicityValue> values) => values.Count == 0
        ? "no values listed"
        : string.Join(", ", values.Take(Examples).Select(v => $"'{v.Raw}' ×{v.Count} {v.Status}")) + (values.Count > Examples ? ", …" : string.Empty);
}
