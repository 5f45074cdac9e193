using EEiC.Statistics.Intervals;

namespace EEiC.Statistics.Inequality;

// Regression measures on aggregated subgroups: concentration indices (aci, rci), slope and relative indices (sii, rii).
public static partial class OrderedSummaryMeasures
{
    /// <summary>
    /// healthequal's choice of scale for the slope and relative indices: the smallest of 1, 100, 1000, 10⁴, 10⁵ that
    /// is ≥ the largest estimate, else 10⁶.
    /// </summary>
    internal static double ModelScale(double maximumEstimate) => maximumEstimate switch
    {
        <= 1 => 1,
        <= 100 => 100,
        <= 1_000 => 1_000,
        <= 10_000 => 10_000,
        <= 100_000 => 100_000,
        _ => 1_000_000,
    };

    /// <summary>
    /// The multiplier of the estimate in the concentration-index regression: 2σ² for aci; 2σ²/μ for rci, divided by
    /// 1 − μ (Wagstaff) or multiplied by 4μ (Erreygers). False when the rci's denominator is 0.
    /// </summary>
    private static bool ConcentrationFactor(SummaryMeasure measure, ConcentrationIndexMethod method, double sigma2, double mean, out double factor)
    {
        factor = 2 * sigma2;
        if (measure == SummaryMeasure.AbsoluteConcentrationIndex)
        {
            return true;
        }

        if (mean == 0 || (method == ConcentrationIndexMethod.Wagstaff && mean == 1))
        {
            return false;
        }

        factor /= mean;
        factor = method switch
        {
            ConcentrationIndexMethod.Wagstaff => factor / (1 - mean),
            ConcentrationIndexMethod.Erreygers => factor * (4 * mean),
            _ => factor,
        };
        return true;
    }

    private static SummaryMeasureEstimate ConcentrationCore(SummaryMeasure measure, ReadOnlySpan<OrderedSubgroupEstimate> g, SummaryMeasureSettings settings,
        Span<int> index, Span<double> scratch)
    {
        var n = g.Length;
        SortByOrder(g, index);
        var estimate = scratch[..n];
        var population = scratch.Slice(n, n);
        var rank = scratch.Slice(2 * n, n);
        var response = scratch.Slice(3 * n, n);
        var bounded = settings.LowerBound is { } && settings.UpperBound is { };
        var lower = settings.LowerBound ?? 0;
        var range = (settings.UpperBound ?? 1) - lower;
        for (var k = 0; k < n; k++)
        {
            var s = g[index[k]];
            estimate[k] = bounded ? (s.Estimate - lower) / range : s.Estimate;
            population[k] = s.Population ?? 1;
        }

        Ranks(population, rank, out var total);
        double sigma2 = 0, weighted = 0;
        for (var k = 0; k < n; k++)
        {
            var centred = rank[k] - 0.5;
            sigma2 += population[k] / total * centred * centred;
            weighted += population[k] * estimate[k];
        }

        if (!ConcentrationFactor(measure, settings.ConcentrationIndexMethod, sigma2, weighted / total, out var factor))
        {
            return SummaryMeasureCore.NotAvailable(measure, EstimateStatus.ZeroDenominator, settings.Level);
        }

        for (var k = 0; k < n; k++)
        {
            response[k] = factor * estimate[k];
        }

        var fit = OrderedRegression.WeightedLeastSquares(rank, response, population);
        var rss = 0.0;
        for (var k = 0; k < n; k++)
        {
            var residual = response[k] - fit.B0 - fit.B1 * rank[k];
            rss += population[k] * residual * residual;
        }

        return SummaryMeasureCore.Normal(measure, fit.B1, Math.Sqrt(rss / (n - 2) * fit.A11), settings.Level);
    }

    private static SummaryMeasureEstimate SlopeCore(SummaryMeasure measure, ReadOnlySpan<OrderedSubgroupEstimate> g, SummaryMeasureSettings settings,
        Span<int> index, Span<double> scratch)
    {
        var n = g.Length;
        var logistic = settings.SlopeIndexModel == SlopeIndexModel.Logistic;
        SortByOrder(g, index);
        var population = scratch[..n];
        var rank = scratch.Slice(n, n);
        var proportion = scratch.Slice(2 * n, n);
        var prior = scratch.Slice(3 * n, n);
        var eta = scratch.Slice(4 * n, n);
        var workingWeights = scratch.Slice(5 * n, n);
        var work = scratch.Slice(6 * n, n);
        var expEta = scratch.Slice(7 * n, n);
        var maximum = double.NegativeInfinity;
        for (var k = 0; k < n; k++)
        {
            var s = g[index[k]];
            population[k] = Math.Ceiling(s.Population ?? 1);
            maximum = Math.Max(maximum, s.Estimate);
        }

        var scale = ModelScale(maximum);
        Ranks(population, rank, out _);
        OrderedRegression.Fit fit;
        if (logistic)
        {
            double events = 0, nonEvents = 0;
            for (var k = 0; k < n; k++)
            {
                var pop = population[k];
                var y = Math.Round(g[index[k]].Estimate / scale * pop);
                if (y < 0 || y > pop)
                {
                    return SummaryMeasureCore.NotAvailable(measure, EstimateStatus.Undefined, settings.Level);
                }

                events += y;
                nonEvents += pop - y;
                proportion[k] = y / pop;
                prior[k] = pop * pop;
                eta[k] = OrderedRegression.Logit((pop * proportion[k] + 0.5) / (pop + 1));
            }

            if (events == 0 || nonEvents == 0
                || !OrderedRegression.FitLogit(rank, proportion, prior, eta, workingWeights, work, expEta, out fit))
            {
                return SummaryMeasureCore.NotAvailable(measure, EstimateStatus.Undefined, settings.Level);
            }
        }
        else
        {
            for (var k = 0; k < n; k++)
            {
                proportion[k] = g[index[k]].Estimate / scale;
                workingWeights[k] = population[k];
            }

            fit = OrderedRegression.WeightedLeastSquares(rank, proportion, population);
            for (var k = 0; k < n; k++)
            {
                eta[k] = fit.B0 + fit.B1 * rank[k];
            }
        }

        for (var k = 0; k < n; k++)
        {
            work[k] = OrderedRegression.Score(logistic, proportion[k], eta[k], workingWeights[k]);
        }

        var covariance = OrderedRegression.SandwichHC1(fit, rank, work);
        return Comparison(measure, fit, covariance, logistic, scale, settings.Level);
    }

    /// <summary>sii = (p1 − p0)·scale with an unscaled se; rii = exp(ln(p1/p0)) with a log-scale se.</summary>
    private static SummaryMeasureEstimate Comparison(SummaryMeasure measure, OrderedRegression.Fit fit, OrderedRegression.Covariance covariance,
        bool logistic, double scale, ConfidenceLevel level)
    {
        var ratio = measure == SummaryMeasure.RelativeIndexOfInequality;
        if (!OrderedRegression.Compare(fit, logistic, ratio, out var value, out var g0, out var g1))
        {
            return SummaryMeasureCore.NotAvailable(measure, EstimateStatus.Undefined, level);
        }

        var se = OrderedRegression.DeltaStandardError(covariance, g0, g1);
        var z = level.Z;
        return ratio
            ? new SummaryMeasureEstimate(measure, EstimateStatus.Ok, Math.Exp(value), se, Math.Exp(value - z * se), Math.Exp(value + z * se), level)
            : new SummaryMeasureEstimate(measure, EstimateStatus.Ok, value * scale, se, (value - z * se) * scale, (value + z * se) * scale, level);
    }
}
