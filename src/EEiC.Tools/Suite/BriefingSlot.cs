using System.Text.Json.Serialization;

namespace EEiC.Tools.Suite;

/// <summary>
/// A slot of a briefing that local data fill (the Making the case template left room for local population figures
/// and for evidence from particular services; NIHR report, EEiC seed 002, line 2267). A slot the data leave empty
/// is listed in <see cref="Briefing.MissingSlots"/> and named in the text, never silently dropped.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<BriefingSlot>))]
public enum BriefingSlot
{
    /// <summary><see cref="BriefingData.Area"/>: the place the data describe.</summary>
    Area = 0,

    /// <summary><see cref="BriefingData.Service"/>: the service the data describe.</summary>
    Service = 1,

    /// <summary><see cref="BriefingData.Indicator"/>: what is measured.</summary>
    Indicator = 2,

    /// <summary><see cref="BriefingData.Period"/>: when.</summary>
    Period = 3,

    /// <summary><see cref="BriefingData.ReferenceGroup"/>: the group the others are compared with.</summary>
    ReferenceGroup = 4,

    /// <summary><see cref="BriefingData.Unit"/>: the unit of the estimates; missing only when there are estimates to show.</summary>
    Unit = 5,

    /// <summary><see cref="BriefingData.Estimates"/>: the indicator by ethnic group.</summary>
    Estimates = 6,

    /// <summary><see cref="BriefingData.Gaps"/>: the groups compared with the reference group.</summary>
    Gaps = 7,

    /// <summary><see cref="BriefingData.Expectations"/>: observed against expected counts by group.</summary>
    Expectations = 8,
}
