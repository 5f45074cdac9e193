using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace EEiC.Statistics.Simulation;

/// <summary>
/// The random number stream of R's default generator, reproduced draw for draw so that results R computes from
/// random numbers (the healthequal bootstrap limits) can be matched exactly: <c>set.seed</c>'s scrambling of the
/// seed, the Mersenne Twister MT19937, <c>unif_rand</c> (open interval (0, 1)), and <c>norm_rand</c> of the
/// "Inversion" kind (R's default normal generator) through the normal quantile function of Wichura's AS241.
/// </summary>
/// <remarks>
/// <para>Matsumoto M, Nishimura T. Mersenne twister: a 623-dimensionally equidistributed uniform pseudo-random number
/// generator. ACM Trans Model Comput Simul 1998;8:3–30 (the generator, tempering and 32-bit output).
/// Wichura MJ. Algorithm AS 241: the percentage points of the normal distribution. Appl Stat 1988;37:477–484
/// (PPND16, about 16 significant digits). R Core Team. R: a language and environment for statistical computing,
/// help pages <c>?RNGkind</c> and <c>?set.seed</c> (the conventions reproduced below), R 4.2.2.</para>
/// <para>The conventions of R that this type follows (written from their documented behaviour, not from R's
/// source): the seed is scrambled by 50 steps of the linear congruential map s ← 69069·s + 1 (mod 2³²), then 625
/// further steps fill the generator's 625 words, the first of which is the position in the state and is set to
/// 624 so that the first draw regenerates the whole state; a uniform is the tempered 32-bit output times
/// 2.3283064365386963e-10 (2⁻³²), moved into (0, 1) when it falls on 0; a normal deviate is
/// Φ⁻¹((⌊2²⁷·U₁⌋ + U₂)/2²⁷), which uses two uniforms for 59 bits of resolution; <c>rnorm(1, μ, 0)</c> returns μ
/// without drawing.</para>
/// <para>A ref struct over a caller-provided state span (stack-allocated by the bootstrap) so that restarting the
/// stream for every setting of a batch allocates nothing.</para>
/// </remarks>
internal ref struct RCompatibleNormal
{
    /// <summary>The number of 32-bit state words of MT19937 (the span the constructor needs).</summary>
    public const int StateLength = 624;

    private const int ShiftOffset = 397;
    private const uint MatrixA = 0x9908B0DFu;
    private const uint UpperMask = 0x80000000u;
    private const uint LowerMask = 0x7FFFFFFFu;
    private const double TwoToMinus32 = 2.3283064365386963e-10;

    /// <summary>1/(2³² − 1), R's unit for moving a uniform off the ends of (0, 1).</summary>
    private const double InverseTwoTo32Minus1 = 2.328306437080797e-10;

    /// <summary>2²⁷: the first uniform gives the top 27 bits of the inversion's argument.</summary>
    private const double Big = 134217728;

    private readonly Span<uint> _state;
    private int _position;

    /// <summary>The stream R gives after <c>set.seed(seed)</c> (default kinds: Mersenne-Twister, Inversion).</summary>
    /// <param name="state">At least <see cref="StateLength"/> words of scratch that hold the generator's state.</param>
    /// <param name="seed">The seed as R's <c>set.seed</c> takes it (an integer; negative values wrap modulo 2³²).</param>
    public RCompatibleNormal(Span<uint> state, int seed)
    {
        if (state.Length < StateLength)
        {
            throw new ArgumentException($"needs {StateLength} state words", nameof(state));
        }

        _state = state[..StateLength];
        var s = unchecked((uint)seed);
        for (var j = 0; j < 50; j++)
        {
            s = unchecked((69069 * s) + 1);
        }

        // The first of the 625 words is the position in the state; it is overwritten with 624 (a full state
        // regeneration before the first draw), so only the LCG step it consumes matters.
        s = unchecked((69069 * s) + 1);
        var anyNonZero = false;
        for (var j = 0; j < StateLength; j++)
        {
            s = unchecked((69069 * s) + 1);
            _state[j] = s;
            anyNonZero |= s != 0;
        }

        if (!anyNonZero)
        {
            // Unreachable (the full-period LCG visits 0 once in 2³² steps), but an all-zero state would make
            // MT19937 return zeros for ever: R reseeds in this case; any non-zero word restores the period.
            _state[0] = UpperMask;
        }

        _position = StateLength;
    }

    /// <summary>R's <c>unif_rand()</c>: the next uniform in the open interval (0, 1).</summary>
    /// <returns>The uniform.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextUniform()
    {
        var x = NextUInt32() * TwoToMinus32;
        if (x <= 0.0)
        {
            return 0.5 * InverseTwoTo32Minus1;
        }

        // The largest output is (2³² − 1)·2⁻³² < 1, so the upper guard never fires; kept for R's (0, 1) contract.
        return 1.0 - x <= 0.0 ? 1.0 - (0.5 * InverseTwoTo32Minus1) : x;
    }

    /// <summary>R's <c>norm_rand()</c> of the "Inversion" kind: a standard normal deviate from two uniforms.</summary>
    /// <returns>The deviate.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextStandardNormal()
    {
        var u = NextUniform();
        u = (int)(Big * u) + NextUniform();
        return NormalQuantile(u / Big);
    }

    /// <summary>R's <c>rnorm(1, mean, sd)</c>: <paramref name="mean"/> itself, without drawing, when <paramref name="sd"/> is 0.</summary>
    /// <param name="mean">The mean.</param>
    /// <param name="sd">The standard deviation, ≥ 0.</param>
    /// <returns>The deviate.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextNormal(double mean, double sd) =>
        sd == 0 ? mean : mean + (sd * NextStandardNormal());

    /// <summary>The next tempered 32-bit output of MT19937.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint NextUInt32()
    {
        if (_position >= StateLength)
        {
            Regenerate();
        }

        // The position is < StateLength here; skip the bounds check in the hottest line of the bootstrap.
        var y = Unsafe.Add(ref MemoryMarshal.GetReference(_state), _position++);
        y ^= y >> 11;
        y ^= (y << 7) & 0x9D2C5680u;
        y ^= (y << 15) & 0xEFC60000u;
        y ^= y >> 18;
        return y;
    }

    /// <summary>The twist: all 624 words of the next state at once.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Regenerate()
    {
        ref var mt = ref MemoryMarshal.GetReference(_state); // _state has exactly StateLength words
        int k;
        for (k = 0; k < StateLength - ShiftOffset; k++)
        {
            Unsafe.Add(ref mt, k) = Unsafe.Add(ref mt, k + ShiftOffset) ^ Twist(Unsafe.Add(ref mt, k), Unsafe.Add(ref mt, k + 1));
        }

        for (; k < StateLength - 1; k++)
        {
            Unsafe.Add(ref mt, k) = Unsafe.Add(ref mt, k + ShiftOffset - StateLength) ^ Twist(Unsafe.Add(ref mt, k), Unsafe.Add(ref mt, k + 1));
        }

        Unsafe.Add(ref mt, StateLength - 1) = Unsafe.Add(ref mt, ShiftOffset - 1) ^ Twist(Unsafe.Add(ref mt, StateLength - 1), mt);
        _position = 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Twist(uint current, uint next)
    {
        var y = (current & UpperMask) | (next & LowerMask);
        return (y >> 1) ^ ((0u - (y & 1)) & MatrixA);
    }

    /// <summary>
    /// The standard normal quantile Φ⁻¹(p) for 0 &lt; p &lt; 1 by Wichura's PPND16: a rational approximation of degree 7 in
    /// r = 0.180625 − q² for |q| = |p − ½| ≤ 0.425, otherwise in r = √(−ln min(p, 1 − p)) shifted by 1.6 (r ≤ 5) or
    /// by 5 (beyond), each evaluated by Horner's rule from the highest coefficient as in the published algorithm.
    /// </summary>
    /// <param name="p">The probability, in (0, 1).</param>
    /// <returns>The quantile.</returns>
    /// <remarks>Wichura MJ. Algorithm AS 241. Appl Stat 1988;37:477–484 (coefficients a0–a7, b1–b7, c0–c7, d1–d7, e0–e7, f1–f7).</remarks>
    internal static double NormalQuantile(double p)
    {
        var q = p - 0.5;
        if (Math.Abs(q) <= 0.425)
        {
            var s = 0.180625 - (q * q);
            var numerator = (((((((((((((A7 * s) + A6) * s) + A5) * s) + A4) * s) + A3) * s) + A2) * s) + A1) * s) + A0;
            var denominator = (((((((((((((B7 * s) + B6) * s) + B5) * s) + B4) * s) + B3) * s) + B2) * s) + B1) * s) + 1.0;
            return q * numerator / denominator;
        }

        return Tail(p, q);
    }

    /// <summary>PPND16 for min(p, 1 − p) &lt; 0.075 (about 15% of the draws; kept out of line).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double Tail(double p, double q)
    {
        var r = Math.Sqrt(-Math.Log(q < 0 ? p : 1.0 - p));
        double value;
        if (r <= 5.0)
        {
            r -= 1.6;
            value = ((((((((((((((C7 * r) + C6) * r) + C5) * r) + C4) * r) + C3) * r) + C2) * r) + C1) * r) + C0)
                / ((((((((((((((D7 * r) + D6) * r) + D5) * r) + D4) * r) + D3) * r) + D2) * r) + D1) * r) + 1.0);
        }
        else
        {
            r -= 5.0;
            value = ((((((((((((((E7 * r) + E6) * r) + E5) * r) + E4) * r) + E3) * r) + E2) * r) + E1) * r) + E0)
                / ((((((((((((((F7 * r) + F6) * r) + F5) * r) + F4) * r) + F3) * r) + F2) * r) + F1) * r) + 1.0);
        }

        return q < 0 ? -value : value;
    }

    // AS241 PPND16 coefficients (Wichura 1988): numerators a, c, e (degree 0 to 7) and denominators b, d, f (degree 1
    // to 7; the constant term is 1), for the central region, the intermediate tail and the far tail. Each
    // polynomial is evaluated by Horner's rule from the degree-7 coefficient down, as in the published algorithm.
    private const double A0 = 3.387132872796366608, A1 = 133.14166789178437745, A2 = 1971.5909503065514427, A3 = 13731.693765509461125;
    private const double A4 = 45921.953931549871457, A5 = 67265.770927008700853, A6 = 33430.575583588128105, A7 = 2509.0809287301226727;
    private const double B1 = 42.313330701600911252, B2 = 687.1870074920579083, B3 = 5394.1960214247511077, B4 = 21213.794301586595867;
    private const double B5 = 39307.89580009271061, B6 = 28729.085735721942674, B7 = 5226.495278852854561;
    private const double C0 = 1.42343711074968357734, C1 = 4.6303378461565452959, C2 = 5.7694972214606914055, C3 = 3.64784832476320460504;
    private const double C4 = 1.27045825245236838258, C5 = 0.24178072517745061177, C6 = 0.0227238449892691845833, C7 = 7.7454501427834140764e-4;
    private const double D1 = 2.05319162663775882187, D2 = 1.6763848301838038494, D3 = 0.68976733498510000455, D4 = 0.14810397642748007459;
    private const double D5 = 0.0151986665636164571966, D6 = 5.475938084995344946e-4, D7 = 1.05075007164441684324e-9;
    private const double E0 = 6.6579046435011037772, E1 = 5.4637849111641143699, E2 = 1.7848265399172913358, E3 = 0.29656057182850489123;
    private const double E4 = 0.026532189526576123093, E5 = 0.0012426609473880784386, E6 = 2.71155556874348757815e-5, E7 = 2.01033439929228813265e-7;
    private const double F1 = 0.59983220655588793769, F2 = 0.13692988092273580531, F3 = 0.0148753612908506148525, F4 = 7.868691311456132591e-4;
    private const double F5 = 1.8463183175100546818e-5, F6 = 1.4215117583164458887e-7, F7 = 2.04426310338993978564e-15;
}
