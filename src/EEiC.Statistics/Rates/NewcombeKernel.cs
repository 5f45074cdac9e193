using System.Runtime.CompilerServices;

namespace EEiC.Statistics.Rates;

/// <summary>
/// Newcombe's hybrid score interval for the difference p₁ − p₂ of two independent proportions, from the Wilson limits
/// of each (<see cref="WilsonKernel"/>): shared by WRES indicator 9 (<c>Workforce.WorkforceRaceEquality.BoardMembershipGap</c>)
/// and the risk difference of <c>GroupComparison.ReferenceGroupComparison</c>.
/// </summary>
/// <remarks>
/// Newcombe RG. Interval estimation for the difference between independent proportions: comparison of eleven
/// methods. Stat Med 1998;17:873–890, method 10. With Wilson limits (l₁, u₁) and (l₂, u₂) and d = p₁ − p₂:
/// lower = d − √((p₁ − l₁)² + (u₂ − p₂)²), upper = d + √((u₁ − p₁)² + (p₂ − l₂)²). Wilson EB. J Am Stat Assoc
/// 1927;22:209–212. Inputs must be valid (0 ≤ x ≤ n, n &gt; 0).
/// </remarks>
internal static class NewcombeKernel
{
    /// <summary>The level-free terms of one pair of proportions.</summary>
    internal readonly struct Terms
    {
        private readonly double _x1;
        private readonly double _n1;
        private readonly double _s1;
        private readonly double _p1;
        private readonly double _x2;
        private readonly double _n2;
        private readonly double _s2;
        private readonly double _p2;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Terms(double x1, double n1, double x2, double n2)
        {
            _x1 = x1;
            _n1 = n1;
            _x2 = x2;
            _n2 = n2;
            _s1 = WilsonKernel.Spread(x1, n1, out _p1);
            _s2 = WilsonKernel.Spread(x2, n2, out _p2);
        }

        /// <summary>p₁ − p₂.</summary>
        public double Difference => _p1 - _p2;

        /// <summary>The limits of p₁ − p₂ at the normal quantile z.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Limits(double z, out double lower, out double upper)
        {
            var z2 = z * z;
            WilsonKernel.Limits(_x1, _n1, _s1, z, z2, out var l1, out var u1);
            WilsonKernel.Limits(_x2, _n2, _s2, z, z2, out var l2, out var u2);
            var d = _p1 - _p2;
            lower = d - Math.Sqrt(((_p1 - l1) * (_p1 - l1)) + ((u2 - _p2) * (u2 - _p2)));
            upper = d + Math.Sqrt(((u1 - _p1) * (u1 - _p1)) + ((_p2 - l2) * (_p2 - l2)));
        }
    }
}
