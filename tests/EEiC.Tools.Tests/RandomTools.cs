using System.Globalization;
using EEiC.Organisations;
using EEiC.Sources;
using EEiC.Tools.Definitions;
using EEiC.Tools.Evaluation;

namespace EEiC.Tools.Tests;

/// <summary>
/// Builds random but valid tool definitions, and random responses to any definition, from a seed (the property tests
/// draw the seed with FsCheck). Texts mix quotes, escapes, line breaks and non-ASCII letters; numbers mix fractions,
/// tiny and large values, so that JSON round trips are put to the test.
/// </summary>
internal static class RandomTools
{
    private static readonly string[] Pieces = ["équité", "straße", "\"quoted\"", "back\\slash", "line\nbreak", "中文", "😀", "tab\t", "<b>&amp;</b>", "plain", "Somali", "'apostrophe'"];
    private static readonly double[] Numbers = [0, 1, 0.5, 1.0 / 3, 2.5e-7, 1e15, 123.456, -7.25, 3, 90];
    private static readonly double[] Weights = [0, 0.5, 1, 1, 1, 2, 1.0 / 3, 1e-3, 12345.678];
    private static readonly string[] Entities = ["Public health lead", "E&D lead", "Community forum", "ICB board", "GP"];
    private static readonly string[] Tools = ["making-the-case", "evidence-mobilisation", "stakeholder-analysis"];
    private static readonly SourceDocument Local = new("local-notes", "Local notes, 2024 – \"draft\".");

    private static T Pick<T>(Random r, IReadOnlyList<T> values) => values[r.Next(values.Count)];

