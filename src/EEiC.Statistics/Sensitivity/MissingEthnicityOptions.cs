using EEiC.Statistics.Inequality;
using EEiC.Statistics.Intervals;

namespace EEiC.Statistics.Sensitivity;

/// <summary>How <see cref="MissingEthnicitySensitivity"/> compares the groups and which summary measures it bounds.</summary>
public sealed record MissingEthnicityOptions
{
    /// <summary>The default options.</summary>
    public static MissingEthnicityOptions Default { get; } = new();

    /// <summary>The reference group's name, matched exactly; <see langword="null"/> (default) for the group with the largest denominator (the first of equals).</summary>
    public string? ReferenceGroup { get; init; }

    /// <summary>The confidence level of every interval. Default 95%.</summary>
    public ConfidenceLevel Level { get; init; } = ConfidenceLevel.Percent95;

    /// <summary>Rates and proportions are reported per this many (1 for a proportion, 100 for a percentage, 100,000 for a rate per 100,000); &gt; 0. Default 1.</summary>
    public double Multiplier { get; init; } = 1;

    /// <summary>The non-ordered summary measures of inequality to bound. Default: between-group variance and the weighted index of disparity.</summary>
    public IReadOnlyList<SummaryMeasure> SummaryMeasures { get; init; } = [SummaryMeasure.BetweenGroupVariance, SummaryMeasure.IndexOfDisparityWeighted];

    /// <summary>The polarity, scale and setting average for the summary measures (their reference subgroup and level are taken from this record). Default <see cref="SummaryMeasureSettings.Default"/>.</summary>
    public SummaryMeasureSettings SummarySettings { get; init; } = SummaryMeasureSettings.Default;
}
