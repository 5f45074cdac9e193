using EEiC.Datasets;
using EEiC.Ethnicity;
using EEiC.Indicators;
using EEiC.Statistics.Comparison;
using EEiC.Statistics.DataQuality;
using EEiC.Statistics.GroupComparison;
using EEiC.Statistics.Inequality;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Sensitivity;
using EEiC.Statistics.Standardisation;

namespace EEiC.Tools.Audit;

/// <summary>
/// Everything an audit computes, on the unsuppressed counts, before <see cref="AuditPublisher"/> turns it into the published
/// <see cref="EquityAuditResult"/>. Per-category arrays are indexed by position in <see cref="AuditData.Categories"/>.
/// Confidential: never returned to the caller.
/// </summary>
internal sealed class AuditWork
{
    public AuditWork(StratifiedDataset dataset, IndicatorDefinition indicator, EquityAuditOptions options, AuditData data)
    {
        Dataset = dataset;
        Indicator = indicator;
        Options = options;
        Data = data;
        Levels = [.. options.Levels];
        Proportion = dataset.Measure == DatasetMeasure.Proportion;
        Multiplier = indicator.Multiplier;
        var categories = data.Categories.Length;
        Crude = new IntervalEstimate[categories][];
        Standardised = new IntervalEstimate[categories][];
        CrudeComparison = new ComparisonEstimate[categories][];
        StandardisedComparison = new ComparisonEstimate[categories][];
        CrudeSignificant = new bool[categories];
        StandardisedSignificant = new bool[categories];
        Significant = new bool[categories];
        BenchmarkComparisons = new BenchmarkComparisonResult[categories][];
        Expected = new double?[categories];
        ObservedToExpected = new IntervalEstimate[categories][];
        Representation = new IntervalEstimate[categories][];
    }

    public StratifiedDataset Dataset { get; }

    public IndicatorDefinition Indicator { get; }

    public EquityAuditOptions Options { get; }

    public AuditData Data { get; }

    public ConfidenceLevel[] Levels { get; }

    public bool Proportion { get; }

    public double Multiplier { get; }

    /// <summary>The reference group's index in <see cref="AuditData.Categories"/>.</summary>
    public int Reference { get; set; } = -1;

    public bool ReferenceChosen { get; set; }

    public EthnicCategory ReferenceCategory => Data.Categories[Reference];

    public EthnicityQualityReport Quality { get; set; } = null!;

    public EstimateBasis Basis { get; set; } = EstimateBasis.Crude;

    public StandardPopulation? Standard { get; set; }

    public string? StandardisationNote { get; set; }

    public double Benchmark { get; set; }

    public IntervalEstimate[]?[] Crude { get; }

    public IntervalEstimate[]?[] Standardised { get; }

    public ComparisonEstimate[]?[] CrudeComparison { get; }

    public ComparisonEstimate[]?[] StandardisedComparison { get; }

    public bool[] CrudeSignificant { get; }

    public bool[] StandardisedSignificant { get; }

    public bool[] Significant { get; }

    public BenchmarkComparisonResult[]?[] BenchmarkComparisons { get; }

    public List<SummaryMeasureEstimate> Summary { get; } = [];

    /// <summary>The groups whose estimates enter the summary measures.</summary>
    public List<int> SummaryGroups { get; } = [];

    public double?[] Expected { get; }

    public IntervalEstimate[]?[] ObservedToExpected { get; }

    public IntervalEstimate[] OverallObservedToExpected { get; set; } = [];

    public IntervalEstimate[]?[] Representation { get; }

    public RepresentationBasis RepresentationBasis { get; set; } = RepresentationBasis.Denominators;

    public double UnknownX { get; set; }

    public double UnknownN { get; set; }

    public MissingEthnicityBounds SensitivityBounds { get; set; } = null!;

    public List<(int Category, GapTrendResult? Trend, string? Reason)> Trends { get; } = [];

    public FunnelLimits? Funnel { get; set; }

    public FunnelPoint[] FunnelPoints { get; set; } = [];

    public string? AreasNote { get; set; }

    /// <summary>The records of a category whose ethnicity recording is assessed: denominators for proportions, numerators (events) for rates.</summary>
    public double Records(int category) => Proportion ? Data.TotalN(category) : Data.TotalX(category);

