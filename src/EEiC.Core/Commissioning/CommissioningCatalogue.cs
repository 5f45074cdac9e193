using EEiC.Sources;

namespace EEiC.Commissioning;

/// <summary>
/// The built-in, immutable catalogue of commissioning concepts: the phases and activities of the NHS Information
/// Centre commissioning cycle, Woodin's four stages, modes of commissioning work, triggers for service redesign,
/// levers and commissioning products. Every entry has a short paraphrased description and the
/// <see cref="SourceReference"/> it comes from (line ranges refer to the EEiC seed texts).
/// </summary>
/// <remarks>
/// Each list holds exactly one entry per enum value, in the order of the enum's declaration, so
/// <c>Phases[(int)phase].Phase == phase</c>. The <c>Describe</c> overloads look an entry up and reject values
/// that are not declared members of the enum.
/// </remarks>
public static class CommissioningCatalogue
{
    private static SourceReference Briefing(string location) => new(SourceDocument.BetterHealthBriefing28, location);

    private static SourceReference Nihr(string location) => new(SourceDocument.NihrReport2013, location);

    private static SourceReference Observatory(string location) => new(SourceDocument.RaceAndHealthObservatory2021, location);

    /// <summary>
    /// The nine activities of the commissioning cycle, in cycle order (three per phase).
    /// Sources: seed 001 lines 109, 135 and 170; seed 002 line 3196.
    /// </summary>
    public static IReadOnlyList<CommissioningActivityInfo> Activities { get; } = Array.AsReadOnly(new CommissioningActivityInfo[]
    {
        new(CommissioningActivity.AssessNeeds, "Assess needs",
            "Find out what health needs the population has, including the needs of people who do not yet use services.",
            CommissioningPhase.StrategicPlanning, Briefing("line 109"), Provenance.FromSource),
        new(CommissioningActivity.ReviewCurrentProvision, "Review current provision",
            "Examine how well the services already in place meet those needs and where the gaps are.",
            CommissioningPhase.StrategicPlanning, Briefing("line 109"), Provenance.FromSource),
        new(CommissioningActivity.DecidePriorities, "Decide priorities",
            "Choose the needs and service areas to act on first, and plan the response.",
            CommissioningPhase.StrategicPlanning, Briefing("line 109"), Provenance.FromSource),
        new(CommissioningActivity.DesignServices, "Design services",
            "Shape the model of care and set out in a specification what providers are to deliver and for whom.",
            CommissioningPhase.ProcuringServices, Briefing("line 135"), Provenance.FromSource),
        new(CommissioningActivity.ShapeStructureOfSupply, "Shape the structure of supply",
            "Develop the range of providers able to deliver the services, and decide from whom they are secured.",
            CommissioningPhase.ProcuringServices, Briefing("line 135"), Provenance.FromSource),
        new(CommissioningActivity.ManageDemand, "Manage demand",
            "Plan capacity and influence how and when people use services, so that access matches need.",
            CommissioningPhase.ProcuringServices, Briefing("line 135"), Provenance.FromSource),
        new(CommissioningActivity.ManagePerformance, "Manage performance",
            "Hold providers to account by monitoring commissioned services against outcome indicators and contract terms.",
            CommissioningPhase.MonitoringAndEvaluation, Briefing("line 170"), Provenance.FromSource),
        new(CommissioningActivity.EvaluateServices, "Evaluate services",
            "Study how services work in practice, what difference changes made, and where they need to be modified.",
            CommissioningPhase.MonitoringAndEvaluation, Briefing("line 170"), Provenance.FromSource),
        new(CommissioningActivity.SeekPatientAndPublicViews, "Seek patient and public views",
            "Gather the experience and opinions of patients, carers and the public and feed them back into commissioning.",
            CommissioningPhase.MonitoringAndEvaluation, Nihr("line 3196"), Provenance.FromSource),
    });

