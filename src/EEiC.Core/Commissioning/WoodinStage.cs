using System.Text.Json.Serialization;

namespace EEiC.Commissioning;

/// <summary>
/// The four linked activities of Woodin's (2006) definition of commissioning: assess the health needs of a
/// population, specify the services required, secure them, and monitor and evaluate the outcomes. An alternative,
/// coarser view of the same process as the <see cref="CommissioningPhase"/> cycle.
/// Sources: Better Health Briefing 28 (EEiC seed 001), line 41; Obstacles paper (seed 000), line 57;
/// NIHR report (seed 002), line 383.
/// </summary>
/// <remarks><see cref="CommissioningCatalogue.Describe(WoodinStage)"/> gives each stage's description, the cycle phase it falls in, and its source.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<WoodinStage>))]
public enum WoodinStage
{
    /// <summary>Assess the health-care needs of a population.</summary>
    AssessNeeds = 0,

    /// <summary>Specify the services needed, within a strategic framework.</summary>
    SpecifyServices = 1,

    /// <summary>Secure (procure and contract) those services.</summary>
    SecureServices = 2,

    /// <summary>Monitor and evaluate the outcomes.</summary>
    MonitorAndEvaluate = 3,
}
