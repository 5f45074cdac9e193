using System.Text.Json.Serialization;

namespace EEiC.Commissioning;

/// <summary>
/// How intensively a service area is commissioned. Commissioning resources are limited, so most services get
/// contract monitoring only and transformational work is kept for a few priority areas.
/// Sources: Better Health Briefing 28 (EEiC seed 001), line 105; the NIHR report (seed 002), line 383, which calls
/// the two elements "transformational" and "transactional".
/// </summary>
/// <remarks><see cref="CommissioningCatalogue.Describe(CommissioningMode)"/> gives each mode's description and source.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<CommissioningMode>))]
public enum CommissioningMode
{
    /// <summary>Contract monitoring (transactional commissioning): managing existing contracts and budgets.</summary>
    ContractMonitoring = 0,

    /// <summary>Transformational commissioning: needs assessment, review of provision and re-specification of pathways.</summary>
    Transformational = 1,
}
