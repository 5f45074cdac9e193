using EEiC.Indicators;
using EEiC.Statistics.Inequality;
using EEiC.Statistics.Intervals;
using FsCheck;
using FsCheck.Fluent;

namespace EEiC.Statistics.Tests.Inequality;

/// <summary>
/// Properties of the ordered summary measures: zero inequality, scale invariance of the relative measures, the sign
/// change when the order is reversed, intervals containing their estimate, batch = single calls, and agreement with
/// deliberately different computations (the covariance form of the concentration index, the uncentred
/// √pop-weighted regression, the score equations of the logistic fit, the aggregated form of the survey index).
/// </summary>
public sealed class OrderedSummaryMeasuresPropertyTests
{
    private static readonly SummaryMeasure[] Ordered = Enum.GetValues<SummaryMeasure>().Where(OrderedSummaryMeasures.IsOrderedMeasure).ToArray();

    private static readonly SlopeIndexModel[] Models = [SlopeIndexModel.Logistic, SlopeIndexModel.Linear];

    /// <summary>3–10 subgroups, estimates 1–99 (a percentage), se, populations 1–10⁵; orders 1..n spaced by 1–3, shuffled.</summary>
    private static readonly Gen<OrderedSubgroupEstimate[]> Subgroups =
        from n in Gen.Choose(3, 10)
        from gap in Gen.Choose(1, 3)
        from values in Gen.ArrayOf(
            from e in Gen.Choose(100, 9_900)
            from se in Gen.Choose(1, 500)
            from p in Gen.Choose(1, 100_000)
            select (Estimate: e / 100.0, Se: se / 100.0, Population: (double)p), n)
        from seed in Gen.Choose(0, int.MaxValue)
        select Shuffle(values.Select((v, i) => new OrderedSubgroupEstimate("q" + i, 1 + i * gap, v.Estimate, v.Se, v.Population)).ToArray(), seed);

    private static readonly Gen<IndicatorPolarity> Polarities = Gen.Elements(IndicatorPolarity.HigherIsBetter, IndicatorPolarity.LowerIsBetter);

    private static OrderedSubgroupEstimate[] Shuffle(OrderedSubgroupEstimate[] g, int seed)
    {
        new Random(seed).Shuffle(g);
        return g;
    }

    private static SummaryMeasureSettings Settings(IndicatorPolarity polarity, SlopeIndexModel model = SlopeIndexModel.Logistic) =>
        new() { Polarity = polarity, Scale = 100, SlopeIndexModel = model };

    /// <summary>|expected − actual| ≤ relative·|expected| + absolute.</summary>
    private static void Near(double expected, double? actual, double relative, double absolute, string what)
    {
        Assert.True(actual is { } a && Math.Abs(a - expected) <= relative * Math.Abs(expected) + absolute,
            $"{what}: expected {expected:R}, got {actual?.ToString("R", System.Globalization.CultureInfo.InvariantCulture) ?? "null"}");
    }

