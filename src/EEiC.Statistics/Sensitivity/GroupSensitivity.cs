using EEiC.Statistics.Intervals;

namespace EEiC.Statistics.Sensitivity;

/// <summary>One group's rate or proportion, and its comparison with the reference group, under every re-allocation scenario.</summary>
/// <param name="Group">The group's name.</param>
/// <param name="Estimates">The group's rate or proportion (times the multiplier) with its interval in each scenario, in the order of <see cref="MissingEthnicityBounds.Scenarios"/>.</param>
/// <param name="Ratios">The ratio of the group's rate to the reference group's with its interval in each scenario (Katz log method for proportions, log rate ratio for rates); no value where the group or the reference has no events.</param>
/// <param name="Estimate">The bounds of the rate or proportion.</param>
/// <param name="Difference">The bounds of the difference from the reference group (group − reference, times the multiplier).</param>
/// <param name="Ratio">The bounds of the ratio to the reference group (a point estimate, defined whenever the reference has events).</param>
/// <param name="Gap">Whether the complete-case conclusion about the gap with the reference survives every scenario.</param>
/// <param name="FirstDifferingScenario">The first scenario whose conclusion about the gap differs from the complete case, or <see langword="null"/> when none does.</param>
public sealed record GroupSensitivity(
    string Group,
    IReadOnlyList<IntervalEstimate> Estimates,
    IReadOnlyList<IntervalEstimate> Ratios,
    SensitivityBounds Estimate,
    SensitivityBounds Difference,
    SensitivityBounds Ratio,
    GapRobustness Gap,
    ReallocationScenario? FirstDifferingScenario);
