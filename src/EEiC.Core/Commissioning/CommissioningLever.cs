using System.Text.Json.Serialization;

namespace EEiC.Commissioning;

/// <summary>
/// A lever a commissioner can use to challenge and support providers on ethnic inequality.
/// Sources: Better Health Briefing 28 (EEiC seed 001), lines 178-190 and 238; the NIHR report (seed 002),
/// lines 1910, 1918-1920 and 3190.
/// </summary>
/// <remarks><see cref="CommissioningCatalogue.Describe(CommissioningLever)"/> gives each lever's description and source.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<CommissioningLever>))]
public enum CommissioningLever
{
    /// <summary>A key performance indicator (KPI) in a contract, broken down by ethnic group and with explicit targets (seed 001, lines 178-180).</summary>
    KeyPerformanceIndicator = 0,

    /// <summary>Commissioning for Quality and Innovation (CQUIN): a share of contract payment tied to outcomes (seed 001, lines 182-184).</summary>
    CommissioningForQualityAndInnovation = 1,

    /// <summary>A service (quality) improvement plan agreed with a provider, for example on ethnic monitoring (seed 001, line 186).</summary>
    ServiceImprovementPlan = 2,

    /// <summary>A variation to an existing contract (seed 002, line 3190).</summary>
    ContractVariation = 3,

    /// <summary>The Quality and Outcomes Framework (QOF) for general practice, including local or modified indicators (seed 002, lines 1918-1920).</summary>
    QualityAndOutcomesFramework = 4,

    /// <summary>The Equality Delivery System (EDS), the NHS framework for assessing equality performance (seed 002, line 1910).</summary>
    EqualityDeliverySystem = 5,

    /// <summary>An equity audit comparing access and outcomes between ethnic groups (seed 001, lines 188-190).</summary>
    EquityAudit = 6,
}
