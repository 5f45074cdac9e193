using EEiC.Statistics.Intervals;

namespace EEiC.Tools.Suite;

/// <summary>
/// The local data a <see cref="Briefing"/> is built from: plain names and numbers, each optional. Whatever is left out
/// is listed in <see cref="Briefing.MissingSlots"/> and named in the briefing's text.
/// </summary>
/// <remarks>
/// <para>How to fill it from EEiC.Statistics: <see cref="Estimates"/> from any estimate by group
/// (<see cref="BriefingEstimate.From(GroupEstimate, int)"/>); <see cref="Gaps"/> from
/// <c>ReferenceGroupComparison.CompareProportions</c>, <c>CompareRates</c> or <c>CompareStandardisedRates</c>
/// (<see cref="BriefingGap.From(Statistics.GroupComparison.GroupComparisonResult, int)"/> for each entry that is not the
/// reference group's, whose name goes in <see cref="ReferenceGroup"/>); <see cref="Expectations"/> from
/// <c>ExpectedVersusObserved.Ratios</c> (<see cref="BriefingExpectation.From(GroupEstimate, int)"/> for each entry of
/// <c>ObservedExpectedTable.Groups</c>). Use the same confidence level throughout and set <see cref="Level"/> to it.</para>
/// <para>Rules, checked by <see cref="BriefingGenerator.Generate"/>: names, when given, are not empty; lists are not null
/// and hold no null entry; within each list every group is named and appears once (ignoring case); every number is
/// finite; every interval contains its estimate; ratios and their limits are at least 0; observed counts are at least 0
/// and expected counts above 0; a gap is not given for the reference group itself.</para>
/// </remarks>
public sealed record BriefingData
{
    /// <summary>The place the data describe (for example <c>"Sheffield"</c>), or <see langword="null"/>.</summary>
    public string? Area { get; init; }

    /// <summary>The service (for example <c>"Cardiac rehabilitation"</c>), or <see langword="null"/>.</summary>
    public string? Service { get; init; }

    /// <summary>What is measured (for example <c>"Revascularisation rate"</c>), or <see langword="null"/>.</summary>
    public string? Indicator { get; init; }

    /// <summary>The period the data cover (for example <c>"2019/20 to 2021/22"</c>), or <see langword="null"/>.</summary>
    public string? Period { get; init; }

    /// <summary>The unit of <see cref="Estimates"/> (for example <c>"%"</c> or <c>"per 100,000"</c>), or <see langword="null"/>.</summary>
    public string? Unit { get; init; }

    /// <summary>The group the <see cref="Gaps"/> are measured against (for example <c>"White British"</c>), or <see langword="null"/>.</summary>
    public string? ReferenceGroup { get; init; }

    /// <summary>The confidence level of every interval given (default 95%).</summary>
    public ConfidenceLevel Level { get; init; } = ConfidenceLevel.Percent95;

    /// <summary>The indicator by ethnic group, with intervals; may include the reference group.</summary>
    public IReadOnlyList<BriefingEstimate> Estimates { get; init; } = [];

    /// <summary>The groups compared with <see cref="ReferenceGroup"/>, as ratios with intervals.</summary>
    public IReadOnlyList<BriefingGap> Gaps { get; init; } = [];

    /// <summary>Observed against expected counts by group.</summary>
    public IReadOnlyList<BriefingExpectation> Expectations { get; init; } = [];

    /// <inheritdoc />
    public bool Equals(BriefingData? other) =>
        other is not null && Area == other.Area && Service == other.Service && Indicator == other.Indicator && Period == other.Period
        && Unit == other.Unit && ReferenceGroup == other.ReferenceGroup && Level == other.Level
        && Sequence.Equal(Estimates, other.Estimates) && Sequence.Equal(Gaps, other.Gaps) && Sequence.Equal(Expectations, other.Expectations);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Area, Service, Indicator, Period, Unit, ReferenceGroup, Level,
            HashCode.Combine(Sequence.Hash(Estimates), Sequence.Hash(Gaps), Sequence.Hash(Expectations)));
}
