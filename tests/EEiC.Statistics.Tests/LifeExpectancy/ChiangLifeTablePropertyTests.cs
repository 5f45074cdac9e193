using EEiC.Statistics.Intervals;
using EEiC.Statistics.LifeExpectancy;
using FsCheck;
using FsCheck.Fluent;

namespace EEiC.Statistics.Tests.LifeExpectancy;

/// <summary>Invariants of Chiang's life table that hold for any population large enough to have a value.</summary>
public sealed class ChiangLifeTablePropertyTests
{
    private static readonly ConfidenceLevel[] Levels = [new(0.9), ConfidenceLevel.Percent95, ConfidenceLevel.Percent99Point8];

    /// <summary>An area: populations 2,000–50,000 a band, English-like death rates times 0.5–2 per band, at least one death at 90+.</summary>
    private static Gen<Area> Areas(LifeTableAgeBands bands) =>
        from seed in Gen.Choose(0, int.MaxValue)
        select Area.Random(bands, seed);

    private static Gen<LifeTableAgeBands> Layouts => Gen.Elements(LifeTableAgeBands.Standard, LifeTableAgeBands.FiveYear);

    private static Gen<Area> AnyArea => Layouts.SelectMany(Areas);

    [Fact]
    public void Raising_any_death_rate_lowers_life_expectancy_at_birth_and_raises_it_at_no_age()
    {
        var gen =
            from area in AnyArea
            from band in Gen.Choose(0, area.Bands.Count - 1)
            from percent in Gen.Choose(1, 100)
            select (area, band, percent);
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (area, band, percent) = t;
            var worse = area.Deaths.ToArray();
            // stay below the point where everyone in a closed band dies (deaths > 0.4 x population in a 5-year band)
            var cap = band == area.Bands.Count - 1 ? area.Population[band] : 0.39 * area.Population[band];
            worse[band] = Math.Min(worse[band] * (1 + percent / 100.0) + 1, cap);
            var before = Values(area.Bands, area.Deaths, area.Population);
            var after = Values(area.Bands, worse, area.Population);
            var fell = after[0] < before[0];
            var neverRose = before.Zip(after).All(p => p.Second <= p.First + 1e-12 * p.First);
            var unchangedAbove = Enumerable.Range(band + 1, area.Bands.Count - band - 1)
                .All(b => Math.Abs(after[b] - before[b]) <= 1e-12 * before[b]); // survivors rescale: equal up to rounding
            return fell && neverRose && unchangedAbove;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Intervals_contain_the_estimate_are_ordered_and_widen_with_the_level()
    {
        Prop.ForAll(AnyArea.ToArbitrary(), area =>
        {
            var results = ChiangLifeTable.Estimate(area.Deaths, area.Population, area.Bands, Levels, area.Bands.StartAges);
            return results.All(r =>
            {
                var e = r.Estimates;
                var contain = e.All(x => x.Lower < x.Value && x.Value < x.Upper);
                var nested = e[0].Lower > e[1].Lower && e[1].Lower > e[2].Lower && e[0].Upper < e[1].Upper && e[1].Upper < e[2].Upper;
                var symmetric = e.All(x => Math.Abs(x.Upper!.Value - x.Value!.Value - r.StandardError!.Value * x.Level.Z) <= 1e-9);
                return r.Suppression == LifeExpectancySuppression.None && contain && nested && symmetric;
            });
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Life_expectancy_at_an_age_is_positive_and_at_most_the_years_to_the_open_band_plus_its_mean_survival()
    {
        Prop.ForAll(AnyArea.ToArbitrary(), area =>
        {
            var bands = area.Bands;
            var values = Values(bands, area.Deaths, area.Population);
            var openMean = area.Population[^1] / area.Deaths[^1];
            return bands.StartAges.Select((age, b) => (age, value: values[b]))
                .All(x => x.value > 0 && x.value <= bands.OpenBandStart - x.age + openMean + 1e-9);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Scaling_deaths_and_population_together_keeps_the_value_and_narrows_the_interval_by_its_square_root()
    {
        var gen =
            from area in AnyArea
            from tenths in Gen.Choose(15, 100)
            select (area, factor: tenths / 10.0);
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (area, factor) = t;
            var bands = area.Bands;
            var before = ChiangLifeTable.Estimate(area.Deaths, area.Population, bands, Levels, bands.StartAges);
            var after = ChiangLifeTable.Estimate(
                area.Deaths.Select(d => d * factor).ToArray(), area.Population.Select(p => p * factor).ToArray(), bands, Levels, bands.StartAges);
            return before.Zip(after).All(p =>
            {
                var (b, a) = p;
                var same = Math.Abs(a.Estimates[1].Value!.Value - b.Estimates[1].Value!.Value) <= 1e-9 * b.Estimates[1].Value!.Value;
                var ratio = a.StandardError!.Value / b.StandardError!.Value;
                var root = Math.Abs(ratio * Math.Sqrt(factor) - 1) <= 1e-9;
                var narrower = a.Estimates.Zip(b.Estimates).All(x => x.First.Upper - x.First.Lower < x.Second.Upper - x.Second.Lower);
                return same && root && narrower;
            });
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Batch_equals_the_scalar_method_area_by_area()
    {
        var gen =
            from bands in Layouts
            from areas in Gen.Choose(1, 6).SelectMany(n => Gen.ListOf(Areas(bands), n))
            from ages in Gen.SubListOf(bands.StartAges.ToArray())
            select (bands, areas: areas.ToArray(), ages: ages.ToArray());
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (bands, areas, ages) = t;
            var effective = ages.Length == 0 ? [0] : ages;
            var destination = new IntervalEstimate[areas.Length * effective.Length * Levels.Length];
            ChiangLifeTable.Estimate(
                areas.SelectMany(a => a.Deaths).ToArray(), areas.SelectMany(a => a.Population).ToArray(), bands, Levels, ages, destination);
            return areas.Select((area, g) => (area, g)).All(x =>
            {
                var scalar = ChiangLifeTable.Estimate(x.area.Deaths, x.area.Population, bands, Levels, effective);
                return scalar.SelectMany(r => r.Estimates)
                    .SequenceEqual(destination.Skip(x.g * effective.Length * Levels.Length).Take(effective.Length * Levels.Length));
            });
        }).QuickCheckThrowOnFailure();
    }

    private static double[] Values(LifeTableAgeBands bands, double[] deaths, double[] population) =>
        [.. ChiangLifeTable.Estimate(deaths, population, bands, [ConfidenceLevel.Percent95], bands.StartAges)
            .Select(r => r.Estimates[0].Value ?? throw new InvalidOperationException($"no value: {r.Suppression}"))];

    internal sealed record Area(LifeTableAgeBands Bands, double[] Deaths, double[] Population, int Seed)
    {
        public static Area Random(LifeTableAgeBands bands, int seed)
        {
            var random = new Random(seed);
            var deaths = new double[bands.Count];
            var population = new double[bands.Count];
            for (var b = 0; b < bands.Count; b++)
            {
                var start = bands.StartAges[b];
                var width = b + 1 < bands.Count ? bands.StartAges[b + 1] - start : 5;
                var rate = 0.00003 * Math.Exp(0.095 * (start + width / 2.0)) + (start == 0 ? 0.004 / width : 0);
                population[b] = random.Next(2_000, 50_001);
                deaths[b] = Math.Round(population[b] * Math.Min(rate * (0.5 + 1.5 * random.NextDouble()), 0.35));
            }

            deaths[^1] = Math.Max(deaths[^1], 1);
            return new Area(bands, deaths, population, seed);
        }

        public override string ToString() => $"{Bands.Name} area from seed {Seed}";
    }
}
