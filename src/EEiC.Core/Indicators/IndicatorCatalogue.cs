using System.Collections.Frozen;
using EEiC.Commissioning;
using EEiC.Sources;

namespace EEiC.Indicators;

/// <summary>
/// The built-in, immutable catalogue of indicators that the library's sources name: service indicators from the
/// EEiC study (maternity booking, cardiac care, HIV diagnosis, smoking cessation, infant mortality, patient
/// experience), ethnicity data-quality indicators, the nine indicators of the NHS Workforce Race Equality Standard
/// (WRES) and the eleven outcomes of the Equality Delivery System 2022 (EDS 2022). Each definition cites its source.
/// </summary>
/// <remarks>
/// Identifiers are stable, unique and kebab-case. Look-ups are ordinal and case-sensitive:
/// <see cref="Find(string)"/> returns <see langword="null"/> for an unknown identifier and <see cref="Get(string)"/>
/// throws a <see cref="KeyNotFoundException"/> that names it. The catalogue holds definitions only, never values.
/// </remarks>
public static class IndicatorCatalogue
{
    private static SourceReference Briefing(string location) => new(SourceDocument.BetterHealthBriefing28, location);

    private static SourceReference Nihr(string location) => new(SourceDocument.NihrReport2013, location);

    private static SourceReference Observatory(string location) => new(SourceDocument.RaceAndHealthObservatory2021, location);

    private static SourceReference Wres(int indicator) =>
        new(SourceDocument.WorkforceRaceEqualityStandard, $"indicator {indicator}");

    private static SourceReference Eds(string outcome) =>
        new(SourceDocument.EqualityDeliverySystem2022, $"domain {outcome[0]}, outcome {outcome}");

