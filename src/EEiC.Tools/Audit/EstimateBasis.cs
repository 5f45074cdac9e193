using System.Text.Json.Serialization;

namespace EEiC.Tools.Audit;

/// <summary>Which estimates an equity audit judges gaps on.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EstimateBasis>))]
public enum EstimateBasis
{
    /// <summary>Crude proportions or rates (the rows have no age bands, or the age-standardised rates could not be computed).</summary>
    Crude = 0,

    /// <summary>Directly standardised rates or proportions (the rows have age bands, so age structures may differ between groups).</summary>
    DirectlyStandardised = 1,
}
