using System.Text.Json.Serialization;

namespace EEiC.Statistics.Sensitivity;

/// <summary>
/// Whether the conclusion about a group's gap with the reference group — significant when the confidence interval of
/// the ratio of their rates excludes 1 — is the same in every re-allocation scenario as in the complete case.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<GapRobustness>))]
public enum GapRobustness
{
    /// <summary>The group is the reference group.</summary>
    Reference = 0,

    /// <summary>The complete-case ratio has no interval (no events in the group or the reference), so there is no conclusion to test.</summary>
    Undefined = 1,

    /// <summary>A significant gap in the complete case stays significant, in the same direction, in every scenario: the conclusion survives the missing ethnicity.</summary>
    SurvivesEveryScenario = 2,

    /// <summary>A significant gap in the complete case is no longer significant (or reverses) in at least one scenario: the conclusion depends on who the unknown records are.</summary>
    OverturnedInSomeScenario = 3,

    /// <summary>No significant gap in the complete case nor in any scenario.</summary>
    NoGapInAnyScenario = 4,

    /// <summary>No significant gap in the complete case, but a significant one in at least one scenario: a gap could be hidden by the missing ethnicity.</summary>
    GapOnlyUnderReallocation = 5,
}
