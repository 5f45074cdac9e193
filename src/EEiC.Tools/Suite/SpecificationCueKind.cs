using System.Text.Json.Serialization;

namespace EEiC.Tools.Suite;

/// <summary>
/// A kind of cue that <see cref="SpecificationTextAnalyser"/> looks for in the text of a service specification. Service
/// specifications often say little about the needs of minority ethnic people and how the service must respond, and
/// offer instead generic statements about equitable provision for all that prompt no action (Better Health Briefing 28,
/// EEiC seed 001, line 149; Key Action on specifications, line 229). The cues separate such statements from concrete
/// commitments of the kinds the study looked for in specifications (NIHR report, EEiC seed 002, line 2844) and found in
/// good practice (seed 001, lines 155-157 and 178-184).
/// </summary>
/// <remarks>
/// <para>Three groups of kinds: <see cref="GenericEqualityStatement"/> and <see cref="EthnicityReference"/> make a
/// sentence a generic statement; <see cref="EthnicGroup"/>, <see cref="Language"/>, <see cref="LanguageSupport"/> and
/// <see cref="EthnicMonitoring"/> make it a concrete commitment on their own; <see cref="CommunityRole"/>,
/// <see cref="PerformanceLever"/> and <see cref="NumericTarget"/> make it a concrete commitment only in a sentence that
/// is about ethnicity or language (one with an <see cref="EthnicityReference"/> cue or a cue of the second group), because
/// a KPI, a target or a health trainer says nothing about minority ethnic needs by itself. A generic phrase alone does
/// not make a sentence about ethnicity.</para>
/// <para>The terms of each kind are listed in one place, the internal <c>SpecificationCueLexicon</c> of EEiC.Tools.</para>
/// </remarks>
[JsonConverter(typeof(JsonStringEnumConverter<SpecificationCueKind>))]
public enum SpecificationCueKind
{
    /// <summary>A generic equality phrase that commits to nothing by itself, for example "accessible to all", "meet the needs of the diverse population", "regardless of ethnicity", "equitable provision", "culturally appropriate", "hard to reach", "comply with the Equality Act".</summary>
    GenericEqualityStatement = 0,

    /// <summary>A general reference to ethnicity, race or culture without a named group, for example "ethnicity", "BME", "black and minority ethnic", "racial", "cultural", "migrants", "refugees".</summary>
    EthnicityReference = 1,

    /// <summary>A named ethnic group: the NHS ethnic category and census labels of EEiC.Core (except White British, the majority), the broad groups Asian and Black, and communities such as Somali, Kashmiri, Gypsy, Roma, Traveller, Polish or Yemeni.</summary>
    EthnicGroup = 2,

    /// <summary>A named language, for example Urdu, Punjabi, Sylheti, Bengali, Gujarati, Arabic, Mandarin, Cantonese, Tigrinya.</summary>
    Language = 3,

    /// <summary>Interpreting, translation and other language support, for example "interpreters", "translated", "bilingual", "community languages", "preferred language", "ESOL".</summary>
    LanguageSupport = 4,

    /// <summary>A community-facing role, for example link workers, health advocates, health trainers, community champions, peer supporters. Concrete only in a sentence about ethnicity or language.</summary>
    CommunityRole = 5,

    /// <summary>Recording, monitoring or analysis by ethnic group, for example "by ethnic group", "by ethnicity", "ethnic monitoring", "ethnicity recording", "ethnic category", "equity audit".</summary>
    EthnicMonitoring = 6,

    /// <summary>A performance or contract lever, for example "KPI", "key performance indicator", "CQUIN", "service improvement plan", "target". Concrete only in a sentence about ethnicity or language.</summary>
    PerformanceLever = 7,

    /// <summary>A numeric target: a percentage ("40%", "15 per cent") or a minimum ("at least 200", "no fewer than 30"). Concrete only in a sentence about ethnicity or language.</summary>
    NumericTarget = 8,
}
