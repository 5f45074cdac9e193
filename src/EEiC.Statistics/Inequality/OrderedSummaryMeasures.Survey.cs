using System.Globalization;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Validation;

namespace EEiC.Statistics.Inequality;

// Regression measures on individual survey records (healthequal's weight/psu/strata path, survey::svyglm).
public static partial class OrderedSummaryMeasures
{
    /// <summary>
    /// Computes the absolute or relative concentration index, or the slope or relative index of inequality, from
    /// individual records of a complex survey with sampling weights, strata and clustered primary sampling units
    /// (healthequal's <c>aci/rci/sii/rii(est, subgroup_order, weight, psu, strata)</c>, which fit
    /// <c>survey::svyglm</c> models).
    /// </summary>
    /// <param name="measure">One of aci, rci, sii, rii.</param>
    /// <param name="observations">The respondents, in any order.</param>
    /// <param name="settings">Bounds and concentration-index method (aci, rci), slope-index model (sii, rii) and confidence level.</param>
    /// <returns>The estimate with its design-based standard error and limits.</returns>
    /// <exception cref="StatisticsInputException">Any input problem (all are listed).</exception>
    /// <remarks>
    /// <para>Ranks: respondents are grouped by <see cref="SurveyObservation.Order"/>; every respondent of group j gets
    /// the rank (Σ_{i&lt;j} Wᵢ + Wⱼ/2)/ΣW, W the sums of sampling weights.</para>
    /// <para>aci and rci: weighted least squares of 2σ²·yᵢ (aci) or 2σ²·yᵢ/μ (rci; normalised as in
    /// <see cref="RelativeConcentrationIndex"/>) on the rank, weights = sampling weights, σ² = the weighted
    /// variance of the rank and μ the weighted mean outcome (after rescaling to the bounds when given); the index is
    /// the slope.</para>
    /// <para>sii and rii: the outcome is divided by healthequal's scale (the smallest of 1, 100, ..., 10⁶ ≥ the
    /// largest outcome; 1 for a 0/1 outcome), and a quasibinomial logit model (or, with
    /// <see cref="SlopeIndexModel.Linear"/>, weighted least squares) is fitted with prior weights = sampling weights
    /// rescaled to mean 1, iterating as R's <c>glm.fit</c>. sii = (p̂(1) − p̂(0))·scale and
    /// rii = p̂(1)/p̂(0), p̂ the predictions at rank 1 and 0.</para>
    /// <para>Standard errors: the design-based (Taylor linearisation) sandwich of the regression coefficients as
    /// <c>survey::svyglm</c> computes it — with A = (XᵀWX)⁻¹ and the score uᵢ = xᵢ·wᵢ·rᵢ (working weight times
    /// working residual), the influence values A·uᵢ are totalled by primary sampling unit, and
    /// V = Σ_h n_h/(n_h − 1) Σ_k (t_hk − t̄_h)(t_hk − t̄_h)ᵀ over strata h with n_h units (units sampled with
    /// replacement, no finite population correction) — then the delta method for sii and ln rii (analytic gradients,
    /// as emmeans uses). Limits: estimate ∓ z·se (sii: the se is on the model's scale, limits multiplied by the
    /// scale, as healthequal); rii: exp(ln rii ∓ z·se), se on the log scale.</para>
    /// <para>Every stratum needs at least 2 primary sampling units (healthequal's "adjust" treatment of a lonely unit
    /// is not implemented). Undefined (<see cref="EstimateStatus.Undefined"/>) when the logistic model cannot be
    /// fitted (every outcome 0, or every outcome at its scale, an outcome above 10⁶, or no convergence in 25
    /// iterations), or the linear
    /// rii's prediction at rank 0 or 1 is ≤ 0; <see cref="EstimateStatus.ZeroDenominator"/> for an rci with mean 0
    /// (or, Wagstaff, mean 1).</para>
    /// <para>Binder DA. On the variances of asymptotically normal estimators from complex surveys. Int Stat Rev
    /// 1983;51:279–292. Lumley T. Complex surveys: a guide to analysis using R. Hoboken: Wiley; 2010 (svyglm).
    /// O'Donnell O, van Doorslaer E, Wagstaff A, Lindelow M. Analyzing health equity using household survey data.
    /// Washington DC: World Bank; 2008, ch. 8 (concentration index by convenient regression). healthequal 1.0.1
    /// (WHO).</para>
    /// </remarks>
    public static SummaryMeasureEstimate FromSurvey(SummaryMeasure measure, ReadOnlySpan<SurveyObservation> observations, SummaryMeasureSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!Enum.IsDefined(measure))
        {
            throw new ArgumentOutOfRangeException(nameof(measure), measure, "unknown summary measure");
        }

