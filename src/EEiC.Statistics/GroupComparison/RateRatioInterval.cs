using System.Text.Json.Serialization;

namespace EEiC.Statistics.GroupComparison;

/// <summary>Which interval (and matching test) a ratio of two crude rates (events over person-time or population) gets.</summary>
/// <remarks>
/// Wald: Rothman KJ, Greenland S, Lash TL. Modern Epidemiology, 3rd ed. 2008, chapter 14 (var(ln RR) = 1/O₁ + 1/O₂).
/// Exact conditional: conditional on N = O₁ + O₂, O₁ is binomial with π = RR·T₁/(RR·T₁ + T₀); Clopper–Pearson limits for π
/// (Clopper CJ, Pearson ES. Biometrika 1934;26:404–413) give RR = π/(1 − π)·T₀/T₁ (Breslow NE, Day NE. Statistical Methods
/// in Cancer Research, vol. II. IARC 1987, chapter 2).
/// </remarks>
[JsonConverter(typeof(JsonStringEnumConverter<RateRatioInterval>))]
public enum RateRatioInterval
{
    /// <summary>Exact conditional limits when either count is below 10 (the public-health convention for exact Poisson limits), the log-scale Wald interval otherwise.</summary>
    Automatic = 0,

    /// <summary>The log-scale Wald interval, RR·exp(∓z·√(1/O₁ + 1/O₀)), with the Wald test of ln RR = 0; undefined when either count is 0.</summary>
    Wald = 1,

    /// <summary>The exact conditional (binomial) limits, with the exact conditional test (twice the smaller binomial tail, capped at 1).</summary>
    ExactConditional = 2,
}
