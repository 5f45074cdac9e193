namespace EEiC.Statistics.Inequality;

/// <summary>
/// The two-parameter regressions behind the ordered summary measures (value = b0 + b1·rank): weighted least
/// squares, the quasibinomial logit model fitted by iteratively reweighted least squares exactly as R's
/// <c>glm.fit</c> iterates (same starting values, same stopping rule, same final working weights), the HC1 and
/// design-based (Taylor linearisation) sandwich covariances, and the delta-method comparisons of the predictions at
/// rank 1 and rank 0. Allocates nothing; the caller provides every buffer.
/// </summary>
/// <remarks>
/// McCullagh P, Nelder JA. Generalized linear models, 2nd ed. London: Chapman and Hall; 1989 (IRLS, quasi-likelihood).
/// White H. A heteroskedasticity-consistent covariance matrix estimator. Econometrica 1980;48:817–838; MacKinnon JG,
/// White H. J Econometrics 1985;29:305–325 (HC1). Binder DA. On the variances of asymptotically normal estimators from
/// complex surveys. Int Stat Rev 1983;51:279–292 (linearised variance of survey regression coefficients).
/// Marschner IC. glm2: fitting generalized linear models with convergence problems. R Journal 2011;3(2):12–15
/// (step-halving when an IRLS step increases the deviance).
/// </remarks>
internal static class OrderedRegression
{
    /// <summary>R's DBL_EPSILON (2⁻⁵²), used by R's logit link to keep probabilities away from 0 and 1.</summary>
    private const double DoubleEpsilon = 2.220446049250313e-16;

    /// <summary>R's <c>glm.control()</c> defaults.</summary>
    private const double ConvergenceTolerance = 1e-8;

    private const int MaximumIterations = 25;

    /// <summary>The most halvings of one IRLS step whose deviance rose (each halves the step towards the previous coefficients).</summary>
    private const int MaximumHalvings = 30;

    /// <summary>Relative change of the coefficients below which the iteration has reached its fixed point.</summary>
    private const double FixedPointTolerance = 1e-13;

    /// <summary>A fitted line b0 + b1·x and A = (XᵀWX)⁻¹ with the final working weights W.</summary>
    public readonly record struct Fit(double B0, double B1, double A00, double A01, double A11);

    /// <summary>A 2 × 2 symmetric covariance matrix of (b0, b1).</summary>
    public readonly record struct Covariance(double V00, double V01, double V11);

    /// <summary>The inverse logit as R's <c>binomial()$linkinv</c> computes it (clamped beyond ±30).</summary>
    public static double Expit(double eta) => ExpitFromExp(eta, Math.Exp(eta));

    /// <summary>dμ/dη of the logit link as R's <c>binomial()$mu.eta</c> computes it.</summary>
    public static double ExpitDerivative(double eta) => ExpitDerivativeFromExp(eta, Math.Exp(eta));

    /// <summary><see cref="Expit"/> given <paramref name="exp"/> = exp(<paramref name="eta"/>).</summary>
    private static double ExpitFromExp(double eta, double exp)
    {
        var t = eta < -30 ? DoubleEpsilon : eta > 30 ? 1 / DoubleEpsilon : exp;
        return t / (1 + t);
    }

    /// <summary><see cref="ExpitDerivative"/> given <paramref name="exp"/> = exp(<paramref name="eta"/>).</summary>
    private static double ExpitDerivativeFromExp(double eta, double exp)
    {
        if (eta > 30 || eta < -30)
        {
            return DoubleEpsilon;
        }

        var opexp = 1 + exp;
        return exp / (opexp * opexp);
    }

    /// <summary>The logit, R's <c>binomial()$linkfun</c>.</summary>
    public static double Logit(double mu) => Math.Log(mu / (1 - mu));

    /// <summary>Weighted least squares of <paramref name="y"/> on (1, <paramref name="x"/>) with weights <paramref name="w"/>, by centred sums.</summary>
    public static Fit WeightedLeastSquares(ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> w)
    {
        double sw = 0, swx = 0, swy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sw += w[i];
            swx += w[i] * x[i];
            swy += w[i] * y[i];
        }

