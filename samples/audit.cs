// EEiC in a notebook (C#): uptake by ethnic group with 95% Wilson intervals, as a table and a text chart.
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
using EEiC.Statistics.Rates;
using EEiC.Tools.Audit;

// Load the data: a bad file gives a short message listing every problem, and exit code 1.
StratifiedDataset dataset;
try
{
    dataset = args.Length > 0 ? AuditCsv.Read(args[0]) : AuditSamples.CardiacRehabilitation;
}
catch (Exception e) when (e is DatasetFormatException or DatasetValidationException)
{
    Console.Error.WriteLine($"Cannot use '{args[0]}': {e.Message}");
    return 1;
}

var indicator = args.Length > 1 ? IndicatorCatalogue.Get(args[1]) : AuditSamples.CardiacRehabilitationIndicator;

// ---------------------------------------------------------------------------------------------------------------
// LEAD: replace from here to the end by the audit, once EquityAudit is available:
//   var result = EquityAudit.Run(dataset, indicator);   // + options: reference rates (AuditSamples.CardiacRehabilitationReference), ...
//   then show its summary table and chart, and write its reports (HTML, Markdown, JSON, Vega-Lite).
// ---------------------------------------------------------------------------------------------------------------
var estimates = Proportions.Wilson(dataset, [ConfidenceLevel.Percent95], multiplier: 100, totalPerGroup: true);
var total = dataset.Rows.Sum(r => r.Denominator ?? 0);
var overall = 100 * dataset.Rows.Sum(r => r.Numerator ?? 0) / total;
var recorded = dataset.Rows.Where(r => dataset.CategoryOf(r) is not { IsMissing: true }).Sum(r => r.Denominator ?? 0);

// A text chart: the interval as [---o---], ':' at the uptake of all patients, on a scale from 0 to a round maximum.
const int width = 40;
var top = Math.Ceiling(estimates.Select(e => e.Estimates[0].Upper ?? 0).Append(overall).Max() / 10) * 10;
int Column(double x) => (int)Math.Round(x / top * (width - 1));
string Chart(IntervalEstimate e)
{
    var cells = new string(' ', width).ToCharArray();
    cells[Column(overall)] = ':';
    if (e.HasValue)
    {
        int lo = Column(e.Lower!.Value), hi = Column(e.Upper!.Value);
        Array.Fill(cells, '-', lo, hi - lo + 1);
        (cells[lo], cells[hi], cells[Column(e.Value!.Value)]) = ('[', ']', 'o');
    }

    return new string(cells);
}

Console.WriteLine(dataset.Name ?? "Your data");
Console.WriteLine($"{indicator.Name} by ethnic group (%, with 95% Wilson intervals)");
Console.WriteLine($"Ethnicity recorded for {100 * recorded / total:F1}% of {total:N0} records\n");
Console.WriteLine($"{"Code",-4} {"Ethnic group",-34} {"Records",8} {"Outcome",8}  {"% (95% CI)",-20} |0%{$"{top:G}%",width - 2}|");
foreach (var e in estimates)
{
    var label = dataset.CategoryOf(e.Row) switch
    {
        null => e.Row.Group,
        var c when c.Label.Contains(" - ", StringComparison.Ordinal) => $"{c.HighLevelGroup}: {c.Label.Split(" - ")[^1]}",
        var c => c.Label,
    };
    var estimate = e.Estimates[0];
    var text = estimate.HasValue ? $"{estimate.Value:F1} ({estimate.Lower:F1} to {estimate.Upper:F1})" : estimate.Status.ToString();
    Console.WriteLine($"{e.Row.Group,-4} {label,-34} {e.Row.Denominator ?? 0,8:N0} {e.Row.Numerator ?? 0,8:N0}  {text,-20} |{Chart(estimate)}|");
}

Console.WriteLine($"{"",-4} {"All records",-34} {total,8:N0} {"",8}  {overall,-20:F1} (':' in the chart)");
return 0;
