// EEiC in a notebook (F#): the equity audit of uptake by ethnic group, as a table with 95% intervals, a text chart, and
// the estimates chart written as SVG and Vega-Lite (with the whole report as HTML) to eeic-output/.
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

open System.IO
open EEiC.Datasets
open EEiC.Indicators
open EEiC.Statistics.Validation
open EEiC.Tools.Audit
open EEiC.Tools.Reports

let args = fsi.CommandLineArgs |> Array.skip 1

let indicator =
    if args.Length > 1 then IndicatorCatalogue.Get args[1] else AuditSamples.CardiacRehabilitationIndicator
let measure = if indicator.ValueType = IndicatorValueType.Proportion then DatasetMeasure.Proportion else DatasetMeasure.Rate

// Load the data and run the audit: a bad file gives a short message listing every problem, and exit code 1.
let result =
    try
        if args.Length > 0 then
            EquityAudit.Run(AuditCsv.Read(args[0], measure), indicator)
        else // the sample comes with national reference rates, for expected versus observed uptake
            let options = EquityAuditOptions(ReferenceRates = AuditSamples.CardiacRehabilitationReference)
            EquityAudit.Run(AuditSamples.CardiacRehabilitation, indicator, options)
    with
    | :? DatasetFormatException | :? DatasetValidationException | :? StatisticsInputException as e ->
        eprintfn "Cannot use '%s': %s" args[0] e.Message
        exit 1

// A table of the estimates by group (age-standardised when the rows have age bands) with a text chart: [--o--] the
// 95% interval, '|' the benchmark (all records), '*' a gap significantly different from the reference group.
let s = result.Settings
let standardised = s.Basis = EstimateBasis.DirectlyStandardised
let unit = if s.Multiplier = 100.0 then "%" else sprintf "per %s" (s.Multiplier.ToString "N0")
let estimateOf (e: AuditGroupEstimate) =
    if e.Suppressed then None
    elif standardised && e.Standardised.Count > 0 then Some e.Standardised[0]
    else Some e.Crude[0]
let top =
    let highest = result.Estimates |> Seq.choose estimateOf |> Seq.choose (fun x -> Option.ofNullable x.Upper) |> Seq.fold max s.Benchmark
    let rounded = ceil (highest / 10.0) * 10.0
    if unit = "%" then min rounded 100.0 else rounded
let bar (x: EEiC.Statistics.Intervals.IntervalEstimate option) =
    let width = 30
    let at v = max 0 (min (width - 1) (int (round (v / top * float (width - 1)))))
    let cells = Array.create width ' '
    cells[at s.Benchmark] <- '|'
    match x with
    | Some x when x.HasValue ->
        let lo, hi = at x.Lower.Value, at x.Upper.Value
        for i in lo .. hi do cells[i] <- '-'
        cells[lo] <- '['
        cells[hi] <- ']'
        cells[at x.Value.Value] <- 'o'
    | _ -> ()
    System.String cells

printfn "%s" (s.DatasetName |> Option.ofObj |> Option.defaultValue "Your data")
printfn "%s by ethnic group (%s, %s, 95%% intervals); ethnicity recorded for %.1f%% of records: %O\n"
    indicator.Name (if standardised then "age-standardised" else "crude") unit (result.DataQuality.Completeness.Value.Value * 100.0) result.DataQuality.Verdict
printfn "%-5s%-36s%12s  %-20s 0%29g" "Code" "Ethnic group" "Denominator" "Estimate (95% CI)" top
for e in result.Estimates do
    let gap = if result.Comparisons |> Seq.exists (fun c -> c.Group = e.Group && c.SignificantGap) then "*" else " "
    let label = match e.Label.Split(" - ", 2) with [| high; low |] -> sprintf "%s: %s" (high.Split(' ')[0]) low | _ -> e.Label   // "Asian: Bangladeshi"
    let text =
        match estimateOf e with
        | None -> "suppressed"
        | Some x when x.HasValue -> sprintf "%.1f (%.1f to %.1f)" x.Value.Value x.Lower.Value x.Upper.Value
        | Some x -> string x.Status
    let denominator = if e.Denominator.Value.HasValue then e.Denominator.Value.Value.ToString "N0" else "suppressed"
    printfn "%-4s%s%-36s%12s  %-20s %s" e.Group gap label denominator text (bar (estimateOf e))

printfn "\n* significantly different from %s; | the benchmark %.1f%s" s.ReferenceGroupLabel s.Benchmark (if unit = "%" then unit else " " + unit)
for finding in result.Findings do
    printfn "[%O] %s" finding.Finding.Severity finding.Finding.Message

// One chart: the estimates by group, as SVG (open it in a browser, or show it in a notebook cell) and as a Vega-Lite
// specification; and the whole report as a self-contained HTML page. Each chart also has .ToTable() and .TextAlternative.
let chart = EquityAuditReport.Charts result |> Seq.pick (function :? IntervalChart as c -> Some c | _ -> None)
Directory.CreateDirectory "eeic-output" |> ignore
File.WriteAllText(Path.Combine("eeic-output", "estimates.svg"), chart.ToSvg())
File.WriteAllText(Path.Combine("eeic-output", "estimates.vl.json"), chart.ToVegaLite())
File.WriteAllText(Path.Combine("eeic-output", "equity-audit.html"), EquityAuditReport.ToHtml result)
printfn "\nWrote %s, estimates.vl.json and equity-audit.html" (Path.GetFullPath(Path.Combine("eeic-output", "estimates.svg")))
