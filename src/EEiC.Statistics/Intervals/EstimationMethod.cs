using System.Text.Json.Serialization;

namespace EEiC.Statistics.Intervals;

/// <summary>The method an estimate's interval was computed with.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EstimationMethod>))]
public enum EstimationMethod
{
    /// <summary>No interval was computed.</summary>
    None = 0,

    /// <summary>Wilson score interval for a proportion (Wilson 1927; Newcombe 1998).</summary>
    Wilson = 1,

    /// <summary>Byar's approximation to the exact Poisson interval (Breslow and Day 1987).</summary>
    Byar = 2,

    /// <summary>Exact Poisson interval from the chi-square distribution (Garwood 1936), used by convention for counts below 10.</summary>
    ExactPoisson = 3,

    /// <summary>Student's t interval for a mean.</summary>
    StudentT = 4,

    /// <summary>Dobson et al. (1991) interval for a directly standardised rate, with Byar's limits for the total count.</summary>
    Dobson = 5,

    /// <summary>Dobson's method with the variance adjusted for non-independent events (people with more than one event).</summary>
    DobsonNonIndependentEvents = 6,

    /// <summary>Limits from Monte Carlo simulation (for example the slope index of inequality).</summary>
    Simulation = 7,

    /// <summary>Chiang's method II abridged life table with its variance (Chiang 1984), as modified by Silcocks et al. (2001).</summary>
    ChiangII = 8,

    /// <summary>Poisson control limits found by bisection (funnel plots for ratios and rates).</summary>
    PoissonFunnel = 9,

    /// <summary>Log method for a ratio of two independent proportions (a relative risk or relative likelihood): Katz et al. (1978).</summary>
    KatzLogRatio = 10,

    /// <summary>Newcombe's hybrid score interval for a difference of two independent proportions, from their Wilson limits (Newcombe 1998, method 10).</summary>
    NewcombeHybridScore = 11,

    /// <summary>Wald interval on the log scale for a ratio of two independent estimates (a rate ratio with var(ln RR) = 1/O₁ + 1/O₂, or a ratio of directly standardised rates by the delta method).</summary>
    LogWald = 12,

    /// <summary>Wald (normal approximation) interval: estimate ± z·standard error, for example a difference of two rates.</summary>
    Wald = 13,

    /// <summary>Exact interval for a ratio of two Poisson rates, conditional on the total count (Clopper–Pearson limits of the binomial proportion O₁/(O₁ + O₂), transformed).</summary>
    ExactConditionalBinomial = 14,

    /// <summary>Woolf's logit interval for an odds ratio: var(ln OR) = 1/a + 1/b + 1/c + 1/d (Woolf 1955).</summary>
    WoolfLogit = 15,

    /// <summary>Mantel–Haenszel rate ratio or risk ratio with the variance of Greenland and Robins (1985).</summary>
    GreenlandRobins = 16,

    /// <summary>Mantel–Haenszel odds ratio with the variance of Robins, Breslow and Greenland (1986).</summary>
    RobinsBreslowGreenland = 17,

    /// <summary>Inverse-variance weighted least squares with known variances (for example the slope of a gap over periods).</summary>
    WeightedLeastSquares = 18,
}
