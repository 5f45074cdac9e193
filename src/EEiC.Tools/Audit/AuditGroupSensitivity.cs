using EEiC.Statistics.Sensitivity;

namespace EEiC.Tools.Audit;

/// <summary>One group's crude estimate, difference and ratio to the reference over the re-allocation scenarios, and whether its gap survives them.</summary>
/// <param name="Group">The category code.</param>
/// <param name="Label">The category label.</param>
/// <param name="Gap">Whether a gap found in the complete records survives every scenario (judged at the first level, unadjusted).</param>
/// <param name="Estimate">The bounds of the group's estimate (times the multiplier); withheld (status Suppressed) with the group's counts.</param>
/// <param name="Difference">The bounds of the difference from the reference (times the multiplier).</param>
/// <param name="Ratio">The bounds of the ratio to the reference.</param>
/// <param name="FirstDifferingScenario">The first scenario whose verdict differs from the complete case, if any.</param>
/// <param name="Suppressed">Whether the bounds are withheld because a count they rest on is suppressed.</param>
public sealed record AuditGroupSensitivity(
    string Group,
    string Label,
    GapRobustness Gap,
    SensitivityBounds Estimate,
    SensitivityBounds Difference,
    SensitivityBounds Ratio,
    ReallocationScenario? FirstDifferingScenario,
    bool Suppressed);
