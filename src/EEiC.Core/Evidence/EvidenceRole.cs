using System.Text.Json.Serialization;

namespace EEiC.Evidence;

/// <summary>
/// The role a piece of evidence plays in making the case for action, as in the first exercise of the EEiC
/// evidence mobilisation tool: does it indicate an inequality, explain it, point to a remedy, or show what
/// is still missing? Source: NIHR report (EEiC seed 002), line 2326.
/// </summary>
/// <remarks><see cref="EvidenceCatalogue.Describe(EvidenceRole)"/> gives each role's description and source. An item can play several roles.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<EvidenceRole>))]
public enum EvidenceRole
{
    /// <summary>The evidence indicates that an inequality exists.</summary>
    IndicatesInequality = 0,

    /// <summary>The evidence helps explain an inequality.</summary>
    ExplainsInequality = 1,

    /// <summary>The evidence identifies a potential remedial action.</summary>
    SuggestsRemedy = 2,

    /// <summary>The evidence reveals a gap: information still needed before a proposal can be made.</summary>
    RevealsGap = 3,
}
