using System.Numerics;
using MathNet.Numerics.Distributions;

namespace EEiC.Statistics.Intervals;

/// <summary>
/// Confidence limits for a Poisson count, shared by crude rates, standardised rates and ratios and funnel
/// significance. Limits are for the count itself; callers divide by a denominator or expected count.
/// </summary>
/// <remarks>
/// <para>Byar's approximation (Breslow NE, Day NE. Statistical Methods in Cancer Research, vol. II. IARC 1987,
/// p. 69): lower(O) = O·(1 − 1/(9O) − z/(3√O))³, upper(O) = (O + 1)·(1 − 1/(9(O + 1)) + z/(3√(O + 1)))³. A
/// negative lower limit is not defined (NaN here).</para>
/// <para>Exact limits (Garwood F. Biometrika 1936;28:437–442): lower = χ²((1 − c)/2; 2O)/2,
/// upper = χ²(c + (1 − c)/2; 2O + 2)/2, with χ²(p; 0) = 0.</para>
/// <para>The convention of England's public health indicators (PHEindicatormethods, <c>phe_rate</c>,
/// <c>calculate_ISRatio</c>) uses the exact limits when O &lt; 10 and Byar's otherwise: <see cref="ExactBelow"/>.</para>
/// </remarks>
internal static class PoissonLimits
{
    /// <summary>Counts strictly below this use exact limits under the public health convention.</summary>
    internal const double ExactBelow = 10;

    internal static double ByarLower(double observed, double z)
    {
        var lower = observed * Cube(1 - 1 / (9 * observed) - z / (3 * Math.Sqrt(observed)));
        return lower < 0 ? double.NaN : lower;
    }

    internal static double ByarUpper(double observed, double z)
    {
        var o1 = observed + 1;
        return o1 * Cube(1 - 1 / (9 * o1) + z / (3 * Math.Sqrt(o1)));
    }

    /// <summary>
    /// <see cref="ByarLower(double, double)"/> lane by lane, the same operations in the same order (so the same bits),
    /// except that a negative limit is returned as it is: callers select NaN for it.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static Vector<double> ByarLowerUnchecked(Vector<double> observed, Vector<double> z)
    {
        var one = Vector<double>.One;
        var t = one - (one / (new Vector<double>(9) * observed)) - (z / (new Vector<double>(3) * Vector.SquareRoot(observed)));
        return observed * (t * t * t);
    }

    /// <summary><see cref="ByarUpper(double, double)"/> lane by lane, the same operations in the same order (so the same bits).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static Vector<double> ByarUpper(Vector<double> observed, Vector<double> z)
    {
        var one = Vector<double>.One;
        var o1 = observed + one;
        var t = one - (one / (new Vector<double>(9) * o1)) + (z / (new Vector<double>(3) * Vector.SquareRoot(o1)));
        return o1 * (t * t * t);
    }

    /// <summary>t³ by multiplication: cheaper than <see cref="Math.Pow(double, double)"/> and within 2 ulp of it.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static double Cube(double t) => t * t * t;

    internal static double ExactLower(double observed, ConfidenceLevel level) =>
        observed <= 0 ? 0 : ChiSquared.InvCDF(2 * observed, level.TailProbability) / 2;

    internal static double ExactUpper(double observed, ConfidenceLevel level) =>
        ChiSquared.InvCDF(2 * observed + 2, 1 - level.TailProbability) / 2;

    /// <summary>The public-health convention: exact below 10, Byar's from 10.</summary>
    internal static (double Lower, double Upper, EstimationMethod Method) Conventional(double observed, ConfidenceLevel level) =>
        observed < ExactBelow
            ? (ExactLower(observed, level), ExactUpper(observed, level), EstimationMethod.ExactPoisson)
            : (ByarLower(observed, level.Z), ByarUpper(observed, level.Z), EstimationMethod.Byar);
}
