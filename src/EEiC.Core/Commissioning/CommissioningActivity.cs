using System.Text.Json.Serialization;

namespace EEiC.Commissioning;

/// <summary>
/// One of the nine activities of the NHS Information Centre commissioning cycle, three per
/// <see cref="CommissioningPhase"/>, declared in cycle order.
/// Sources: Better Health Briefing 28 (EEiC seed 001), lines 109, 135 and 170; the NIHR report (EEiC seed 002),
/// lines 3185-3196, which also lists seeking patient and public input under monitoring and evaluation.
/// </summary>
/// <remarks><see cref="CommissioningCatalogue.Describe(CommissioningActivity)"/> gives each activity's phase, description and source.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<CommissioningActivity>))]
public enum CommissioningActivity
{
    /// <summary>Assess the health needs of the population (strategic planning; seed 001, line 109).</summary>
    AssessNeeds = 0,

    /// <summary>Review how current services meet those needs (strategic planning; seed 001, line 109).</summary>
    ReviewCurrentProvision = 1,

    /// <summary>Decide which needs and services to act on first (strategic planning; seed 001, line 109).</summary>
    DecidePriorities = 2,

    /// <summary>Design services and specify them (procuring services; seed 001, line 135).</summary>
    DesignServices = 3,

    /// <summary>Shape the structure of supply, that is the market of providers (procuring services; seed 001, line 135).</summary>
    ShapeStructureOfSupply = 4,

    /// <summary>Manage demand and plan capacity (procuring services; seed 001, line 135; seed 002, line 3192).</summary>
    ManageDemand = 5,

    /// <summary>Manage the performance of commissioned services against outcome indicators (monitoring and evaluation; seed 001, line 170).</summary>
    ManagePerformance = 6,

    /// <summary>Evaluate services and the impact of changes to them (monitoring and evaluation; seed 001, line 170).</summary>
    EvaluateServices = 7,

    /// <summary>Seek the views of patients and the public (monitoring and evaluation; seed 002, line 3196).</summary>
    SeekPatientAndPublicViews = 8,
}
