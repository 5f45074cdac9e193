using System.Globalization;
using System.Runtime.CompilerServices;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Validation;

namespace EEiC.Statistics.Workforce;

/// <summary>
/// The shared arithmetic and input rules of the ratio of two independent proportions (a/n1)/(b/n2) with the log
/// method interval of Katz et al. (1978); used by <see cref="RelativeLikelihood"/> and <see cref="Representation"/>.
/// </summary>
internal static class RatioKernel
{
    /// <summary>Records every rule the four counts of one comparison break.</summary>
    internal static void Check(ref InputChecks checks, int? index, double a, double n1, double b, double n2, string aName, string n1Name, string bName, string n2Name)
    {
        checks.NonNegative(index, aName, a);
        checks.Positive(index, n1Name, n1);
        checks.NonNegative(index, bName, b);
        checks.Positive(index, n2Name, n2);
        if (a > n1)
        {
            checks.Add(index, aName, a, $"must be <= {n1Name} ({n1.ToString("R", CultureInfo.InvariantCulture)})");
        }

        if (b > n2)
        {
            checks.Add(index, bName, b, $"must be <= {n2Name} ({n2.ToString("R", CultureInfo.InvariantCulture)})");
        }
    }

    /// <summary><see langword="true"/> when the four counts satisfy every rule (the fast path of a batch).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool Valid(double a, double n1, double b, double n2) =>
        a >= 0 && n1 > 0 && a <= n1 && n1 < double.PositiveInfinity
        && b >= 0 && n2 > 0 && b <= n2 && n2 < double.PositiveInfinity;

    /// <summary>The log-scale terms of one comparison, independent of the level.</summary>
    internal readonly struct Terms
    {
        private readonly double _ratio;
        private readonly double _logSe;
        private readonly bool _defined;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Terms(double a, double n1, double b, double n2)
        {
            _defined = a > 0 && b > 0;
            _ratio = a / n1 / (b / n2);
            _logSe = Math.Sqrt((1 / a) - (1 / n1) + (1 / b) - (1 / n2));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public IntervalEstimate Estimate(ConfidenceLevel level)
        {
            if (!_defined)
            {
                return IntervalEstimate.NotAvailable(EstimateStatus.Undefined, level, EstimationMethod.KatzLogRatio);
            }

            var spread = Math.Exp(level.Z * _logSe);
            return new IntervalEstimate(_ratio, _ratio / spread, _ratio * spread, level, EstimationMethod.KatzLogRatio, EstimateStatus.Ok);
        }
    }

    /// <summary>Validated scalar form.</summary>
    internal static IntervalEstimate Scalar(double a, double n1, double b, double n2, ConfidenceLevel level, string aName, string n1Name, string bName, string n2Name)
    {
        var checks = default(InputChecks);
        Check(ref checks, null, a, n1, b, n2, aName, n1Name, bName, n2Name);
        Rates.CountInputs.Level(ref checks, level);
        checks.ThrowIfAny();
        return new Terms(a, n1, b, n2).Estimate(level);
    }

    /// <summary>Validated batch form, group-major destination.</summary>
    internal static void Batch(
        ReadOnlySpan<double> a,
        ReadOnlySpan<double> n1,
        ReadOnlySpan<double> b,
        ReadOnlySpan<double> n2,
        ReadOnlySpan<ConfidenceLevel> levels,
        Span<IntervalEstimate> destination,
        string aName,
        string n1Name,
        string bName,
        string n2Name)
    {
        var checks = default(InputChecks);
        checks.SameLength(n1Name, n1.Length, aName, a.Length);
        checks.SameLength(bName, b.Length, aName, a.Length);
        checks.SameLength(n2Name, n2.Length, aName, a.Length);
        Rates.CountInputs.Levels(ref checks, levels);
        var groups = Math.Min(Math.Min(a.Length, n1.Length), Math.Min(b.Length, n2.Length));
        Rates.CountInputs.Destination(ref checks, destination.Length, groups, levels.Length);
        for (var g = 0; g < groups; g++)
        {
            if (!Valid(a[g], n1[g], b[g], n2[g]))
            {
                Check(ref checks, g, a[g], n1[g], b[g], n2[g], aName, n1Name, bName, n2Name);
            }
        }

        checks.ThrowIfAny();
        var k = levels.Length;
        for (var g = 0; g < groups; g++)
        {
            var terms = new Terms(a[g], n1[g], b[g], n2[g]);
            var row = destination.Slice(g * k, k);
            for (var l = 0; l < row.Length; l++)
            {
                row[l] = terms.Estimate(levels[l]);
            }
        }
    }
}
