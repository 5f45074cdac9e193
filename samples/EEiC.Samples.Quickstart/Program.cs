// EEiC quick start: the equity audit of a service's data by ethnic group, summarised in the terminal and written as
// reports (HTML with charts, Markdown, JSON, and each chart as a Vega-Lite specification for notebooks).
//
//   dotnet run --project samples/EEiC.Samples.Quickstart -c Release                                  (the built-in sample)
//   dotnet run --project samples/EEiC.Samples.Quickstart -c Release -- my-data.csv [indicator-id]     (your own data)
//
// Without arguments it audits the built-in SYNTHETIC sample (uptake of cardiac rehabilitation in a fictional system, with
// fictional national reference rates). Your own CSV has a header and one row per ethnic group and stratum: the columns
// group (NHS Ethnic Category codes A to S, Z not stated, 99 not known), numerator and denominator, and any of age_band,
// sex, area and period. The second argument is an indicator id from IndicatorCatalogue (default: the sample's).
// A bad file gives a short message listing every problem, and exit code 1.
using System.Diagnostics;
using System.Globalization;
using EEiC.Datasets;
using EEiC.Indicators;
using EEiC.Statistics.DataQuality;
using EEiC.Statistics.Disclosure;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Sensitivity;
using EEiC.Statistics.Validation;
using EEiC.Tools.Audit;
using EEiC.Tools.Reports;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var clock = Stopwatch.StartNew();
if (args.Length > 2)
{
    return Fail("usage: dotnet run --project samples/EEiC.Samples.Quickstart -c Release [-- my-data.csv [indicator-id]]");
}

// 1. The indicator and the data: the sample with its reference rates, or the user's CSV.
IndicatorDefinition indicator;
StratifiedDataset dataset;
var options = EquityAuditOptions.Default;
try
{
    indicator = args.Length > 1 ? IndicatorCatalogue.Get(args[1]) : AuditSamples.CardiacRehabilitationIndicator;
    if (args.Length == 0)
    {
        dataset = AuditSamples.CardiacRehabilitation;
        options = options with { ReferenceRates = AuditSamples.CardiacRehabilitationReference };
    }
    else
    {
        var measure = indicator.ValueType == IndicatorValueType.Proportion ? DatasetMeasure.Proportion : DatasetMeasure.Rate;
        dataset = AuditCsv.Read(args[0], measure);
    }
}
catch (KeyNotFoundException e)
{
    return Fail($"{e.Message}\nIndicators the audit can use: {string.Join(", ", IndicatorCatalogue.All.Where(i => i.ValueType is IndicatorValueType.Proportion or IndicatorValueType.CrudeRate or IndicatorValueType.DirectlyStandardisedRate).Select(i => i.Id))}");
}
catch (Exception e) when (e is DatasetFormatException or DatasetValidationException)
{
    var errors = e is DatasetFormatException format ? format.Errors : ((DatasetValidationException)e).Errors;
    return Fail($"cannot audit '{args[0]}': {errors.Count} problem(s)\n" + string.Join("\n", errors.Select(p => $"  - {p}")));
}

// 2. The audit: one call.
EquityAuditResult result;
try
{
    result = EquityAudit.Run(dataset, indicator, options);
}
catch (StatisticsInputException e)
{
    return Fail($"cannot audit '{args[0]}' as {indicator.Id}: {e.Problems.Count} problem(s)\n" + string.Join("\n", e.Problems.Select(p => $"  - {p}")));
}

// 3. The reports: HTML (open it in a browser), Markdown, JSON, and each chart for notebooks.
var output = Path.Combine(Environment.CurrentDirectory, "eeic-output");
var charts = Path.Combine(output, "charts");
Directory.CreateDirectory(charts);
foreach (var old in Directory.EnumerateFiles(charts, "*.vl.json"))
{
    File.Delete(old);
}

var report = EquityAuditReport.Create(result);
File.WriteAllText(Path.Combine(output, "equity-audit.html"), report.ToHtml());
File.WriteAllText(Path.Combine(output, "equity-audit.md"), report.ToMarkdown());
File.WriteAllText(Path.Combine(output, "equity-audit.json"), EquityAuditJson.Write(result));
for (var i = 0; i < report.Charts.Count; i++)
{
    File.WriteAllText(Path.Combine(charts, $"figure-{i + 1}-{Slug(report.Charts[i].Title)}.vl.json"), report.Charts[i].ToVegaLite());
}

// 4. The summary in the terminal.
var settings = result.Settings;
var quality = result.DataQuality;
var unit = settings.Multiplier == 100 ? "%" : settings.Multiplier == 1 ? "" : $" per {settings.Multiplier:#,0}";
var standardised = settings.Basis == EstimateBasis.DirectlyStandardised;
Console.WriteLine($"EEiC equity audit: {indicator.Name} by ethnic group");
Console.WriteLine($"Data:       {settings.DatasetName ?? args[0]} ({settings.Rows:N0} rows, {settings.AgeBands.Count} age bands, {settings.Areas} areas, {settings.Periods.Count} periods)");
Console.WriteLine($"Recording:  {quality.Completeness.Value * 100:0.0}% of {Count(quality.Records)} records have a usable ethnic category "
    + $"(95% interval {quality.Completeness.Lower * 100:0.0}% to {quality.Completeness.Upper * 100:0.0}%; threshold {quality.Thresholds.MinimumCompleteness * 100:0}%): "
    + quality.Verdict switch { FitnessForUse.Fit => "fit for use", FitnessForUse.FitWithCaveats => "fit for use with caveats", _ => "NOT FIT FOR USE" });
