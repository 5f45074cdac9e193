using System.Text.Json.Serialization;

namespace EEiC.Tools.Suite;

/// <summary>What a sentence of a service specification does about ethnicity, as <see cref="SpecificationTextAnalyser"/> classifies it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SpecificationSentenceKind>))]
public enum SpecificationSentenceKind
{
    /// <summary>The sentence neither mentions equality or ethnicity nor commits to anything about them.</summary>
    Neutral = 0,

    /// <summary>
    /// A generic statement: the sentence mentions equality, diversity or ethnicity (<see cref="SpecificationCueKind.GenericEqualityStatement"/>
    /// or <see cref="SpecificationCueKind.EthnicityReference"/>) but commits to nothing concrete. Such statements fail to
    /// prompt effective action (Better Health Briefing 28, EEiC seed 001, line 149).
    /// </summary>
    GenericStatement = 1,

    /// <summary>
    /// A concrete commitment: the sentence names an ethnic group or a language, requires language support or monitoring by
    /// ethnic group, or ties a community role, a KPI or a numeric target to ethnicity. A sentence that also contains a
    /// generic phrase is still a commitment.
    /// </summary>
    ConcreteCommitment = 2,
}
