using BenchmarkDotNet.Attributes;
using EEiC.Tools.Definitions;
using EEiC.Tools.Evaluation;

namespace EEiC.Benchmarks.Tools;

/// <summary>
/// Evaluating 10,000 responses of the largest built-in tool (most items, then most rules; no R time exists): every item
/// answered with a level drawn uniformly (fixed seed), one response in ten leaving three items unanswered, and every
/// data fact supplied with a random value, so that all rules are exercised. The baseline evaluates the responses one by
/// one (validating and compiling the definition each time); the batch overload compiles it once.
/// </summary>
[MemoryDiagnoser]
public class ToolEvaluationBenchmarks
{
    private ToolDefinition _tool = null!;
    private ToolResponse[] _responses = [];

    [Params(10_000)]
    public int Responses { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _tool = ToolLibrary.BuiltIn.Tools.OrderByDescending(t => t.AllItems.Count()).ThenByDescending(t => t.Rules.Count).First();
        var random = new Random(42);
        var items = _tool.AllItems.ToArray();
        _responses = new ToolResponse[Responses];
        for (var r = 0; r < Responses; r++)
        {
            var skip = r % 10 == 0 ? new HashSet<int> { random.Next(items.Length), random.Next(items.Length), random.Next(items.Length) } : [];
            var answers = new Dictionary<string, Answer>(StringComparer.Ordinal);
            for (var i = 0; i < items.Length; i++)
            {
                if (!skip.Contains(i))
                {
                    var scale = items[i].Scale is null ? _tool.Scales[0] : _tool.Scales.First(s => s.Id == items[i].Scale);
                    answers[items[i].Id] = Answer.OfGrade(scale.Levels[random.Next(scale.Levels.Count)].Id);
                }
            }

            var facts = _tool.Facts.ToDictionary(f => f.Id, f => f.Type switch
            {
                FactType.Number => FactValue.FromNumber(random.NextDouble()),
                FactType.Boolean => FactValue.FromBoolean(random.Next(2) == 0),
                _ => FactValue.FromCategory(f.Categories[random.Next(f.Categories.Count)]),
            }, StringComparer.Ordinal);
            _responses[r] = new ToolResponse(_tool.Id, _tool.Version, answers) { Facts = facts };
        }
    }

    [Benchmark(Baseline = true)]
    public int OneByOne()
    {
        var findings = 0;
        foreach (var response in _responses)
        {
            findings += ToolEvaluator.Evaluate(_tool, response).Findings.Count;
        }

        return findings;
    }

    [Benchmark]
    public int Batch()
    {
        var findings = 0;
        foreach (var report in ToolEvaluator.Evaluate(_tool, _responses))
        {
            findings += report.Findings.Count;
        }

        return findings;
    }
}
