using EEiC.Datasets;
using EEiC.Statistics.Disclosure;
using EEiC.Statistics.GroupComparison;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Standardisation;

namespace EEiC.Tools.Audit;

/// <summary>The settings an equity audit actually used, after defaults were resolved against the data.</summary>
/// <param name="DatasetName">The dataset's name, if it has one.</param>
/// <param name="Measure">What the rows measure (proportions or rates).</param>
/// <param name="Multiplier">The scale of every estimate and difference (the indicator's multiplier: 100 for a percentage, 100,000 for a rate per 100,000).</param>
/// <param name="ReferenceGroup">The code of the reference group.</param>
/// <param name="ReferenceGroupLabel">The label of the reference group.</param>
/// <param name="ReferenceGroupChosen"><see langword="true"/> when the audit chose the reference group (the largest denominator), <see langword="false"/> when the options named it.</param>
/// <param name="Levels">The confidence levels; the first decides significance.</param>
/// <param name="Basis">Whether gaps are judged on crude or directly standardised estimates.</param>
/// <param name="Standard">The standard population used (restricted to the age bands present), or <see langword="null"/> when nothing was standardised.</param>
/// <param name="StandardisationNote">Why the estimates were not standardised although the rows have age bands, or <see langword="null"/>.</param>
/// <param name="Benchmark">The benchmark value, on the indicator's scale.</param>
/// <param name="BenchmarkGiven"><see langword="true"/> when the options gave the benchmark, <see langword="false"/> when it is the overall value of the dataset.</param>
/// <param name="Adjustment">The multiple-comparison adjustment of the p-values.</param>
/// <param name="Disclosure">The disclosure policy applied to the published counts.</param>
/// <param name="ReferenceRatesGiven">Whether reference rates were given for expected versus observed activity.</param>
/// <param name="Rows">The number of rows read.</param>
/// <param name="AgeBands">The age bands present, in the standard's order (empty when the rows have none).</param>
/// <param name="Areas">The number of areas (0 when the rows have none).</param>
/// <param name="Periods">The periods, sorted as text (empty when the rows have none).</param>
public sealed record AuditSettings(
    string? DatasetName,
    DatasetMeasure Measure,
    double Multiplier,
    string ReferenceGroup,
    string ReferenceGroupLabel,
    bool ReferenceGroupChosen,
    IReadOnlyList<ConfidenceLevel> Levels,
    EstimateBasis Basis,
    StandardPopulation? Standard,
    string? StandardisationNote,
    double Benchmark,
    bool BenchmarkGiven,
    MultipleComparisonAdjustment Adjustment,
    DisclosurePolicy Disclosure,
    bool ReferenceRatesGiven,
    int Rows,
    IReadOnlyList<string> AgeBands,
    int Areas,
    IReadOnlyList<string> Periods);
