using EEiC.Statistics.DataQuality;
using EEiC.Statistics.Disclosure;
using EEiC.Statistics.Intervals;

namespace EEiC.Tools.Audit;

/// <summary>
/// The quality of ethnicity recording behind an equity audit and its verdict, from
/// <see cref="EthnicityDataQuality.Assess(IReadOnlyList{EEiC.Ethnicity.EthnicCategoryCount}, EthnicityQualityOptions?)"/> on the
/// records of every row, missing ethnicity included. Counts are published through the disclosure policy; the shares are
/// published as computed (they describe recording, not outcomes, and the verdict rests on them).
/// </summary>
/// <param name="Verdict">Whether the recording is fit to break the indicator down by ethnic group.</param>
/// <param name="Completeness">The share of records with a usable ethnic category, with its Wilson interval at the first level.</param>
/// <param name="NotStated">The share of records coded "not stated" (asked, declined).</param>
/// <param name="NotKnown">The share of records coded "not known" (not asked).</param>
/// <param name="RecordsAre">What a record is: <see cref="RecordCounting.Denominators"/> for proportions (people eligible), <see cref="RecordCounting.Numerators"/> for rates (events, whose ethnicity is what is recorded).</param>
/// <param name="Records">All records, published.</param>
/// <param name="RecordsWithoutEthnicity">Records whose ethnicity is not stated or not known, published (suppressed when any of its parts is).</param>
/// <param name="EventsWithoutEthnicity">Events (numerators) whose ethnicity is not stated or not known, published: they are left out of the group estimates and re-allocated in the sensitivity analysis.</param>
/// <param name="Categories">The records of every category present, in the classification's order, published.</param>
/// <param name="Checks">Every check of the assessment with its value, threshold and outcome.</param>
/// <param name="Thresholds">The thresholds of the verdict.</param>
public sealed record AuditDataQuality(
    FitnessForUse Verdict,
    IntervalEstimate Completeness,
    IntervalEstimate NotStated,
    IntervalEstimate NotKnown,
    RecordCounting RecordsAre,
    DisclosureCell Records,
    DisclosureCell RecordsWithoutEthnicity,
    DisclosureCell EventsWithoutEthnicity,
    IReadOnlyList<AuditCategoryCount> Categories,
    IReadOnlyList<QualityFinding> Checks,
    EthnicityQualityThresholds Thresholds);
