namespace EEiC.Tools.Reports;

/// <summary>One point of a <see cref="FunnelChart"/>: a unit (an area, practice or provider) with its size and its value.</summary>
/// <param name="Label">The unit's name; not empty, unique within the chart.</param>
/// <param name="Size">The horizontal position: the denominator, population or expected count; finite and above 0.</param>
/// <param name="Value">The vertical position: the unit's proportion, rate or ratio; finite.</param>
public sealed record FunnelChartPoint(string Label, double Size, double Value)
{
    /// <summary>
    /// Where the point lies against the limits, as the caller's statistics decided it (for example from EEiC.Statistics'
    /// funnel significance), or <see langword="null"/> (the default) to read it from the limit curves as drawn: beyond
    /// a curve when the value is strictly above its upper or below its lower limit, interpolated linearly at
    /// <see cref="Size"/>.
    /// </summary>
    public FunnelPointPosition? Position { get; init; }
}
