using System.Text.Json.Serialization;

namespace EEiC.Statistics.Sensitivity;

/// <summary>How records with unknown ethnicity are re-allocated to the ethnic groups in a <see cref="ReallocationScenario"/>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReallocationKind>))]
public enum ReallocationKind
{
    /// <summary>None: the records with unknown ethnicity are left out (complete-case analysis).</summary>
    CompleteCase = 0,

    /// <summary>All records with unknown ethnicity, with their events, go to one group (<see cref="ReallocationScenario.Group"/>).</summary>
    AllToGroup = 1,

    /// <summary>The records with unknown ethnicity are spread over the groups in proportion to the known distribution (see <see cref="MissingEthnicitySensitivity"/> for which distribution).</summary>
    Proportional = 2,
}
