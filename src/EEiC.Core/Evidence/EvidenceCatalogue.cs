using System.Globalization;
using EEiC.Sources;

namespace EEiC.Evidence;

/// <summary>
/// The built-in, immutable catalogue of evidence concepts: the <see cref="EvidenceType">types</see> of evidence that
/// can inform commissioning and the <see cref="EvidenceRole">roles</see> an item can play in making the case for
/// action. Every entry has a short paraphrased description and the <see cref="SourceReference"/> it comes from.
/// </summary>
/// <remarks>Each list holds exactly one entry per enum value, in the order of the enum's declaration.</remarks>
public static class EvidenceCatalogue
{
    private static SourceReference Briefing(string location) => new(SourceDocument.BetterHealthBriefing28, location);

    private static SourceReference Nihr(string location) => new(SourceDocument.NihrReport2013, location);

    private static readonly SourceReference TypeSheet = Nihr("line 3053");

    /// <summary>The types of evidence. Sources: seed 002 lines 3053 and 3305; seed 001 lines 124 and 188-190.</summary>
    public static IReadOnlyList<EvidenceTypeInfo> Types { get; } = Array.AsReadOnly(new EvidenceTypeInfo[]
    {
        new(EvidenceType.NeedsAssessment, "Needs assessment",
            "A joint strategic needs assessment or a focused health needs assessment describing the population and its needs.",
            TypeSheet, Provenance.FromSource),
        new(EvidenceType.ImpactAssessment, "Impact assessment",
            "A tool or framework that gathers or produces data as it is completed, such as an equality impact assessment.",
            TypeSheet, Provenance.FromSource),
        new(EvidenceType.RoutineServiceData, "Routine service data",
            "Data collected as services run: ethnic monitoring, patient profiling and routine activity statistics.",
            TypeSheet, Provenance.FromSource),
        new(EvidenceType.PopulationData, "Population data",
            "Statistics about the whole population, from the census and from population surveys.",
            TypeSheet, Provenance.FromSource),
        new(EvidenceType.PatientFeedback, "Patient, user or carer feedback",
            "Feedback gathered by services from the people who use them and their carers, including satisfaction and experience surveys.",
            TypeSheet, Provenance.FromSource),
        new(EvidenceType.CommunityEngagement, "Community engagement or consultation",
            "What communities say through engagement, consultation or listening events, beyond current service users.",
            TypeSheet, Provenance.FromSource),
        new(EvidenceType.PractitionerExperience, "Practitioner or clinician experience",
            "The knowledge of front-line staff and clinicians, whether documented or passed on informally.",
            TypeSheet, Provenance.FromSource),
        new(EvidenceType.CommissionerExperience, "Commissioner experience",
            "The commissioner's own expert knowledge, often relied on when other evidence is lacking.",
            TypeSheet, Provenance.FromSource),
        new(EvidenceType.GoodPracticeExample, "Good practice example",
            "Case studies and examples of what others, locally or elsewhere, have done.",
            TypeSheet, Provenance.FromSource),
        new(EvidenceType.InsightWork, "Insight work",
            "Social marketing or other consultancy work to understand the views and behaviour of particular groups.",
            TypeSheet, Provenance.FromSource),
        new(EvidenceType.OwnResearch, "Own research",
            "Research the organisation has commissioned or carried out in-house.",
            TypeSheet, Provenance.FromSource),
        new(EvidenceType.LocalResearch, "Local or regional research",
            "Research about the locality or region carried out by others, such as universities or voluntary organisations.",
            TypeSheet, Provenance.FromSource),
        new(EvidenceType.PublishedResearch, "Published research",
            "National or international research, both primary studies and syntheses such as systematic reviews.",
            TypeSheet, Provenance.FromSource),
        new(EvidenceType.PolicyAndGuidance, "Policy and guidance",
            "National policy, guidance and the output of professional bodies, such as NICE guidance.",
            TypeSheet, Provenance.FromSource),
        new(EvidenceType.Audit, "Audit",
            "Clinical or equity audit that builds up a picture of access and outcomes, possibly year on year.",
            Briefing("lines 188-190"), Provenance.FromSource),
        new(EvidenceType.BenchmarkingData, "Benchmarking data",
            "Comparisons of spend, activity or quality with other areas or organisations.",
            Nihr("line 3305"), Provenance.FromSource),
    });

    /// <summary>The roles an item of evidence can play. Source: seed 002 line 2326.</summary>
    public static IReadOnlyList<EvidenceRoleInfo> Roles { get; } = Array.AsReadOnly(new EvidenceRoleInfo[]
    {
        new(EvidenceRole.IndicatesInequality, "Indicates inequality",
            "Shows, or suggests, that ethnic groups differ unfairly in access, experience or outcomes.",
            Nihr("line 2326"), Provenance.FromSource),
        new(EvidenceRole.ExplainsInequality, "Explains inequality",
            "Helps account for why a difference between groups arises, for example barriers along the care pathway.",
            Nihr("line 2326"), Provenance.FromSource),
        new(EvidenceRole.SuggestsRemedy, "Suggests a remedy",
            "Points to an action that could reduce the inequality, such as a change to the service model.",
            Nihr("line 2326"), Provenance.FromSource),
        new(EvidenceRole.RevealsGap, "Reveals a gap",
            "Shows what is still unknown and would be needed before putting a proposal to commissioners.",
            Nihr("line 2326"), Provenance.FromSource),
    });

    /// <summary>Describes a type of evidence.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The catalogue entry for <paramref name="type"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a declared member of <see cref="EvidenceType"/>.</exception>
    public static EvidenceTypeInfo Describe(EvidenceType type) => EnumArgument.Lookup(Types, type, nameof(type));

    /// <summary>Describes a role of evidence.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The catalogue entry for <paramref name="role"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not a declared member of <see cref="EvidenceRole"/>.</exception>
    public static EvidenceRoleInfo Describe(EvidenceRole role) => EnumArgument.Lookup(Roles, role, nameof(role));
}
