using System.Text.Json.Serialization;

namespace EEiC.Commissioning;

/// <summary>
/// A phase of the commissioning cycle as the NHS Information Centre represents it: a continuous cycle of three
/// phases, each made of three <see cref="CommissioningActivity">activities</see>.
/// Source: Better Health Briefing 28 (EEiC seed 001), lines 99-172; phases named at line 105.
/// </summary>
/// <remarks>
/// Other representations of the cycle use slightly different terms (the briefing says so at line 105; the NIHR
/// report, seed 002, uses "strategy and planning", "procurement and contracting" and "monitoring and evaluation"
/// at lines 3185-3196). <see cref="CommissioningCatalogue.Describe(CommissioningPhase)"/> gives each phase's
/// description, activities and source.
/// </remarks>
[JsonConverter(typeof(JsonStringEnumConverter<CommissioningPhase>))]
public enum CommissioningPhase
{
    /// <summary>Strategic planning: assess needs, review current provision, decide priorities (seed 001, line 109).</summary>
    StrategicPlanning = 0,

    /// <summary>Procuring services (the briefing's "contracting and procuring services"): design services, shape the structure of supply, manage demand (seed 001, line 135).</summary>
    ProcuringServices = 1,

    /// <summary>Monitoring and evaluation: manage performance, evaluate services, seek patient and public views (seed 001, lines 168-172; seed 002, lines 3193-3196).</summary>
    MonitoringAndEvaluation = 2,
}
