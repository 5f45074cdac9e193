using System.Text.Json.Serialization;

namespace EEiC.Commissioning;

/// <summary>
/// What prompts transformational commissioning work (service redesign) in a service area. The EEiC study found
/// redesign was prompted mainly by efficiency or quality concerns, by national drivers or by local circumstances,
/// and recommended that inequalities become a routine prompt as well.
/// Sources: Better Health Briefing 28 (EEiC seed 001), lines 105, 172 and 237.
/// </summary>
/// <remarks><see cref="CommissioningCatalogue.Describe(RedesignTrigger)"/> gives each trigger's description and source.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<RedesignTrigger>))]
public enum RedesignTrigger
{
    /// <summary>Efficiency: excess spend, often revealed by benchmarking of expenditure (seed 001, line 172).</summary>
    Efficiency = 0,

    /// <summary>Quality: concern about the quality of a service (seed 001, line 172).</summary>
    Quality = 1,

    /// <summary>A national driver such as a National Service Framework or NICE quality standard (seed 001, line 105).</summary>
    NationalDriver = 2,

    /// <summary>A particular set of local circumstances (seed 001, line 105).</summary>
    LocalCircumstance = 3,

    /// <summary>Evidence of (ethnic) inequality in access, experience or outcomes; recommended as a consistent prompt (seed 001, line 237).</summary>
    Inequality = 4,
}
