using BenchmarkDotNet.Attributes;
using EEiC.Tools.Definitions;
using EEiC.Tools.Evaluation;

namespace EEiC.Benchmarks.Tools;

/// <summary>
/// Evaluating 10,000 responses of the largest built-in tool (most items, then most rules; no R time exists): every item
/// answered with a value of its type drawn uniformly (fixed seed), one response in ten leaving three items unanswered, and every
/// data fact supplied with a random value, so that all rules are exercised. The baseline evaluates the responses one by
/// one (validating and compiling the definition each time); the batch overload compiles it once.
/// </summary>
[MemoryDiagnoser]
public class ToolEvaluationBenchmarks
{
    private static readonly string[] EntityPool =
        ["Head of maternity services", "Equality and diversity lead", "Somali community forum", "Public health consultant", "Local census profile", "Audit of late booking"];

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
                    answers[items[i].Id] = RandomAnswer(random, items[i]);
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

    private Answer RandomAnswer(Random random, ToolItem item)
    {
        switch (item.AnswerType)
        {
            case AnswerType.Grade:
                var scale = item.Scale is null ? _tool.Scales[0] : _tool.Scales.First(s => s.Id == item.Scale);
                return Answer.OfGrade(scale.Levels[random.Next(scale.Levels.Count)].Id);
            case AnswerType.YesPartlyNo:
                return Answer.Of((YesPartlyNo)random.Next(4));
            case AnswerType.Number:
                return Answer.OfNumber(Math.Round(random.NextDouble() * 100, 1));
            case AnswerType.Choice:
                return Answer.OfChoice(item.Choices[random.Next(item.Choices.Count)].Id);
            case AnswerType.Text:
                return Answer.OfText(EntityPool[random.Next(EntityPool.Length)]);
            default:
                return Answer.OfEntities([.. Enumerable.Range(0, random.Next(5)).Select(_ => EntityPool[random.Next(EntityPool.Length)])]);
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
