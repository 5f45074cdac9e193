using System.Text.Json.Serialization;

namespace EEiC.Evidence;

/// <summary>
/// Whether evidence is quantitative, qualitative or both. Commissioners' preference for quantitative data led them to
/// discount qualitative sources such as community consultation and patient experience (Better Health Briefing 28,
/// EEiC seed 001, line 88); tools must weigh both.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<EvidenceNature>))]
public enum EvidenceNature
{
    /// <summary>Numerical data: counts, rates, survey percentages.</summary>
    Quantitative = 0,

    /// <summary>Narrative data: interviews, focus groups, stories, consultation responses.</summary>
    Qualitative = 1,

    /// <summary>Both quantitative and qualitative.</summary>
    Mixed = 2,
}