    /// <summary>
    /// The indicators named in the EEiC study and the Race and Health Observatory report: service access,
    /// experience and outcome indicators and the ethnicity data-quality indicators.
    /// </summary>
    public static IReadOnlyList<IndicatorDefinition> Service { get; } = Array.AsReadOnly(new IndicatorDefinition[]
    {
        new("maternity-early-booking", "Early booking of maternity care",
            "Percentage of pregnant women who book for maternity care by 12 weeks of pregnancy; a nationally monitored indicator for PCTs in the study period and the focus of an equity audit by ethnic group.",
            IndicatorValueType.Proportion, 100, IndicatorPolarity.HigherIsBetter, IndicatorDomain.Access,
            CommissioningPhase.MonitoringAndEvaluation, RequiresEthnicBreakdown: true, Nihr("line 1513")),
        new("maternity-late-booking", "Late booking of maternity care",
            "Percentage of pregnant women who book for maternity care after 12 weeks; presented by ethnic group and by geography in the equity audit of the early booking work.",
            IndicatorValueType.Proportion, 100, IndicatorPolarity.LowerIsBetter, IndicatorDomain.Access,
            CommissioningPhase.StrategicPlanning, RequiresEthnicBreakdown: true, Nihr("line 1598"),
            Lever: CommissioningLever.EquityAudit),
        new("cardiac-rehabilitation-uptake", "Cardiac rehabilitation uptake",
            "Percentage of eligible patients who take up cardiac rehabilitation; national evidence showed low use by South Asian populations, examined locally in a health needs assessment.",
            IndicatorValueType.Proportion, 100, IndicatorPolarity.HigherIsBetter, IndicatorDomain.Access,
            CommissioningPhase.StrategicPlanning, RequiresEthnicBreakdown: true, Nihr("line 1602")),
        new("coronary-revascularisation-access", "Coronary revascularisation relative to need",
            "Observed coronary revascularisations in an ethnic group divided by those expected from national heart disease prevalence by ethnic group applied to the local population, times 100; below 100 suggests unmet need or unequal access.",
            IndicatorValueType.IndirectlyStandardisedRatio, 100, IndicatorPolarity.HigherIsBetter, IndicatorDomain.Access,
            CommissioningPhase.StrategicPlanning, RequiresEthnicBreakdown: true, Nihr("line 1600")),
        new("hiv-late-diagnosis", "Late diagnosis of HIV",
            "Percentage of new HIV diagnoses made at a late stage of infection; late presentation among black African men was flagged by a specialist provider and taken up by the commissioner.",
            IndicatorValueType.Proportion, 100, IndicatorPolarity.LowerIsBetter, IndicatorDomain.Access,
            CommissioningPhase.ProcuringServices, RequiresEthnicBreakdown: true, Nihr("line 1662")),
        new("smoking-cessation-quitters", "Smoking cessation quitters",
            "Number of people who quit smoking with the stop smoking service, counted by ethnic group so that explicit targets for BME service users can be monitored.",
            IndicatorValueType.Count, 1, IndicatorPolarity.HigherIsBetter, IndicatorDomain.Outcome,
            CommissioningPhase.MonitoringAndEvaluation, RequiresEthnicBreakdown: true, Briefing("lines 178-180"),
            Lever: CommissioningLever.KeyPerformanceIndicator),
        new("self-management-access", "Access to self-management support for chronic disease",
            "Percentage of people with a chronic disease who receive a self-management intervention, compared across ethnic groups using GP practice data in an equity audit.",
            IndicatorValueType.Proportion, 100, IndicatorPolarity.HigherIsBetter, IndicatorDomain.Access,
            CommissioningPhase.MonitoringAndEvaluation, RequiresEthnicBreakdown: true, Briefing("line 190"),
            Lever: CommissioningLever.EquityAudit),
        new("patient-experience-positive", "Positive patient experience by ethnic group",
            "Percentage of survey respondents or service users reporting a positive experience of the service, reported for each ethnic group (service user feedback is rarely disaggregated).",
            IndicatorValueType.Proportion, 100, IndicatorPolarity.HigherIsBetter, IndicatorDomain.Experience,
            CommissioningPhase.MonitoringAndEvaluation, RequiresEthnicBreakdown: true, Briefing("line 174")),
        new("infant-mortality", "Infant mortality",
            "Deaths in the first year of life per 1,000 live births; one of the very few outcomes the study found defined by ethnic group.",
            IndicatorValueType.CrudeRate, 1000, IndicatorPolarity.LowerIsBetter, IndicatorDomain.Outcome,
            CommissioningPhase.MonitoringAndEvaluation, RequiresEthnicBreakdown: true, Nihr("line 1566")),
        new("ethnicity-recording-completeness", "Completeness of ethnicity recording",
            "Percentage of records in a service's data with a valid stated ethnic category (records marked not stated or not known do not count as complete); a first KPI or improvement plan before outcome indicators by ethnicity.",
            IndicatorValueType.Proportion, 100, IndicatorPolarity.HigherIsBetter, IndicatorDomain.DataQuality,
            CommissioningPhase.MonitoringAndEvaluation, RequiresEthnicBreakdown: false, Briefing("line 186"),
            Lever: CommissioningLever.ServiceImprovementPlan),
        new("ethnicity-recorded-as-other", "Ethnicity recorded in an 'other' category",
            "Percentage of records coded to a residual 'any other' ethnic category; a disproportionate share, judged against the population profile, signals poor-quality recording.",
            IndicatorValueType.Proportion, 100, IndicatorPolarity.NoJudgement, IndicatorDomain.DataQuality,
            CommissioningPhase.MonitoringAndEvaluation, RequiresEthnicBreakdown: false, Observatory("line 656")),
    });