    /// <summary>The estimates gaps are judged on.</summary>
    public IntervalEstimate[] BasisEstimates(int category) =>
        (Basis == EstimateBasis.DirectlyStandardised ? Standardised[category] : Crude[category]) ?? [];

    /// <summary>The standard error of the basis estimate (times the multiplier): binomial, Poisson or Dobson.</summary>
    public double StandardError(int category)
    {
        if (Basis == EstimateBasis.DirectlyStandardised)
        {
            var slots = Data.BandSlots;
            var (_, variance) = EquityAudit.Dobson(Data.X.AsSpan(category * slots, slots), Data.N.AsSpan(category * slots, slots), Standard!, Multiplier);
            return Math.Sqrt(variance);
        }

        double x = Data.TotalX(category), n = Data.TotalN(category);
        return Proportion ? Math.Sqrt(x / n * (1 - (x / n)) / n) * Multiplier : Math.Sqrt(x) / n * Multiplier;
    }

    /// <summary>One row per group with known ethnicity, its totals, in the dataset's measure (for the crude comparisons).</summary>
    public StratifiedDataset CrudeDataset() =>
        new(Dataset.Group, Dataset.Measure,
            [.. Data.Known.Select(c => new StratifiedRow(Data.Categories[c].Code, Numerator: Data.TotalX(c), Denominator: Data.TotalN(c)))],
            Dataset.Name, Dataset.LocalCategories);

    /// <summary>One row per group with known ethnicity and age band present, as a rate dataset (for direct standardisation).</summary>
    public StratifiedDataset BandedDataset()
    {
        var slots = Data.BandSlots;
        var rows = new List<StratifiedRow>(Data.Known.Length * slots);
        foreach (var c in Data.Known)
        {
            for (var b = 0; b < slots; b++)
            {
                rows.Add(new StratifiedRow(Data.Categories[c].Code, AgeBand: Standard!.Bands[b], Numerator: Data.X[(c * slots) + b], Denominator: Data.N[(c * slots) + b]));
            }
        }

        return new StratifiedDataset(Dataset.Group, DatasetMeasure.Rate, rows, Dataset.Name, Dataset.LocalCategories);
    }

    /// <summary>
    /// One row per group with known ethnicity and age band of the reference rates (0 events and population for a band the
    /// data do not have), as a rate dataset whose groups line up with <paramref name="reference"/>'s.
    /// </summary>
    public StratifiedDataset ReferenceBandedDataset(StratifiedDataset reference)
    {
        var standard = Options.Standard!;
        var slots = Data.BandSlots;
        var labels = ReferenceBands(reference);
        var rows = new List<StratifiedRow>(Data.Known.Length * labels.Count);
        foreach (var c in Data.Known)
        {
            foreach (var label in labels)
            {
                var b = Array.IndexOf(Data.BandStandardIndex, standard.IndexOf(label));
                rows.Add(new StratifiedRow(Data.Categories[c].Code, AgeBand: label,
                    Numerator: b < 0 ? 0 : Data.X[(c * slots) + b], Denominator: b < 0 ? 0 : Data.N[(c * slots) + b]));
            }
        }

        return new StratifiedDataset(Dataset.Group, DatasetMeasure.Rate, rows, Dataset.Name, Dataset.LocalCategories);
    }

    /// <summary>The reference rates by group: as given when they are by ethnic group, else every band's rate given to every group.</summary>
    public StratifiedDataset ExpandedReference(StratifiedDataset reference)
    {
        if (reference.Group.IsEthnicity)
        {
            return reference;
        }

        var rows = Data.Known.SelectMany(c => reference.Rows.Select(r => r with { Group = Data.Categories[c].Code })).ToArray();
        return new StratifiedDataset(Dataset.Group, DatasetMeasure.Rate, rows, reference.Name, Dataset.LocalCategories);
    }

    /// <summary>The distinct age band labels of the reference rates, in order of first appearance (labels of one band of the standard count once).</summary>
    public List<string> ReferenceBands(StratifiedDataset reference)
    {
        var labels = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in reference.Rows)
        {
            if (row.AgeBand is { } label)
            {
                var band = Options.Standard!.IndexOf(label);
                if (seen.Add(band >= 0 ? $"#{band}" : label.Trim()))
                {
                    labels.Add(label);
                }
            }
        }

        return labels;
    }
}
