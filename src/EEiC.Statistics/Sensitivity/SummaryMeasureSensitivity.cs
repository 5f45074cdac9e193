using EEiC.Statistics.Inequality;

namespace EEiC.Statistics.Sensitivity;

/// <summary>A summary measure of inequality under every re-allocation scenario.</summary>
/// <param name="Measure">The measure.</param>
/// <param name="Estimates">The measure in each scenario, in the order of <see cref="MissingEthnicityBounds.Scenarios"/>.</param>
/// <param name="Bounds">Its complete-case value, minimum and maximum over the scenarios.</param>
public sealed record SummaryMeasureSensitivity(SummaryMeasure Measure, IReadOnlyList<SummaryMeasureEstimate> Estimates, SensitivityBounds Bounds);
