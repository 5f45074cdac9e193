using BenchmarkDotNet.Attributes;
using EEiC.Ethnicity;

namespace EEiC.Benchmarks.Ethnicity;

/// <summary>
/// Parsing a national-scale column of 1,000,000 mixed codes, labels, abbreviations and blanks (issue 2).
/// The baseline is the approach the parser replaces: lower-case and trim each value, then look it up in a
/// dictionary of spellings, allocating a string per row.
/// </summary>
[MemoryDiagnoser]
public class EthnicityParserBenchmarks
{
    private static readonly string?[] Spellings =
    [
        "A", "a", "White - British", "WHITE BRITISH", "WBRI", "British", "B", "C", "Any other White background", "CP",
        "D", "F", "G", "H", "Indian", "J", "Pakistani", "K", "L", "M", "Black Caribbean", "N", "African", "P", "R", "S",
        "Z", "Refused", "99", "", null, "X", "Not known", "Mixed - White & Asian", "Asian/Asian British: Chinese",
        "Black, Black British, Black Welsh, Caribbean or African: African",
    ];

    private string?[] _column = [];
    private EthnicityParseResult[] _results = [];
    private Dictionary<string, EthnicCategory?> _naive = [];

    [Params(1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _column = Enumerable.Range(0, Rows).Select(_ => Spellings[random.Next(Spellings.Length)]).ToArray();
        _results = new EthnicityParseResult[Rows];
        _naive = Spellings.Select(s => (s ?? string.Empty).Trim().ToLowerInvariant()).Distinct()
            .ToDictionary(s => s, s => EthnicityParser.Default.Parse(s).Category);
    }

    [Benchmark(Baseline = true, Description = "Naive: ToLower+Trim then dictionary lookup")]
    public int NaiveLookup()
    {
        var mapped = 0;
        foreach (var value in _column)
        {
            if (_naive.TryGetValue((value ?? string.Empty).Trim().ToLowerInvariant(), out var category) && category is not null)
            {
                mapped++;
            }
        }

        return mapped;
    }

    [Benchmark(Description = "EthnicityParser.Parse(span, span)")]
    public int ParseBatch()
    {
        EthnicityParser.Default.Parse(_column, _results);
        var mapped = 0;
        foreach (var result in _results)
        {
            if (result.IsMapped)
            {
                mapped++;
            }
        }

        return mapped;
    }
}
