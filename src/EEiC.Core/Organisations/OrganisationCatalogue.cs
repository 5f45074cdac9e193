using System.Globalization;
using EEiC.Sources;

namespace EEiC.Organisations;

/// <summary>
/// The built-in, immutable catalogue of organisations and stakeholders: the <see cref="OrganisationType">types of
/// organisation</see> in the English health and care system, past and present, and the
/// <see cref="StakeholderRole">stakeholder roles</see> the EEiC tools address, including the personas of the
/// stakeholder analysis tool. Every entry has a short paraphrased description and the
/// <see cref="SourceReference"/> it comes from.
/// </summary>
/// <remarks>Each list holds exactly one entry per enum value, in the order of the enum's declaration.</remarks>
public static class OrganisationCatalogue
{
    private static SourceReference Briefing(string location) => new(SourceDocument.BetterHealthBriefing28, location);

    private static SourceReference Nihr(string location) => new(SourceDocument.NihrReport2013, location);

    private static SourceReference Observatory(string location) => new(SourceDocument.RaceAndHealthObservatory2021, location);

    /// <summary>
    /// The types of organisation, historic and current. Sources: seed 001 lines 105 and 376; seed 002 lines 383 and 529;
    /// seed 004 lines 289-493. Where seed 004 describes a body still planned in 2021 (integrated care boards and
    /// partnerships, the end of CCGs and PHE), the entry records its later, established state.
    /// </summary>
    public static IReadOnlyList<OrganisationTypeInfo> OrganisationTypes { get; } = Array.AsReadOnly(new OrganisationTypeInfo[]
    {
        new(OrganisationType.PrimaryCareTrust, "Primary care trust", "PCT",
            "Local NHS body responsible from 2002 for commissioning the bulk of local services, primary care and public health among them; replaced by clinical commissioning groups in the 2013 reforms.",
            OrganisationEra.Historic, OrganisationType.ClinicalCommissioningGroup, Nihr("line 383"), Provenance.FromSource),
        new(OrganisationType.StrategicHealthAuthority, "Strategic health authority", "SHA",
            "Regional NHS body overseeing local NHS organisations; abolished in the 2013 reforms, with no single successor.",
            OrganisationEra.Historic, null, Nihr("line 529"), Provenance.FromSource),
        new(OrganisationType.ClinicalCommissioningGroup, "Clinical commissioning group", "CCG",
            "GP-led statutory body that took over most local commissioning from PCTs in 2013, with a legal duty to have regard to inequalities; its functions passed to integrated care systems in 2022.",
            OrganisationEra.Historic, OrganisationType.IntegratedCareBoard, Observatory("line 301"), Provenance.FromSource),
        new(OrganisationType.CommissioningSupportUnit, "Commissioning support unit", "CSU",
            "Organisation that gives commissioners commissioning and contracting support; many former PCT staff moved to CSUs in 2013.",
            OrganisationEra.Current, null, Nihr("line 529"), Provenance.FromSource),
        new(OrganisationType.NhsCommissioningBoard, "NHS Commissioning Board", "NHS CB",
            "National body created in the 2013 reforms to commission primary care and specialist services through local offices; the body now known as NHS England.",
            OrganisationEra.Historic, OrganisationType.NhsEngland, Briefing("line 376"), Provenance.FromSource),
        new(OrganisationType.NhsEngland, "NHS England", "NHSE",
            "National body that sets strategy and direction for the NHS, commissions some services itself, and holds commissioners and providers to account; it must have due regard to health inequalities.",
            OrganisationEra.Current, null, Observatory("line 313"), Provenance.FromSource),
        new(OrganisationType.DepartmentOfHealthAndSocialCare, "Department of Health and Social Care", "DHSC",
            "Government department that sets the overall strategy for health and care and sets NHS priorities through the mandate.",
            OrganisationEra.Current, null, Observatory("line 314"), Provenance.FromSource),
        new(OrganisationType.CareQualityCommission, "Care Quality Commission", "CQC",
            "Regulator that inspects providers of health and social care, gives them ratings and can require improvement; it takes workforce race equality into account when judging whether a provider is well led.",
            OrganisationEra.Current, null, Observatory("line 318"), Provenance.FromSource),
        new(OrganisationType.PublicHealthEngland, "Public Health England", "PHE",
            "National agency that supplied public health data, guidance and tools such as the Fingertips indicator profiles; disbanded, its functions passing to successor bodies.",
            OrganisationEra.Historic, null, Observatory("line 319"), Provenance.FromSource),
        new(OrganisationType.SustainabilityAndTransformationPartnership, "Sustainability and transformation partnership", "STP",
            "Area-wide partnership of NHS and local government from which integrated care systems developed; criticised for weak engagement with local authorities and communities.",
            OrganisationEra.Historic, OrganisationType.IntegratedCareSystem, Observatory("line 343"), Provenance.FromSource),
        new(OrganisationType.IntegratedCareSystem, "Integrated care system", "ICS",
            "System-level partnership (populations of roughly one to three million) bringing together NHS commissioners and providers, local authorities and the voluntary sector; reducing inequalities in outcomes and access is among its four purposes.",
            OrganisationEra.Current, null, Observatory("line 308"), Provenance.FromSource),
        new(OrganisationType.IntegratedCareBoard, "Integrated care board", "ICB",
            "The statutory NHS body of an integrated care system, which makes the strategic planning and resource allocation decisions for the NHS in the system; it took over the commissioning functions of CCGs.",
            OrganisationEra.Current, null, Observatory("line 394"), Provenance.FromSource),
        new(OrganisationType.IntegratedCarePartnership, "Integrated care partnership", "ICP",
            "The system-level partnership of NHS bodies, local authorities and other partners that plans how the population's needs for health care, public health and social care will be met.",
            OrganisationEra.Current, null, Observatory("line 394"), Provenance.FromSource),
        new(OrganisationType.PlaceBasedPartnership, "Place-based partnership", null,
            "Health and care providers working together at the level of a town or district (roughly 250,000 to 500,000 people), linking primary care networks to wider services.",
            OrganisationEra.Current, null, Observatory("line 493"), Provenance.FromSource),
        new(OrganisationType.PrimaryCareNetwork, "Primary care network", "PCN",
            "Group of GP practices working together at scale for a neighbourhood of roughly 30,000 to 50,000 people, funded through the GP contract; each was asked to name a health equality champion.",
            OrganisationEra.Current, null, Observatory("line 406"), Provenance.FromSource),
        new(OrganisationType.GpPractice, "GP practice", null,
            "A general practice providing primary medical care; its records are a key source of population ethnicity data.",
            OrganisationEra.Current, null, Observatory("line 406"), Provenance.FromSource),
        new(OrganisationType.HealthAndWellbeingBoard, "Health and wellbeing board", "HWB",
            "Partnership at place level bringing together senior figures from the council, the NHS, local politics and communities; it must by law produce the JSNA and the joint health and wellbeing strategy.",
            OrganisationEra.Current, null, Observatory("line 307"), Provenance.FromSource),
        new(OrganisationType.LocalAuthority, "Local authority", "LA",
            "Local council; responsible for public health since 2013 and required to give commissioners public health advice; acts on the wider determinants of health.",
            OrganisationEra.Current, null, Observatory("line 312"), Provenance.FromSource),
        new(OrganisationType.ProviderTrust, "NHS provider trust", null,
            "NHS organisation that delivers services (acute, community, mental health and others); responsible for culturally competent services and for recording patients' ethnicity.",
            OrganisationEra.Current, null, Observatory("line 302"), Provenance.FromSource),
        new(OrganisationType.ProviderCollaborative, "Provider collaborative", null,
            "NHS providers working together at scale, an opportunity to reduce inequalities in access across organisations.",
            OrganisationEra.Current, null, Observatory("line 304"), Provenance.FromSource),
        new(OrganisationType.VoluntaryAndCommunitySectorOrganisation, "Voluntary and community sector organisation", "VCS",
            "Charity, community or faith organisation; connected to and trusted by local communities, it can bring insight on unmet needs, help communities speak up, and provide services.",
            OrganisationEra.Current, null, Observatory("line 323"), Provenance.FromSource),
        new(OrganisationType.NationalInstituteForHealthAndCareExcellence, "National Institute for Health and Care Excellence", "NICE",
            "National body whose guidance and quality standards drive much transformational commissioning work.",
            OrganisationEra.Current, null, Briefing("line 105"), Provenance.FromSource),
        new(OrganisationType.NhsRaceAndHealthObservatory, "NHS Race and Health Observatory", "RHO",
            "National body created in 2020 to develop evidence-based recommendations on ethnic inequalities in health, support their implementation and share good practice.",
            OrganisationEra.Current, null, Observatory("line 289"), Provenance.FromSource),
    });

