namespace EEiC.Benchmarks.GroupComparison;

/// <summary>
/// The comparison workloads (issue 4 items 2 and 9; performance.md has no R time for them): 10,000 areas × 19 ethnic
/// groups, optionally × 5 deprivation quintiles. Population per cell uniform integer in [1,000, 100,000] (unstratified) or
/// [200, 20,000] (per quintile); a base rate per area and group uniform in (0.001, 0.02) per person, times 1 + 0.15·(q − 3)
/// in quintile q (q = 1 most deprived); events ~ Poisson(population × rate). Fixed seed.
/// </summary>
internal static class ComparisonWorkload
{
    internal const int Areas = 10_000;
    internal const int Groups = 19;
    internal const int Quintiles = 5;

    internal static readonly string[] GroupNames = [.. Enumerable.Range(0, Groups).Select(g => ((char)('A' + g)).ToString())];

    internal static (double[] Events, double[] Population) Unstratified(int seed)
    {
        var random = new Random(seed);
        var events = new double[Areas * Groups];
        var population = new double[Areas * Groups];
        for (var i = 0; i < events.Length; i++)
        {
            population[i] = random.Next(1_000, 100_001);
            events[i] = WorkloadKit.Poisson(random, population[i] * (0.001 + (0.019 * random.NextDouble())));
        }

        return (events, population);
    }

    internal static (double[] Events, double[] Population) ByQuintile(int seed)
    {
        var random = new Random(seed);
        var events = new double[Areas * Groups * Quintiles];
        var population = new double[Areas * Groups * Quintiles];
        for (var cell = 0; cell < Areas * Groups; cell++)
        {
            var rate = 0.001 + (0.019 * random.NextDouble());
            for (var q = 0; q < Quintiles; q++)
            {
                var i = (cell * Quintiles) + q;
                population[i] = random.Next(200, 20_001);
                events[i] = WorkloadKit.Poisson(random, population[i] * rate * (1 + (0.15 * (q + 1 - 3))));
            }
        }

        return (events, population);
    }
}
