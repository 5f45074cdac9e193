using System.Text.Json.Serialization;

namespace EEiC.Indicators;

/// <summary>Which direction of an indicator's value is favourable, as needed by summary measures of inequality that treat favourable and adverse indicators differently.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<IndicatorPolarity>))]
public enum IndicatorPolarity
{
    /// <summary>A higher value is better (for example early booking of maternity care).</summary>
    HigherIsBetter = 0,

    /// <summary>A lower value is better (for example infant mortality). For relative likelihoods defined so that values above 1 are adverse, lower is better down to parity (1).</summary>
    LowerIsBetter = 1,

    /// <summary>No direction is judged better; the value is compared with a benchmark or profile instead (for example the ethnic mix of a workforce band).</summary>
    NoJudgement = 2,
}
