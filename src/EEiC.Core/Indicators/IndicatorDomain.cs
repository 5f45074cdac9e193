using System.Text.Json.Serialization;

namespace EEiC.Indicators;

/// <summary>
/// What an indicator measures. Access, experience and outcomes are the three domains of ethnic inequality that
/// recur throughout the EEiC sources (Obstacles paper, seed 000, line 35; Better Health Briefing 28, seed 001,
/// line 41; NIHR report, seed 002, line 347); data quality, workforce and leadership are added for indicators about
/// the organisation itself.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<IndicatorDomain>))]
public enum IndicatorDomain
{
    /// <summary>Access to and use of services relative to need.</summary>
    Access = 0,

    /// <summary>Patients' and service users' experience of care.</summary>
    Experience = 1,

    /// <summary>Health outcomes and outcomes of care.</summary>
    Outcome = 2,

    /// <summary>The quality of the data the other indicators depend on, above all the recording of ethnicity (seed 001, line 186; seed 004, lines 650-656).</summary>
    DataQuality = 3,

    /// <summary>The experience and representation of staff (for example the Workforce Race Equality Standard).</summary>
    Workforce = 4,

    /// <summary>Board and senior leadership attention to equality (for example domain 3, inclusive leadership, of the Equality Delivery System 2022; the leadership lever of seed 004, lines 571-577).</summary>
    Leadership = 5,
}