    /// <summary>
    /// The three phases of the commissioning cycle, in cycle order, each with its three activities.
    /// Sources: seed 001 lines 105-200 (the three phases are named at line 105).
    /// </summary>
    public static IReadOnlyList<CommissioningPhaseInfo> Phases { get; } = Array.AsReadOnly(new CommissioningPhaseInfo[]
    {
        new(CommissioningPhase.StrategicPlanning, "Strategic planning",
            "Understanding the population's needs and the services that exist, then setting priorities for change.",
            ActivitiesOf(CommissioningPhase.StrategicPlanning), Briefing("lines 109-133"), Provenance.FromSource),
        new(CommissioningPhase.ProcuringServices, "Procuring services",
            "Turning priorities into services: designing and specifying them, developing providers and securing supply, and managing demand.",
            ActivitiesOf(CommissioningPhase.ProcuringServices), Briefing("lines 135-166"), Provenance.FromSource),
        new(CommissioningPhase.MonitoringAndEvaluation, "Monitoring and evaluation",
            "Checking, once services are running, whether they perform and achieve their outcomes, and learning from users what needs to change.",
            ActivitiesOf(CommissioningPhase.MonitoringAndEvaluation), Briefing("lines 168-200"), Provenance.FromSource),
    });

    /// <summary>
    /// Woodin's four stages of commissioning, each mapped to the cycle phase in which it mainly falls.
    /// Source: seed 001 line 41 (also seed 000 line 57 and seed 002 line 383). The mapping to phases is the
    /// library's reading of the two models.
    /// </summary>
    public static IReadOnlyList<WoodinStageInfo> WoodinStages { get; } = Array.AsReadOnly(new WoodinStageInfo[]
    {
        new(WoodinStage.AssessNeeds, "Assess needs",
            "Establish the health-care needs of the population served.",
            CommissioningPhase.StrategicPlanning, Briefing("line 41"), Provenance.FromSource),
        new(WoodinStage.SpecifyServices, "Specify services",
            "Decide which services are needed to answer the assessed needs, in line with the wider strategy.",
            CommissioningPhase.ProcuringServices, Briefing("line 41"), Provenance.FromSource),
        new(WoodinStage.SecureServices, "Secure services",
            "Obtain the specified services from providers, for example by tender and contract.",
            CommissioningPhase.ProcuringServices, Briefing("line 41"), Provenance.FromSource),
        new(WoodinStage.MonitorAndEvaluate, "Monitor and evaluate",
            "Follow the outcomes of the services secured and judge whether they meet the needs.",
            CommissioningPhase.MonitoringAndEvaluation, Briefing("line 41"), Provenance.FromSource),
    });

    /// <summary>The two modes of commissioning work. Sources: seed 001 line 105; seed 002 line 383.</summary>
    public static IReadOnlyList<CommissioningModeInfo> Modes { get; } = Array.AsReadOnly(new CommissioningModeInfo[]
    {
        new(CommissioningMode.ContractMonitoring, "Contract monitoring",
            "Overseeing existing contracts and budgets only; in practice the usual mode for most services, some of which then get little commissioner scrutiny and rely on providers' own procedures.",
            Briefing("line 105"), Provenance.FromSource),
        new(CommissioningMode.Transformational, "Transformational commissioning",
            "Reshaping services through detailed needs assessment, review of provision and re-specification of pathways; confined to a few high-priority areas.",
            Briefing("line 105"), Provenance.FromSource),
    });

    /// <summary>The triggers for service redesign. Sources: seed 001 lines 105, 172 and 237.</summary>
    public static IReadOnlyList<RedesignTriggerInfo> RedesignTriggers { get; } = Array.AsReadOnly(new RedesignTriggerInfo[]
    {
        new(RedesignTrigger.Efficiency, "Efficiency",
            "Spending higher than expected, typically shown up by benchmarking of expenditure; one of the two main prompts the study found.",
            Briefing("line 172"), Provenance.FromSource),
        new(RedesignTrigger.Quality, "Quality",
            "Concern that a service falls short on quality, for example on benchmarked quality indicators; the other main prompt found.",
            Briefing("line 172"), Provenance.FromSource),
        new(RedesignTrigger.NationalDriver, "National driver",
            "A national policy priority, such as a National Service Framework or NICE quality standard, driving an ongoing programme of work.",
            Briefing("line 105"), Provenance.FromSource),
        new(RedesignTrigger.LocalCircumstance, "Local circumstance",
            "A particular local situation that brings a service area to commissioners' attention for focused, time-limited work.",
            Briefing("line 105"), Provenance.FromSource),
        new(RedesignTrigger.Inequality, "Inequality",
            "Evidence that ethnic groups differ unfairly in access, experience or outcomes; the briefing recommends making this a routine prompt alongside quality and efficiency.",
            Briefing("line 237"), Provenance.FromSource),
    });

