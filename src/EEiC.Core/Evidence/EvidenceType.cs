using System.Text.Json.Serialization;

namespace EEiC.Evidence;

/// <summary>
/// A type of evidence that can inform commissioning, following the evidence-type coding sheet of the EEiC
/// research instruments (NIHR report, seed 002, line 3053) with audit and benchmarking data added from the
/// Better Health Briefing 28 (seed 001, lines 124 and 188-190) and the narrative form (seed 002, line 3305).
/// </summary>
/// <remarks><see cref="EvidenceCatalogue.Describe(EvidenceType)"/> gives each type's description and source.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<EvidenceType>))]
public enum EvidenceType
{
    /// <summary>A joint strategic needs assessment or another needs assessment.</summary>
    NeedsAssessment = 0,

    /// <summary>Tools and frameworks that produce data as they are used, such as equality impact assessments.</summary>
    ImpactAssessment = 1,

    /// <summary>Routine service data: ethnic monitoring, patient profiling, routine service statistics.</summary>
    RoutineServiceData = 2,

    /// <summary>Population data such as the census and population surveys.</summary>
    PopulationData = 3,

    /// <summary>Service-based feedback from patients, service users or carers, including experience surveys.</summary>
    PatientFeedback = 4,

    /// <summary>Community engagement or consultation.</summary>
    CommunityEngagement = 5,

    /// <summary>The experience of practitioners or clinicians, formal or informal.</summary>
    PractitionerExperience = 6,

    /// <summary>The commissioner's own experience and expert knowledge.</summary>
    CommissionerExperience = 7,

    /// <summary>Case studies and examples of good practice from here or elsewhere.</summary>
    GoodPracticeExample = 8,

    /// <summary>Insight work: social marketing or other consultancy.</summary>
    InsightWork = 9,

    /// <summary>Research commissioned or carried out by the commissioning organisation itself.</summary>
    OwnResearch = 10,

    /// <summary>Local or regional research carried out by others.</summary>
    LocalResearch = 11,

    /// <summary>National or international published research: primary studies and syntheses.</summary>
    PublishedResearch = 12,

    /// <summary>Policy, guidance and the output of professional bodies (for example NICE guidance).</summary>
    PolicyAndGuidance = 13,

    /// <summary>Audit data, including clinical audit and equity audit.</summary>
    Audit = 14,

    /// <summary>Benchmarking data comparing spend, activity or quality with other areas.</summary>
    BenchmarkingData = 15,
}
