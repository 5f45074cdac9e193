using System.Text.Json.Serialization;

namespace EEiC.Organisations;

/// <summary>
/// A type of organisation in the English health and care system, past or present, that commissions, provides,
/// regulates or takes part in the planning of services. Sources: Better Health Briefing 28 (EEiC seed 001),
/// lines 71 and 376; NIHR report (seed 002), lines 383 and 529; Race and Health Observatory report (seed 004),
/// lines 289-349 and 394-420.
/// </summary>
/// <remarks><see cref="OrganisationCatalogue.Describe(OrganisationType)"/> gives each type's era, successor, description and source.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<OrganisationType>))]
public enum OrganisationType
{
    /// <summary>Primary care trust (PCT): local NHS commissioner from 2002 until April 2013 (historic).</summary>
    PrimaryCareTrust = 0,

    /// <summary>Strategic health authority (SHA): regional NHS body abolished in the 2013 reforms (historic).</summary>
    StrategicHealthAuthority = 1,

    /// <summary>Clinical commissioning group (CCG): GP-led local commissioner from April 2013 until its functions passed to integrated care systems in 2022 (historic).</summary>
    ClinicalCommissioningGroup = 2,

    /// <summary>Commissioning support unit (CSU): provides commissioning and contracting support to commissioners.</summary>
    CommissioningSupportUnit = 3,

    /// <summary>NHS Commissioning Board (NHS CB): the national commissioning body set up in the 2013 reforms, now NHS England (historic).</summary>
    NhsCommissioningBoard = 4,

    /// <summary>NHS England (with NHS Improvement, NHSE/I, in the sources): sets national direction and holds commissioners and providers to account.</summary>
    NhsEngland = 5,

    /// <summary>Department of Health and Social Care (DHSC; the Department of Health in the EEiC sources).</summary>
    DepartmentOfHealthAndSocialCare = 6,

    /// <summary>Care Quality Commission (CQC): the regulator that inspects and rates providers.</summary>
    CareQualityCommission = 7,

    /// <summary>Public Health England (PHE): national public health agency, disbanded in 2021 (historic).</summary>
    PublicHealthEngland = 8,

    /// <summary>Sustainability and transformation partnership (STP): the predecessor of integrated care systems (historic).</summary>
    SustainabilityAndTransformationPartnership = 9,

    /// <summary>Integrated care system (ICS): the system-level partnership of NHS commissioners and providers, local authorities and others.</summary>
    IntegratedCareSystem = 10,

    /// <summary>Integrated care board (ICB): the statutory NHS body of an integrated care system (the "ICS NHS body" of seed 004).</summary>
    IntegratedCareBoard = 11,

    /// <summary>Integrated care partnership (ICP): the system-level health and care partnership of an integrated care system (the "ICS health and care partnership" of seed 004).</summary>
    IntegratedCarePartnership = 12,

    /// <summary>Place-based partnership: health and care providers working together at "place" level (a town or district).</summary>
    PlaceBasedPartnership = 13,

    /// <summary>Primary care network (PCN): GP practices working together at "neighbourhood" level.</summary>
    PrimaryCareNetwork = 14,

    /// <summary>General practice (GP practice).</summary>
    GpPractice = 15,

    /// <summary>Health and wellbeing board (HWB, HWBB): the local authority-led partnership responsible for the JSNA and the joint health and wellbeing strategy.</summary>
    HealthAndWellbeingBoard = 16,

    /// <summary>Local authority (council), including its public health team.</summary>
    LocalAuthority = 17,

    /// <summary>NHS provider trust (including foundation trusts): acute, community, mental health and other providers.</summary>
    ProviderTrust = 18,

    /// <summary>Provider collaborative: NHS providers working together at scale.</summary>
    ProviderCollaborative = 19,

    /// <summary>Voluntary and community sector organisation (VCS; "voluntary, community and faith", VCF, or "third sector" in the EEiC sources).</summary>
    VoluntaryAndCommunitySectorOrganisation = 20,

    /// <summary>National Institute for Health and Care Excellence (NICE): issues guidance and quality standards.</summary>
    NationalInstituteForHealthAndCareExcellence = 21,

    /// <summary>NHS Race and Health Observatory (RHO): national body on ethnic inequalities in health, created in May 2020.</summary>
    NhsRaceAndHealthObservatory = 22,
}
