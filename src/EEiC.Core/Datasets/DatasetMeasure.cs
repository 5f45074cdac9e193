using System.Text.Json.Serialization;

namespace EEiC.Datasets;

/// <summary>What the rows of a <see cref="StratifiedDataset"/> measure, which decides the columns they must fill and the rules they obey.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DatasetMeasure>))]
public enum DatasetMeasure
{
    /// <summary>Counts of people with the outcome (<see cref="StratifiedRow.Numerator"/>) out of people eligible (<see cref="StratifiedRow.Denominator"/>): 0 ≤ numerator ≤ denominator.</summary>
    Proportion = 0,

    /// <summary>Counts of events (<see cref="StratifiedRow.Numerator"/>) in a population or person-time (<see cref="StratifiedRow.Denominator"/>): both ≥ 0; events may exceed the population.</summary>
    Rate = 1,

    /// <summary>Pre-computed estimates (<see cref="StratifiedRow.Value"/>) with an optional standard error and population.</summary>
    Estimate = 2,
}
