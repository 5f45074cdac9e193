using EEiC.Statistics.Comparison;
using EEiC.Statistics.DataQuality;
using EEiC.Tools.Audit;

namespace EEiC.Tools.Tests.Audit;

/// <summary>
/// The equity audit on the built-in synthetic sample (what the README's main command runs). The expectations come from
/// the sample's design, stated in its generator and README, and from sums over its rows computed here: one group
/// (Bangladeshi, code K) with odds of uptake 0.40 times everyone else's, every other group without a standardised gap by
/// construction of the seed, one place (Saltmere) with low uptake for everyone, and ethnicity unrecorded for 11-17% of
/// patients a year.
/// </summary>
public sealed class SampleAuditTests
{
    private static readonly Lazy<EquityAuditResult> Result = new(() => EquityAudit.Run(
        AuditSamples.CardiacRehabilitation,
        AuditSamples.CardiacRehabilitationIndicator,
        EquityAuditOptions.Default with { ReferenceRates = AuditSamples.CardiacRehabilitationReference }));

    [Fact]
    public void Recording_is_incomplete_and_the_verdict_says_so()
    {
        var dataset = AuditSamples.CardiacRehabilitation;
        var total = dataset.Rows.Sum(r => r.Denominator!.Value);
        var recorded = dataset.Rows.Where(r => dataset.CategoryOf(r) is { IsMissing: false }).Sum(r => r.Denominator!.Value);

        var quality = Result.Value.DataQuality;
        Assert.Equal(recorded / total, quality.Completeness.Value!.Value, 12);
        Assert.InRange(quality.Completeness.Value!.Value, 0.83, 0.89);   // 11-17% unrecorded by year
        Assert.NotEqual(FitnessForUse.Fit, quality.Verdict);              // below the 90% completeness threshold
        var recording = Assert.Single(Result.Value.Findings, f => f.Finding.Rule == "recording-not-fit");

        // The message states completeness once, with the records behind it; the statistics carry the interval.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(recording.Message, "ompleteness"));
        // Counts are published rounded to 5 under the default (HES) disclosure rule: the true sums are 1,918 of 13,946.
        var missing = dataset.Rows.Where(r => dataset.CategoryOf(r) is { IsMissing: true }).Sum(r => r.Denominator!.Value);
        double Rounded(double x) => 5 * Math.Round(x / 5, MidpointRounding.AwayFromZero);
        Assert.Equal((Rounded(missing), Rounded(total)), (quality.RecordsWithoutEthnicity.Value, quality.Records.Value));
        Assert.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Rounded(missing):N0} of {Rounded(total):N0} records"), recording.Message, StringComparison.Ordinal);
        Assert.Contains(recording.Statistics, s => s.Name == "completeness" && s.Lower < s.Value && s.Value < s.Upper);
    }

    [Fact]
    public void Broad_age_bands_are_standardised_to_the_population_served()
    {
        // The sample's bands (18-49 ... 80+) are not the ESP 2013's five-year bands, so by default the audit standardises
        // to the dataset's own age structure: every record's denominator summed by band, unknown ethnicity included.
        var dataset = AuditSamples.CardiacRehabilitation;
        var standard = Result.Value.Settings.Standard!;
        Assert.Equal(["18-49", "50-59", "60-69", "70-79", "80+"], standard.Bands);
        Assert.Equal(
            standard.Bands.Select(b => dataset.Rows.Where(r => r.AgeBand == b).Sum(r => r.Denominator!.Value)),
            standard.Weights);
        Assert.Contains("age structure", standard.Name, StringComparison.Ordinal);
        Assert.Equal(EstimateBasis.DirectlyStandardised, Result.Value.Settings.Basis);

        // Five-year ESP bands keep the ESP 2013.
        var espRows = new[] { "40-44", "45-49" }.SelectMany(b => new[] { "A", "K" }.Select(g => new Datasets.StratifiedRow(g, AgeBand: b, Numerator: 10, Denominator: 100))).ToArray();
        var esp = EquityAudit.Run(new Datasets.StratifiedDataset(Datasets.GroupDimension.Ethnicity(), Datasets.DatasetMeasure.Proportion, espRows), AuditSamples.CardiacRehabilitationIndicator);
        Assert.StartsWith("European Standard Population 2013", esp.Settings.Standard!.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_bangladeshi_group_has_a_significant_gap_and_it_survives_missing_ethnicity()
    {
        var result = Result.Value;
        Assert.Equal(["K"], result.Comparisons.Where(c => c.SignificantGap).Select(c => c.Group));

        // Crude uptake: Bangladeshi about 28% against about 45% for everyone else (the sample's design), from the rows.
        var dataset = AuditSamples.CardiacRehabilitation;
        double Uptake(Func<string, bool> group) =>
            dataset.Rows.Where(r => group(r.Group)).Sum(r => r.Numerator!.Value) / dataset.Rows.Where(r => group(r.Group)).Sum(r => r.Denominator!.Value);
        var bangladeshi = Uptake(g => g == "K");
        var others = Uptake(g => g is not ("K" or "Z" or "99"));
        Assert.InRange(bangladeshi, 0.22, 0.33);
        Assert.InRange(others, 0.40, 0.50);

        var crude = result.Estimates.Single(e => e.Group == "K").Crude[0];
        Assert.Equal(100 * bangladeshi, crude.Value!.Value, 9);
        Assert.Equal(Statistics.Sensitivity.GapRobustness.SurvivesEveryScenario, result.Sensitivity.Groups.Single(g => g.Group == "K").Gap);

        // The finding on the gap cites the group and its ratio with an interval below 1.
        var gap = Assert.Single(result.Findings, f => f.Finding.Rule == "significant-gap");
        var ratio = Assert.Single(gap.Statistics, s => s.Subject == "K" && s.Lower is not null);
        Assert.True(ratio.Upper < 1, ratio.Text);
    }

    [Fact]
    public void Standardised_proportions_keep_their_limits_within_0_to_100_percent()
    {
        // Small groups (Mixed White and Black African: 35 patients) get Dobson limits beyond 100% before truncation.
        var standardised = Result.Value.Estimates.Where(e => !e.Suppressed).SelectMany(e => e.Standardised).Where(e => e.HasValue).ToArray();
        Assert.NotEmpty(standardised);
        Assert.All(standardised, e =>
        {
            Assert.InRange(e.Lower!.Value, 0, e.Value!.Value);
            Assert.InRange(e.Upper!.Value, e.Value!.Value, 100);
        });
    }

    [Fact]
    public void Saltmere_lies_below_the_outer_funnel_limit()
    {
        var areas = Result.Value.Areas!;
        var saltmere = Assert.Single(areas.Areas, a => a.Area == "Saltmere");
        Assert.Equal(FunnelSignificance.Low99Point8, saltmere.Significance);
        Assert.Contains(Result.Value.Findings, f => f.Finding.Rule == "areas-outside-limits" || f.Statistics.Any(s => s.Subject == "Saltmere"));
    }

    [Fact]
    public void The_three_periods_give_a_trend_for_every_published_group()
    {
        var trends = Result.Value.Trends;
        Assert.NotEmpty(trends);
        Assert.Contains(trends, t => t.Group == "K" && t.Trend is not null);
    }
}