    /// <summary>
    /// The stakeholder roles. The first four are the personas of the stakeholder analysis tool (seed 002 line 2288).
    /// Sources: seed 001 lines 69 and 206; seed 002 lines 383, 819, 1472 and 2132-2288; seed 004 line 575.
    /// </summary>
    public static IReadOnlyList<StakeholderRoleInfo> StakeholderRoles { get; } = Array.AsReadOnly(new StakeholderRoleInfo[]
    {
        new(StakeholderRole.Commissioner, "Commissioner",
            "Manager who plans and buys services for a population; must be persuaded that attention to minority ethnic needs serves their own objectives.",
            true, Nihr("line 2288"), Provenance.FromSource),
        new(StakeholderRole.HeadOfService, "Head of service",
            "Manager who runs the service in question; controls how it is delivered and whether changes happen in practice.",
            true, Nihr("line 2288"), Provenance.FromSource),
        new(StakeholderRole.EqualityAndDiversityLead, "Equality and diversity lead",
            "Specialist in equality and diversity who often holds evidence and experience on minority ethnic health but is rarely drawn into commissioning.",
            true, Nihr("line 2288"), Provenance.FromSource),
        new(StakeholderRole.ChiefExecutive, "Chief executive",
            "Head of an organisation such as a provider trust; needs a brief strategic case tied to other agendas, such as legal duties and efficiency programmes.",
            true, Nihr("line 2288"), Provenance.FromSource),
        new(StakeholderRole.BoardMember, "Board member",
            "Member of the board of a commissioner or provider; a key audience, since the study found little senior commitment to tackling ethnic inequalities.",
            false, Nihr("line 2134"), Provenance.FromSource),
        new(StakeholderRole.HealthInequalitiesLead, "Health inequalities lead",
            "Executive at board level named to lead action on health inequalities in a system, NHS organisation or PCN.",
            false, Observatory("line 575"), Provenance.FromSource),
        new(StakeholderRole.PublicHealthConsultant, "Public health consultant",
            "Public health specialist who brings needs assessment and evidence skills to commissioning.",
            false, Nihr("line 2278"), Provenance.FromSource),
        new(StakeholderRole.ClinicalCommissioner, "Clinical commissioner",
            "GP or other clinician leading commissioning, as in clinical commissioning groups.",
            false, Nihr("line 383"), Provenance.FromSource),
        new(StakeholderRole.Clinician, "Clinician or front-line practitioner",
            "Member of staff delivering care, who often has practical solutions and first-hand insight into unmet need.",
            false, Briefing("line 69"), Provenance.FromSource),
        new(StakeholderRole.Analyst, "Analyst",
            "Data or information analyst who knows what data exist and can ask the right questions of them.",
            false, Nihr("line 2169"), Provenance.FromSource),
        new(StakeholderRole.Researcher, "Researcher",
            "Academic or researcher who can help generate, appraise and synthesise evidence, and can challenge and support commissioners.",
            false, Briefing("line 206"), Provenance.FromSource),
        new(StakeholderRole.CommunityRepresentative, "Community representative",
            "Member or organisation of a local community who may find commissioning confusing and needs support to take part with confidence.",
            false, Nihr("line 2136"), Provenance.FromSource),
        new(StakeholderRole.ServiceUserOrCarer, "Service user or carer",
            "Person who uses services or cares for someone who does; user and carer groups can challenge and support commissioners.",
            false, Briefing("line 206"), Provenance.FromSource),
        new(StakeholderRole.ThirdSectorProvider, "Third-sector provider",
            "Voluntary or community organisation that may at once advocate for, hold knowledge about, and provide services to minority ethnic communities.",
            false, Nihr("line 1472"), Provenance.FromSource),
        new(StakeholderRole.Champion, "Champion",
            "Anyone, in an NHS role or an outside activist, who is deeply committed to the agenda, though not necessarily powerful in commissioning.",
            false, Nihr("line 2132"), Provenance.FromSource),
        new(StakeholderRole.ExternalConsultant, "External consultant",
            "Consultant hired for needs assessment, engagement, evidence synthesis or modelling; relying on consultants can keep expertise out of the organisation.",
            false, Nihr("line 819"), Provenance.FromSource),
    });

    /// <summary>The four personas of the "in their shoes" exercise of the stakeholder analysis tool: head of service, equality and diversity lead, commissioner and chief executive (seed 002 line 2288).</summary>
    public static IReadOnlyList<StakeholderRoleInfo> Personas { get; } =
        Array.AsReadOnly(StakeholderRoles.Where(r => r.IsStakeholderAnalysisPersona).ToArray());

    /// <summary>Describes a type of organisation.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The catalogue entry for <paramref name="type"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a declared member of <see cref="OrganisationType"/>.</exception>
    public static OrganisationTypeInfo Describe(OrganisationType type) => EnumArgument.Lookup(OrganisationTypes, type, nameof(type));

    /// <summary>Describes a stakeholder role.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The catalogue entry for <paramref name="role"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not a declared member of <see cref="StakeholderRole"/>.</exception>
    public static StakeholderRoleInfo Describe(StakeholderRole role) => EnumArgument.Lookup(StakeholderRoles, role, nameof(role));
}