    [Fact]
    public void Equal_estimates_give_no_inequality()
    {
        // Integer percentages of populations that are multiples of 100 make the logistic model's counts exact.
        var gen = from g in Subgroups
                  from k in Gen.Choose(2, 99)
                  from hundreds in Gen.ArrayOf(Gen.Choose(1, 1_000), g.Length)
                  select g.Select((s, i) => s with { Estimate = k, Population = 100.0 * hundreds[i] }).ToArray();
        Prop.ForAll(gen.ToArbitrary(), g =>
        {
            foreach (var model in Models)
            {
                var settings = Settings(IndicatorPolarity.HigherIsBetter, model);
                Near(0, OrderedSummaryMeasures.AbsoluteConcentrationIndex(g, settings).Estimate, 0, 1e-12, "aci");
                Near(0, OrderedSummaryMeasures.RelativeConcentrationIndex(g, settings).Estimate, 0, 1e-12, "rci");
                Near(0, OrderedSummaryMeasures.SlopeIndexOfInequality(g, settings).Estimate, 0, 1e-9, $"{model} sii");
                Near(1, OrderedSummaryMeasures.RelativeIndexOfInequality(g, settings).Estimate, 0, 1e-11, $"{model} rii");
                Near(0, OrderedSummaryMeasures.Difference(g, settings).Estimate, 0, 0, "d");
                Near(1, OrderedSummaryMeasures.Ratio(g, settings).Estimate, 0, 0, "r");
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Relative_measures_are_invariant_to_scaling_the_estimates()
    {
        var gen = from g in Subgroups
                  from factor in Gen.Elements(0.001, 0.37, 10.0, 1000.0)
                  from polarity in Polarities
                  select (g, factor, polarity);
        Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var scaled = x.g.Select(s => s with { Estimate = s.Estimate * x.factor, StandardError = s.StandardError * x.factor }).ToArray();
            var settings = Settings(x.polarity);
            var linear = Settings(x.polarity, SlopeIndexModel.Linear);
            foreach (var (measure, s) in new[]
                     {
                         (SummaryMeasure.RelativeConcentrationIndex, settings), (SummaryMeasure.Ratio, settings),
                         (SummaryMeasure.RelativeIndexOfInequality, linear),
                     })
            {
                var a = OrderedSummaryMeasures.Compute(measure, x.g, s);
                var b = OrderedSummaryMeasures.Compute(measure, scaled, s);
                Tolerance.Equal(a.Estimate, b.Estimate, 1e-9, $"{measure} × {x.factor}");
                Tolerance.Equal(a.StandardError, b.StandardError, 1e-8, $"{measure} se × {x.factor}");
                Tolerance.Equal(a.Upper, b.Upper, 1e-8, $"{measure} upper × {x.factor}");
            }

            // The logistic model sees estimate/scale: a percentage and the same proportion give one fit.
            var proportions = x.g.Select(s => s with { Estimate = s.Estimate / 100 }).ToArray();
            var percent = OrderedSummaryMeasures.RelativeIndexOfInequality(x.g, settings);
            Tolerance.Equal(percent.Estimate, OrderedSummaryMeasures.RelativeIndexOfInequality(proportions, settings).Estimate, 1e-12, "logistic rii % vs proportion");
            if (x.g.Max(s => s.Estimate) > 1)
            {
                var sii = OrderedSummaryMeasures.SlopeIndexOfInequality(x.g, settings);
                var siiProportion = OrderedSummaryMeasures.SlopeIndexOfInequality(proportions, settings);
                Near(sii.Estimate!.Value / 100, siiProportion.Estimate, 1e-12, 1e-15, "logistic sii % vs proportion");
                Tolerance.Equal(sii.StandardError, siiProportion.StandardError, 1e-12, "logistic sii se (model scale)");
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Reversing_the_order_changes_the_sign_of_the_concentration_and_slope_indices()
    {
        var gen = from g in Subgroups
                  from model in Gen.Elements(Models)
                  select (g, model);
        Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var reversed = x.g.Select(s => s with { Order = -s.Order }).ToArray();
            var settings = Settings(IndicatorPolarity.HigherIsBetter, x.model);
            foreach (var measure in new[] { SummaryMeasure.AbsoluteConcentrationIndex, SummaryMeasure.RelativeConcentrationIndex, SummaryMeasure.SlopeIndexOfInequality })
            {
                var a = OrderedSummaryMeasures.Compute(measure, x.g, settings);
                var b = OrderedSummaryMeasures.Compute(measure, reversed, settings);
                var size = measure == SummaryMeasure.AbsoluteConcentrationIndex || measure == SummaryMeasure.SlopeIndexOfInequality ? 100 : 1;
                Near(-a.Estimate!.Value, b.Estimate, 1e-9, 1e-12 * size, $"{x.model} {measure}");
                Near(a.StandardError!.Value, b.StandardError, 1e-7, 1e-14, $"{x.model} {measure} se");
            }

            var rii = OrderedSummaryMeasures.RelativeIndexOfInequality(x.g, settings);
            var riiReversed = OrderedSummaryMeasures.RelativeIndexOfInequality(reversed, settings);
            if (rii.Status == EstimateStatus.Ok)
            {
                Near(1 / rii.Estimate!.Value, riiReversed.Estimate, 1e-9, 0, $"{x.model} rii");
                Near(rii.StandardError!.Value, riiReversed.StandardError, 1e-7, 1e-14, $"{x.model} rii se (log scale)");
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Intervals_contain_their_estimate()
    {
        var gen = from g in Subgroups
                  from polarity in Polarities
                  from model in Gen.Elements(Models)
                  select (g, polarity, model);
        Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var settings = Settings(x.polarity, x.model);
            foreach (var measure in Ordered)
            {
                var r = OrderedSummaryMeasures.Compute(measure, x.g, settings);
                if (r.Status != EstimateStatus.Ok || r.Lower is null)
                {
                    Assert.True(measure == SummaryMeasure.RelativeIndexOfInequality && x.model == SlopeIndexModel.Linear, $"{measure}: {r}");
                    continue;
                }

                // paf and par are set to 0 when the reference is worse than the mean, but their limits stay centred
                // on the value before that (healthequal); the property holds for the unzeroed value only.
                if (r.Estimate == 0 && measure is SummaryMeasure.PopulationAttributableFraction or SummaryMeasure.PopulationAttributableRisk)
                {
                    continue;
                }

                Assert.True(r.Lower <= r.Estimate && r.Estimate <= r.Upper, $"{measure}: {r}");
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Batch_over_settings_agrees_with_single_calls_and_the_input_order_does_not_matter()
    {
        var gen = from groups in Gen.ArrayOf(Subgroups, 6)
                  from polarity in Polarities
                  from model in Gen.Elements(Models)
                  from seed in Gen.Choose(0, int.MaxValue)
                  select (groups, polarity, model, seed);
        Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var flat = x.groups.SelectMany(g => g).ToArray();
            var lengths = x.groups.Select(g => g.Length).ToArray();
            var settings = Settings(x.polarity, x.model);
            foreach (var measure in Ordered)
            {
                var destination = new SummaryMeasureEstimate[lengths.Length];
                OrderedSummaryMeasures.Compute(measure, flat, lengths, settings, destination);
                for (var s = 0; s < lengths.Length; s++)
                {
                    var single = OrderedSummaryMeasures.Compute(measure, x.groups[s], settings);
                    Assert.Equal(single, destination[s]);
                    var shuffled = Shuffle(x.groups[s].ToArray(), x.seed + s);
                    var other = OrderedSummaryMeasures.Compute(measure, shuffled, settings);
                    // paf = 100·(y_ref − μ)/μ and par = y_ref − μ are differences of nearly equal terms when the
                    // reference is close to the mean, so summation order moves them relative to the terms, not to
                    // the difference: compare them shifted by the scale of their terms (100, and the largest estimate).
                    var shift = measure switch
                    {
                        SummaryMeasure.PopulationAttributableFraction => 100,
                        SummaryMeasure.PopulationAttributableRisk => x.groups[s].Max(g => Math.Abs(g.Estimate)),
                        _ => 0,
                    };
                    Tolerance.Equal(single.Estimate + shift, other.Estimate + shift, 1e-12, $"{measure} shuffled");
                    // healthequal derives par's se from the difference of paf's limits (μ·((paf + z·se) − (paf − z·se))/2z),
                    // which cancels the same way: shift it by the largest estimate too.
                    var seShift = measure == SummaryMeasure.PopulationAttributableRisk ? shift : 0;
                    Tolerance.Equal(single.StandardError + seShift, other.StandardError + seShift, 1e-12, $"{measure} se shuffled");
                }
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Concentration_indices_agree_with_the_covariance_form_and_the_uncentred_weighted_regression()
    {
        var gen = from g in Subgroups
                  from withPopulation in Gen.Elements(true, false)
                  select withPopulation ? g : HealthequalFixture.WithoutPopulation(g);
        Prop.ForAll(gen.ToArbitrary(), g =>
        {
            // Independent: ranks by a LINQ running sum, aci = 2 Σ pⱼ(yⱼ − μ)(rⱼ − ½), and the se of healthequal's
            // own formulation — OLS without intercept of 2σ²·y·√pop on (rank·√pop, √pop), solved by Cramer's rule.
            var sorted = g.OrderBy(s => s.Order).ToArray();
            var pop = sorted.Select(s => s.Population ?? 1).ToArray();
            var total = pop.Sum();
            var rank = pop.Select((p, j) => (pop.Take(j).Sum() + p / 2) / total).ToArray();
            var y = sorted.Select(s => s.Estimate).ToArray();
            var mu = pop.Zip(y, (p, v) => p * v).Sum() / total;
            var covariance = 2 * Enumerable.Range(0, pop.Length).Sum(j => pop[j] / total * (y[j] - mu) * (rank[j] - 0.5));
            var sigma2 = Enumerable.Range(0, pop.Length).Sum(j => pop[j] / total * (rank[j] - 0.5) * (rank[j] - 0.5));
            double a11 = 0, a12 = 0, a22 = 0, c1 = 0, c2 = 0;
            for (var j = 0; j < pop.Length; j++)
            {
                var x1 = rank[j] * Math.Sqrt(pop[j]);
                var x2 = Math.Sqrt(pop[j]);
                var response = 2 * sigma2 * y[j] * Math.Sqrt(pop[j]);
                a11 += x1 * x1;
                a12 += x1 * x2;
                a22 += x2 * x2;
                c1 += x1 * response;
                c2 += x2 * response;
            }

            var det = a11 * a22 - a12 * a12;
            var beta1 = (c1 * a22 - a12 * c2) / det;
            var beta2 = (a11 * c2 - a12 * c1) / det;
            var rss = Enumerable.Range(0, pop.Length).Sum(j =>
                Math.Pow(2 * sigma2 * y[j] * Math.Sqrt(pop[j]) - beta1 * rank[j] * Math.Sqrt(pop[j]) - beta2 * Math.Sqrt(pop[j]), 2));
            var se = Math.Sqrt(rss / (pop.Length - 2) * a22 / det);

            var settings = Settings(IndicatorPolarity.HigherIsBetter);
            var aci = OrderedSummaryMeasures.AbsoluteConcentrationIndex(g, settings);
            Near(covariance, aci.Estimate, 1e-9, 1e-12, "aci = 2 cov");
            Near(beta1, aci.Estimate, 1e-9, 1e-12, "aci = uncentred OLS");
            Near(se, aci.StandardError, 1e-7, 1e-12, "aci se");
            Near(covariance / mu, OrderedSummaryMeasures.RelativeConcentrationIndex(g, settings).Estimate, 1e-9, 1e-13, "rci = aci/μ");
            var bounded = settings with { LowerBound = 0, UpperBound = 100 };
            Near(4 * covariance / 100, OrderedSummaryMeasures.RelativeConcentrationIndex(g, bounded with { ConcentrationIndexMethod = ConcentrationIndexMethod.Erreygers }).Estimate,
                1e-9, 1e-13, "Erreygers = 4·aci of the rescaled estimates");
            Near(covariance / mu / (1 - mu / 100), OrderedSummaryMeasures.RelativeConcentrationIndex(g, bounded with { ConcentrationIndexMethod = ConcentrationIndexMethod.Wagstaff }).Estimate,
                1e-9, 1e-13, "Wagstaff = rci/(1 − μ)");
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Logistic_fit_solves_the_weighted_score_equations()
    {
        var gen = from n in Gen.Choose(3, 12)
                  from data in Gen.ArrayOf(
                      from p in Gen.Choose(1, 100_000)
                      from q in Gen.Choose(0, 1_000)
                      select (Population: (double)p, Proportion: q / 1000.0), n)
                  where data.Any(d => d.Proportion > 0) && data.Any(d => d.Proportion < 1)
                  select data;
        Prop.ForAll(gen.ToArbitrary(), data =>
        {
            var n = data.Length;
            var x = Enumerable.Range(0, n).Select(i => (i + 0.5) / n).ToArray();
            var y = data.Select(d => d.Proportion).ToArray();
            var prior = data.Select(d => d.Population).ToArray();
            var eta = data.Select(d => OrderedRegression.Logit((d.Population * d.Proportion + 0.5) / (d.Population + 1))).ToArray();
            var converged = OrderedRegression.FitLogit(x, y, prior, eta, new double[n], new double[n], new double[n], out var fit);
            if (!converged)
            {
                return; // separation: no finite maximum (reported as Undefined by the measures)
            }

            // Score equations Σ wᵢ(yᵢ − expit(b0 + b1xᵢ))·(1, xᵢ) = 0, relative to Σ wᵢ.
            double u0 = 0, u1 = 0;
            for (var i = 0; i < n; i++)
            {
                var residual = prior[i] * (y[i] - 1 / (1 + Math.Exp(-(fit.B0 + fit.B1 * x[i]))));
                u0 += residual;
                u1 += residual * x[i];
            }

            Assert.True(Math.Abs(u0) <= 1e-6 * prior.Sum() && Math.Abs(u1) <= 1e-6 * prior.Sum(), $"score ({u0}, {u1}) for b = ({fit.B0}, {fit.B1})");
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Survey_index_equals_the_aggregated_index_of_weighted_group_means_and_one_unit_per_respondent_gives_the_plain_sandwich()
    {
        var gen = from orders in Gen.Choose(3, 6)
                  from strata in Gen.Choose(1, 4)
                  from records in Gen.ArrayOf(
                      from order in Gen.Choose(1, orders)
                      from outcome in Gen.Elements(0.0, 1.0)
                      from weight in Gen.Choose(50, 200)
                      from psu in Gen.Choose(1, 3)
                      from stratum in Gen.Choose(1, strata)
                      select new SurveyObservation(order, outcome, weight, psu, stratum), 60)
                  select records;
        Prop.ForAll(gen.ToArbitrary(), records =>
        {
            var units = records.GroupBy(r => (r.Stratum, r.Psu)).GroupBy(u => u.Key.Stratum);
            var byOrder = records.GroupBy(r => r.Order).ToArray();
            var mean = records.Sum(r => r.Weight * r.Outcome) / records.Sum(r => r.Weight);
            if (byOrder.Length < 3 || units.Any(s => s.Count() < 2) || mean == 0)
            {
                return;
            }

            var settings = SummaryMeasureSettings.Default;
            var aggregated = byOrder.Select(grp => new OrderedSubgroupEstimate("o" + grp.Key, grp.Key,
                grp.Sum(r => r.Weight * r.Outcome) / grp.Sum(r => r.Weight), null, grp.Sum(r => r.Weight))).ToArray();
            foreach (var measure in new[] { SummaryMeasure.AbsoluteConcentrationIndex, SummaryMeasure.RelativeConcentrationIndex })
            {
                Near(OrderedSummaryMeasures.Compute(measure, aggregated, settings).Estimate!.Value,
                    OrderedSummaryMeasures.FromSurvey(measure, records, settings).Estimate, 1e-9, 1e-13, $"{measure} survey vs aggregated");
            }

            // The linear slope and relative indices too (whole-number weights, so the aggregated path's rounding up of
            // populations changes nothing; estimates ≤ 1 give the scale 1 on both paths).
            var linear = settings with { SlopeIndexModel = SlopeIndexModel.Linear };
            foreach (var measure in new[] { SummaryMeasure.SlopeIndexOfInequality, SummaryMeasure.RelativeIndexOfInequality })
            {
                var fromAggregate = OrderedSummaryMeasures.Compute(measure, aggregated, linear);
                var fromSurvey = OrderedSummaryMeasures.FromSurvey(measure, records, linear);
                Assert.Equal(fromAggregate.Status, fromSurvey.Status);
                if (fromAggregate.Status == EstimateStatus.Ok)
                {
                    Near(fromAggregate.Estimate!.Value, fromSurvey.Estimate, 1e-9, 1e-13, $"linear {measure} survey vs aggregated");
                }
            }

            // Each respondent its own unit in one stratum: V = n/(n − 1)·A(Σ uᵢuᵢᵀ)A (the mean score is 0), by explicit matrices.
            var own = records.Select((r, i) => r with { Psu = i, Stratum = 0 }).ToArray();
            var survey = OrderedSummaryMeasures.FromSurvey(SummaryMeasure.AbsoluteConcentrationIndex, own, settings);
            var total = records.Sum(r => r.Weight);
            var sortedOrders = byOrder.Select(grp => grp.Key).Order().ToArray();
            var rankOf = new Dictionary<int, double>();
            var before = 0.0;
            foreach (var o in sortedOrders)
            {
                var w = records.Where(r => r.Order == o).Sum(r => r.Weight);
                rankOf[o] = (before + w / 2) / total;
                before += w;
            }

            var sigma2 = records.Sum(r => r.Weight / total * Math.Pow(rankOf[r.Order] - 0.5, 2));
            double s00 = 0, s01 = 0, s11 = 0, t0 = 0, t1 = 0;
            foreach (var r in records)
            {
                var rk = rankOf[r.Order];
                s00 += r.Weight;
                s01 += r.Weight * rk;
                s11 += r.Weight * rk * rk;
                t0 += r.Weight * 2 * sigma2 * r.Outcome;
                t1 += r.Weight * rk * 2 * sigma2 * r.Outcome;
            }

            var det = s00 * s11 - s01 * s01;
            var (i00, i01, i11) = (s11 / det, -s01 / det, s00 / det);
            var b0 = i00 * t0 + i01 * t1;
            var b1 = i01 * t0 + i11 * t1;
            double m00 = 0, m01 = 0, m11 = 0;
            foreach (var r in records)
            {
                var rk = rankOf[r.Order];
                var u = r.Weight * (2 * sigma2 * r.Outcome - b0 - b1 * rk);
                m00 += u * u;
                m01 += u * u * rk;
                m11 += u * u * rk * rk;
            }

            // (A M A)₁₁ with A = [[i00, i01], [i01, i11]]: row 2 of A times M times column 2 of A.
            var v11 = i01 * (m00 * i01 + m01 * i11) + i11 * (m01 * i01 + m11 * i11);
            var n = records.Length;
            Near(b1, survey.Estimate, 1e-9, 1e-13, "survey aci");
            Near(Math.Sqrt(v11 * n / (n - 1)), survey.StandardError, 1e-9, 1e-13, "survey aci se with one respondent per unit");
        }).QuickCheckThrowOnFailure();
    }
}
