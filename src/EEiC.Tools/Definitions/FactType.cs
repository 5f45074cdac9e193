using System.Text.Json.Serialization;

namespace EEiC.Tools.Definitions;

/// <summary>The type of a data fact a response can supply (see <see cref="FactDefinition"/>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FactType>))]
public enum FactType
{
    /// <summary>A finite number, for example the completeness of ethnicity recording in per cent.</summary>
    Number = 0,

    /// <summary>True or false, for example "a statistically significant gap between ethnic groups was found".</summary>
    Boolean = 1,

    /// <summary>One of a fixed list of categories, for example a data-quality verdict Fit / FitWithCaveats / NotFit.</summary>
    Category = 2,
}