    private static string Text(Random r) =>
        "T" + string.Concat(Enumerable.Range(0, r.Next(1, 4)).Select(_ => Pick(r, Pieces)));

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);

    private static SourceReference Source(Random r) =>
        r.Next(3) == 0 ? new SourceReference(Local, Text(r)) : new SourceReference(Pick(r, SourceDocument.WellKnown), $"lines {r.Next(1, 3000)}-{r.Next(3000, 4000)}");

    private static IReadOnlyList<T> SubList<T>(Random r, IReadOnlyList<T> values, int min = 0) =>
        values.Where(_ => r.Next(2) == 0).DefaultIfEmpty().Where(v => v is not null).Concat(min > 0 && values.Count > 0 ? [values[0]] : []).Distinct().Select(v => v!).ToArray();

    public static ToolDefinition Definition(int seed)
    {
        var r = new Random(seed);
        var scales = Enumerable.Range(0, r.Next(1, 3)).Select(s =>
        {
            var start = Pick(r, Numbers);
            var levels = Enumerable.Range(0, r.Next(2, 5))
                .Select(l => new GradeLevel($"l{l}", Text(r), start + (l * Pick(r, [1, 0.5, 7.0 / 3]))) { Description = r.Next(2) == 0 ? null : Text(r), IsAbsenceOfEvidence = l == 0 && r.Next(2) == 0 })
                .ToArray();
            return new GradingScale($"s{s}", Text(r), levels) { Source = r.Next(2) == 0 ? null : Source(r), Provenance = (Provenance)r.Next(3) };
        }).ToArray();

        var facts = Enumerable.Range(0, r.Next(0, 4)).Select(f =>
        {
            var type = (FactType)r.Next(3);
            return new FactDefinition($"f{f}", Text(r), type)
            {
                Categories = type == FactType.Category ? ["Fit", "FitWithCaveats", "NotFit"] : [],
                Description = r.Next(2) == 0 ? null : Text(r),
            };
        }).ToArray();

        var itemNumber = 0;
        var items = new List<ToolItem>();
        var sections = Enumerable.Range(0, r.Next(1, 4)).Select(s =>
        {
            // A section's applicability, like an item's, may read only earlier items.
            var sectionApplicability = items.Count > 0 && r.Next(4) == 0 ? Condition(r, items, [], facts, scales, 1) : null;
            var sectionItems = Enumerable.Range(0, r.Next(1, 5)).Select(_ =>
            {
                var type = (AnswerType)r.Next(6);
                var scored = r.Next(2) == 0;
                var item = new ToolItem($"i{itemNumber++}", Text(r), type, Source(r), (Provenance)r.Next(3))
                {
                    Guidance = r.Next(2) == 0 ? null : Text(r),
                    Weight = Pick(r, Weights),
                    Scale = type == AnswerType.Grade && r.Next(2) == 0 ? Pick(r, scales).Id : null,
                    Choices = type == AnswerType.Choice
                        ? Enumerable.Range(0, r.Next(2, 4)).Select(c => new ToolChoice($"c{c}", Text(r)) { Score = scored ? Pick(r, Numbers) : null }).ToArray()
                        : [],
                };
                if (items.Count > 0 && r.Next(3) == 0)
                {
                    // Applicability may read only earlier items, so it has no cycle.
                    item = item with { ApplicableWhen = Condition(r, items, [], facts, scales, 1) };
                }

                items.Add(item);
                return item;
            }).ToArray();
            return new ToolSection($"sec{s}", Text(r), sectionItems) { Description = r.Next(2) == 0 ? null : Text(r), ApplicableWhen = sectionApplicability };
        }).ToArray();

        var actions = Enumerable.Range(0, r.Next(0, 4)).Select(a => new RecommendedAction($"a{a}", Text(r))
        {
            Tools = SubList(r, Tools),
            Guidance = r.Next(2) == 0 ? [] : [Text(r)],
        }).ToArray();

        var rules = Enumerable.Range(0, r.Next(0, 6)).Select(k => new FindingRule($"r{k}", Condition(r, items, sections, facts, scales, 0), (FindingSeverity)r.Next(4), Text(r))
        {
            Items = SubList(r, items.Select(i => i.Id).ToArray()),
            Sources = r.Next(2) == 0 ? [] : [Source(r)],
            Actions = SubList(r, actions.Select(a => a.Id).ToArray()),
        }).ToArray();

        var links = Enumerable.Range(0, r.Next(0, 3)).Select(_ => new ToolLink(Pick(r, Tools), Text(r))
        {
            When = r.Next(2) == 0 ? null : Condition(r, items, sections, facts, scales, 1),
        }).ToArray();

        var method = (ScoringMethod)r.Next(2);
        var anyScored = items.Any(i => i.IsScored);
        ScoreBand[] bands = !anyScored || r.Next(3) == 0 ? []
            : method == ScoringMethod.WeightedPercentage ? [new ScoreBand("low", Text(r), 0), new ScoreBand("high", Text(r), Pick(r, [50, 1.0 / 3, 99.5]))]
            : [new ScoreBand("any", Text(r), -1e18)];

        return new ToolDefinition($"random-{(uint)seed % 1000}", Number(r.NextDouble()), Text(r), Text(r), sections, new ToolScoring(method, bands) { Provenance = (Provenance)r.Next(3) })
        {
            Source = r.Next(2) == 0 ? null : Source(r),
            Audiences = SubList(r, Enum.GetValues<StakeholderRole>()),
            Modes = SubList(r, Enum.GetValues<ToolMode>()),
            Documents = [Local],
            Scales = scales,
            Facts = facts,
            Rules = rules,
            Actions = actions,
            Links = links,
        };
    }

    private static GradingScale ScaleOf(ToolItem item, IReadOnlyList<GradingScale> scales) =>
        item.Scale is null ? scales[0] : scales.First(s => s.Id == item.Scale);

    private static EEiC.Tools.Definitions.Condition Condition(Random r, IReadOnlyList<ToolItem> items, IReadOnlyList<ToolSection> sections, IReadOnlyList<FactDefinition> facts, IReadOnlyList<GradingScale> scales, int depth)
    {
        if (depth < 3 && r.Next(3) == 0)
        {
            var operands = Enumerable.Range(0, r.Next(1, 4)).Select(_ => Condition(r, items, sections, facts, scales, depth + 1)).ToArray();
            return r.Next(3) switch
            {
                0 => EEiC.Tools.Definitions.Condition.All(operands),
                1 => EEiC.Tools.Definitions.Condition.Any(operands),
                _ => EEiC.Tools.Definitions.Condition.Not(operands[0]),
            };
        }

        var kind = r.Next(3);
        if (kind == 1 && sections.Count > 0)
        {
            var section = Pick(r, sections).Id;
            return r.Next(5) == 0
                ? EEiC.Tools.Definitions.Condition.Section(section, ConditionTest.Missing, 0)
                : EEiC.Tools.Definitions.Condition.Section(section, (ConditionTest)r.Next(2, 6), Pick(r, [0, 1, 50, 66.5, 100, 3]));
        }

        if (kind == 2 && facts.Count > 0)
        {
            var fact = Pick(r, facts);
            var test = (ConditionTest)r.Next(7);
            return fact.Type switch
            {
                _ when test == ConditionTest.Missing => EEiC.Tools.Definitions.Condition.Fact(fact.Id, ConditionTest.Missing),
                FactType.Number when ToolDefinitionValidatorIsOrdered(test) => EEiC.Tools.Definitions.Condition.Fact(fact.Id, test, Pick(r, Numbers)),
                FactType.Number => EEiC.Tools.Definitions.Condition.Fact(fact.Id, test, Values(r, test, Numbers.Select(Number).ToArray())),
                FactType.Boolean => EEiC.Tools.Definitions.Condition.Fact(fact.Id, test == ConditionTest.In ? ConditionTest.In : ConditionTest.EqualTo, Values(r, test == ConditionTest.In ? test : ConditionTest.EqualTo, ["true", "false"])),
                _ => EEiC.Tools.Definitions.Condition.Fact(fact.Id, test == ConditionTest.In ? ConditionTest.In : ConditionTest.EqualTo, Values(r, test == ConditionTest.In ? test : ConditionTest.EqualTo, fact.Categories)),
            };
        }

        var item = Pick(r, items);
        var itemTest = (ConditionTest)r.Next(7);
        if (itemTest == ConditionTest.Missing)
        {
            return EEiC.Tools.Definitions.Condition.Item(item.Id, ConditionTest.Missing);
        }

        var ordered = ToolDefinitionValidatorIsOrdered(itemTest);
        var unordered = itemTest == ConditionTest.In ? ConditionTest.In : ConditionTest.EqualTo;
        switch (item.AnswerType)
        {
            case AnswerType.Grade:
                var levels = ScaleOf(item, scales).Levels.Select(l => l.Id).ToArray();
                return ordered ? EEiC.Tools.Definitions.Condition.Item(item.Id, itemTest, Pick(r, levels)) : EEiC.Tools.Definitions.Condition.Item(item.Id, itemTest, Values(r, itemTest, levels));
            case AnswerType.YesPartlyNo:
                return ordered
                    ? EEiC.Tools.Definitions.Condition.Item(item.Id, itemTest, Pick(r, ["Yes", "Partly", "No"]))
                    : EEiC.Tools.Definitions.Condition.Item(item.Id, itemTest, Values(r, itemTest, ["Yes", "Partly", "No", "NotApplicable"]));
            case AnswerType.Number:
                return ordered ? EEiC.Tools.Definitions.Condition.Item(item.Id, itemTest, Pick(r, Numbers)) : EEiC.Tools.Definitions.Condition.Item(item.Id, itemTest, Values(r, itemTest, Numbers.Select(Number).ToArray()));
            case AnswerType.Choice:
                return EEiC.Tools.Definitions.Condition.Item(item.Id, unordered, Values(r, unordered, item.Choices.Select(c => c.Id).ToArray()));
            case AnswerType.Text:
                return EEiC.Tools.Definitions.Condition.Item(item.Id, unordered, Values(r, unordered, ["Tplain", "Tstraße", "TSomali"]));
            default:
                return ordered ? EEiC.Tools.Definitions.Condition.Item(item.Id, itemTest, r.Next(0, 3)) : EEiC.Tools.Definitions.Condition.Item(item.Id, itemTest, Values(r, itemTest, Entities));
        }
    }

    private static bool ToolDefinitionValidatorIsOrdered(ConditionTest test) =>
        test is ConditionTest.AtMost or ConditionTest.AtLeast or ConditionTest.Below or ConditionTest.Above;

    private static string[] Values(Random r, ConditionTest test, IReadOnlyList<string> pool) =>
        test == ConditionTest.In ? Enumerable.Range(0, r.Next(1, 4)).Select(_ => Pick(r, pool)).ToArray() : [Pick(r, pool)];

    /// <summary>A valid answer to <paramref name="item"/>.</summary>
    public static Answer ValidAnswer(Random r, ToolDefinition definition, ToolItem item)
    {
        var note = r.Next(3) == 0 ? Text(r) : null;
        return item.AnswerType switch
        {
            AnswerType.Grade => Answer.OfGrade(Pick(r, (item.Scale is null ? definition.Scales[0] : definition.Scales.First(s => s.Id == item.Scale)).Levels).Id, note),
            AnswerType.YesPartlyNo => Answer.Of((YesPartlyNo)r.Next(4), note),
            AnswerType.Number => Answer.OfNumber(Pick(r, Numbers), note),
            AnswerType.Choice => Answer.OfChoice(Pick(r, item.Choices).Id, note),
            AnswerType.Text => Answer.OfText(Pick(r, ["Tplain", "TSTRASSE", "tsomali", Text(r)])),
            _ => Answer.OfEntities(Enumerable.Range(0, r.Next(0, 3)).Select(_ => Pick(r, Entities)).ToArray()),
        };
    }

    private static FactValue ValidFact(Random r, FactDefinition fact) => fact.Type switch
    {
        FactType.Number => FactValue.FromNumber(Pick(r, Numbers)),
        FactType.Boolean => FactValue.FromBoolean(r.Next(2) == 0),
        _ => FactValue.FromCategory(Pick(r, fact.Categories)),
    };

    /// <summary>A response to <paramref name="definition"/>; with <paramref name="mistakes"/>, some parts may be invalid.</summary>
    public static ToolResponse Response(Random r, ToolDefinition definition, bool mistakes)
    {
        var sections = r.Next(3) == 0 ? SubList(r, definition.Sections.Select(s => s.Id).ToArray(), min: 1).ToList() : null;
        var inUse = definition.Sections.Where(s => sections is null || sections.Contains(s.Id)).SelectMany(s => s.Items).ToArray();
        var answers = new Dictionary<string, Answer>(StringComparer.Ordinal);
        var p = r.NextDouble();
        foreach (var item in inUse)
        {
            if (r.NextDouble() < p)
            {
                answers[item.Id] = ValidAnswer(r, definition, item);
            }
        }

        var facts = new Dictionary<string, FactValue>(StringComparer.Ordinal);
        foreach (var fact in definition.Facts)
        {
            if (r.Next(2) == 0)
            {
                facts[fact.Id] = ValidFact(r, fact);
            }
        }

        if (mistakes && r.Next(2) == 0)
        {
            var item = Pick(r, definition.AllItems.ToArray());
            switch (r.Next(7))
            {
                case 0:
                    answers["no-such-item"] = Answer.OfText("x");
                    break;
                case 1:
                    answers[item.Id] = item.AnswerType == AnswerType.Number ? Answer.OfGrade("l0") : Answer.OfNumber(1);
                    break;
                case 2:
                    answers[item.Id] = Answer.OfGrade("no-such-level");
                    break;
                case 3:
                    answers[item.Id] = new Answer { Number = double.NaN, Choice = "c0" };
                    break;
                case 4:
                    facts["no-such-fact"] = FactValue.FromBoolean(true);
                    break;
                case 5:
                    sections = [.. sections ?? [], "no-such-section"];
                    break;
                default:
                    answers[item.Id] = Answer.OfEntities("ok", "");
                    break;
            }
        }

        return new ToolResponse(definition.Id, r.Next(20) == 0 && mistakes ? "9.9" : definition.Version, answers) { Facts = facts, Sections = sections };
    }
}
