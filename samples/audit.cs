// EEiC in a notebook (C#): the equity audit of uptake by ethnic group, as a table with 95% intervals, a text chart, and
// the estimates chart written as SVG and Vega-Lite (with the whole report as HTML) to eeic-output/.
// Without arguments it uses the built-in SYNTHETIC sample (fictional cardiac rehabilitation data); pass your own CSV
// (columns group,numerator,denominator plus any of age_band,sex,area,period; NHS ethnic category codes) and,
// optionally, an indicator id from IndicatorCatalogue.
//
//   dotnet run samples/audit.cs -- [my-data.csv [indicator-id]]        (.NET 10 SDK; from the repository root)
//
// In a notebook with the published packages, replace the #:project line by: #r "nuget: EEiC.Tools"
#:project ../src/EEiC.Tools/EEiC.Tools.csproj
using EEiC.Datasets;
using EEiC.Indicators;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Validation;
using EEiC.Tools.Audit;
using EEiC.Tools.Reports;

var indicator = args.Length > 1 ? IndicatorCatalogue.Get(args[1]) : AuditSamples.CardiacRehabilitationIndicator;
var measure = indicator.ValueType == IndicatorValueType.Proportion ? DatasetMeasure.Proportion : DatasetMeasure.Rate;

// Load the data and run the audit: a bad file gives a short message listing every problem, and exit code 1.
EquityAuditResult result;
try
{
    var dataset = args.Length > 0 ? AuditCsv.Read(args[0], measure) : AuditSamples.CardiacRehabilitation;
    var options = args.Length > 0    // the sample comes with national reference rates, for expected versus observed uptake
        ? EquityAuditOptions.Default
        : EquityAuditOptions.Default with { ReferenceRates = AuditSamples.CardiacRehabilitationReference };
    result = EquityAudit.Run(dataset, indicator, options);
}
catch (Exception e) when (e is DatasetFormatException or DatasetValidationException or StatisticsInputException)
{
    Console.Error.WriteLine($"Cannot use '{args[0]}': {e.Message}");
    return 1;
}

// A table of the estimates by group (age-standardised when the rows have age bands) with a text chart: [--o--] the
// 95% interval, '|' the benchmark (all records), '*' a gap significantly different from the reference group.
var s = result.Settings;
var standardised = s.Basis == EstimateBasis.DirectlyStandardised;
var unit = s.Multiplier == 100 ? "%" : $"per {s.Multiplier:N0}";
var top = Math.Ceiling(result.Estimates.SelectMany(e => e.Crude.Concat(e.Standardised)).Max(e => e.Upper ?? 0) / 10) * 10;
top = unit == "%" ? Math.Min(top, 100) : top;
string Bar(double? value, double? lower, double? upper)
{
    const int width = 30;
    int At(double x) => Math.Clamp((int)Math.Round(x / top * (width - 1)), 0, width - 1);
    var cells = new string(' ', width).ToCharArray();
    cells[At(s.Benchmark)] = '|';
    if (lower is { } lo && upper is { } hi)
    {
        Array.Fill(cells, '-', At(lo), At(hi) - At(lo) + 1);
        (cells[At(lo)], cells[At(hi)]) = ('[', ']');
    }

    if (value is { } v)
    {
        cells[At(v)] = 'o';
    }

    return new string(cells);
}

Console.WriteLine(s.DatasetName ?? "Your data");
Console.WriteLine($"{indicator.Name} by ethnic group ({(standardised ? "age-standardised" : "crude")}, {unit}, 95% intervals); "
    + $"ethnicity recorded for {result.DataQuality.Completeness.Value * 100:F1}% of records: {result.DataQuality.Verdict}\n");
Console.WriteLine($"{"Code",-5}{"Ethnic group",-36}{"Denominator",12}  {"Estimate (95% CI)",-20} 0{top,29}");
foreach (var e in result.Estimates)
{
    IntervalEstimate? x = e.Suppressed ? null : standardised && e.Standardised.Count > 0 ? e.Standardised[0] : e.Crude[0];
    var gap = result.Comparisons.Any(c => c.Group == e.Group && c.SignificantGap) ? "*" : " ";
    var label = e.Label.Split(" - ", 2) is [var high, var low] ? $"{high.Split(' ')[0]}: {low}" : e.Label;   // "Asian: Bangladeshi"
    var text = x is not { } est ? "suppressed" : est.HasValue ? $"{est.Value:F1} ({est.Lower:F1} to {est.Upper:F1})" : est.Status.ToString();
    Console.WriteLine($"{e.Group,-4}{gap}{label,-36}{e.Denominator.Value?.ToString("N0") ?? "suppressed",12}  {text,-20} {Bar(x?.Value, x?.Lower, x?.Upper)}");
}

Console.WriteLine($"\n* significantly different from {s.ReferenceGroupLabel}; | the benchmark {s.Benchmark:F1}{(unit == "%" ? unit : " " + unit)}");
foreach (var finding in result.Findings)
{
    Console.WriteLine($"[{finding.Finding.Severity}] {finding.Finding.Message}");
}

// One chart: the estimates by group, as SVG (open it in a browser, or show it in a notebook cell) and as a Vega-Lite
// specification; and the whole report as a self-contained HTML page. Each chart also has .ToTable() and .TextAlternative.
var chart = EquityAuditReport.Charts(result).OfType<IntervalChart>().First();
Directory.CreateDirectory("eeic-output");
File.WriteAllText(Path.Combine("eeic-output", "estimates.svg"), chart.ToSvg());
File.WriteAllText(Path.Combine("eeic-output", "estimates.vl.json"), chart.ToVegaLite());
File.WriteAllText(Path.Combine("eeic-output", "equity-audit.html"), EquityAuditReport.ToHtml(result));
Console.WriteLine($"\nWrote {Path.GetFullPath(Path.Combine("eeic-output", "estimates.svg"))}, estimates.vl.json and equity-audit.html");
return 0;
