// EEiC quick start: what EEiC.Core does with a real-looking, messy ethnicity column.
// Run: dotnet run --project samples/EEiC.Samples.Quickstart -c Release [path/to/column.txt]
// With a path, each line of the file is one recorded ethnicity value; without, a built-in synthetic
// column of 20,000 referrals is used (clearly fictional: generated from a fixed seed).
using System.Globalization;
using EEiC.Datasets;
using EEiC.Ethnicity;

var values = args.Length > 0 ? ReadColumn(args[0]) : SyntheticColumn.Generate(20_000, seed: 2026);
if (values is null)
{
    return 1;
}

Console.WriteLine($"EEiC quick start: {values.Length:N0} recorded ethnicity values{(args.Length > 0 ? $" from {args[0]}" : " (built-in synthetic sample)")}");
Console.WriteLine();

// 1. Parse the column: codes, labels in any spelling, abbreviations, blanks and local codes.
var somali = EthnicCategory.CreateLocal("N1", "Somali", NhsEthnicCategories.African);
var kashmiri = EthnicCategory.CreateLocal("J1", "Kashmiri", NhsEthnicCategories.Pakistani);
var parser = new EthnicityParser(new EthnicityParserOptions { LocalCategories = [somali, kashmiri] });
var parsed = parser.ParseColumn(values);
var summary = parsed.Summary;

Console.WriteLine("How the values were read");
foreach (var (status, count) in summary.CountsByStatus.Where(s => s.Value > 0))
{
    Console.WriteLine($"  {status,-22} {count,8:N0}  {Percent(count, summary.Total),6}");
}

Console.WriteLine($"  {"mapped",-22} {summary.Mapped,8:N0}  {Percent(summary.Mapped, summary.Total),6}");
Console.WriteLine();
Console.WriteLine("Values that could not be mapped (reported, never guessed)");
foreach (var value in summary.UnmappedValues)
{
    var recognised = value.Recognised is null ? string.Empty : $" (recognised as {value.Recognised.Scheme} '{value.Recognised.Label}')";
    Console.WriteLine($"  {Quote(value.Raw),-26} {value.Count,6:N0}  {value.Status}{recognised}");
}

// 2. Counts by NHS category, then rolled up to the high-level groups (totals preserved).
Console.WriteLine();
Console.WriteLine("Records by NHS Ethnic Category");
foreach (var (category, count) in summary.CountsByCategory)
{
    Console.WriteLine($"  {category.Code,-3} {category.Label,-52} {count,7:N0}");
}

var rolled = EthnicityRollUp.Create(summary.CountsByCategory, EthnicityScheme.HighLevel);
Console.WriteLine();
Console.WriteLine("Rolled up to high-level groups");
foreach (var (category, count) in rolled.Counts)
{
    Console.WriteLine($"  {category.Label,-34} {count,7:N0}  {Percent(count, rolled.Total),6}");
}

Console.WriteLine($"  {"total",-34} {rolled.Total,7:N0}  (mapped values: {summary.Mapped:N0})");

// 3. Cross-walks say when an answer is exact, lossy or impossible.
Console.WriteLine();
Console.WriteLine("Cross-walks");
foreach (var (category, target) in new[]
{
    (EthnicityClassification.Census2021.Get("16"), EthnicityScheme.NhsEthnicCategory),
    (NhsEthnicCategories.Chinese, EthnicityScheme.Census2011),
    (NhsEthnicCategories.AnyOtherWhite, EthnicityScheme.Census2021),
})
{
    var result = EthnicityCrosswalk.Map(category, target);
    var answer = result.Target?.ToString() ?? "one of " + string.Join(" | ", result.Candidates.Select(c => c.Label));
    Console.WriteLine($"  {category.Scheme} '{category.Label}' -> {target}: {result.Match}: {answer}");
}

// 4. The counts as a stratified dataset, validated and written as JSON and CSV.
var dataset = new StratifiedDataset(
    GroupDimension.Ethnicity(),
    DatasetMeasure.Proportion,
    EthnicityRollUp.Create(summary.CountsByCategory, EthnicityScheme.NhsEthnicCategory).Counts
        .Select(c => new StratifiedRow(c.Category.Code, Period: "2025/26", Numerator: c.Count, Denominator: summary.Total))
        .ToArray(),
    name: "Share of referrals by ethnic category (synthetic)");
var errors = dataset.Validate();
Console.WriteLine();
Console.WriteLine($"Stratified dataset: {dataset.Rows.Count} rows, {(errors.Count == 0 ? "valid" : $"{errors.Count} problem(s)")}");
var outputDirectory = Path.Combine(Environment.CurrentDirectory, "eeic-output");
Directory.CreateDirectory(outputDirectory);
File.WriteAllText(Path.Combine(outputDirectory, "referrals-by-ethnicity.json"), StratifiedDatasetJson.Write(dataset));
File.WriteAllText(Path.Combine(outputDirectory, "referrals-by-ethnicity.csv"), StratifiedDatasetCsv.Write(dataset));
Console.WriteLine($"Wrote {Path.Combine("eeic-output", "referrals-by-ethnicity.json")} and .csv");
return errors.Count == 0 ? 0 : 1;

static string Percent(long part, long whole) =>
    whole == 0 ? "-" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";

static string Quote(string raw) => raw.Length == 0 ? "(blank)" : $"'{raw}'";

static string?[]? ReadColumn(string path)
{
    if (!File.Exists(path))
    {
        Console.Error.WriteLine($"error: file '{path}' does not exist; give a text file with one ethnicity value per line.");
        return null;
    }

    return File.ReadAllLines(path);
}
