using BenchmarkDotNet.Attributes;
using EEiC.Ethnicity;
using EEiC.Statistics.DataQuality;

namespace EEiC.Benchmarks.DataQuality;

/// <summary>
/// Ethnicity data quality of a national-scale column (issue 4 item 4; no R time exists): 1,000,000 values drawn
/// uniformly (fixed seed) from the spellings of the parser benchmark — codes, labels, abbreviations, "not stated" and
/// "not known" markers, blanks and nulls — plus a few unmapped values, assessed against a 16-category population with
/// a three-period history. The baseline is parsing alone (<see cref="EthnicityParser.ParseColumn"/>), which any
/// assessment needs; the assessment's own cost is the difference.
/// </summary>
[MemoryDiagnoser]
public class EthnicityDataQualityBenchmarks
{
    private static readonly string?[] Spellings =
    [
        "A", "a", "White - British", "WBRI", "British", "B", "C", "Any other White background", "CP",
        "D", "F", "G", "H", "Indian", "J", "Pakistani", "K", "L", "M", "Black Caribbean", "N", "African", "P", "R", "S",
        "Z", "Refused", "99", "", null, "X", "Not known", "Mixed - White & Asian", "Asian/Asian British: Chinese",
        "Black, Black British, Black Welsh, Caribbean or African: African", "White", "NS", "unknown code 7",
    ];

    private string?[] _column = [];
    private ParsedEthnicityColumn _parsed = null!;
    private EthnicityQualityOptions _options = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _column = Enumerable.Range(0, 1_000_000).Select(_ => Spellings[random.Next(Spellings.Length)]).ToArray();
        _parsed = EthnicityParser.Default.ParseColumn(_column);
        _options = new EthnicityQualityOptions
        {
            Population = EthnicityClassification.Nhs.Categories.Where(c => !c.IsMissing)
                .Select((c, i) => new EthnicCategoryCount(c, 1000 * (i + 1))).ToArray(),
            History = [new PeriodCompleteness("2021/22", 700_000, 1_000_000), new PeriodCompleteness("2022/23", 720_000, 1_000_000)],
            Period = "2023/24",
        };
    }

    [Benchmark(Baseline = true, Description = "Parse only: EthnicityParser.ParseColumn")]
    public int ParseOnly() => EthnicityParser.Default.ParseColumn(_column).Summary.Total;

    [Benchmark(Description = "Parse + EthnicityDataQuality.Assess")]
    public FitnessForUse ParseAndAssess() => EthnicityDataQuality.Assess(EthnicityParser.Default.ParseColumn(_column), _options).Verdict;

    [Benchmark(Description = "Assess only (column already parsed)")]
    public FitnessForUse AssessOnly() => EthnicityDataQuality.Assess(_parsed, _options).Verdict;
}
