// EEiC in a notebook (F#): uptake by ethnic group with 95% Wilson intervals, as a table and a text chart.
// Without arguments it uses the built-in SYNTHETIC sample (fictional cardiac rehabilitation data); pass your own CSV
// (columns group,numerator,denominator plus any of age_band,sex,area,period; NHS ethnic category codes) and,
// optionally, an indicator id from IndicatorCatalogue.
//
//   dotnet publish src/EEiC.Tools -c Release -f net10.0 -o samples/bin     (once, from the repository root)
//   dotnet fsi samples/audit.fsx [my-data.csv [indicator-id]]
//
// In a notebook with the published packages, replace the three #r lines by: #r "nuget: EEiC.Tools"
#r "bin/EEiC.Core.dll"
#r "bin/EEiC.Statistics.dll"
#r "bin/EEiC.Tools.dll"

open EEiC.Datasets
open EEiC.Indicators
open EEiC.Statistics.Intervals
open EEiC.Statistics.Rates
open EEiC.Tools.Audit

let args = fsi.CommandLineArgs |> Array.skip 1

// Load the data: a bad file gives a short message listing every problem, and exit code 1.
let dataset =
    try
        if args.Length > 0 then AuditCsv.Read args[0] else AuditSamples.CardiacRehabilitation
    with
    | :? DatasetFormatException | :? DatasetValidationException as e ->
        eprintfn "Cannot use '%s': %s" args[0] e.Message
        exit 1

let indicator =
    if args.Length > 1 then IndicatorCatalogue.Get args[1] else AuditSamples.CardiacRehabilitationIndicator

// ---------------------------------------------------------------------------------------------------------------
// LEAD: replace from here to the end by the audit, once EquityAudit is available:
//   let result = EquityAudit.Run(dataset, indicator)   // + options: reference rates (AuditSamples.CardiacRehabilitationReference), ...
//   then show its summary table and chart, and write its reports (HTML, Markdown, JSON, Vega-Lite).
// ---------------------------------------------------------------------------------------------------------------
let estimates = Proportions.Wilson(dataset, [ ConfidenceLevel.Percent95 ], multiplier = 100.0, totalPerGroup = true)
let sum (value: StratifiedRow -> System.Nullable<float>) rows = rows |> Seq.sumBy (fun r -> (value r).GetValueOrDefault())
let total = dataset.Rows |> sum _.Denominator
let overall = 100.0 * (dataset.Rows |> sum _.Numerator) / total
let recorded = dataset.Rows |> Seq.filter (fun r -> match dataset.CategoryOf r with null -> true | c -> not c.IsMissing) |> sum _.Denominator

// A text chart: the interval as [---o---], ':' at the uptake of all patients, on a scale from 0 to a round maximum.
let width = 40
let top = estimates |> Seq.choose (fun e -> Option.ofNullable e.Estimates[0].Upper) |> Seq.fold max overall |> fun m -> ceil (m / 10.0) * 10.0
let column (x: float) = int (round (x / top * float (width - 1)))
let chart (e: IntervalEstimate) =
    let cells = Array.create width ' '
    cells[column overall] <- ':'
    if e.HasValue then
        let lo, hi = column e.Lower.Value, column e.Upper.Value
        for i in lo .. hi do cells[i] <- '-'
        cells[lo] <- '['
        cells[hi] <- ']'
        cells[column e.Value.Value] <- 'o'
    System.String cells

printfn "%s" (dataset.Name |> Option.ofObj |> Option.defaultValue "Your data")
printfn "%s by ethnic group (%%, with 95%% Wilson intervals)" indicator.Name
printfn "Ethnicity recorded for %.1f%% of %s records\n" (100.0 * recorded / total) (total.ToString "N0")
let axis = "0%" + (sprintf "%g%%" top).PadLeft(width - 2)
printfn "%-4s %-34s %8s %8s  %-20s |%s|" "Code" "Ethnic group" "Records" "Outcome" "% (95% CI)" axis
for e in estimates do
    let label =
        match dataset.CategoryOf e.Row with
        | null -> e.Row.Group
        | c when c.Label.Contains " - " -> sprintf "%O: %s" c.HighLevelGroup (c.Label.Split " - " |> Array.last)
        | c -> c.Label
    let estimate = e.Estimates[0]
    let text = if estimate.HasValue then sprintf "%.1f (%.1f to %.1f)" estimate.Value.Value estimate.Lower.Value estimate.Upper.Value
               else string estimate.Status
    printfn "%-4s %-34s %8s %8s  %-20s |%s|" e.Row.Group label (e.Row.Denominator.GetValueOrDefault().ToString "N0")
        (e.Row.Numerator.GetValueOrDefault().ToString "N0") text (chart estimate)
printfn "%-4s %-34s %8s %8s  %-20.1f (':' in the chart)" "" "All records" (total.ToString "N0") "" overall
