namespace EEiC.Sources;

/// <summary>
/// A document that a fact, list, indicator or rule in the library is taken from. The well-known
/// documents of the Evidence and Ethnicity in Commissioning (EEiC) study and the external standards the
/// library encodes are available as static members; users citing their own material create their own.
/// </summary>
/// <param name="Id">A short, stable identifier used in JSON (for example <c>"eeic-briefing-28"</c>).</param>
/// <param name="Citation">A human-readable citation of the document.</param>
public sealed record SourceDocument(string Id, string Citation)
{
    /// <summary>Salway S, Mir G, Turner D, Ellison GTH, Carter L, Gerrish K. Obstacles to "race equality" in the English National Health Service: insights from the healthcare commissioning arena. Social Science &amp; Medicine 2016;152:102–110 (EEiC seed 000).</summary>
    public static SourceDocument ObstaclesPaper2016 { get; } = new("eeic-obstacles-2016",
        "Salway S, Mir G, Turner D, et al. Obstacles to \"race equality\" in the English National Health Service: insights from the healthcare commissioning arena. Soc Sci Med 2016;152:102-110.");

    /// <summary>Salway S, Turner D, Mir G, et al. High quality healthcare commissioning: obstacles and opportunities for progress on race equality. Race Equality Foundation, Better Health Briefing 28, 2013 (EEiC seed 001).</summary>
    public static SourceDocument BetterHealthBriefing28 { get; } = new("eeic-briefing-28",
        "Salway S, Turner D, Mir G, et al. High quality healthcare commissioning: obstacles and opportunities for progress on race equality. Race Equality Foundation, Better Health Briefing 28, 2013.");

    /// <summary>Salway S, Turner D, Mir G, et al. Towards equitable commissioning for our multiethnic society: a mixed-methods qualitative investigation of evidence utilisation by strategic commissioners and public health managers. NIHR Health Services and Delivery Research 2013;1(14) (EEiC seed 002).</summary>
    public static SourceDocument NihrReport2013 { get; } = new("eeic-nihr-report-2013",
        "Salway S, Turner D, Mir G, et al. Towards equitable commissioning for our multiethnic society: a mixed-methods qualitative investigation of evidence utilisation by strategic commissioners and public health managers. Health Serv Deliv Res 2013;1(14).");

    /// <summary>EEiC project web page "Improving understanding: building organisational and individual capacity to tackle ethnic inequalities" (EEiC seed 003).</summary>
    public static SourceDocument ImprovingUnderstanding { get; } = new("eeic-improving-understanding",
        "Evidence and Ethnicity in Commissioning project. Improving understanding: building organisational and individual capacity to tackle ethnic inequalities (web resource).");

    /// <summary>Robertson R, Williams E, Buck D, Breckwoldt J. Ethnic health inequalities and the NHS: driving progress in a changing system. NHS Race and Health Observatory / The King's Fund, 2021 (EEiC seed 004).</summary>
    public static SourceDocument RaceAndHealthObservatory2021 { get; } = new("nhs-rho-kings-fund-2021",
        "Robertson R, Williams E, Buck D, Breckwoldt J. Ethnic health inequalities and the NHS: driving progress in a changing system. NHS Race and Health Observatory and The King's Fund, 2021.");

    /// <summary>NHS Data Dictionary, data element ETHNIC CATEGORY (2001 census based national codes A–Z and 99, with locally extended two-character codes).</summary>
    public static SourceDocument NhsDataDictionaryEthnicCategory { get; } = new("nhs-data-dictionary-ethnic-category",
        "NHS England. NHS Data Dictionary: ETHNIC CATEGORY data element.");

    /// <summary>Office for National Statistics. Ethnic group classifications of the 2001, 2011 and 2021 censuses of England and Wales.</summary>
    public static SourceDocument OnsEthnicGroupClassifications { get; } = new("ons-ethnic-group",
        "Office for National Statistics. Ethnic group, national identity and religion: the 2001, 2011 and 2021 census classifications for England and Wales.");

    /// <summary>Department for Education. School census ethnicity codes (four-letter mnemonics such as WBRI, APKN).</summary>
    public static SourceDocument DfeSchoolCensusEthnicityCodes { get; } = new("dfe-school-census-ethnicity",
        "Department for Education. School census: ethnicity codes (main and extended lists).");

    /// <summary>NHS England. Equality Delivery System 2022 (EDS 2022).</summary>
    public static SourceDocument EqualityDeliverySystem2022 { get; } = new("nhs-eds-2022",
        "NHS England. Equality Delivery System 2022: technical guidance.");

    /// <summary>NHS England. NHS Workforce Race Equality Standard (WRES) technical guidance.</summary>
    public static SourceDocument WorkforceRaceEqualityStandard { get; } = new("nhs-wres",
        "NHS England. NHS Workforce Race Equality Standard: technical guidance.");

    /// <summary>Equality Act 2010 (c. 15), section 149: the public sector equality duty and its three aims (eliminate discrimination, harassment and victimisation; advance equality of opportunity; foster good relations).</summary>
    public static SourceDocument EqualityAct2010 { get; } = new("uk-equality-act-2010",
        "Equality Act 2010 (c. 15), section 149: public sector equality duty. London: The Stationery Office.");

    /// <summary>The well-known documents, in a stable order.</summary>
    public static IReadOnlyList<SourceDocument> WellKnown { get; } =
    [
        ObstaclesPaper2016, BetterHealthBriefing28, NihrReport2013, ImprovingUnderstanding,
        RaceAndHealthObservatory2021, NhsDataDictionaryEthnicCategory, OnsEthnicGroupClassifications,
        DfeSchoolCensusEthnicityCodes, EqualityDeliverySystem2022, WorkforceRaceEqualityStandard, EqualityAct2010,
    ];

    /// <summary>Finds a well-known document by its <see cref="Id"/>.</summary>
    /// <param name="id">The identifier to look up (ordinal, case-sensitive).</param>
    /// <returns>The document, or <see langword="null"/> when no well-known document has that identifier.</returns>
    public static SourceDocument? FindWellKnown(string id)
    {
        foreach (var document in WellKnown)
        {
            if (string.Equals(document.Id, id, StringComparison.Ordinal))
            {
                return document;
            }
        }

        return null;
    }
}