        var xBar = swx / sw;
        var yBar = swy / sw;
        double sxx = 0, sxy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            var dx = x[i] - xBar;
            sxx += w[i] * dx * dx;
            sxy += w[i] * dx * (y[i] - yBar);
        }

        var b1 = sxy / sxx;
        return new Fit(yBar - b1 * xBar, b1, 1 / sw + xBar * xBar / sxx, -xBar / sxx, 1 / sxx);
    }

    /// <summary>
    /// Fits the quasibinomial logit model of the proportions <paramref name="y"/> on (1, <paramref name="x"/>) with
    /// prior weights <paramref name="prior"/>, iterating as R's <c>glm.fit</c>: <paramref name="eta"/> holds the
    /// linear predictor of the starting values on entry and the fitted one on exit; <paramref name="workingWeights"/>
    /// receives the working weights of the last iteration (computed from the linear predictor before the last update,
    /// as R reports them); <paramref name="scratch"/> and <paramref name="expEta"/> are buffers of the same length. Stops as R does when the
    /// relative change of the deviance is below 1e-8, or when the coefficients stop moving (relative change below
    /// 1e-13: R would go on to its limit of 25 iterations without changing them). Returns false when the iteration
    /// does not converge within 25 steps (for example under separation) or the deviance is not finite.
    /// </summary>
    public static bool FitLogit(ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> prior, Span<double> eta,
        Span<double> workingWeights, Span<double> scratch, Span<double> expEta, out Fit fit)
    {
        var z = scratch;
        var devianceOld = Deviance(y, prior, eta, expEta);
        var priorTotal = 0.0;
        foreach (var w in prior)
        {
            priorTotal += w;
        }

        fit = default;
        for (var iteration = 0; iteration < MaximumIterations; iteration++)
        {
            for (var i = 0; i < x.Length; i++)
            {
                var mu = ExpitFromExp(eta[i], expEta[i]);
                var muEta = ExpitDerivativeFromExp(eta[i], expEta[i]);
                z[i] = eta[i] + (y[i] - mu) / muEta;
                workingWeights[i] = prior[i] * muEta * muEta / (mu * (1 - mu));
            }

            var previous = fit;
            fit = WeightedLeastSquares(x, z, workingWeights);
            var deviance = Update(x, y, prior, eta, expEta, fit);

            // Step-halving when a full IRLS step raises the deviance by more than rounding (relative to the total prior
            // weight, the scale of the deviance) or leaves its domain (Marschner 2011, as glm2 does;
            // R's glm.fit halves only non-finite steps). The binomial log-likelihood is concave, so halving towards the
            // previous coefficients always finds a step that does not increase the deviance; where R's plain IRLS
            // converges, its steps never increase the deviance and the result is R's.
            for (var halving = 0; iteration > 0 && halving < MaximumHalvings
                && !(deviance - devianceOld <= ConvergenceTolerance * (Math.Abs(devianceOld) + priorTotal)); halving++)
            {
                fit = fit with { B0 = (fit.B0 + previous.B0) / 2, B1 = (fit.B1 + previous.B1) / 2 };
                deviance = Update(x, y, prior, eta, expEta, fit);
            }

            if (!double.IsFinite(deviance) || !double.IsFinite(fit.B0) || !double.IsFinite(fit.B1))
            {
                return false;
            }

            if (Math.Abs(deviance - devianceOld) / (Math.Abs(deviance) + 0.1) < ConvergenceTolerance)
            {
                return !Diverged(y, eta);
            }

            // A fixed point whose deviance only changes by rounding (large prior weights and a near-perfect fit, for
            // example equal estimates): R would iterate on to its limit and warn; the coefficients no longer move.
            if (iteration > 0 && Math.Abs(fit.B0 - previous.B0) + Math.Abs(fit.B1 - previous.B1)
                <= FixedPointTolerance * (1 + Math.Abs(fit.B0) + Math.Abs(fit.B1)))
            {
                return !Diverged(y, eta);
            }

            devianceOld = deviance;
        }

        return false;
    }

    /// <summary>
    /// Whether the iteration ran off to the boundary: a fitted probability at R's clamp (|η| beyond ln(1/ε) ≈ 36) for an
    /// observed proportion strictly between 0 and 1, where the deviance stops changing although no maximum has been
    /// reached. Such a fit is reported as not converged (the measures then return Undefined).
    /// </summary>
    private static bool Diverged(ReadOnlySpan<double> y, ReadOnlySpan<double> eta)
    {
        for (var i = 0; i < y.Length; i++)
        {
            if (Math.Abs(eta[i]) > 36 && y[i] > 0 && y[i] < 1)
            {
                return true;
            }
        }

        return false;
    }

    private static double Update(ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> prior, Span<double> eta, Span<double> expEta, Fit fit)
    {
        for (var i = 0; i < x.Length; i++)
        {
            eta[i] = fit.B0 + fit.B1 * x[i];
        }

        return Deviance(y, prior, eta, expEta);
    }

    /// <summary>The binomial deviance Σ 2wᵢ(yᵢ ln(yᵢ/μᵢ) + (1 − yᵢ) ln((1 − yᵢ)/(1 − μᵢ))); stores exp(ηᵢ) for the next iteration.</summary>
    private static double Deviance(ReadOnlySpan<double> y, ReadOnlySpan<double> prior, ReadOnlySpan<double> eta, Span<double> expEta)
    {
        var deviance = 0.0;
        for (var i = 0; i < y.Length; i++)
        {
            expEta[i] = Math.Exp(eta[i]);
            var mu = ExpitFromExp(eta[i], expEta[i]);
            deviance += 2 * prior[i] * (YLogY(y[i], mu) + YLogY(1 - y[i], 1 - mu));
        }

        return deviance;
    }

    private static double YLogY(double y, double mu) => y != 0 ? y * Math.Log(y / mu) : 0;

    /// <summary>
    /// The score of observation i, working weight × working residual: for the logit model
    /// wᵢ(yᵢ − μᵢ)/μ'(ηᵢ) with μ from the fitted <paramref name="eta"/>; for least squares wᵢ(yᵢ − ŷᵢ).
    /// </summary>
    public static double Score(bool logit, double y, double eta, double workingWeight) =>
        logit ? workingWeight * (y - Expit(eta)) / ExpitDerivative(eta) : workingWeight * (y - eta);

    /// <summary>
    /// HC1 sandwich n/(n − 2) · A (Σ sᵢ² xᵢxᵢᵀ) A with xᵢ = (1, xᵢ), the covariance sandwich::vcovHC(type = "HC1")
    /// gives a glm (the dispersion cancels).
    /// </summary>
    public static Covariance SandwichHC1(Fit fit, ReadOnlySpan<double> x, ReadOnlySpan<double> scores)
    {
        double m00 = 0, m01 = 0, m11 = 0;
        for (var i = 0; i < x.Length; i++)
        {
            var s2 = scores[i] * scores[i];
            m00 += s2;
            m01 += s2 * x[i];
            m11 += s2 * x[i] * x[i];
        }

        var n = x.Length;
        return Scale(Sandwich(fit, m00, m01, m11), n / (double)(n - 2));
    }

    /// <summary>A M A for the symmetric A of <paramref name="fit"/> and M = [[m00, m01], [m01, m11]].</summary>
    public static Covariance Sandwich(Fit fit, double m00, double m01, double m11)
    {
        // AM, then (AM)A.
        var am00 = fit.A00 * m00 + fit.A01 * m01;
        var am01 = fit.A00 * m01 + fit.A01 * m11;
        var am10 = fit.A01 * m00 + fit.A11 * m01;
        var am11 = fit.A01 * m01 + fit.A11 * m11;
        return new Covariance(am00 * fit.A00 + am01 * fit.A01, am00 * fit.A01 + am01 * fit.A11, am10 * fit.A01 + am11 * fit.A11);
    }

    private static Covariance Scale(Covariance v, double factor) => new(v.V00 * factor, v.V01 * factor, v.V11 * factor);

    /// <summary>√(gᵀVg) for the gradient g = (g0, g1).</summary>
    public static double DeltaStandardError(Covariance v, double g0, double g1) =>
        Math.Sqrt(g0 * g0 * v.V00 + 2 * g0 * g1 * v.V01 + g1 * g1 * v.V11);

    /// <summary>
    /// The comparison of the predictions at rank 1 and rank 0 with its delta-method gradient: the difference (sii)
    /// or the log ratio (rii), on the response scale of the logit or identity link. Returns false when the log
    /// ratio is undefined (a prediction ≤ 0).
    /// </summary>
    public static bool Compare(Fit fit, bool logit, bool ratio, out double value, out double g0, out double g1)
    {
        var eta1 = fit.B0 + fit.B1;
        var eta0 = fit.B0;
        double p1, p0, d1, d0;
        if (logit)
        {
            p1 = Expit(eta1);
            p0 = Expit(eta0);
            d1 = ExpitDerivative(eta1);
            d0 = ExpitDerivative(eta0);
        }
        else
        {
            (p1, p0, d1, d0) = (eta1, eta0, 1, 1);
        }

        if (!ratio)
        {
            value = p1 - p0;
            g0 = d1 - d0;
            g1 = d1;
            return true;
        }

        if (!(p1 > 0 && p0 > 0))
        {
            value = g0 = g1 = double.NaN;
            return false;
        }

        value = Math.Log(p1 / p0);
        g0 = d1 / p1 - d0 / p0;
        g1 = d1 / p1;
        return true;
    }
}
