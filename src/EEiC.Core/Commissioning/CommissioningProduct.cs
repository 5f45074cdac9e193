using System.Text.Json.Serialization;

namespace EEiC.Commissioning;

/// <summary>
/// A document or artefact that commissioning produces and into which evidence on ethnic diversity and inequality
/// should be translated.
/// Sources: Better Health Briefing 28 (EEiC seed 001), lines 149-151 and 223-225; the NIHR report (seed 002),
/// lines 453 and 1335-1347; the Race and Health Observatory report (seed 004), line 307.
/// </summary>
/// <remarks><see cref="CommissioningCatalogue.Describe(CommissioningProduct)"/> gives each product's description and source.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<CommissioningProduct>))]
public enum CommissioningProduct
{
    /// <summary>Joint strategic needs assessment (JSNA), produced by the health and wellbeing board (seed 004, line 307).</summary>
    JointStrategicNeedsAssessment = 0,

    /// <summary>A focused health needs assessment of a community or service area (seed 001, line 225).</summary>
    HealthNeedsAssessment = 1,

    /// <summary>Joint health and wellbeing strategy, produced by the health and wellbeing board (seed 004, line 307).</summary>
    JointHealthAndWellbeingStrategy = 2,

    /// <summary>Commissioning intentions (seed 001, line 223).</summary>
    CommissioningIntentions = 3,

    /// <summary>A quality framework (seed 001, line 223).</summary>
    QualityFramework = 4,

    /// <summary>A business case for investment or reallocation of resources (seed 001, line 151).</summary>
    BusinessCase = 5,

    /// <summary>A care pathway model (seed 002, line 453).</summary>
    CarePathwayModel = 6,

    /// <summary>A service specification (seed 001, line 149).</summary>
    ServiceSpecification = 7,

    /// <summary>A tender for a service (seed 002, line 453).</summary>
    Tender = 8,

    /// <summary>A provider contract (seed 002, line 453).</summary>
    Contract = 9,

    /// <summary>An equality impact assessment (EqIA) (seed 002, lines 1335-1347).</summary>
    EqualityImpactAssessment = 10,
}