        var checks = default(InputChecks);
        if (!SummaryMeasureEstimate.NeedsOrderedDimension(measure))
        {
            checks.Add(null, nameof(measure), measure.ToString(),
                "must be AbsoluteConcentrationIndex, RelativeConcentrationIndex, SlopeIndexOfInequality or RelativeIndexOfInequality for survey records");
            checks.ThrowIfAny();
        }

        ValidateSettings(ref checks, measure, settings);
        var design = SurveyDesign.Build(ref checks, measure, observations, settings);
        checks.ThrowIfAny();
        return measure is SummaryMeasure.AbsoluteConcentrationIndex or SummaryMeasure.RelativeConcentrationIndex
            ? SurveyConcentration(measure, observations, settings, design)
            : SurveySlope(measure, observations, settings, design);
    }

    private static SummaryMeasureEstimate SurveyConcentration(SummaryMeasure measure, ReadOnlySpan<SurveyObservation> o, SummaryMeasureSettings settings, SurveyDesign design)
    {
        var n = o.Length;
        var bounded = settings.LowerBound is { } && settings.UpperBound is { };
        var lower = settings.LowerBound ?? 0;
        var range = (settings.UpperBound ?? 1) - lower;
        var rank = new double[n];
        var response = new double[n];
        var weight = new double[n];
        double weighted = 0;
        for (var i = 0; i < n; i++)
        {
            rank[i] = design.Rank[design.Group[i]];
            weight[i] = o[i].Weight;
            response[i] = bounded ? (o[i].Outcome - lower) / range : o[i].Outcome;
            weighted += weight[i] * response[i];
        }

        var sigma2 = 0.0;
        for (var j = 0; j < design.Rank.Length; j++)
        {
            var centred = design.Rank[j] - 0.5;
            sigma2 += design.GroupWeight[j] / design.TotalWeight * centred * centred;
        }

        if (!ConcentrationFactor(measure, settings.ConcentrationIndexMethod, sigma2, weighted / design.TotalWeight, out var factor))
        {
            return SummaryMeasureCore.NotAvailable(measure, EstimateStatus.ZeroDenominator, settings.Level);
        }

        for (var i = 0; i < n; i++)
        {
            response[i] *= factor;
        }

        var fit = OrderedRegression.WeightedLeastSquares(rank, response, weight);
        var score = response;
        for (var i = 0; i < n; i++)
        {
            score[i] = weight[i] * (response[i] - fit.B0 - fit.B1 * rank[i]);
        }

        var covariance = design.Variance(fit, rank, score);
        return SummaryMeasureCore.Normal(measure, fit.B1, Math.Sqrt(covariance.V11), settings.Level);
    }

    private static SummaryMeasureEstimate SurveySlope(SummaryMeasure measure, ReadOnlySpan<SurveyObservation> o, SummaryMeasureSettings settings, SurveyDesign design)
    {
        var n = o.Length;
        var logistic = settings.SlopeIndexModel == SlopeIndexModel.Logistic;
        var maximum = double.NegativeInfinity;
        var meanWeight = 0.0;
        for (var i = 0; i < n; i++)
        {
            maximum = Math.Max(maximum, o[i].Outcome);
            meanWeight += o[i].Weight;
        }

        meanWeight /= n;
        var scale = ModelScale(maximum);
        var rank = new double[n];
        var y = new double[n];
        var prior = new double[n];
        var eta = new double[n];
        var workingWeights = new double[n];
        var work = new double[n];
        bool anyAbove = false, anyBelow = false;
        for (var i = 0; i < n; i++)
        {
            rank[i] = design.Rank[design.Group[i]];
            y[i] = o[i].Outcome / scale;
            prior[i] = o[i].Weight / meanWeight;
            anyAbove |= y[i] > 0;
            anyBelow |= y[i] < 1;
        }

        OrderedRegression.Fit fit;
        if (logistic)
        {
            for (var i = 0; i < n; i++)
            {
                eta[i] = OrderedRegression.Logit((prior[i] * y[i] + 0.5) / (prior[i] + 1));
            }

            var expEta = new double[n];
            if (!anyAbove || !anyBelow || !OrderedRegression.FitLogit(rank, y, prior, eta, workingWeights, work, expEta, out fit))
            {
                return SummaryMeasureCore.NotAvailable(measure, EstimateStatus.Undefined, settings.Level);
            }
        }
        else
        {
            fit = OrderedRegression.WeightedLeastSquares(rank, y, prior);
            for (var i = 0; i < n; i++)
            {
                eta[i] = fit.B0 + fit.B1 * rank[i];
                workingWeights[i] = prior[i];
            }
        }

        for (var i = 0; i < n; i++)
        {
            work[i] = OrderedRegression.Score(logistic, y[i], eta[i], workingWeights[i]);
        }

        return Comparison(measure, fit, design.Variance(fit, rank, work), logistic, scale, settings.Level);
    }

    /// <summary>The grouping of survey records by subgroup order (with ranks) and by stratum and primary sampling unit.</summary>
    private sealed class SurveyDesign
    {
        private SurveyDesign(int[] group, double[] rank, double[] groupWeight, double totalWeight, int[] psu, int[] stratumOfPsu, int strata)
        {
            Group = group;
            Rank = rank;
            GroupWeight = groupWeight;
            TotalWeight = totalWeight;
            Psu = psu;
            StratumOfPsu = stratumOfPsu;
            Strata = strata;
        }

        /// <summary>The order group (0 = lowest order) of each record.</summary>
        public int[] Group { get; }

        /// <summary>The relative rank of each order group.</summary>
        public double[] Rank { get; }

        /// <summary>The sum of weights of each order group.</summary>
        public double[] GroupWeight { get; }

        public double TotalWeight { get; }

        /// <summary>The primary sampling unit (0-based, nested in strata) of each record.</summary>
        private int[] Psu { get; }

        private int[] StratumOfPsu { get; }

        private int Strata { get; }

        public static SurveyDesign Build(ref InputChecks checks, SummaryMeasure measure, ReadOnlySpan<SurveyObservation> o, SummaryMeasureSettings settings)
        {
            var code = SummaryMeasureEstimate.CodeOf(measure);
            var logistic = measure is SummaryMeasure.SlopeIndexOfInequality or SummaryMeasure.RelativeIndexOfInequality
                && settings.SlopeIndexModel == SlopeIndexModel.Logistic;
            var bounded = measure is SummaryMeasure.AbsoluteConcentrationIndex or SummaryMeasure.RelativeConcentrationIndex
                && settings.LowerBound is { } && settings.UpperBound is { };
            var orders = new SortedDictionary<int, double>();
            var psus = new Dictionary<(int Stratum, int Psu), int>();
            var strata = new Dictionary<int, int>();
            var psu = new int[o.Length];
            var stratumOfPsu = new List<int>();
            var total = 0.0;
            for (var i = 0; i < o.Length; i++)
            {
                var r = o[i];
                if (!double.IsFinite(r.Outcome))
                {
                    checks.Add(i, "observations.Outcome", r.Outcome, "must be a finite number");
                }
                else if (logistic && r.Outcome < 0)
                {
                    checks.Add(i, "observations.Outcome", r.Outcome, $"must be >= 0 for the logistic {code} (a proportion of its scale)");
                }
                else if (bounded && (r.Outcome < settings.LowerBound!.Value || r.Outcome > settings.UpperBound!.Value))
                {
                    checks.Add(i, "observations.Outcome", r.Outcome, "must lie within settings.LowerBound and settings.UpperBound");
                }

                checks.Positive(i, "observations.Weight", r.Weight);
                orders[r.Order] = orders.GetValueOrDefault(r.Order) + r.Weight;
                total += r.Weight;
                if (!psus.TryGetValue((r.Stratum, r.Psu), out var unit))
                {
                    unit = psus.Count;
                    psus.Add((r.Stratum, r.Psu), unit);
                    if (!strata.TryGetValue(r.Stratum, out var stratum))
                    {
                        stratum = strata.Count;
                        strata.Add(r.Stratum, stratum);
                    }

                    stratumOfPsu.Add(stratum);
                }

                psu[i] = unit;
            }

            if (orders.Count < 2)
            {
                checks.Add(null, "observations.Order", orders.Count.ToString(CultureInfo.InvariantCulture) + " distinct",
                    $"{code} needs observations in at least 2 subgroups of the order");
            }

            var unitsPerStratum = new int[strata.Count];
            foreach (var s in stratumOfPsu)
            {
                unitsPerStratum[s]++;
            }

            foreach (var (stratum, s) in strata)
            {
                if (unitsPerStratum[s] < 2)
                {
                    checks.Add(null, "observations.Psu", "1 unit in stratum " + stratum.ToString(CultureInfo.InvariantCulture),
                        "every stratum needs at least 2 primary sampling units (a lonely unit gives no variance)");
                }
            }

            var groupIndex = new Dictionary<int, int>(orders.Count);
            var groupWeight = new double[orders.Count];
            var rank = new double[orders.Count];
            var before = 0.0;
            foreach (var (order, weight) in orders)
            {
                var j = groupIndex.Count;
                groupIndex.Add(order, j);
                groupWeight[j] = weight;
                var through = before + weight;
                rank[j] = (before + 0.5 * (through - before)) / total;
                before = through;
            }

            var group = new int[o.Length];
            for (var i = 0; i < o.Length; i++)
            {
                group[i] = groupIndex[o[i].Order];
            }

            return new SurveyDesign(group, rank, groupWeight, total, psu, [.. stratumOfPsu], strata.Count);
        }

        /// <summary>
        /// The linearised variance of (b0, b1): influence values A·(sᵢ, sᵢxᵢ) totalled by unit, centred within
        /// strata, with the factor n_h/(n_h − 1).
        /// </summary>
        public OrderedRegression.Covariance Variance(OrderedRegression.Fit fit, ReadOnlySpan<double> x, ReadOnlySpan<double> score)
        {
            var units = StratumOfPsu.Length;
            var t0 = new double[units];
            var t1 = new double[units];
            for (var i = 0; i < x.Length; i++)
            {
                var s = score[i];
                var sx = s * x[i];
                t0[Psu[i]] += fit.A00 * s + fit.A01 * sx;
                t1[Psu[i]] += fit.A01 * s + fit.A11 * sx;
            }

            var count = new int[Strata];
            var mean0 = new double[Strata];
            var mean1 = new double[Strata];
            for (var k = 0; k < units; k++)
            {
                var h = StratumOfPsu[k];
                count[h]++;
                mean0[h] += t0[k];
                mean1[h] += t1[k];
            }

            for (var h = 0; h < Strata; h++)
            {
                mean0[h] /= count[h];
                mean1[h] /= count[h];
            }

            var v00 = new double[Strata];
            var v01 = new double[Strata];
            var v11 = new double[Strata];
            for (var k = 0; k < units; k++)
            {
                var h = StratumOfPsu[k];
                var d0 = t0[k] - mean0[h];
                var d1 = t1[k] - mean1[h];
                v00[h] += d0 * d0;
                v01[h] += d0 * d1;
                v11[h] += d1 * d1;
            }

            double w00 = 0, w01 = 0, w11 = 0;
            for (var h = 0; h < Strata; h++)
            {
                var f = count[h] / (count[h] - 1.0);
                w00 += f * v00[h];
                w01 += f * v01[h];
                w11 += f * v11[h];
            }

            return new OrderedRegression.Covariance(w00, w01, w11);
        }
    }
}
