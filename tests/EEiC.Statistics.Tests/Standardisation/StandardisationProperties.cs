using EEiC.Statistics.Intervals;
using EEiC.Statistics.Standardisation;
using FsCheck;
using FsCheck.Fluent;

namespace EEiC.Statistics.Tests.Standardisation;

/// <summary>Invariants of direct and indirect standardisation that hold whatever the data (FsCheck).</summary>
public sealed class StandardisationProperties
{
    /// <summary>A random standard: 1–25 bands, integer weights 0–10,000 with at least one positive.</summary>
    private static readonly Gen<StandardPopulation> Standards =
        from bands in Gen.Choose(1, 25)
        from weights in Gen.Choose(0, 10_000).ArrayOf(bands)
        from extra in Gen.Choose(1, 10_000)
        from which in Gen.Choose(0, bands - 1)
        select new StandardPopulation("random", Enumerable.Range(0, bands).Select(b => $"band {b}").ToArray(),
            weights.Select((w, b) => b == which ? w + (double)extra : w).ToArray());

    /// <summary>A group over a standard's bands: integer counts 0–2,000 and populations 1–1,000,000.</summary>
    private static readonly Gen<(StandardPopulation Standard, double[] Counts, double[] Populations)> Groups =
        from standard in Standards
        from counts in Gen.Choose(0, 2_000).ArrayOf(standard.BandCount)
        from populations in Gen.Choose(1, 1_000_000).ArrayOf(standard.BandCount)
        select (standard, counts.Select(c => (double)c).ToArray(), populations.Select(n => (double)n).ToArray());

    private static readonly Gen<ConfidenceLevel> Levels =
        Gen.Choose(800, 999).Select(permille => new ConfidenceLevel(permille / 1000.0));