Console.WriteLine($"Estimates:  {(standardised ? $"age-standardised over {settings.AgeBands.Count} age bands" : "crude")}; reference group {settings.ReferenceGroupLabel} ({settings.ReferenceGroup}); "
    + $"benchmark {settings.Benchmark:0.0}{unit} ({(settings.BenchmarkGiven ? "given" : "all records")})");
Console.WriteLine();

// Estimates by group with their intervals, and a text chart: [--o--] the interval, '|' the benchmark, '*' a significant gap.
const int width = 32;
var shown = result.Estimates.Select(e => (Estimate: e, Value: e.Suppressed ? null : (IntervalEstimate?)(standardised && e.Standardised.Count > 0 ? e.Standardised[0] : e.Crude[0]))).ToArray();
var top = Math.Ceiling(shown.Select(s => s.Value?.Upper ?? s.Value?.Value ?? 0).Append(settings.Benchmark).Max() / 10) * 10;
top = unit == "%" ? Math.Min(top, 100) : top;
Console.WriteLine($"{"Code",-5}{"Ethnic group",-36}{"Denominator",12}  {$"Estimate ({unit.Trim()}{(unit.Length > 0 ? ", " : "")}95% interval)",-28}0{top,width - 1:0}");
foreach (var (estimate, value) in shown)
{
    var gap = result.Comparisons.FirstOrDefault(c => c.Group == estimate.Group)?.SignificantGap == true ? "*" : " ";
    var text = value is { } v ? Interval(v, 1) : "suppressed";
    Console.WriteLine($"{estimate.Group,-4}{gap}{Short(estimate.Label),-36}{Count(estimate.Denominator),12}  {text,-28}{Chart(value)}");
}

Console.WriteLine($"{"",-5}* significantly different from {settings.ReferenceGroupLabel}; '|' the benchmark");
Console.WriteLine();

var gaps = result.Comparisons.Where(c => c.SignificantGap).ToArray();
Console.WriteLine(gaps.Length == 0 ? $"No significant gap: no group differs significantly from {settings.ReferenceGroupLabel}." : "Significant gaps");
foreach (var c in gaps)
{
    if (c.Suppressed)
    {
        Console.WriteLine($"  {c.Label} ({c.Group}): numbers withheld (small numbers)");
        continue;
    }

    var ratio = (standardised && c.Standardised.Count > 0 ? c.Standardised[0] : c.Crude[0]).Ratio;
    var survives = result.Sensitivity.Groups.Single(g => g.Group == c.Group).Gap == GapRobustness.SurvivesEveryScenario;
    Console.WriteLine($"  {c.Label} ({c.Group}): ratio {Interval(ratio, 1, "0.00")} to {settings.ReferenceGroupLabel}; "
        + $"{(survives ? "survives" : "does not survive")} the re-allocation of records without ethnicity");
}

Console.WriteLine();
Console.WriteLine("Findings");
foreach (var finding in result.Findings)
{
    Console.WriteLine($"  [{finding.Finding.Severity}] {finding.Message}");
}

Console.WriteLine();
Console.WriteLine("Reports");
Console.WriteLine($"  {Path.Combine("eeic-output", "equity-audit.html")}   the report with its charts: open it in a browser");
Console.WriteLine($"  {Path.Combine("eeic-output", "equity-audit.md")}     the same as Markdown");
Console.WriteLine($"  {Path.Combine("eeic-output", "equity-audit.json")}   the full result (schema version {EquityAuditResult.CurrentSchemaVersion})");
Console.WriteLine($"  {Path.Combine("eeic-output", "charts")}{Path.DirectorySeparatorChar}        {report.Charts.Count} charts as Vega-Lite specifications");
Console.WriteLine($"Done in {clock.Elapsed.TotalSeconds:0.0} s.");
return 0;

// A text chart of one interval on a scale from 0 to `top`.
string Chart(IntervalEstimate? value)
{
    var cells = new string(' ', width).ToCharArray();
    int Column(double x) => Math.Clamp((int)Math.Round(x / top * (width - 1)), 0, width - 1);
    cells[Column(settings.Benchmark)] = '|';
    if (value is { Value: { } v } shown)
    {
        if (shown.Lower is { } lo && shown.Upper is { } hi)
        {
            Array.Fill(cells, '-', Column(lo), Column(hi) - Column(lo) + 1);
            (cells[Column(lo)], cells[Column(hi)]) = ('[', ']');
        }

        cells[Column(v)] = 'o';
    }

    return new string(cells);
}

static string Interval(IntervalEstimate e, double scale, string format = "0.0") =>
    e.Value is not { } v ? e.Status.ToString()
    : e.Lower is { } lo && e.Upper is { } hi ? $"{(v * scale).ToString(format)} ({(lo * scale).ToString(format)} to {(hi * scale).ToString(format)})"
    : (v * scale).ToString(format);

static string Count(DisclosureCell cell) => cell.Value is { } v ? v.ToString("N0") : "suppressed";

// "Asian or Asian British - Bangladeshi" as "Asian: Bangladeshi".
static string Short(string label) =>
    label.Split(" - ", 2) is [var high, var low] ? $"{high.Split(' ')[0]}: {low}" : label;

static string Slug(string title)
{
    var words = new string([.. title.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ')]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
    return string.Join("-", words.Take(6));
}

static int Fail(string message)
{
    Console.Error.WriteLine($"error: {message}");
    return 1;
}
