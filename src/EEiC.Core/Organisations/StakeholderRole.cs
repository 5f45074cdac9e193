using System.Text.Json.Serialization;

namespace EEiC.Organisations;

/// <summary>
/// A role a person plays in or around commissioning, as the EEiC tools address them: the personas of the
/// stakeholder analysis tool, the audiences the tools were written for, and the other actors the sources name.
/// Sources: NIHR report (EEiC seed 002), lines 819, 1472 and 2128-2314; Better Health Briefing 28 (seed 001),
/// line 69; Race and Health Observatory report (seed 004), line 575.
/// </summary>
/// <remarks><see cref="OrganisationCatalogue.Describe(StakeholderRole)"/> gives each role's description and source, and marks the four personas of the "in their shoes" exercise.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<StakeholderRole>))]
public enum StakeholderRole
{
    /// <summary>A commissioner or commissioning manager (persona of the stakeholder analysis tool).</summary>
    Commissioner = 0,

    /// <summary>The head of the service concerned (persona of the stakeholder analysis tool).</summary>
    HeadOfService = 1,

    /// <summary>An equality and diversity (E&amp;D) lead (persona of the stakeholder analysis tool).</summary>
    EqualityAndDiversityLead = 2,

    /// <summary>A chief executive, for example of a provider trust (persona of the stakeholder analysis tool).</summary>
    ChiefExecutive = 3,

    /// <summary>A board member of a commissioner or provider.</summary>
    BoardMember = 4,

    /// <summary>An executive board-level lead for health inequalities.</summary>
    HealthInequalitiesLead = 5,

    /// <summary>A public health consultant.</summary>
    PublicHealthConsultant = 6,

    /// <summary>A clinical commissioner: a GP or other clinician leading commissioning.</summary>
    ClinicalCommissioner = 7,

    /// <summary>A clinician or other front-line practitioner.</summary>
    Clinician = 8,

    /// <summary>A data or information analyst.</summary>
    Analyst = 9,

    /// <summary>A researcher or academic.</summary>
    Researcher = 10,

    /// <summary>A community representative or community organisation.</summary>
    CommunityRepresentative = 11,

    /// <summary>A patient, service user or carer.</summary>
    ServiceUserOrCarer = 12,

    /// <summary>A manager of a voluntary or community sector (third-sector) provider.</summary>
    ThirdSectorProvider = 13,

    /// <summary>A champion: anyone, inside or outside the NHS, committed to the agenda.</summary>
    Champion = 14,

    /// <summary>An external consultant engaged for needs assessment, engagement or evidence work.</summary>
    ExternalConsultant = 15,
}