    /// <summary>The levers a commissioner can use with providers. Sources: seed 001 lines 178-190 and 238; seed 002 lines 1910-1920 and 3190.</summary>
    public static IReadOnlyList<CommissioningLeverInfo> Levers { get; } = Array.AsReadOnly(new CommissioningLeverInfo[]
    {
        new(CommissioningLever.KeyPerformanceIndicator, "Key performance indicator (KPI)",
            "A contract performance measure; to tackle inequality it should require results by ethnic group and may set explicit targets for minority ethnic service users.",
            Briefing("lines 178-180"), Provenance.FromSource),
        new(CommissioningLever.CommissioningForQualityAndInnovation, "Commissioning for Quality and Innovation (CQUIN)",
            "A payment framework that makes part of a provider's contract income depend on agreed improvements, which can include outcomes for minority ethnic patients.",
            Briefing("lines 182-184"), Provenance.FromSource),
        new(CommissioningLever.ServiceImprovementPlan, "Service improvement plan",
            "A plan agreed with a provider to improve an aspect of a service, such as the recording of ethnicity, before outcome indicators are introduced.",
            Briefing("line 186"), Provenance.FromSource),
        new(CommissioningLever.ContractVariation, "Contract variation",
            "A formal change to an existing contract, usable to add requirements about meeting minority ethnic needs.",
            Nihr("line 3190"), Provenance.FromSource),
        new(CommissioningLever.QualityAndOutcomesFramework, "Quality and Outcomes Framework (QOF)",
            "The pay-for-performance scheme for general practice; local or modified indicators have been used to improve ethnic monitoring and to fund services suited to particular populations.",
            Nihr("lines 1918-1920"), Provenance.FromSource),
        new(CommissioningLever.EqualityDeliverySystem, "Equality Delivery System (EDS)",
            "The NHS framework for assessing and grading equality performance across protected characteristics; it exposed data gaps and prompted targets to improve disaggregation.",
            Nihr("line 1910"), Provenance.FromSource),
        new(CommissioningLever.EquityAudit, "Equity audit",
            "A systematic check of how access and outcomes differ between ethnic groups, used to find inequalities and scrutinise services.",
            Briefing("lines 188-190"), Provenance.FromSource),
    });

    /// <summary>The commissioning products. Sources: seed 001 lines 149-151 and 223-225; seed 002 lines 453 and 1335-1347; seed 004 line 307.</summary>
    public static IReadOnlyList<CommissioningProductInfo> Products { get; } = Array.AsReadOnly(new CommissioningProductInfo[]
    {
        new(CommissioningProduct.JointStrategicNeedsAssessment, "Joint strategic needs assessment (JSNA)",
            "The statutory assessment of an area's health needs that a health and wellbeing board must produce and commissioners are expected to respond to.",
            Observatory("line 307"), Provenance.FromSource),
        new(CommissioningProduct.HealthNeedsAssessment, "Health needs assessment",
            "A detailed, focused assessment for a community or service area, useful where an inequality is known but poorly understood.",
            Briefing("line 225"), Provenance.FromSource),
        new(CommissioningProduct.JointHealthAndWellbeingStrategy, "Joint health and wellbeing strategy",
            "The statutory strategy of a health and wellbeing board, setting out how the area's needs will be met.",
            Observatory("line 307"), Provenance.FromSource),
        new(CommissioningProduct.CommissioningIntentions, "Commissioning intentions",
            "A strategic statement of what a commissioner plans to buy or change; one of the key documents that should break needs down by ethnicity.",
            Briefing("line 223"), Provenance.FromSource),
        new(CommissioningProduct.QualityFramework, "Quality framework",
            "A strategic document setting the quality standards a commissioner expects; another key document that should address ethnic inequality.",
            Briefing("line 223"), Provenance.FromSource),
        new(CommissioningProduct.BusinessCase, "Business case",
            "A case for funding a service change: reallocation within a fixed budget, an internal invest-to-save bid, or a bid to an external fund.",
            Briefing("line 151"), Provenance.FromSource),
        new(CommissioningProduct.CarePathwayModel, "Care pathway model",
            "A model of the route patients take through services, into which evidence on ethnic diversity should feed.",
            Nihr("line 453"), Provenance.FromSource),
        new(CommissioningProduct.ServiceSpecification, "Service specification",
            "The description of what a commissioned service must deliver; often only generic on minority ethnic needs, where it should say how and why the service must respond.",
            Briefing("line 149"), Provenance.FromSource),
        new(CommissioningProduct.Tender, "Tender",
            "The invitation to providers to bid to deliver a specified service.",
            Nihr("line 453"), Provenance.FromSource),
        new(CommissioningProduct.Contract, "Contract",
            "The agreement with a provider, carrying the specification, performance indicators and other levers.",
            Nihr("line 453"), Provenance.FromSource),
        new(CommissioningProduct.EqualityImpactAssessment, "Equality impact assessment (EqIA)",
            "An assessment of how a policy or service change affects groups with protected characteristics; in the study sites it was often a one-off formality with no follow-through.",
            Nihr("lines 1335-1347"), Provenance.FromSource),
    });

