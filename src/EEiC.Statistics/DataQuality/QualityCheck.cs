using System.Text.Json.Serialization;

namespace EEiC.Statistics.DataQuality;

/// <summary>The checks behind a <see cref="FitnessForUse"/> verdict; each has a threshold in <see cref="EthnicityQualityThresholds"/>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<QualityCheck>))]
public enum QualityCheck
{
    /// <summary>The share of records with a valid ethnic category against <see cref="EthnicityQualityThresholds.MinimumCompleteness"/>.</summary>
    Completeness = 0,

    /// <summary>The share of records coded "not stated" (Z) against <see cref="EthnicityQualityThresholds.MaximumNotStated"/>.</summary>
    NotStated = 1,

    /// <summary>The share of records with a value that could not be mapped to a category against <see cref="EthnicityQualityThresholds.MaximumUnmapped"/>.</summary>
    Unmapped = 2,

    /// <summary>The use of the residual "any other …" categories relative to the reference population against <see cref="EthnicityQualityThresholds.MaximumResidualRatio"/>.</summary>
    ResidualOveruse = 3,

    /// <summary>The index of dissimilarity between the recorded and the population distribution against <see cref="EthnicityQualityThresholds.MaximumDissimilarity"/>.</summary>
    Dissimilarity = 4,

    /// <summary>Whether completeness has improved over the last <see cref="EthnicityQualityThresholds.NoImprovementPeriods"/> periods while it is below the minimum.</summary>
    CompletenessTrend = 5,
}
