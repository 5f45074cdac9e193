using System.Text.Json.Serialization;

namespace EEiC.Indicators;

/// <summary>The kind of statistic an indicator reports, which decides how it is computed and how its uncertainty is expressed.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<IndicatorValueType>))]
public enum IndicatorValueType
{
    /// <summary>A proportion: events divided by a population at risk, usually shown as a percentage (multiplier 100).</summary>
    Proportion = 0,

    /// <summary>A crude rate: events divided by a population or person-time, per multiplier (for example per 1,000 or 100,000).</summary>
    CrudeRate = 1,

    /// <summary>A directly standardised rate: group-specific rates weighted to a standard population (for example the 2013 European Standard Population).</summary>
    DirectlyStandardisedRate = 2,

    /// <summary>An indirectly standardised ratio: observed events divided by the events expected from reference rates (often multiplied by 100).</summary>
    IndirectlyStandardisedRatio = 3,

    /// <summary>A mean of a continuous measure.</summary>
    Mean = 4,

    /// <summary>A count of events or people (multiplier 1).</summary>
    Count = 5,

    /// <summary>
    /// A relative likelihood: one group's proportion divided by another's, as in indicators 2-4 of the Workforce Race
    /// Equality Standard (multiplier 1; 1 is parity). The definition's description states which group is the numerator.
    /// </summary>
    RelativeLikelihood = 6,

    /// <summary>
    /// An ordinal score on a scale the definition describes, such as the 0-3 outcome score of the Equality Delivery
    /// System 2022 (0 Undeveloped, 1 Developing, 2 Achieving, 3 Excelling) (multiplier 1).
    /// </summary>
    Score = 7,
}