    /// <summary>Describes a phase of the commissioning cycle.</summary>
    /// <param name="phase">The phase.</param>
    /// <returns>The catalogue entry for <paramref name="phase"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="phase"/> is not a declared member of <see cref="CommissioningPhase"/>.</exception>
    public static CommissioningPhaseInfo Describe(CommissioningPhase phase) => EnumArgument.Lookup(Phases, phase, nameof(phase));

    /// <summary>Describes an activity of the commissioning cycle.</summary>
    /// <param name="activity">The activity.</param>
    /// <returns>The catalogue entry for <paramref name="activity"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="activity"/> is not a declared member of <see cref="CommissioningActivity"/>.</exception>
    public static CommissioningActivityInfo Describe(CommissioningActivity activity) => EnumArgument.Lookup(Activities, activity, nameof(activity));

    /// <summary>Describes one of Woodin's four stages of commissioning.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>The catalogue entry for <paramref name="stage"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stage"/> is not a declared member of <see cref="WoodinStage"/>.</exception>
    public static WoodinStageInfo Describe(WoodinStage stage) => EnumArgument.Lookup(WoodinStages, stage, nameof(stage));

    /// <summary>Describes a mode of commissioning work.</summary>
    /// <param name="mode">The mode.</param>
    /// <returns>The catalogue entry for <paramref name="mode"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a declared member of <see cref="CommissioningMode"/>.</exception>
    public static CommissioningModeInfo Describe(CommissioningMode mode) => EnumArgument.Lookup(Modes, mode, nameof(mode));

    /// <summary>Describes a trigger for service redesign.</summary>
    /// <param name="trigger">The trigger.</param>
    /// <returns>The catalogue entry for <paramref name="trigger"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trigger"/> is not a declared member of <see cref="RedesignTrigger"/>.</exception>
    public static RedesignTriggerInfo Describe(RedesignTrigger trigger) => EnumArgument.Lookup(RedesignTriggers, trigger, nameof(trigger));

    /// <summary>Describes a commissioning lever.</summary>
    /// <param name="lever">The lever.</param>
    /// <returns>The catalogue entry for <paramref name="lever"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lever"/> is not a declared member of <see cref="CommissioningLever"/>.</exception>
    public static CommissioningLeverInfo Describe(CommissioningLever lever) => EnumArgument.Lookup(Levers, lever, nameof(lever));

    /// <summary>Describes a commissioning product.</summary>
    /// <param name="product">The product.</param>
    /// <returns>The catalogue entry for <paramref name="product"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="product"/> is not a declared member of <see cref="CommissioningProduct"/>.</exception>
    public static CommissioningProductInfo Describe(CommissioningProduct product) => EnumArgument.Lookup(Products, product, nameof(product));

    private static IReadOnlyList<CommissioningActivity> ActivitiesOf(CommissioningPhase phase) =>
        Activities.Where(a => a.Phase == phase).Select(a => a.Activity).ToArray();
}