    [Fact]
    public void Uniform_age_specific_rate_is_the_standardised_rate_whatever_the_standard()
    {
        var arbitrary = (from standard in Standards
                         from populations in Gen.Choose(100, 1_000_000).ArrayOf(standard.BandCount)
                         from perMillion in Gen.Choose(1, 100_000)
                         from multiplier in Gen.Elements(1.0, 100.0, 1000.0, 100_000.0)
                         select (standard, populations.Select(n => (double)n).ToArray(), perMillion / 1e6, multiplier)).ToArbitrary();
        Prop.ForAll(arbitrary, c =>
        {
            var (standard, populations, rate, multiplier) = c;
            var counts = populations.Select(n => n * rate).ToArray();
            var result = DirectStandardisation.Rate(counts, populations, standard, ConfidenceLevel.Percent95, multiplier);
            return result.TotalCount < 10
                ? result.Estimate.Status == EstimateStatus.SmallCount
                : Math.Abs(result.Estimate.Value!.Value - (rate * multiplier)) <= 1e-12 * rate * multiplier;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Intervals_contain_the_estimate_and_are_ordered()
    {
        var arbitrary = (from g in Groups from level in Levels select (g, level)).ToArbitrary();
        Prop.ForAll(arbitrary, c =>
        {
            var ((standard, counts, populations), level) = c;
            var dsr = DirectStandardisation.Rate(counts, populations, standard, level).Estimate;
            var smr = IndirectStandardisation.Ratio(counts, populations, counts.Select(x => x + 1).ToArray(), populations.Select(n => n * 3).ToArray(), level).Estimate;
            return Contains(dsr) && Contains(smr)
                && dsr.Status == (counts.Sum() < 10 ? EstimateStatus.SmallCount : EstimateStatus.Ok)
                && smr.Status == EstimateStatus.Ok;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Higher_confidence_gives_a_wider_interval()
    {
        var arbitrary = (from g in Groups
                         from narrow in Gen.Choose(800, 998)
                         from step in Gen.Choose(1, 999 - narrow)
                         select (g, new ConfidenceLevel(narrow / 1000.0), new ConfidenceLevel((narrow + step) / 1000.0))).ToArbitrary();
        Prop.ForAll(arbitrary, c =>
        {
            var ((standard, counts, populations), narrow, wide) = c;
            var dsr = new StandardisedRate[2];
            DirectStandardisation.Rates(counts, populations, standard, [narrow, wide], dsr);
            var smr = new IndirectlyStandardisedEstimate[2];
            IndirectStandardisation.Ratios(counts, populations, counts.Select(x => x + 1).ToArray(), populations, [narrow, wide], smr);
            return Nested(dsr[0].Estimate, dsr[1].Estimate) && Nested(smr[0].Estimate, smr[1].Estimate);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Standardised_rate_scales_with_the_multiplier()
    {
        var arbitrary = (from g in Groups from multiplier in Gen.Choose(1, 1_000_000) select (g, (double)multiplier)).ToArbitrary();
        Prop.ForAll(arbitrary, c =>
        {
            var ((standard, counts, populations), multiplier) = c;
            var one = DirectStandardisation.Rate(counts, populations, standard, ConfidenceLevel.Percent95, 1).Estimate;
            var scaled = DirectStandardisation.Rate(counts, populations, standard, ConfidenceLevel.Percent95, multiplier).Estimate;
            return one.Status == scaled.Status
                && Close(one.Value * multiplier, scaled.Value)
                && Close(one.Lower * multiplier, scaled.Lower)
                && Close(one.Upper * multiplier, scaled.Upper);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Group_with_the_reference_rates_has_ratio_one_times_the_reference_value()
    {
        var arbitrary = (from bands in Gen.Choose(1, 25)
                         from refCounts in Gen.Choose(0, 100_000).ArrayOf(bands)
                         from refPopulations in Gen.Choose(1, 10_000_000).ArrayOf(bands)
                         from populations in Gen.Choose(0, 1_000_000).ArrayOf(bands)
                         from referenceValue in Gen.Elements(1.0, 100.0)
                         select (refCounts.Select(x => (double)x).ToArray(), refPopulations.Select(x => (double)x).ToArray(),
                             populations.Select(x => (double)x).ToArray(), referenceValue)).ToArbitrary();
        Prop.ForAll(arbitrary, c =>
        {
            var (refCounts, refPopulations, populations, referenceValue) = c;
            var counts = populations.Select((n, b) => refCounts[b] / refPopulations[b] * n).ToArray();
            var ratio = IndirectStandardisation.Ratio(counts, populations, refCounts, refPopulations, ConfidenceLevel.Percent95, referenceValue);
            var rate = IndirectStandardisation.Rate(counts, populations, refCounts, refPopulations, ConfidenceLevel.Percent95, 1000);
            return ratio.Expected == 0
                ? ratio.Estimate.Status == EstimateStatus.ZeroDenominator
                : Close(referenceValue, ratio.Estimate.Value)
                    && Close(IndirectStandardisation.ReferenceRate(refCounts, refPopulations, 1000), rate.Estimate.Value);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Group_compared_with_itself_has_ratio_one()
    {
        var arbitrary = Groups.Where(g => g.Counts.Sum() > 0).ToArbitrary();
        Prop.ForAll(arbitrary, g =>
        {
            var result = IndirectStandardisation.Ratio(g.Counts, g.Populations, g.Counts, g.Populations, ConfidenceLevel.Percent95);
            return Close(1, result.Estimate.Value) && Close(result.Observed, result.Expected) && Contains(result.Estimate);
        }).QuickCheckThrowOnFailure();
    }

    private static bool Contains(IntervalEstimate e) =>
        e.Status != EstimateStatus.Ok
            ? e.Value is null && e.Lower is null && e.Upper is null
            : (e.Lower ?? double.NegativeInfinity) <= e.Value && e.Value <= e.Upper;

    /// <summary>The wide interval contains the narrow one (an absent lower limit is −∞), and its upper limit is higher unless the interval has no width.</summary>
    private static bool Nested(IntervalEstimate narrow, IntervalEstimate wide)
    {
        if (narrow.Status != EstimateStatus.Ok)
        {
            return wide.Status == narrow.Status;
        }

        return (wide.Lower ?? double.NegativeInfinity) <= (narrow.Lower ?? double.NegativeInfinity)
            && wide.Upper >= narrow.Upper
            && (narrow.Upper == narrow.Value || wide.Upper > narrow.Upper);
    }

    private static bool Close(double? expected, double? actual) =>
        expected is null ? actual is null : actual is { } a && Math.Abs(a - expected.Value) <= 1e-10 * Math.Max(1, Math.Abs(expected.Value));
}
