using BenchmarkDotNet.Attributes;
using EEiC.Statistics.Disclosure;

namespace EEiC.Benchmarks.Disclosure;

/// <summary>
/// Disclosure control of a 10,000 × 19 table (issue 4 item 6; no R time exists): 10,000 areas × 19 ethnic groups,
/// counts ~ Poisson(events × share), events per area uniform integer in [20, 400], group shares fixed (one large
/// group of 0.74, eighteen small ones splitting the rest unevenly), so that a large fraction of the cells are small.
/// Fixed seed. Row, column and grand totals published. A second workload, "small areas", has 2–40 events per area
/// (mostly zeros), where secondary suppression has to build cycles around zeros.
/// </summary>
[MemoryDiagnoser]
public class DisclosureBenchmarks
{
    private const int Rows = 10_000;
    private const int Columns = 19;

    private string[] _rowNames = [];
    private string[] _columnNames = [];
    private double[] _counts = [];
    private double[] _smallAreas = [];
    private bool[] _pattern = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20_260_422);
        var shares = new double[Columns];
        shares[0] = 0.74;
        var weights = Enumerable.Range(1, Columns - 1).Select(k => 1.0 / k).ToArray();
        var sum = weights.Sum();
        for (var c = 1; c < Columns; c++)
        {
            shares[c] = 0.26 * weights[c - 1] / sum;
        }

        _counts = Table(random, shares, 20, 400);
        _smallAreas = Table(random, shares, 2, 40);

        _rowNames = [.. Enumerable.Range(0, Rows).Select(r => $"Area {r}")];
        _columnNames = [.. Enumerable.Range(0, Columns).Select(c => $"Group {c}")];
        var table = SmallNumberSuppression.Apply(_rowNames, _columnNames, _counts, DisclosurePolicy.HesSuppress1To7RoundTo5);
        _pattern = new bool[_counts.Length];
        for (var i = 0; i < _counts.Length; i++)
        {
            _pattern[i] = table.IsSuppressed(i / Columns, i % Columns);
        }

        Console.WriteLine($"// cells suppressed: {_pattern.Count(p => p)} of {_pattern.Length}; primary: {_counts.Count(x => x is >= 1 and <= 7)}; zeros suppressed: {_counts.Where((x, i) => x == 0 && _pattern[i]).Count()}; unprotectable: {table.RecoverableCells.Count}");
        foreach (var policy in new[] { DisclosurePolicy.HesSuppress1To7RoundTo5, DisclosurePolicy.HesSuppress1To7RoundTo5 with { SuppressZeros = true } })
        {
            var small = SmallNumberSuppression.Apply(_rowNames, _columnNames, _smallAreas, policy);
            Console.WriteLine($"// small areas, zeros suppressed {policy.SuppressZeros}: zeros {_smallAreas.Count(x => x == 0)}; secondary {small.Audit.Count(a => a.Status == DisclosureStatus.SecondarySuppressed)}; unprotectable {small.RecoverableCells.Count}");
        }
    }

    [Benchmark(Description = "Apply, HES 1–7 + round to 5")]
    public int Hes() => SmallNumberSuppression.Apply(_rowNames, _columnNames, _counts, DisclosurePolicy.HesSuppress1To7RoundTo5).Audit.Count;

    [Benchmark(Description = "Apply, fewer than 10")]
    public int FewerThan10() => SmallNumberSuppression.Apply(_rowNames, _columnNames, _counts, DisclosurePolicy.FewerThan10).Audit.Count;

    [Benchmark(Description = "Apply, HES, small areas")]
    public int SmallAreas() => SmallNumberSuppression.Apply(_rowNames, _columnNames, _smallAreas, DisclosurePolicy.HesSuppress1To7RoundTo5).Audit.Count;

    [Benchmark(Description = "Apply, HES + zeros, small areas")]
    public int SmallAreasZeros() => SmallNumberSuppression.Apply(
        _rowNames, _columnNames, _smallAreas, DisclosurePolicy.HesSuppress1To7RoundTo5 with { SuppressZeros = true }).Audit.Count;

    [Benchmark(Description = "FindRecoverableCells (HES pattern)")]
    public int Check() => SmallNumberSuppression.FindRecoverableCells(Rows, Columns, _counts, _pattern, PublishedMargins.All).Count;

    private static double[] Table(Random random, double[] shares, int fewestEvents, int mostEvents)
    {
        var counts = new double[Rows * Columns];
        for (var r = 0; r < Rows; r++)
        {
            var events = random.Next(fewestEvents, mostEvents + 1);
            for (var c = 0; c < Columns; c++)
            {
                counts[(r * Columns) + c] = WorkloadKit.Poisson(random, events * shares[c]);
            }
        }

        return counts;
    }
}
