using System.Text.Json.Serialization;

namespace EEiC.Tools.Evaluation;

/// <summary>What a finding rests on.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FindingBasisKind>))]
public enum FindingBasisKind
{
    /// <summary>The answer to an item.</summary>
    Answer = 0,

    /// <summary>A data fact supplied with the response.</summary>
    Fact = 1,

    /// <summary>A section's score.</summary>
    SectionScore = 2,
}
