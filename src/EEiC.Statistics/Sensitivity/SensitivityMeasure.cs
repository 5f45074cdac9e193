using System.Text.Json.Serialization;

namespace EEiC.Statistics.Sensitivity;

/// <summary>What the groups' numerators and denominators measure, which decides the intervals and the proportional re-allocation.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SensitivityMeasure>))]
public enum SensitivityMeasure
{
    /// <summary>People with an outcome out of people eligible (numerator ≤ denominator): Wilson intervals, Katz log ratio.</summary>
    Proportion = 0,

    /// <summary>Events in a population or person-time: exact (below 10) or Byar's Poisson intervals, log rate ratio.</summary>
    Rate = 1,
}