    /// <summary>
    /// The nine indicators of the NHS Workforce Race Equality Standard (WRES), in order (<c>wres-1</c> to
    /// <c>wres-9</c>). Indicators 2, 3 and 4 are relative likelihoods defined so that a value above 1 is adverse for
    /// black and minority ethnic (BME) staff; 1 is parity. Source: WRES technical guidance (external standard);
    /// the Race and Health Observatory report (seed 004, lines 592-596) reports national values of indicators 2 and 3.
    /// </summary>
    public static IReadOnlyList<IndicatorDefinition> WorkforceRaceEquality { get; } = Array.AsReadOnly(new IndicatorDefinition[]
    {
        WresIndicator(1, "WRES 1: ethnic mix of pay bands",
            "Percentage of staff in each pay band (Agenda for Change bands 1-9, medical and dental grades, and very senior managers including executive board members) who are BME, compared with the BME percentage of the whole workforce.",
            IndicatorValueType.Proportion, 100, IndicatorPolarity.NoJudgement),
        WresIndicator(2, "WRES 2: appointment from shortlisting",
            "Relative likelihood of White applicants being appointed from shortlisting compared with BME applicants: the proportion of shortlisted White applicants appointed divided by the proportion of shortlisted BME applicants appointed.",
            IndicatorValueType.RelativeLikelihood, 1, IndicatorPolarity.LowerIsBetter),
        WresIndicator(3, "WRES 3: entering the formal disciplinary process",
            "Relative likelihood of BME staff entering the formal disciplinary process compared with White staff: the proportion of BME staff entering it divided by the proportion of White staff entering it.",
            IndicatorValueType.RelativeLikelihood, 1, IndicatorPolarity.LowerIsBetter),
        WresIndicator(4, "WRES 4: access to non-mandatory training",
            "Relative likelihood of White staff accessing non-mandatory training and continuing professional development compared with BME staff.",
            IndicatorValueType.RelativeLikelihood, 1, IndicatorPolarity.LowerIsBetter),
        WresIndicator(5, "WRES 5: harassment from patients or the public",
            "Percentage of staff reporting harassment, bullying or abuse from patients, relatives or the public in the last 12 months (NHS Staff Survey), for White and BME staff.",
            IndicatorValueType.Proportion, 100, IndicatorPolarity.LowerIsBetter),
        WresIndicator(6, "WRES 6: harassment from staff",
            "Percentage of staff reporting harassment, bullying or abuse from other staff in the last 12 months (NHS Staff Survey), for White and BME staff.",
            IndicatorValueType.Proportion, 100, IndicatorPolarity.LowerIsBetter),
        WresIndicator(7, "WRES 7: equal opportunities for progression",
            "Percentage of staff who believe the organisation offers equal opportunities for career progression or promotion (NHS Staff Survey), for White and BME staff.",
            IndicatorValueType.Proportion, 100, IndicatorPolarity.HigherIsBetter),
        WresIndicator(8, "WRES 8: discrimination from colleagues",
            "Percentage of staff who personally experienced discrimination at work from a manager, team leader or colleague in the last 12 months (NHS Staff Survey), for White and BME staff.",
            IndicatorValueType.Proportion, 100, IndicatorPolarity.LowerIsBetter),
        WresIndicator(9, "WRES 9: board membership",
            "Percentage of the board's voting membership who are BME, compared with the BME percentage of the overall workforce (the standard reports the difference between the two).",
            IndicatorValueType.Proportion, 100, IndicatorPolarity.NoJudgement),
    });

    /// <summary>
    /// The eleven outcomes of the Equality Delivery System 2022 (<c>eds-2022-1a</c> to <c>eds-2022-3c</c>), each
    /// scored 0 (Undeveloped) to 3 (Excelling). Domain 1 covers commissioned or provided services, domain 2
    /// workforce health and well-being, and domain 3 inclusive leadership. Source: EDS 2022 technical guidance
    /// (external standard); the EEiC seeds predate EDS 2022 and the Race and Health Observatory report does not describe it.
    /// </summary>
    public static IReadOnlyList<IndicatorDefinition> EqualityDeliverySystemOutcomes { get; } = Array.AsReadOnly(new IndicatorDefinition[]
    {
        EdsOutcome("1A", "access to services", "Service users have the level of access to the service that they need.", IndicatorDomain.Access),
        EdsOutcome("1B", "individual health needs met", "Each service user's individual health needs are met.", IndicatorDomain.Outcome),
        EdsOutcome("1C", "freedom from harm", "Service users are free from harm when they use the service.", IndicatorDomain.Outcome),
        EdsOutcome("1D", "positive experience", "Service users report a positive experience of the service.", IndicatorDomain.Experience),
        EdsOutcome("2A", "support with health conditions at work", "Staff are supported at work to manage conditions such as obesity, diabetes, asthma, COPD and mental ill health.", IndicatorDomain.Workforce),
        EdsOutcome("2B", "freedom from abuse and violence", "Staff are free at work from abuse, harassment, bullying and physical violence, whatever its source.", IndicatorDomain.Workforce),
        EdsOutcome("2C", "independent support and advice", "Staff can get independent support and advice when they suffer stress, abuse, bullying, harassment or physical violence.", IndicatorDomain.Workforce),
        EdsOutcome("2D", "recommending the organisation", "Staff would recommend the organisation as a place to work and to be treated.", IndicatorDomain.Workforce),
        EdsOutcome("3A", "leaders' commitment to equality", "Board members, system leaders and line managers routinely show that they understand, and are committed to, equality and health inequalities.", IndicatorDomain.Leadership),
        EdsOutcome("3B", "equality risks in board papers", "Board and committee papers, including minutes, set out equality and health inequality impacts and risks and how they will be mitigated and managed.", IndicatorDomain.Leadership),
        EdsOutcome("3C", "levers to manage performance", "Board members and system leaders make sure levers are in place to manage performance and monitor progress on equality with staff and patients.", IndicatorDomain.Leadership),
    });

