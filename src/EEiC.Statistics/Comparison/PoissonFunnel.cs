using System.Runtime.Intrinsics;

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
/// <para>A funnel row needs four bisections (two tails × two sides) of the same count. <see cref="ExpectedAllFour"/> runs
/// them in the four lanes of one vector: lane by lane the operations, their order and IEEE rounding are those of the
/// scalar code, so the results are identical, but the four dependency chains (a multiply and a divide per Poisson term)
/// overlap instead of running one after another.</para>
/// </remarks>
internal static class PoissonFunnel
{
    /// <summary>
    /// The expected counts for all four limits of a row: lanes (tail 0.025, side "high"), (0.025, "low"), (0.001, "high"),
    /// (0.001, "low"), i.e. lower 95%, upper 95%, lower 99.8%, upper 99.8%. Identical, lane by lane, to
    /// <see cref="Expected"/>.
    /// </summary>
    internal static void ExpectedAllFour(double observed, Span<double> destination)
    {
        if (!Vector256.IsHardwareAccelerated)
        {
            for (var lane = 0; lane < 4; lane++)
            {
                destination[lane] = Expected(observed, lane < 2 ? 0.025 : 0.001, lowSide: lane % 2 == 1);
            }

            return;
        }

        var tail = Vector256.Create(0.025, 0.025, 0.001, 0.001);
        var lowSide = Vector256.Create(0L, -1L, 0L, -1L).AsDouble();
        var from = Vector256.Create(0, observed, 0, observed);
        var to = Vector256.Create(observed, 1e10, observed, 1e10);
        var onePlusObserved = Vector256.Create(1 + observed);
        var one = Vector256.Create(1.0);

        var v = Vector256.Create(0.5);
        var step = 0.5;
        while (step > 1e-7)
        {
            step /= 2;
            var lambda = onePlusObserved * v / (one - v);
            var probability = Probability(lambda, from, to);
            var down = Vector256.ConditionalSelect(lowSide, Vector256.GreaterThan(probability, tail), Vector256.LessThan(probability, tail));
            var stepVector = Vector256.Create(step);
            v = Vector256.ConditionalSelect(down, v - stepVector, v + stepVector);
        }

        (onePlusObserved * v / (one - v)).CopyTo(destination);
    }

    /// <summary><see cref="Probability(double, double, double)"/> in four lanes, each lane stopping on its own rule.</summary>
    private static Vector256<double> Probability(Vector256<double> lambda, Vector256<double> from, Vector256<double> to)
    {
        var term = Vector256.Create(1.0);
        var total = Vector256<double>.Zero;
        var sum = Vector256<double>.Zero;
        var tiny = Vector256.Create(1e-10);
        var big = Vector256.Create(1e30);
        double k = 0;
        while (true)
        {
            var kVector = Vector256.Create(k);
            var active = Vector256.LessThanOrEqual(kVector, lambda) | Vector256.GreaterThan(term, total * tiny);
            if (Vector256.EqualsAll(active.AsInt64(), Vector256<long>.Zero))
            {
                return sum / total;
            }

            var newTotal = total + term;
            var inRange = Vector256.GreaterThanOrEqual(kVector, from) & Vector256.LessThanOrEqual(kVector, to);
            var newSum = Vector256.ConditionalSelect(inRange, sum + term, sum);
            var newTerm = term;
            var rescale = Vector256.GreaterThan(newTotal, big);
            if (!Vector256.EqualsAll(rescale.AsInt64(), Vector256<long>.Zero))
            {
                newSum = Vector256.ConditionalSelect(rescale, newSum / big, newSum);
                newTotal = Vector256.ConditionalSelect(rescale, newTotal / big, newTotal);
                newTerm = Vector256.ConditionalSelect(rescale, newTerm / big, newTerm);
            }

            k += 1;
            newTerm = newTerm * lambda / Vector256.Create(k);
            total = Vector256.ConditionalSelect(active, newTotal, total);
            sum = Vector256.ConditionalSelect(active, newSum, sum);
            term = Vector256.ConditionalSelect(active, newTerm, term);
        }
    }

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
