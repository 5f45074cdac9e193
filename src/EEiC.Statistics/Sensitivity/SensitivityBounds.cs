using System.Globalization;
using EEiC.Statistics.Intervals;

namespace EEiC.Statistics.Sensitivity;

/// <summary>
/// The range of an estimate over the re-allocation scenarios: its complete-case value, its minimum and maximum, and
/// the scenarios that give them.
/// </summary>
/// <param name="Status"><see cref="EstimateStatus.Ok"/>, or why the estimate is undefined in the complete case (then no value is given).</param>
/// <param name="CompleteCase">The estimate with the unknown records left out, or <see langword="null"/> when undefined.</param>
/// <param name="Minimum">The smallest value over the scenarios where the estimate is defined, or <see langword="null"/>.</param>
/// <param name="Maximum">The largest value over the scenarios where the estimate is defined, or <see langword="null"/>.</param>
/// <param name="MinimumScenario">The first scenario giving <paramref name="Minimum"/>, or <see langword="null"/>.</param>
/// <param name="MaximumScenario">The first scenario giving <paramref name="Maximum"/>, or <see langword="null"/>.</param>
public sealed record SensitivityBounds(
    EstimateStatus Status,
    double? CompleteCase,
    double? Minimum,
    double? Maximum,
    ReallocationScenario? MinimumScenario,
    ReallocationScenario? MaximumScenario)
{
    /// <summary>Whether <paramref name="value"/> lies between <see cref="Minimum"/> and <see cref="Maximum"/> inclusive.</summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="false"/> when the bounds are absent.</returns>
    public bool Contains(double value) => Minimum <= value && value <= Maximum;

    /// <summary>For example <c>"0.183 (0.171 to 0.244: in proportion, all unknown to 'J')"</c>.</summary>
    /// <returns>The formatted bounds.</returns>
    public override string ToString() => Status == EstimateStatus.Ok
        ? string.Create(CultureInfo.InvariantCulture, $"{CompleteCase:G4} ({Minimum:G4} to {Maximum:G4}: {MinimumScenario}, {MaximumScenario})")
        : $"no value: {Status}";

    /// <summary>Bounds over the values of the scenarios, the first being the complete case; NaN marks an undefined value.</summary>
    internal static SensitivityBounds Over(ReadOnlySpan<double> values, IReadOnlyList<ReallocationScenario> scenarios, EstimateStatus undefined)
    {
        if (double.IsNaN(values[0]))
        {
            return new SensitivityBounds(undefined, null, null, null, null, null);
        }

        int min = 0, max = 0;
        for (var s = 1; s < values.Length; s++)
        {
            if (values[s] < values[min])
            {
                min = s;
            }

            if (values[s] > values[max])
            {
                max = s;
            }
        }

        return new SensitivityBounds(EstimateStatus.Ok, values[0], values[min], values[max], scenarios[min], scenarios[max]);
    }
}