    /// <summary>All built-in indicators: <see cref="Service"/>, then <see cref="WorkforceRaceEquality"/>, then <see cref="EqualityDeliverySystemOutcomes"/>.</summary>
    public static IReadOnlyList<IndicatorDefinition> All { get; } =
        Array.AsReadOnly(Service.Concat(WorkforceRaceEquality).Concat(EqualityDeliverySystemOutcomes).ToArray());

    private static readonly FrozenDictionary<string, IndicatorDefinition> ById = All.ToFrozenDictionary(d => d.Id, StringComparer.Ordinal);

    /// <summary>Finds a built-in indicator by its identifier.</summary>
    /// <param name="id">The kebab-case identifier (ordinal, case-sensitive).</param>
    /// <returns>The definition, or <see langword="null"/> when no built-in indicator has that identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public static IndicatorDefinition? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return ById.GetValueOrDefault(id);
    }

    /// <summary>Gets a built-in indicator by its identifier.</summary>
    /// <param name="id">The kebab-case identifier (ordinal, case-sensitive).</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">No built-in indicator has identifier <paramref name="id"/>; the message names it and, when one differs only in case or spacing, suggests it.</exception>
    public static IndicatorDefinition Get(string id)
    {
        var found = Find(id);
        if (found is not null)
        {
            return found;
        }

        var normalised = id.Trim().Replace('_', '-').Replace(' ', '-');
        var suggestion = All.FirstOrDefault(d => string.Equals(d.Id, normalised, StringComparison.OrdinalIgnoreCase));
        var hint = suggestion is null ? string.Empty : $" Did you mean '{suggestion.Id}'?";
        throw new KeyNotFoundException(
            $"No built-in indicator has the id '{id}'.{hint} Ids are kebab-case and case-sensitive; IndicatorCatalogue.All lists the {All.Count} built-in indicators.");
    }

    private static IndicatorDefinition WresIndicator(
        int number, string name, string description, IndicatorValueType valueType, double multiplier, IndicatorPolarity polarity) =>
        new($"wres-{number}", name, description, valueType, multiplier, polarity, IndicatorDomain.Workforce,
            CommissioningPhase.MonitoringAndEvaluation, RequiresEthnicBreakdown: true, Wres(number), Provenance.ExternalStandard);

    private static IndicatorDefinition EdsOutcome(string outcome, string shortName, string description, IndicatorDomain domain) =>
        new($"eds-2022-{outcome.ToLowerInvariant()}", $"EDS 2022 outcome {outcome}: {shortName}",
            description + " Scored 0 (Undeveloped), 1 (Developing), 2 (Achieving) or 3 (Excelling).",
            IndicatorValueType.Score, 1, IndicatorPolarity.HigherIsBetter, domain,
            CommissioningPhase.MonitoringAndEvaluation, RequiresEthnicBreakdown: false, Eds(outcome), Provenance.ExternalStandard,
            CommissioningLever.EqualityDeliverySystem);
}
