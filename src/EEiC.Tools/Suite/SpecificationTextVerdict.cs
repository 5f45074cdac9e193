using System.Text.Json.Serialization;

namespace EEiC.Tools.Suite;

/// <summary>The overall reading of a specification's text by <see cref="SpecificationTextAnalyser"/>, from its counts of generic statements and concrete commitments.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SpecificationTextVerdict>))]
public enum SpecificationTextVerdict
{
    /// <summary>No sentence mentions equality or ethnicity (an empty text is silent).</summary>
    Silent = 0,

    /// <summary>Generic statements only, no concrete commitment: the pattern the EEiC study found most often (Better Health Briefing 28, EEiC seed 001, line 149).</summary>
    GenericOnly = 1,

    /// <summary>Both generic statements and concrete commitments.</summary>
    Mixed = 2,

    /// <summary>Concrete commitments and no generic statement.</summary>
    Specific = 3,
}
