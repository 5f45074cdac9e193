using FsCheck;
using FsCheck.Fluent;
using EEiC.Tools.Definitions;
using EEiC.Tools.Evaluation;
using EEiC.Tools.Serialization;

namespace EEiC.Tools.Tests.Evaluation;

/// <summary>Properties of the engine over random valid definitions (see <see cref="RandomTools"/>) and the built-in tools.</summary>
public sealed class ToolEngineProperties
{
    private static readonly Arbitrary<int> Seeds = Gen.Choose(0, int.MaxValue).ToArbitrary();

    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(300);

    /// <summary>A built-in tool for one seed in three, a random definition otherwise.</summary>
    private static ToolDefinition DefinitionFor(int seed) =>
        seed % 3 == 0 ? ToolLibrary.BuiltIn.Tools[seed / 3 % ToolLibrary.BuiltIn.Tools.Count] : RandomTools.Definition(seed);

    [Fact]
    public void Random_definitions_are_valid_and_round_trip_through_json_unchanged()
    {
        Prop.ForAll(Seeds, seed =>
        {
            var definition = RandomTools.Definition(seed);
            var errors = definition.Validate();
            Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));

            var json = ToolDefinitionJson.Write(definition);
            var again = ToolDefinitionJson.Read(json);
            Assert.Equal(definition, again);
            Assert.Equal(definition.GetHashCode(), again.GetHashCode());
            Assert.Equal(json, ToolDefinitionJson.Write(again));
        }).Check(Runs);
    }

    [Fact]
    public void Evaluation_never_throws_on_a_response_that_passes_validation()
    {
        Prop.ForAll(Seeds, seed =>
        {
            var definition = DefinitionFor(seed);
            var response = RandomTools.Response(new Random(seed), definition, mistakes: true);
            var errors = ToolEvaluator.Validate(definition, response);
            if (errors.Count > 0)
            {
                // The other half of the contract: a response that fails validation is refused with the same errors.
                Assert.Equal(errors, Assert.Throws<ToolResponseException>(() => ToolEvaluator.Evaluate(definition, response)).Errors);
                return;
            }

            var report = ToolEvaluator.Evaluate(definition, response);
            Assert.Equal(report, ToolEvaluator.Evaluate(definition, response));

            var inUse = definition.Sections.Where(s => response.Sections is null || response.Sections.Contains(s.Id)).ToArray();
            Assert.Equal(inUse.SelectMany(s => s.Items).Select(i => i.Id), report.Items.Select(i => i.Item));
            Assert.Equal(report.Items.Where(i => i.Status == ItemStatus.Unanswered).Select(i => i.Item), report.Unanswered);
            Assert.All(report.Items.Where(i => i.Status == ItemStatus.Unanswered), i => Assert.False(response.Answers.ContainsKey(i.Item)));
            foreach (var summary in report.Sections.Append(report.Overall))
            {
                Assert.InRange(summary.AnsweredItems, 0, summary.ApplicableItems);
                if (summary.Score is { } score && definition.Scoring.Method == ScoringMethod.WeightedPercentage)
                {
                    Assert.InRange(score, -1e-9, 100 + 1e-9);
                }
            }

            Assert.Equal(report.Findings.OrderByDescending(f => f.Severity).Select(f => f.Rule), report.Findings.Select(f => f.Rule));
            Assert.Equal(report.Actions.Distinct().Count(), report.Actions.Count);
            Assert.Equal(report.NextTools.Select(t => t.Tool).Distinct().Count(), report.NextTools.Count);
            Assert.All(report.Findings.SelectMany(f => f.Actions), a => Assert.Contains(report.Actions, x => x.Id == a));
        }).Check(Runs);
    }

    /// <summary>The items a condition's value can depend on, computed from the definition alone.</summary>
    private static HashSet<string> DependsOn(ToolDefinition definition, Condition condition)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<Condition>([condition]);
        while (pending.Count > 0)
        {
            var c = pending.Pop();
            foreach (var operand in c.Operands)
            {
                pending.Push(operand);
            }

            if (c.Kind == ConditionKind.Item)
            {
                result.Add(c.Subject!);
            }
            else if (c.Kind == ConditionKind.Section)
            {
                // A section's score reads every item in it, and whatever decides whether each applies.
                var section = definition.Sections.Single(s => s.Id == c.Subject);
                if (section.ApplicableWhen is not null)
                {
                    pending.Push(section.ApplicableWhen);
                }

                foreach (var item in section.Items)
                {
                    if (result.Add(item.Id) && item.ApplicableWhen is not null)
                    {
                        pending.Push(item.ApplicableWhen);
                    }
                }
            }
        }

        return result;
    }

    [Fact]
    public void Adding_an_answer_never_removes_a_finding_that_did_not_depend_on_it()
    {
        Prop.ForAll(Seeds, seed =>
        {
            var definition = DefinitionFor(seed);
            var r = new Random(seed);
            var response = RandomTools.Response(r, definition, mistakes: false);
            var open = definition.Sections
                .Where(s => response.Sections is null || response.Sections.Contains(s.Id))
                .SelectMany(s => s.Items)
                .Where(i => !response.Answers.ContainsKey(i.Id))
                .ToArray();
            if (open.Length == 0)
            {
                return;
            }

            var added = open[r.Next(open.Length)];
            var answers = new Dictionary<string, Answer>(response.Answers) { [added.Id] = RandomTools.ValidAnswer(r, definition, added) };
            var before = ToolEvaluator.Evaluate(definition, response);
            var after = ToolEvaluator.Evaluate(definition, response with { Answers = answers });

            foreach (var finding in before.Findings)
            {
                var rule = definition.Rules.Single(x => x.Id == finding.Rule);
                if (!DependsOn(definition, rule.When).Contains(added.Id))
                {
                    Assert.Contains(finding, after.Findings);
                }
            }
        }).Check(Runs);
    }
}
