using EEiC.Datasets;

namespace EEiC.Statistics.Sensitivity;

/// <summary>The result of <see cref="MissingEthnicitySensitivity"/> for one setting (or one stratum of a dataset).</summary>
/// <param name="Scenarios">The scenarios, in order: complete case, all unknown to each group in input order, in proportion.</param>
/// <param name="ReferenceGroup">The group every other is compared with.</param>
/// <param name="UnknownNumerator">The events (or people with the outcome) with unknown ethnicity.</param>
/// <param name="UnknownDenominator">The records (people, population or person-time) with unknown ethnicity.</param>
/// <param name="Groups">Every group, in input order.</param>
/// <param name="SummaryMeasures">The summary measures of inequality requested, in the order requested.</param>
/// <param name="Stratum">For the dataset overload, the stratum: its first row, with group <see cref="Need.ExpectedVersusObserved.AllGroupsLabel"/> and, as numerator and denominator, the totals over all its rows (known and unknown ethnicity); <see langword="null"/> for the span overload.</param>
public sealed record MissingEthnicityBounds(
    IReadOnlyList<ReallocationScenario> Scenarios,
    string ReferenceGroup,
    double UnknownNumerator,
    double UnknownDenominator,
    IReadOnlyList<GroupSensitivity> Groups,
    IReadOnlyList<SummaryMeasureSensitivity> SummaryMeasures,
    StratifiedRow? Stratum);
