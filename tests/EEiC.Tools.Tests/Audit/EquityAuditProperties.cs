using EEiC.Datasets;
using EEiC.Statistics.Inequality;
using EEiC.Tools.Audit;
using FsCheck;
using FsCheck.Fluent;
using static EEiC.Tools.Tests.Audit.AuditFixtures;

namespace EEiC.Tools.Tests.Audit;

/// <summary>Invariants of the audit over random datasets (DESIGN.md §5: non-ordered results do not depend on the order of the groups; relative measures do not depend on scale).</summary>
public sealed class EquityAuditProperties
{
    private static readonly Arbitrary<int> Seeds = Gen.Choose(0, int.MaxValue).ToArbitrary();

    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(60);

    private static readonly string[] Codes = ["A", "B", "C", "H", "J", "K", "M", "N", "R", "S"];

    private static readonly string[] Bands = ["60-64", "65-69", "70-74"];

    /// <summary>Three to six groups (and sometimes "not stated" rows), with or without three age bands, uptake between 5% and 95%.</summary>
    private static StratifiedRow[] Rows(int seed)
    {
        var random = new Random(seed);
        var groups = Codes.OrderBy(_ => random.Next()).Take(random.Next(3, 7)).ToList();
        if (random.Next(2) == 0)
        {
            groups.Add("Z");
        }

        var banded = random.Next(2) == 0;
        return [.. groups.SelectMany(g => (banded ? Bands : new string?[] { null }).Select(b =>
        {
            var n = random.Next(40, 3000);
            return Row(g, Math.Round(n * (0.05 + (0.9 * random.NextDouble()))), n, b);
        }))];
    }

    [Fact]
    public void Reordering_rows_and_respelling_codes_does_not_change_any_result()
    {
        Prop.ForAll(Seeds, seed =>
        {
            var rows = Rows(seed);
            var random = new Random(seed ^ 0x5bd1e995);
            var shuffled = rows.OrderBy(_ => random.Next()).Select(r => r with { Group = r.Group.ToLowerInvariant() }).ToArray();
            var first = EquityAudit.Run(Proportions(rows), Uptake);
            var second = EquityAudit.Run(Proportions(shuffled), Uptake);

            Assert.Equal(first.Estimates.Select(e => e.Group), second.Estimates.Select(e => e.Group));
            Assert.Equal(first.Settings.ReferenceGroup, second.Settings.ReferenceGroup);
            Assert.Equal(first.Estimates.SelectMany(e => e.Crude.Concat(e.Standardised)), second.Estimates.SelectMany(e => e.Crude.Concat(e.Standardised)));
            Assert.Equal(first.Comparisons.SelectMany(c => c.Crude.Concat(c.Standardised)), second.Comparisons.SelectMany(c => c.Crude.Concat(c.Standardised)));
            Assert.Equal(first.SummaryMeasures.Select(m => m.Estimate), second.SummaryMeasures.Select(m => m.Estimate));
            Assert.Equal(first.Sensitivity.Groups.Select(g => (g.Gap, g.Ratio.Minimum, g.Ratio.Maximum)), second.Sensitivity.Groups.Select(g => (g.Gap, g.Ratio.Minimum, g.Ratio.Maximum)));
            Assert.Equal(first.Findings.Select(f => f.Message), second.Findings.Select(f => f.Message));
            Assert.Equal(EquityAuditJson.Write(first), EquityAuditJson.Write(second).Replace("\"rows\": " + shuffled.Length, "\"rows\": " + rows.Length, StringComparison.Ordinal));
        }).Check(Runs);
    }

    [Fact]
    public void Scaling_numerators_and_denominators_together_keeps_estimates_and_ratios()
    {
        Prop.ForAll(Seeds, seed =>
        {
            var rows = Rows(seed);
            var scaled = rows.Select(r => r with { Numerator = r.Numerator * 10, Denominator = r.Denominator * 10 }).ToArray();
            var first = EquityAudit.Run(Proportions(rows), Uptake, Open);
            var second = EquityAudit.Run(Proportions(scaled), Uptake, Open);

            static void Close(double? a, double? b) => Assert.Equal(a!.Value, b!.Value, Math.Max(1e-9, Math.Abs(a.Value) * 1e-9));
            foreach (var (a, b) in first.Estimates.Zip(second.Estimates))
            {
                Close(a.Crude[0].Value, b.Crude[0].Value);
                Assert.Equal(a.Standardised.Count, b.Standardised.Count);
                if (a.Standardised.Count > 0)
                {
                    Close(a.Standardised[0].Value, b.Standardised[0].Value);
                }
            }

            foreach (var (a, b) in first.Comparisons.Zip(second.Comparisons))
            {
                Close(a.Crude[0].Ratio.Value, b.Crude[0].Ratio.Value);
                Close(a.Crude[0].Difference.Value, b.Crude[0].Difference.Value);
            }

            // Relative summary measures are invariant to scaling the counts (the estimates do not change).
            foreach (var measure in new[] { SummaryMeasure.Ratio, SummaryMeasure.TheilIndex, SummaryMeasure.MeanLogDeviation, SummaryMeasure.IndexOfDisparityWeighted })
            {
                Close(first.SummaryMeasures.Single(m => m.Estimate.Measure == measure).Estimate.Estimate,
                    second.SummaryMeasures.Single(m => m.Estimate.Measure == measure).Estimate.Estimate);
            }

            // Intervals narrow with ten times the counts.
            Assert.All(first.Estimates.Zip(second.Estimates), p => Assert.True(p.Second.Crude[0].Upper - p.Second.Crude[0].Lower < p.First.Crude[0].Upper - p.First.Crude[0].Lower));
        }).Check(Runs);
    }
}
