using System.Globalization;
using System.Text.Json;
using EEiC.Tools.Audit;
using EEiC.Tools.Reports;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace EEiC.Tools.Tests.Reports;

/// <summary>
/// Renders report pages in headless Chromium (the system's Debian <c>chromium</c>, driven by Playwright without
/// downloading a browser) — a page with one chart of each kind, and the equity audit report of the built-in synthetic
/// sample — and checks what only a browser can: that every chart is laid out at its declared size, that no text spills
/// outside its chart with the fonts actually installed, that the figures carry their text alternatives, and that the page
/// neither logs an error nor requests anything.
/// </summary>
/// <remarks>
/// Without Chromium on the PATH the test returns early with a message, so that <c>dotnet test</c> passes on a machine
/// with only the .NET SDK; with <c>EEIC_REQUIRE_BROWSER=1</c> (set by <c>.ci/run</c>, which installs Chromium) a
/// missing browser fails it.
/// </remarks>
public sealed class ReportBrowserTests(ITestOutputHelper output)
{
    [Fact]
    public Task Report_page_renders_in_headless_chromium_with_every_chart_laid_out_and_a_quiet_console() =>
        CheckInBrowser(ChartFixtures.Page(), "report");

    [Fact]
    public Task Equity_audit_report_of_the_sample_renders_in_headless_chromium_with_every_chart_laid_out_and_a_quiet_console() =>
        CheckInBrowser(
            EquityAuditReport.Create(EquityAudit.Run(
                AuditSamples.CardiacRehabilitation,
                AuditSamples.CardiacRehabilitationIndicator,
                EquityAuditOptions.Default with { ReferenceRates = AuditSamples.CardiacRehabilitationReference })),
            "equity-audit",
            expectedCharts: 5);

    private async Task CheckInBrowser(ReportDocument document, string name, int? expectedCharts = null)
    {
        var chromium = FindChromium();
        if (chromium is null)
        {
            Assert.False(Environment.GetEnvironmentVariable("EEIC_REQUIRE_BROWSER") == "1",
                "EEIC_REQUIRE_BROWSER=1 but neither chromium nor chromium-browser is on the PATH; install Debian's chromium (apt-get install chromium).");
            output.WriteLine("Browser test not run: no chromium or chromium-browser on the PATH (set EEIC_REQUIRE_BROWSER=1 to make this a failure).");
            return;
        }

        var folder = Directory.CreateTempSubdirectory("eeic-report-");
        try
        {
            var file = Path.Combine(folder.FullName, name + ".html");
            await File.WriteAllTextAsync(file, document.ToHtml());
            var url = new Uri(file).AbsoluteUri;

            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true });
            var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
            var consoleErrors = new List<string>();
            var requests = new List<string>();
            var failedRequests = new List<string>();
            page.Console += (_, message) =>
            {
                if (message.Type == "error")
                {
                    consoleErrors.Add(message.Text);
                }
            };
            page.PageError += (_, error) => consoleErrors.Add(error);
            page.Request += (_, request) => requests.Add(request.Url);
            page.RequestFailed += (_, request) => failedRequests.Add($"{request.Url}: {request.Failure}");

            var response = await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load });
            Assert.NotNull(response);
            Assert.True(response.Ok, $"loading the page: {response.Status}");
            Assert.Equal("en-GB", await page.GetAttributeAsync("html", "lang"));

            var charts = document.Charts;
            Assert.NotEmpty(charts);
            if (expectedCharts is { } count)
            {
                Assert.Equal(count, charts.Count);
            }

            Assert.Equal(charts.Count, await page.Locator("figure.chart > svg").CountAsync());
            for (var i = 0; i < charts.Count; i++)
            {
                var chart = charts[i];
                var id = $"figure-{i + 1}-chart";
                var svg = page.Locator($"#{id}");
                Assert.Equal(1, await svg.CountAsync());
                var box = await svg.BoundingBoxAsync();
                Assert.NotNull(box);
                output.WriteLine($"{id}: declared {chart.Width}x{chart.Height}, laid out {box.Width}x{box.Height}");
                Assert.InRange(box.Width, chart.Width - 1, chart.Width + 1);
                Assert.InRange(box.Height, chart.Height - 1, chart.Height + 1);

                // The accessible name and description resolve to the chart's title and text alternative.
                Assert.Equal("img", await svg.GetAttributeAsync("role"));
                Assert.Equal(chart.Title, await page.Locator($"#{id}-title").TextContentAsync());
                Assert.Equal(chart.TextAlternative, await page.Locator($"#{id}-desc").TextContentAsync());

                var caption = await page.Locator($"#figure-{i + 1} figcaption").InnerTextAsync();
                Assert.Equal($"Figure {i + 1}. {chart.TextAlternative}", caption);

                // The data table follows the figure, one body row per row of the chart's table.
                var rows = page.Locator($"#figure-{i + 1} + details.chart-data table tbody tr");
                Assert.Equal(chart.ToTable().Rows.Count, await rows.CountAsync());

                // Every piece of text lies inside the chart, as drawn with the fonts this machine has.
                var spills = await page.EvaluateAsync<string[]>(
                    """
                    (id) => {
                      const svg = document.getElementById(id);
                      const outer = svg.getBoundingClientRect();
                      return [...svg.querySelectorAll('text')].filter(t => t.textContent.trim() !== '').map(t => [t, t.getBoundingClientRect()])
                        .filter(([t, r]) => r.left < outer.left - 1 || r.right > outer.right + 1 || r.top < outer.top - 1 || r.bottom > outer.bottom + 1)
                        .map(([t, r]) => `'${t.textContent}' at ${Math.round(r.left - outer.left)}..${Math.round(r.right - outer.left)} x ${Math.round(r.top - outer.top)}..${Math.round(r.bottom - outer.top)}`);
                    }
                    """, id);
                Assert.True(spills.Length == 0, $"{id}: text outside the chart: {string.Join("; ", spills)}");
            }

            // In print, the data tables are shown without opening their disclosure widgets.
            await page.EmulateMediaAsync(new() { Media = Media.Print });
            var printed = await page.Locator("details.chart-data table").First.BoundingBoxAsync();
            Assert.True(printed is { Height: > 0 }, "the data table of figure 1 is hidden in print");

            Assert.True(consoleErrors.Count == 0, "console errors: " + string.Join("; ", consoleErrors));
            Assert.True(failedRequests.Count == 0, "failed requests: " + string.Join("; ", failedRequests));
            Assert.Equal([url], requests.Distinct());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The first <c>chromium</c> or <c>chromium-browser</c> executable on the PATH, or null.</summary>
    private static string? FindChromium()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var name in new[] { "chromium", "chromium-browser" })
        {
            foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
