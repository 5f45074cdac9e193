namespace EEiC.Tools.Reports;

/// <summary>
/// One level of control limits of a <see cref="FunnelChart"/> (for example 95% or 99.8%), given as curves: the lower
/// and upper limit at each of a series of sizes, computed by the caller (for example by EEiC.Statistics'
/// <c>FunnelPlot.ProportionLimits</c>, whose rows give the size and the limits of both levels). The chart draws
/// straight lines between the points, so give enough of them for a smooth funnel.
/// </summary>
public sealed record FunnelLimitCurve
{
    /// <summary>Creates a limit curve.</summary>
    /// <param name="label">The level as shown beside the curve (for example <c>"95%"</c>); not empty.</param>
    /// <param name="sizes">The sizes, strictly increasing, finite and at least 0; at least two.</param>
    /// <param name="lower">The lower limit at each size; finite.</param>
    /// <param name="upper">The upper limit at each size; finite and not below the lower limit.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument breaks a rule; the message lists every bad point.</exception>
    public FunnelLimitCurve(string label, IEnumerable<double> sizes, IEnumerable<double> lower, IEnumerable<double> upper)
    {
        Label = ChartInput.RequireText(label, nameof(label));
        ArgumentNullException.ThrowIfNull(sizes);
        ArgumentNullException.ThrowIfNull(lower);
        ArgumentNullException.ThrowIfNull(upper);
        double[] x = sizes.ToArray(), lo = lower.ToArray(), hi = upper.ToArray();
        var problems = new List<string>();
        if (x.Length < 2)
        {
            problems.Add($"it has {x.Length} sizes; a curve needs at least two");
        }

        if (lo.Length != x.Length || hi.Length != x.Length)
        {
            problems.Add($"it has {x.Length} sizes, {lo.Length} lower and {hi.Length} upper limits; give one of each per size");
        }

        for (var i = 0; i < Math.Min(x.Length, Math.Min(lo.Length, hi.Length)); i++)
        {
            var bad = false;
            foreach (var (name, value) in new[] { ("sizes", x[i]), ("lower", lo[i]), ("upper", hi[i]) })
            {
                if (ChartInput.NumberProblem(value) is { } problem)
                {
                    problems.Add($"{name}[{i}] {problem}");
                    bad = true;
                }
            }

            if (bad)
            {
                continue;
            }

            if (x[i] < 0)
            {
                problems.Add($"sizes[{i}] is {ChartInput.Show(x[i])}; sizes must be at least 0");
            }

            if (i > 0 && x[i] <= x[i - 1])
            {
                problems.Add($"sizes[{i}] is {ChartInput.Show(x[i])}, not above sizes[{i - 1}] {ChartInput.Show(x[i - 1])}; sizes must be strictly increasing");
            }

            if (lo[i] > hi[i])
            {
                problems.Add($"lower[{i}] {ChartInput.Show(lo[i])} is above upper[{i}] {ChartInput.Show(hi[i])}");
            }
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException($"The limit curve {ChartInput.ShowLabel(label)} is not valid: {string.Join("; ", problems)}.", problems[0].StartsWith("sizes", StringComparison.Ordinal) ? nameof(sizes) : nameof(lower));
        }

        Sizes = Array.AsReadOnly(x);
        Lower = Array.AsReadOnly(lo);
        Upper = Array.AsReadOnly(hi);
    }

    /// <summary>The level as shown beside the curve.</summary>
    public string Label { get; }

    /// <summary>The sizes, strictly increasing.</summary>
    public IReadOnlyList<double> Sizes { get; }

    /// <summary>The lower limit at each size.</summary>
    public IReadOnlyList<double> Lower { get; }

    /// <summary>The upper limit at each size.</summary>
    public IReadOnlyList<double> Upper { get; }

    /// <summary>Whether <paramref name="size"/> lies within the sizes the curve covers.</summary>
    internal bool Covers(double size) => size >= Sizes[0] && size <= Sizes[^1];

    /// <summary>The lower and upper limits at <paramref name="size"/> (within <see cref="Covers"/>), interpolated linearly.</summary>
    internal (double Lower, double Upper) At(double size)
    {
        var i = 1;
        while (i < Sizes.Count - 1 && Sizes[i] < size)
        {
            i++;
        }

        var t = (size - Sizes[i - 1]) / (Sizes[i] - Sizes[i - 1]);
        return (Lower[i - 1] + t * (Lower[i] - Lower[i - 1]), Upper[i - 1] + t * (Upper[i] - Upper[i - 1]));
    }

    /// <inheritdoc />
    public bool Equals(FunnelLimitCurve? other) =>
        other is not null && Label == other.Label && Sequence.Equal(Sizes, other.Sizes) && Sequence.Equal(Lower, other.Lower) && Sequence.Equal(Upper, other.Upper);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Label, Sequence.Hash(Sizes), Sequence.Hash(Lower), Sequence.Hash(Upper));
}
