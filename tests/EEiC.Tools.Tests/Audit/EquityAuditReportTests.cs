using EEiC.Statistics.Intervals;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using EEiC.Datasets;
using EEiC.Ethnicity;
using EEiC.Tools.Audit;
using EEiC.Tools.Reports;
using static EEiC.Tools.Tests.Audit.AuditFixtures;

namespace EEiC.Tools.Tests.Audit;

public sealed partial class EquityAuditReportTests
{
    private static readonly string[] Headings =
    [
        "Summary", "Quality of ethnicity recording", "Estimates by ethnic group", "Ratios against the reference group",
        "Summary measures of inequality", "Expected versus observed activity and representation", "Sensitivity to missing ethnicity",
        "Trend of the gaps", "Areas", "Findings and recommended actions", "Disclosure control",
    ];

    private static readonly Lazy<EquityAuditResult> SampleResult = new(() => EquityAudit.Run(
        AuditSamples.CardiacRehabilitation, AuditSamples.CardiacRehabilitationIndicator,
        EquityAuditOptions.Default with { ReferenceRates = AuditSamples.CardiacRehabilitationReference }));

    /// <summary>
    /// Two areas and two periods with the same rows in each: A 400 of 800 (50%), J 90 of 300 (30%), K 60 of 150 (40%),
    /// Z (not stated) 20 of 50, so over the four cells A 1,600 of 3,200, J 360 of 1,200, K 240 of 600, Z 80 of 200.
    /// </summary>
    private static EquityAuditResult Crafted() => EquityAudit.Run(Proportions(
        [.. new[] { "E01", "E02" }.SelectMany(area => new[] { "2022/23", "2023/24" }.SelectMany(period => new[]
        {
            Row("A", 400, 800, area: area, period: period), Row("J", 90, 300, area: area, period: period),
            Row("K", 60, 150, area: area, period: period), Row("Z", 20, 50, area: area, period: period),
        }))]), Uptake);

    /// <summary>Two groups, no age bands, areas, periods or reference rates.</summary>
    private static EquityAuditResult Bare() => EquityAudit.Run(Proportions(Row("A", 500, 1000), Row("H", 450, 1000)), Uptake);

    /// <summary>
    /// Small counts that the HES policy (suppress 1-7) must hide: J 5 of 13, K 6 of 17 and N 7 of 19 by group, and the area
    /// E03 with 3 of 9; the groups are withheld, and so are E03 and the area whose count would reveal it.
    /// </summary>
    private static readonly StratifiedRow[] SmallRows =
    [
        Row("A", 200, 500, area: "E01"), Row("J", 5, 13, area: "E01"), Row("K", 6, 17, area: "E01"),
        Row("A", 200, 500, area: "E02"), Row("N", 7, 19, area: "E02"), Row("Z", 2, 4, area: "E02"),
        Row("A", 47, 107, area: "E04"), Row("A", 3, 9, area: "E03"),
    ];

    private static EquityAuditResult Suppressed() => EquityAudit.Run(Proportions(SmallRows), Uptake);

