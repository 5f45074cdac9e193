using EEiC.Datasets;
using MathNet.Numerics.Distributions;

namespace EEiC.Benchmarks.Standardisation;

/// <summary>
/// Workload 1 of the performance reference (performance.md): 20,000 groups × 19 ESP2013 age bands (380,000 rows), ordered
/// by group then band; n uniform integer in [1000, 50000]; x ~ Poisson(n · 0.001 · exp(0.09 · (m_b − 60))) with
/// band mid-ages m_b = 2.5, 7.5, …, 87.5, 92.5 (about 900 events per group). The ISR reference (1c) is group 1's
/// counts + 1000 and populations × 100. Fixed seed.
/// </summary>
internal sealed class StandardisationWorkload
{
    public const int Bands = 19;

    private StandardisationWorkload(int groups, int seed)
    {
        Groups = groups;
        var random = new Random(seed);
        Counts = new double[groups * Bands];
        Populations = new double[groups * Bands];
        for (var i = 0; i < Counts.Length; i++)
        {
            var band = i % Bands;
            var midAge = band == Bands - 1 ? 92.5 : 2.5 + (5 * band);
            var n = random.Next(1000, 50_001);
            Populations[i] = n;
            Counts[i] = Poisson.Sample(random, n * 0.001 * Math.Exp(0.09 * (midAge - 60)));
        }

        ReferenceCounts = Counts.AsSpan(0, Bands).ToArray().Select(x => x + 1000).ToArray();
        ReferencePopulations = Populations.AsSpan(0, Bands).ToArray().Select(n => n * 100).ToArray();
    }

    public int Groups { get; }

    /// <summary>x, laid out [group × 19 + band].</summary>
    public double[] Counts { get; }

    /// <summary>n, laid out like <see cref="Counts"/>.</summary>
    public double[] Populations { get; }

    public double[] ReferenceCounts { get; }

    public double[] ReferencePopulations { get; }

    public static StandardisationWorkload Create(int groups = 20_000, int seed = 20_241_213) => new(groups, seed);

    /// <summary>The same data as one row object per (group, band), the shape a data-frame pipeline works on.</summary>
    public Row[] ToRows(IReadOnlyList<double> standardWeights) =>
        Enumerable.Range(0, Counts.Length)
            .Select(i => new Row($"G{i / Bands:D5}", i % Bands, Counts[i], Populations[i], standardWeights[i % Bands]))
            .ToArray();

    /// <summary>The same data as the library's dataset type (group = "G00001", …; age bands labelled as ESP2013).</summary>
    public StratifiedDataset ToDataset(IReadOnlyList<string> bandLabels) =>
        new(GroupDimension.Other("group"), DatasetMeasure.Rate,
            Enumerable.Range(0, Counts.Length)
                .Select(i => new StratifiedRow($"G{i / Bands:D5}", AgeBand: bandLabels[i % Bands], Numerator: Counts[i], Denominator: Populations[i]))
                .ToArray());

    internal sealed record Row(string Group, int Band, double Count, double Population, double StandardWeight);
}
