namespace EEiC.Statistics.Comparison;

/// <summary>
/// The expected count at which an observed Poisson count lies exactly on a funnel plot's control limit, found by
/// bisection as in PHEindicatormethods 2.1.0 (<c>poisson_funnel</c>, <c>poisson_cis</c>), itself a port of the APHO/PHE
/// funnel plot tools for ratios and rates.
/// </summary>
/// <remarks>
/// Reproduced step for step (the start, the halving rule, the stopping rule of the Poisson sum and its rescaling) so
/// that the limits agree with the reference to the last bits: a different bisection would stop at a different point
/// within the 1e-7 tolerance.
/// </remarks>
internal static class PoissonFunnel
{
    /// <summary>
    /// Bisection on v ∈ (0, 1) with λ = (1 + O)·v/(1 − v), starting at v = 0.5 with step 0.5 and halving the step before
    /// each test until it is ≤ 1e-7. Side "low" (the upper limit of the ratio): move down while P(X ≥ O | λ) &gt; p;
    /// side "high" (the lower limit): move down while P(X ≤ O | λ) &lt; p. Returns (1 + O)·v/(1 − v).
    /// </summary>
    internal static double Expected(double observed, double p, bool lowSide)
    {
        var v = 0.5;
        var step = 0.5;
        while (step > 1e-7)
        {
            step /= 2;
            var lambda = (1 + observed) * v / (1 - v);
            var down = lowSide
                ? Probability(lambda, observed, 1e10) > p
                : Probability(lambda, 0, observed) < p;
            v = down ? v - step : v + step;
        }

        return (1 + observed) * v / (1 - v);
    }

    /// <summary>
    /// P(from ≤ X ≤ to) for X ~ Poisson(λ), summing the unnormalised terms λ^k/k! from k = 0 while k ≤ λ or the term
    /// exceeds 1e-10 × the running total (dividing everything by 1e30 whenever the total exceeds 1e30), then normalising.
    /// </summary>
    internal static double Probability(double lambda, double from, double to)
    {
        double term = 1, total = 0, sum = 0, k = 0;
        while (k <= lambda || term > total * 1e-10)
        {
            total += term;
            if (k >= from && k <= to)
            {
                sum += term;
            }

            if (total > 1e30)
            {
                sum /= 1e30;
                total /= 1e30;
                term /= 1e30;
            }

            k += 1;
            term = term * lambda / k;
        }

        return sum / total;
    }
}