    [Fact]
    public void The_sections_follow_the_results_order_in_the_document_the_html_and_the_markdown()
    {
        Assert.Equal(Headings, EquityAuditReport.SectionHeadings);
        foreach (var result in new[] { SampleResult.Value, Crafted(), Bare(), Suppressed() })
        {
            var document = EquityAuditReport.Create(result);
            Assert.Equal(Headings, document.Sections.Select(s => s.Heading));
            Assert.All(document.Sections, s => Assert.NotEmpty(s.Blocks));

            var html = document.ToHtml();
            Assert.Equal(Headings.Select(WebUtility.HtmlEncode), H2().Matches(html).Select(m => m.Groups[1].Value));
            var markdown = document.ToMarkdown();
            Assert.Equal(Headings, markdown.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..]));
            Assert.Equal(html, EquityAuditReport.ToHtml(result));
            Assert.Equal(markdown, EquityAuditReport.ToMarkdown(result));
        }
    }

    [Fact]
    public void The_sample_report_has_every_chart_with_its_text_alternative_and_says_the_data_are_synthetic()
    {
        var result = SampleResult.Value;
        var document = EquityAuditReport.Create(result);
        var charts = EquityAuditReport.Charts(result);
        Assert.Equal(document.Charts, charts);
        Assert.Collection(charts,
            c => Assert.IsType<DataQualityChart>(c),
            c => Assert.Equal(ChartScale.Linear, Assert.IsType<IntervalChart>(c).Scale),
            c => Assert.Equal(ChartScale.Log, Assert.IsType<IntervalChart>(c).Scale),
            c => Assert.Equal(ChartScale.Log, Assert.IsType<IntervalChart>(c).Scale),   // observed/expected: reference rates given
            c => Assert.IsType<FunnelChart>(c));                                      // ten areas

        var html = document.ToHtml();
        var markdown = document.ToMarkdown();
        for (var i = 0; i < charts.Count; i++)
        {
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            Assert.False(string.IsNullOrWhiteSpace(charts[i].TextAlternative));
            Assert.Contains($"<figure id=\"figure-{number}\" class=\"chart\">", html, StringComparison.Ordinal);
            Assert.Contains($"Figure {number}.</span> {WebUtility.HtmlEncode(charts[i].TextAlternative)}</figcaption>", html, StringComparison.Ordinal);
            Assert.Contains($"**Figure {number}.** ", markdown, StringComparison.Ordinal);
        }

        // The Bangladeshi gap is the one highlighted, on the estimates and on the ratios; Saltmere lies beyond the outer limits.
        var estimates = (IntervalChart)charts[1];
        Assert.Equal(["Asian or Asian British - Bangladeshi (K)"], estimates.Rows.Where(r => r.Highlighted).Select(r => r.Label));
        Assert.Equal(result.Settings.Benchmark, estimates.ReferenceValue);
        var ratios = (IntervalChart)charts[2];
        Assert.Equal(["Asian or Asian British - Bangladeshi (K)"], ratios.Rows.Where(r => r.Highlighted).Select(r => r.Label));
        Assert.Equal(1, ratios.ReferenceValue);
        var funnel = (FunnelChart)charts[4];
        Assert.Equal(["Saltmere"], funnel.Points.Where((_, i) => funnel.Positions[i] == FunnelPointPosition.BeyondOuterLimits).Select(p => p.Label));
        Assert.Equal(result.Areas!.Limits.Baseline, funnel.Overall);

        var version = typeof(EquityAuditReport).Assembly.GetName().Version!.ToString(3);
        Assert.Contains($"EEiC.Tools {version}", document.Footer, StringComparison.Ordinal);
        Assert.Contains("SYNTHETIC", document.Footer, StringComparison.Ordinal);
        Assert.DoesNotContain("SYNTHETIC", EquityAuditReport.Create(Crafted()).Footer, StringComparison.Ordinal);
    }

    [Fact]
    public void The_charts_of_a_crafted_audit_show_its_numbers()
    {
        var result = Crafted();
        var charts = EquityAuditReport.Charts(result);
        Assert.Equal(4, charts.Count);   // no reference rates, so no observed/expected chart

        // The benchmark is the value of all records, unknown ethnicity included: 2,280 of 5,200.
        var estimates = (IntervalChart)charts[1];
        Assert.Equal(100.0 * 2280 / 5200, estimates.ReferenceValue!.Value, 9);
        Assert.Equal([50.0, 30.0, 40.0], estimates.Rows.Select(r => Math.Round(r.Value!.Value, 9)));
        Assert.Equal(["Asian or Asian British - Pakistani (J)", "Asian or Asian British - Bangladeshi (K)"], estimates.Rows.Where(r => r.Highlighted).Select(r => r.Label));

        // Ratios to White British: 30/50 and 40/50, on a log axis around 1.
        var ratios = (IntervalChart)charts[2];
        Assert.Equal(ChartScale.Log, ratios.Scale);
        Assert.Equal([0.6, 0.8], ratios.Rows.Select(r => Math.Round(r.Value!.Value, 9)));
        Assert.All(ratios.Rows, r => Assert.True(r.Lower < r.Value && r.Value < r.Upper));

        // Recording: 200 of 5,200 records not stated, against the 90% threshold.
        var quality = (DataQualityChart)charts[0];
        Assert.Equal(0.9, quality.Threshold);
        Assert.Equal(100.0 * 200 / 5200, quality.Bars.Single().Values[1], 9);

        // Two identical areas, each 1,140 of 2,600, within the limits around 2,280 of 5,200.
        var funnel = (FunnelChart)charts[3];
        Assert.Equal([("E01", 2600.0), ("E02", 2600.0)], funnel.Points.Select(p => (p.Label, p.Size)));
        Assert.All(funnel.Positions, p => Assert.Equal(FunnelPointPosition.WithinLimits, p));
        Assert.Equal(100.0 * 2280 / 5200, funnel.Overall, 9);
    }

    [Fact]
    public void The_markdown_has_the_tables_with_the_published_numbers()
    {
        var markdown = EquityAuditReport.ToMarkdown(Crafted());

        // Wilson's interval of 360/1,200 at 95%, by its formula, in percent with one decimal.
        var (lower, upper) = Wilson(360, 1200);
        Assert.Contains("| Ethnic group | Code | With the outcome | People | Crude (%, 95% interval) | Against the benchmark |", markdown, StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"| Asian or Asian British - Pakistani | J | 360 | 1,200 | 30.0 ({lower:0.0} to {upper:0.0}) | lower (worse) |"), markdown, StringComparison.Ordinal);
        Assert.Contains("| Not stated | Z | 200 | yes |", markdown, StringComparison.Ordinal);

        // The difference from White British in each period: 30 − 50 and 40 − 50 percentage points.
        Assert.Contains("| Ethnic group | Code | 2022/23 | 2023/24 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Asian or Asian British - Pakistani | J | -20.0 | -20.0 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Asian or Asian British - Bangladeshi | K | -10.0 | -10.0 |", markdown, StringComparison.Ordinal);

        // Every chart's data table follows its caption; the findings cite their numbers.
        Assert.Contains("**Figure 2.** ", markdown, StringComparison.Ordinal);
        Assert.Contains("| Ethnic group | Value (%) | Lower limit | Upper limit | Note |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Area | People (published) | Value (%) | Position |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Statistic | About | Value | Interval |", markdown, StringComparison.Ordinal);
        Assert.Contains("| risk ratio | Asian or Asian British - Pakistani (J) | 0.6 |", markdown, StringComparison.Ordinal);
        Assert.Contains("Tools to use next: ", markdown, StringComparison.Ordinal);
        Assert.Contains("HES: suppress 1–7, round others to nearest 5", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_with_nothing_to_show_says_why()
    {
        var document = EquityAuditReport.Create(Bare());
        string Text(string heading) => string.Join(" ", document.Sections.Single(s => s.Heading == heading).Blocks.Select(b => b.Text));

        Assert.Contains("the data have no periods", Text("Trend of the gaps"), StringComparison.Ordinal);
        Assert.Contains("the data have no area column", Text("Areas"), StringComparison.Ordinal);
        Assert.Contains("No reference rates were given", Text("Expected versus observed activity and representation"), StringComparison.Ordinal);
        Assert.Equal(3, document.Charts.Count);   // recording, estimates, ratios

        var onePeriod = EquityAuditReport.Create(EquityAudit.Run(Proportions(Row("A", 500, 1000, period: "2023/24"), Row("H", 450, 1000, period: "2023/24")), Uptake));
        Assert.Contains("one period (2023/24)", string.Join(" ", onePeriod.Sections.Single(s => s.Heading == "Trend of the gaps").Blocks.Select(b => b.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public void Suppressed_values_appear_nowhere_in_the_html_markdown_or_json()
    {
        var result = Suppressed();
        Assert.Equal(["J", "K", "N"], result.Disclosure.WithheldGroups);
        var withheldAreas = result.Areas!.Areas.Where(a => a.Suppressed).Select(a => a.Area).ToArray();
        Assert.Contains("E03", withheldAreas);
        Assert.Equal(withheldAreas.Length, result.Disclosure.WithheldAreas);
        var document = EquityAuditReport.Create(result);

        // The withheld groups are listed, as gaps labelled "suppressed", on both interval charts; the withheld area is not drawn.
        foreach (var chart in document.Charts.OfType<IntervalChart>())
        {
            foreach (var code in new[] { "J", "K", "N" })
            {
                var row = Assert.Single(chart.Rows, r => r.Label.EndsWith($"({code})", StringComparison.Ordinal));
                Assert.Null(row.Value);
                Assert.Equal("suppressed", row.Note);
            }
        }

        Assert.DoesNotContain(document.Charts.OfType<FunnelChart>().SelectMany(f => f.Points), p => withheldAreas.Contains(p.Label));

        // No table (nor a chart's table) gives a number for a withheld group or area other than a count the policy publishes
        // (a denominator, rounded): no estimate, ratio, bound or expected count, and "suppressed" in place of each suppressed count.
        var withheld = result.Estimates.Where(e => e.Suppressed).ToDictionary(e => e.Group, StringComparer.Ordinal);
        var names = withheldAreas.ToDictionary(a => a, a => a, StringComparer.Ordinal);
        foreach (var (code, estimate) in withheld)
        {
            names[code] = code;
            names[estimate.Label] = code;
            names[$"{estimate.Label} ({code})"] = code;
        }

        string[] Published(string code) => withheldAreas.Contains(code)
            ? [.. result.Areas!.Areas.Where(a => a.Area == code).SelectMany(a => new[] { a.Numerator, a.Denominator }).Where(c => c.Value is not null).Select(c => c.Value!.Value.ToString("#,0", CultureInfo.InvariantCulture))]
            : [.. new[] { withheld[code].Numerator, withheld[code].Denominator, result.DataQuality.Categories.Single(c => c.Code == code).Records, result.Need.Groups.Single(g => g.Group == code).Observed }
                .Where(c => c.Value is not null).Select(c => c.Value!.Value.ToString("#,0", CultureInfo.InvariantCulture))];

        var tables = document.Sections.SelectMany(s => s.Blocks).Select(b => b.Table ?? b.Chart?.ToTable()).OfType<ReportTable>().ToArray();
        var checkedRows = 0;
        foreach (var table in tables)
        {
            foreach (var row in table.Rows.Where(r => r.Any(names.ContainsKey)))
            {
                checkedRows++;
                var code = names[row.First(names.ContainsKey)];
                var unpublished = row.Where(c => !names.ContainsKey(c) && c.Any(char.IsAsciiDigit)).Except(Published(code)).ToArray();
                Assert.True(unpublished.Length == 0, $"{table.Caption}: {string.Join(" | ", row)}");
            }
        }

        Assert.True(checkedRows >= 12, $"only {checkedRows} rows of withheld groups or areas were found");
        Assert.All(withheld.Values.Where(e => e.Numerator.IsSuppressed),
            e => Assert.Contains(tables.Single(t => t.Columns.Contains("People")).Rows, r => r[0] == e.Label && r[2] == "suppressed"));

        // Their rates (5/13, 6/17, 7/19, and the withheld areas' from the rows) appear in no text of the pages, in any rounding,
        // nor in the JSON.
        var rates = new[] { 5.0 / 13, 6.0 / 17, 7.0 / 19 }.Concat(withheldAreas.Select(a =>
            SmallRows.Where(r => r.Area == a).Sum(r => r.Numerator!.Value) / SmallRows.Where(r => r.Area == a).Sum(r => r.Denominator!.Value))).ToArray();
        Assert.Contains(3.0 / 9, rates);
        var forbidden = rates.SelectMany(r => new[] { "0.0", "0.00", "0.000" }.Select(f => (100 * r).ToString(f, CultureInfo.InvariantCulture))
            .Concat(new[] { "0.000", "0.0000" }.Select(f => r.ToString(f, CultureInfo.InvariantCulture)))).ToArray();
        var html = TagsRemoved().Replace(document.ToHtml(), " ");
        var markdown = document.ToMarkdown();
        foreach (var text in forbidden)
        {
            var token = new Regex($@"(?<![\d.]){Regex.Escape(text)}(?!\d)");
            Assert.False(token.IsMatch(html), $"HTML shows {text}");
            Assert.False(token.IsMatch(markdown), $"Markdown shows {text}");
        }

        using var json = JsonDocument.Parse(EquityAuditJson.Write(result));
        var numbers = Numbers(json.RootElement).ToArray();
        Assert.DoesNotContain(numbers, n => rates.Any(r => Math.Abs(n - r) < 1e-9 || Math.Abs(n - (100 * r)) < 1e-9));
        foreach (var estimate in json.RootElement.GetProperty("estimates").EnumerateArray().Where(e => e.GetProperty("suppressed").GetBoolean()))
        {
            Assert.Equal(JsonValueKind.Null, estimate.GetProperty("numerator").GetProperty("value").ValueKind);
        }

        Assert.All(withheldAreas, a => Assert.Contains($"{a} (value withheld: small numbers)", markdown, StringComparison.Ordinal));
        Assert.Contains("Groups withheld:** Asian or Asian British - Pakistani (J), Asian or Asian British - Bangladeshi (K), Black or Black British - African (N)", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_trend_of_a_withheld_group_is_not_shown()
    {
        // K has 3 of 9 and 4 of 9: withheld. Its change over the periods would rest on those counts.
        var result = EquityAudit.Run(Proportions(
            Row("A", 400, 1000, period: "2023/24"), Row("J", 90, 300, period: "2023/24"), Row("K", 3, 9, period: "2023/24"),
            Row("A", 410, 1000, period: "2024/25"), Row("J", 80, 300, period: "2024/25"), Row("K", 4, 9, period: "2024/25")), Uptake);
        Assert.Contains("K", result.Disclosure.WithheldGroups);
        // The result keeps the verdicts, flagged, but publishes no number resting on K's counts: no period's gap, no change, no slope.
        var k = result.Trends.Single(t => t.Group == "K");
        Assert.True(k.RestsOnSuppressedCounts);
        Assert.All(k.Trend!.Periods, p => Assert.False(p.Difference.HasValue || p.Ratio.HasValue));
        Assert.All([k.Trend.DifferenceChange, k.Trend.RatioChange, k.Trend.DifferenceSlope, k.Trend.RatioTrend], e => Assert.Equal(EstimateStatus.Suppressed, e.Status));

        var table = EquityAuditReport.Create(result).Sections.Single(s => s.Heading == "Trend of the gaps").Blocks.Select(b => b.Table).OfType<ReportTable>().Single();
        Assert.Equal(["Ethnic group", "Code", "2023/24", "2024/25"], table.Columns.Take(4));
        foreach (var group in result.Disclosure.WithheldGroups)
        {
            var row = table.Rows.Single(r => r[1] == group);
            Assert.Equal(Enumerable.Repeat("withheld", table.Columns.Count - 2), row.Skip(2));
        }
    }

    [Fact]
    public void A_rate_is_reported_per_its_multiplier_with_events_and_population()
    {
        // Admissions per 100,000 over two bands of ESP 2013 (20-24 weight 6,000, 70-74 weight 5,000); both groups 1,820 in 100,000.
        var result = EquityAudit.Run(Rates(
            Row("A", 1320, 80_000, "20-24"), Row("A", 500, 20_000, "70-74"),
            Row("J", 520, 80_000, "20-24"), Row("J", 1300, 20_000, "70-74")), Admissions);
        var document = EquityAuditReport.Create(result);
        var markdown = document.ToMarkdown();

        Assert.Contains("| Ethnic group | Code | Events | Population | Crude (per 100,000, 95% interval) | Age-standardised (per 100,000, 95% interval) | Against the benchmark |", markdown, StringComparison.Ordinal);
        Assert.Contains("| White - British | A | 1,820 | 100,000 | 1,820.0 (", markdown, StringComparison.Ordinal);
        Assert.Contains("rate ratio", markdown, StringComparison.Ordinal);
        var estimates = document.Charts.OfType<IntervalChart>().First();
        Assert.Equal("per 100,000", estimates.Unit);
        // Directly standardised: Σ weight × band rate / Σ weight, per 100,000.
        double Dsr(double x1, double n1, double x2, double n2) => ((6000 * x1 / n1) + (5000 * x2 / n2)) / 11_000 * 100_000;
        Assert.Equal(Dsr(1320, 80_000, 500, 20_000), estimates.Rows[0].Value!.Value, 9);
        Assert.Equal(Dsr(520, 80_000, 1300, 20_000), estimates.Rows[1].Value!.Value, 9);
        Assert.Contains("lower is better", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void An_audit_whose_every_group_is_withheld_still_reports_each_section()
    {
        var result = EquityAudit.Run(Proportions(Row("A", 5, 13), Row("J", 6, 17), Row("Z", 3, 9)), Uptake);
        Assert.Equal(["A", "J"], result.Disclosure.WithheldGroups);
        var document = EquityAuditReport.Create(result);

        Assert.Equal(Headings, document.Sections.Select(s => s.Heading));
        var estimates = document.Charts.OfType<IntervalChart>().ToArray();
        Assert.Equal(2, estimates.Length);
        Assert.All(estimates.SelectMany(c => c.Rows), r => Assert.Null(r.Value));
        Assert.All(estimates, c => Assert.Contains("suppressed", c.TextAlternative, StringComparison.Ordinal));
        Assert.Contains("**Groups withheld:** White - British (A), Asian or Asian British - Pakistani (J)", document.ToMarkdown(), StringComparison.Ordinal);
        Assert.NotEmpty(document.ToHtml());
    }

    [Fact]
    public void Names_from_the_data_are_escaped_in_the_html()
    {
        const string label = "<script>alert(\"x\")</script> & Kashmiri";
        const string area = "<img src=x onerror=alert(1)>";
        var local = EthnicCategory.CreateLocal("J1", label, NhsEthnicCategories.Pakistani);
        var dataset = new StratifiedDataset(GroupDimension.Ethnicity(), DatasetMeasure.Proportion,
            [Row("A", 400, 800, area: area), Row("J1", 120, 300, area: area), Row("A", 380, 800, area: "Elm & <b>Ash</b>"), Row("J1", 100, 300, area: "Elm & <b>Ash</b>")],
            "Trust <i>data</i>", [local]);
        var result = EquityAudit.Run(dataset, Uptake);
        var html = EquityAuditReport.ToHtml(result);

        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>Ash", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>data", html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(label), html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(area), html, StringComparison.Ordinal);
        Assert.Contains("Trust &lt;i&gt;data&lt;/i&gt;", html, StringComparison.Ordinal);

        // Markdown escapes with backslashes, so the names stay text there too.
        var markdown = EquityAuditReport.ToMarkdown(result);
        Assert.Contains(@"\<script\>alert(""x"")\</script\> \& Kashmiri", markdown, StringComparison.Ordinal);
        Assert.Contains(@"\<img src=x onerror=alert(1)\>", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_vega_lite_specifications_parse_and_carry_the_data()
    {
        foreach (var result in new[] { SampleResult.Value, Crafted(), Suppressed() })
        {
            foreach (var chart in EquityAuditReport.Charts(result))
            {
                using var spec = JsonDocument.Parse(chart.ToVegaLite());
                var root = spec.RootElement;
                Assert.Contains("vega-lite/v5", root.GetProperty("$schema").GetString(), StringComparison.Ordinal);
                Assert.Equal(chart.TextAlternative, root.GetProperty("description").GetString());
                if (chart is IntervalChart interval)
                {
                    Assert.Equal(interval.Rows.Count, root.GetProperty("data").GetProperty("values").GetArrayLength());
                }
            }
        }
    }

    [Fact]
    public void The_report_is_deterministic_and_culture_invariant()
    {
        var result = Crafted();
        var html = EquityAuditReport.ToHtml(result);
        Assert.Equal(html, Cultures.With(Cultures.CommaDecimal, () => EquityAuditReport.ToHtml(Crafted())));

        Assert.Throws<ArgumentNullException>(() => EquityAuditReport.Create(null!));
        Assert.Throws<ArgumentNullException>(() => EquityAuditReport.Charts(null!));
    }

    private static IEnumerable<double> Numbers(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number => [element.GetDouble()],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Numbers(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Numbers),
        _ => [],
    };

    /// <summary>Wilson's 95% interval in percent, by its formula: (p + z²/2n ∓ z√(p(1−p)/n + z²/4n²)) / (1 + z²/n).</summary>
    private static (double Lower, double Upper) Wilson(double x, double n)
    {
        const double z = 1.959963984540054;
        var p = x / n;
        var centre = p + (z * z / (2 * n));
        var half = z * Math.Sqrt((p * (1 - p) / n) + (z * z / (4 * n * n)));
        var denominator = 1 + (z * z / n);
        return (100 * (centre - half) / denominator, 100 * (centre + half) / denominator);
    }

    [GeneratedRegex("<h2 id=\"section-[0-9]+-heading\">([^<]*)</h2>")]
    private static partial Regex H2();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex TagsRemoved();
}
