using System.Globalization;
using EEiC.Indicators;
using EEiC.Tools.Definitions;

namespace EEiC.Tools.Evaluation;

/// <summary>
/// A validated definition prepared for evaluation: identifiers resolved to indexes, condition trees compiled, level and
/// choice scores looked up once. Evaluation reads the compiled tool and a response and allocates only the report.
/// </summary>
internal sealed class CompiledTool
{
    private static readonly string[] YesPartlyNoNames = ["No", "Partly", "Yes", "NotApplicable"];
    private static readonly double[] YesPartlyNoScores = [0, 0.5, 1, double.NaN];

    private readonly ToolDefinition definition;
    private readonly ToolItem[] items;
    private readonly int[] sectionOfItem;
    private readonly ItemScoring[] scoring;
    private readonly int[][] itemsOfSection;
    private readonly Dictionary<string, int> itemIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> sectionIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> factIndex = new(StringComparer.Ordinal);
    private readonly Node?[] applicability;
    private readonly CompiledRule[] rules;
    private readonly (ToolLink Link, Node? When, int[] Sections)[] links;
    private readonly RecommendedAction[] actionList;
    private readonly ToolLink[][] actionLinks;
    private readonly bool isSum;

    private CompiledTool(ToolDefinition definition)
    {
        this.definition = definition;
        isSum = definition.Scoring.Method == ScoringMethod.WeightedSum;
        items = definition.AllItems.ToArray();
        sectionOfItem = new int[items.Length];
        itemsOfSection = new int[definition.Sections.Count][];
        var next = 0;
        for (var s = 0; s < definition.Sections.Count; s++)
        {
            sectionIndex[definition.Sections[s].Id] = s;
            itemsOfSection[s] = new int[definition.Sections[s].Items.Count];
            for (var j = 0; j < itemsOfSection[s].Length; j++, next++)
            {
                itemsOfSection[s][j] = next;
                sectionOfItem[next] = s;
                itemIndex[items[next].Id] = next;
            }
        }

        for (var f = 0; f < definition.Facts.Count; f++)
        {
            factIndex[definition.Facts[f].Id] = f;
        }

        actionList = definition.Actions.ToArray();
        actionLinks = actionList.Select(a => a.Tools.Select(t => new ToolLink(t, a.Text)).ToArray()).ToArray();
        var actionIndex = actionList.Select((a, i) => (a.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);

        scoring = items.Select(ScoringOf).ToArray();
        applicability = items.Select((item, i) => ApplicabilityOf(definition.Sections[sectionOfItem[i]].ApplicableWhen, item.ApplicableWhen)).ToArray();
        rules = definition.Rules.Select(r =>
        {
            var node = CompileNode(r.When);
            var leaves = new List<Leaf>();
            node.CollectLeaves(leaves);
            var distinct = leaves.DistinctBy(l => (l.Kind, l.Index)).ToArray();
            var ruleItems = r.Items.Count > 0
                ? r.Items.ToArray()
                : distinct.Where(l => l.Kind == FindingBasisKind.Answer).Select(l => items[l.Index].Id).ToArray();
            return new CompiledRule(r, node, distinct, SectionsOf(distinct), ruleItems, r.Actions.Select(a => actionIndex[a]).ToArray());
        }).ToArray();
        links = definition.Links.Select(l =>
        {
            if (l.When is null)
            {
                return (l, (Node?)null, Array.Empty<int>());
            }

            var node = CompileNode(l.When);
            var leaves = new List<Leaf>();
            node.CollectLeaves(leaves);
            return (l, node, SectionsOf(leaves));
        }).ToArray();
    }

    internal ToolDefinition Definition => definition;

    /// <summary>Validates <paramref name="definition"/> and compiles it.</summary>
    /// <exception cref="ToolDefinitionException">The definition is not valid.</exception>
    internal static CompiledTool Compile(ToolDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        definition.ThrowIfInvalid();
        return new CompiledTool(definition);
    }

    private int[] SectionsOf(IEnumerable<Leaf> leaves) =>
        leaves.Select(l => l.Kind switch
        {
            FindingBasisKind.Answer => sectionOfItem[l.Index],
            FindingBasisKind.SectionScore => l.Index,
            _ => -1,
        }).Where(s => s >= 0).Distinct().ToArray();

    private ItemScoring ScoringOf(ToolItem item)
    {
        switch (item.AnswerType)
        {
            case AnswerType.Grade:
                var scale = item.Scale is null ? definition.Scales[0] : definition.Scales.First(s => s.Id == item.Scale);
                var levels = scale.Levels.ToDictionary(l => l.Id, StringComparer.Ordinal);
                return new ItemScoring(true, scale.Levels.Min(l => l.Score), scale.Levels.Max(l => l.Score), levels, null);
            case AnswerType.YesPartlyNo:
                return new ItemScoring(true, 0, 1, null, null);
            case AnswerType.Choice:
                var choices = item.Choices.ToDictionary(c => c.Id, c => c.Score, StringComparer.Ordinal);
                return item.IsScored
                    ? new ItemScoring(true, item.Choices.Min(c => c.Score!.Value), item.Choices.Max(c => c.Score!.Value), null, choices)
                    : new ItemScoring(false, 0, 0, null, choices);
            default:
                return new ItemScoring(false, 0, 0, null, null);
        }
    }

    private Node? ApplicabilityOf(Condition? section, Condition? item) => (section, item) switch
    {
        (null, null) => null,
        (null, _) => CompileNode(item),
        (_, null) => CompileNode(section),
        _ => CompileNode(Condition.All(section, item)),
    };

    private Node CompileNode(Condition c)
    {
        switch (c.Kind)
        {
            case ConditionKind.All:
                return new AllNode(c.Operands.Select(CompileNode).ToArray());
            case ConditionKind.Any:
                return new AnyNode(c.Operands.Select(CompileNode).ToArray());
            case ConditionKind.Not:
                return new NotNode(CompileNode(c.Operands[0]));
            case ConditionKind.Section:
                return new Leaf(FindingBasisKind.SectionScore, sectionIndex[c.Subject!], c.Test, null, null, c.Number ?? double.NaN, this);
            case ConditionKind.Fact:
            {
                var f = factIndex[c.Subject!];
                var fact = definition.Facts[f];
                var numbers = fact.Type == FactType.Number && !ToolDefinitionValidator.IsOrdered(c.Test) ? Numbers(c.Values) : null;
                return new Leaf(FindingBasisKind.Fact, f, c.Test, Set(c.Values, StringComparer.Ordinal), numbers, c.Number ?? double.NaN, this);
            }

            default:
            {
                var i = itemIndex[c.Subject!];
                var item = items[i];
                var threshold = c.Number ?? double.NaN;
                if (ToolDefinitionValidator.IsOrdered(c.Test) && c.Values.Count == 1)
                {
                    threshold = item.AnswerType == AnswerType.Grade
                        ? scoring[i].Levels![c.Values[0]].Score
                        : YesPartlyNoScores[Array.IndexOf(YesPartlyNoNames, c.Values[0])];
                }

                var comparer = item.AnswerType is AnswerType.Text or AnswerType.EntityList ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
                var numbers = item.AnswerType == AnswerType.Number && !ToolDefinitionValidator.IsOrdered(c.Test) ? Numbers(c.Values) : null;
                return new Leaf(FindingBasisKind.Answer, i, c.Test, Set(c.Values, comparer), numbers, threshold, this);
            }
        }
    }

    private static HashSet<string> Set(IReadOnlyList<string> values, StringComparer comparer) => new(values, comparer);

    private static double[] Numbers(IReadOnlyList<string> values) =>
        values.Select(v => double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();

    private static bool Compare(double value, ConditionTest test, double threshold) => test switch
    {
        ConditionTest.AtMost => value <= threshold,
        ConditionTest.AtLeast => value >= threshold,
        ConditionTest.Below => value < threshold,
        _ => value > threshold,
    };

    private static string Path(string id) =>
        IndicatorDefinition.IsValidId(id) ? "." + id : "['" + id.Replace("'", "\\'", StringComparison.Ordinal) + "']";

    /// <summary>Every problem of a response checked against this tool; paths start with <paramref name="prefix"/> (<c>$</c>, or <c>$[i]</c> in a batch).</summary>
    internal void Validate(ToolResponse? response, string prefix, List<ToolDefinitionError> errors)
    {
        void Add(string path, string? value, string rule, string message) => errors.Add(new ToolDefinitionError(prefix + path, value, rule, message));

        if (response is null)
        {
            Add(string.Empty, null, "required", "a response is required");
            return;
        }

        if (response.SchemaVersion != ToolResponse.CurrentSchemaVersion)
        {
            Add(".schema_version", response.SchemaVersion.ToString(CultureInfo.InvariantCulture), "supported-schema-version", $"schema_version must be {ToolResponse.CurrentSchemaVersion}");
        }

        if (response.Tool != definition.Id)
        {
            Add(".tool", response.Tool, "tool-id", $"the response answers tool '{response.Tool}', not '{definition.Id}'");
        }

        if (response.ToolVersion != definition.Version)
        {
            Add(".tool_version", response.ToolVersion, "tool-version", $"the response answers version '{response.ToolVersion}' of '{definition.Id}', not version '{definition.Version}'");
        }

        var inUse = new bool[itemsOfSection.Length];
        if (response.Sections is null)
        {
            Array.Fill(inUse, true);
        }
        else
        {
            if (response.Sections.Count == 0)
            {
                Add(".sections", null, "sections-required", "sections lists the sections in use: at least one, or leave it out for all");
            }

            for (var k = 0; k < response.Sections.Count; k++)
            {
                var id = response.Sections[k];
                if (id is null || !sectionIndex.TryGetValue(id, out var s))
                {
                    Add($".sections[{k}]", id, "known-section", $"the tool has no section '{id}'; it has {string.Join(", ", sectionIndex.Keys)}");
                }
                else if (inUse[s])
                {
                    Add($".sections[{k}]", id, "unique-value", $"section '{id}' is listed more than once");
                }
                else
                {
                    inUse[s] = true;
                }
            }
        }

        if (response.Answers is null)
        {
            Add(".answers", null, "required", "answers is required (an object, possibly empty)");
        }
        else
        {
            foreach (var (id, answer) in response.Answers)
            {
                if (!itemIndex.TryGetValue(id, out var i))
                {
                    Add(".answers" + Path(id), id, "known-item", $"the tool has no item '{id}'");
                    continue;
                }

                if (!inUse[sectionOfItem[i]])
                {
                    Add(".answers" + Path(id), id, "section-in-use", $"item '{id}' belongs to section '{definition.Sections[sectionOfItem[i]].Id}', which the response does not use");
                }

                if (answer is null)
                {
                    Add(".answers" + Path(id), null, "required", "an answer must be an object with one value");
                    continue;
                }

                ValidateAnswer(items[i], i, answer, errors, prefix);
            }
        }

        if (response.Facts is null)
        {
            Add(".facts", null, "required", "facts must be an object (possibly empty)");
            return;
        }

        foreach (var (id, value) in response.Facts)
        {
            var path = ".facts" + Path(id);
            if (!factIndex.TryGetValue(id, out var f))
            {
                Add(path, id, "known-fact", $"the tool declares no fact '{id}'; it declares {(factIndex.Count == 0 ? "none" : string.Join(", ", factIndex.Keys))}");
                continue;
            }

            var fact = definition.Facts[f];
            if (value is null)
            {
                Add(path, null, "required", "a fact needs a value");
                continue;
            }

            if (value.Type != fact.Type
                || (fact.Type == FactType.Number && value.Number is null)
                || (fact.Type == FactType.Boolean && value.Boolean is null)
                || (fact.Type == FactType.Category && value.Category is null))
            {
                Add(path, value.ToString(), "fact-type", $"fact '{id}' is a {fact.Type}");
            }
            else if (fact.Type == FactType.Number && !double.IsFinite(value.Number!.Value))
            {
                Add(path, value.ToString(), "finite-number", "a number fact must be finite");
            }
            else if (fact.Type == FactType.Category && !fact.Categories.Contains(value.Category!, StringComparer.Ordinal))
            {
                Add(path, value.Category, "known-category", $"fact '{id}' takes one of {string.Join(", ", fact.Categories)}");
            }
        }
    }

    private void ValidateAnswer(ToolItem item, int i, Answer answer, List<ToolDefinitionError> errors, string prefix)
    {
        void add(string at, string? value, string rule, string message) => errors.Add(new ToolDefinitionError(prefix + ".answers." + item.Id + at, value, rule, message));

        var given = (answer.Grade is null ? 0 : 1) + (answer.YesPartlyNo is null ? 0 : 1) + (answer.Number is null ? 0 : 1)
            + (answer.Choice is null ? 0 : 1) + (answer.Text is null ? 0 : 1) + (answer.Entities is null ? 0 : 1);
        var (field, present) = item.AnswerType switch
        {
            AnswerType.Grade => ("grade", answer.Grade is not null),
            AnswerType.YesPartlyNo => ("yes_partly_no", answer.YesPartlyNo is not null),
            AnswerType.Number => ("number", answer.Number is not null),
            AnswerType.Choice => ("choice", answer.Choice is not null),
            AnswerType.Text => ("text", answer.Text is not null),
            _ => ("entities", answer.Entities is not null),
        };
        if (given != 1 || !present)
        {
            add(string.Empty, given == 0 ? null : answer.DisplayValue, "answer-type", $"item '{item.Id}' is {item.AnswerType}: give exactly one value, in '{field}'");
            return;
        }

        switch (item.AnswerType)
        {
            case AnswerType.Grade when !scoring[i].Levels!.ContainsKey(answer.Grade!):
                add(".grade", answer.Grade, "known-level", $"'{answer.Grade}' is not a level of the item's scale: {string.Join(", ", scoring[i].Levels!.Keys)}");
                break;
            case AnswerType.YesPartlyNo when !Enum.IsDefined(answer.YesPartlyNo!.Value):
                add(".yes_partly_no", answer.YesPartlyNo.ToString(), "known-value", "expected Yes, Partly, No or NotApplicable");
                break;
            case AnswerType.Number when !double.IsFinite(answer.Number!.Value):
                add(".number", answer.Number.Value.ToString(CultureInfo.InvariantCulture), "finite-number", "a number answer must be finite");
                break;
            case AnswerType.Choice when !scoring[i].Choices!.ContainsKey(answer.Choice!):
                add(".choice", answer.Choice, "known-choice", $"'{answer.Choice}' is not a choice of item '{item.Id}': {string.Join(", ", scoring[i].Choices!.Keys)}");
                break;
            case AnswerType.EntityList:
                for (var k = 0; k < answer.Entities!.Count; k++)
                {
                    if (string.IsNullOrWhiteSpace(answer.Entities[k]))
                    {
                        add($".entities[{k}]", answer.Entities[k], "required", "an entity must be a non-empty name");
                    }
                }

                break;
        }
    }

    /// <summary>Evaluates a response that passed <see cref="Validate"/>.</summary>
    internal ToolReport Evaluate(ToolResponse response)
    {
        var state = new State(this, response);
        var itemResults = new List<ItemResult>(items.Length);
        var sectionResults = new List<SectionResult>(itemsOfSection.Length);
        var unanswered = new List<string>();
        var unevidenced = new List<string>();
        var overall = new Summary();
        for (var s = 0; s < itemsOfSection.Length; s++)
        {
            if (!state.SectionInUse[s])
            {
                continue;
            }

            var summary = new Summary();
            foreach (var i in itemsOfSection[s])
            {
                var result = ItemResultOf(state, i);
                itemResults.Add(result);
                summary.Add(this, state, i, result.Status);
                overall.Add(this, state, i, result.Status);
                if (result.Status == ItemStatus.Unanswered)
                {
                    unanswered.Add(items[i].Id);
                }
                else if (result.Status == ItemStatus.Unevidenced)
                {
                    unevidenced.Add(items[i].Id);
                }
            }

            sectionResults.Add(summary.ToResult(definition.Sections[s].Id, definition.Sections[s].Title, isSum));
        }

        var overallResult = overall.ToResult(definition.Id, definition.Title, isSum);
        ScoreBand? band = null;
        if (overallResult.Score is { } score)
        {
            foreach (var candidate in definition.Scoring.Bands)
            {
                if (candidate.From <= score)
                {
                    band = candidate;
                }
            }
        }

        // Findings: rules evaluated once, listed from the most serious down, in rule order within a severity.
        var matched = new Finding?[rules.Length];
        var count = 0;
        for (var k = 0; k < rules.Length; k++)
        {
            var rule = rules[k];
            if (AllInUse(rule.Sections, state) && rule.Node.Evaluate(state))
            {
                var basis = new FindingBasis[rule.Leaves.Length];
                for (var l = 0; l < basis.Length; l++)
                {
                    basis[l] = rule.Leaves[l].Basis(state);
                }

                matched[k] = new Finding(rule.Rule.Id, rule.Rule.Severity, rule.Rule.Message, rule.Items, rule.Rule.Sources, rule.Rule.Actions, basis);
                count++;
            }
        }

        var findings = new Finding[count];
        var urgency = new int[actionList.Length];
        Array.Fill(urgency, -1);
        var next = 0;
        for (var severity = (int)FindingSeverity.High; severity >= 0 && next < count; severity--)
        {
            for (var k = 0; k < rules.Length; k++)
            {
                if (matched[k] is { } finding && (int)finding.Severity == severity)
                {
                    findings[next++] = finding;
                    foreach (var a in rules[k].ActionIndexes)
                    {
                        urgency[a] = Math.Max(urgency[a], severity);
                    }
                }
            }
        }

        // Actions: deduplicated, by the most serious finding recommending each, then in definition order.
        var recommended = new List<RecommendedAction>();
        var nextTools = new List<ToolLink>();
        for (var severity = (int)FindingSeverity.High; severity >= 0; severity--)
        {
            for (var a = 0; a < actionList.Length; a++)
            {
                if (urgency[a] == severity)
                {
                    recommended.Add(actionList[a]);
                    foreach (var link in actionLinks[a])
                    {
                        AddTool(nextTools, link);
                    }
                }
            }
        }

        foreach (var (link, when, sections) in links)
        {
            if (when is null || (AllInUse(sections, state) && when.Evaluate(state)))
            {
                AddTool(nextTools, link);
            }
        }

        return new ToolReport(definition.Id, definition.Version, itemResults, sectionResults, overallResult, band,
            findings, recommended, unanswered, unevidenced, nextTools);
    }

    private static bool AllInUse(int[] sections, State state)
    {
        foreach (var s in sections)
        {
            if (!state.SectionInUse[s])
            {
                return false;
            }
        }

        return true;
    }

    private static void AddTool(List<ToolLink> tools, ToolLink link)
    {
        foreach (var existing in tools)
        {
            if (string.Equals(existing.Tool, link.Tool, StringComparison.Ordinal))
            {
                return;
            }
        }

        tools.Add(link);
    }

    private ItemResult ItemResultOf(State state, int i)
    {
        var item = items[i];
        var answer = state.Answers[i];
        var sc = scoring[i];
        var maximum = sc.Scored ? sc.Max : (double?)null;
        if (!state.Applicable(i))
        {
            return new ItemResult(item.Id, definition.Sections[sectionOfItem[i]].Id, ItemStatus.NotApplicable, answer, null, maximum, item.Weight);
        }

        if (answer is null)
        {
            return new ItemResult(item.Id, definition.Sections[sectionOfItem[i]].Id, ItemStatus.Unanswered, null, null, maximum, item.Weight);
        }

        var status = item.AnswerType == AnswerType.Grade && sc.Levels![answer.Grade!].IsAbsenceOfEvidence ? ItemStatus.Unevidenced : ItemStatus.Answered;
        return new ItemResult(item.Id, definition.Sections[sectionOfItem[i]].Id, status, answer, sc.Scored ? RawScore(i, answer) : null, maximum, item.Weight);
    }

    private double RawScore(int i, Answer answer) => items[i].AnswerType switch
    {
        AnswerType.Grade => scoring[i].Levels![answer.Grade!].Score,
        AnswerType.YesPartlyNo => YesPartlyNoScores[(int)answer.YesPartlyNo!.Value],
        _ => scoring[i].Choices![answer.Choice!]!.Value,
    };

    private readonly record struct ItemScoring(
        bool Scored, double Min, double Max, Dictionary<string, GradeLevel>? Levels, Dictionary<string, double?>? Choices);

    private sealed record CompiledRule(FindingRule Rule, Node Node, Leaf[] Leaves, int[] Sections, string[] Items, int[] ActionIndexes);

    /// <summary>Accumulates score and coverage over items.</summary>
    private sealed class Summary
    {
        private double weightedSum;
        private double weightTotal;
        private double maximum;
        private bool scored;
        private int applicable;
        private int answered;

        public void Add(CompiledTool tool, State state, int i, ItemStatus status)
        {
            if (status == ItemStatus.NotApplicable)
            {
                return;
            }

            applicable++;
            var sc = tool.scoring[i];
            var weight = tool.items[i].Weight;
            if (sc.Scored)
            {
                maximum += weight * sc.Max;
            }

            if (status == ItemStatus.Unanswered)
            {
                return;
            }

            answered++;
            if (!sc.Scored || weight <= 0)
            {
                return;
            }

            var raw = tool.RawScore(i, state.Answers[i]!);
            scored = true;
            weightTotal += weight;
            weightedSum += tool.isSum ? weight * raw : weight * (sc.Max > sc.Min ? (raw - sc.Min) / (sc.Max - sc.Min) : 1);
        }

        public SectionResult ToResult(string id, string title, bool sum)
        {
            double? score = !scored ? null : sum ? weightedSum : 100 * weightedSum / weightTotal;
            return new SectionResult(id, title, score, sum ? maximum : 100, applicable, answered);
        }
    }

    /// <summary>The answers and facts of one response by index, with memoised applicability and section scores.</summary>
    private sealed class State
    {
        private readonly CompiledTool tool;
        private readonly sbyte[] applicable;
        private readonly double?[] sectionScores;
        private readonly bool[] sectionScoreDone;

        public State(CompiledTool tool, ToolResponse response)
        {
            this.tool = tool;
            Answers = new Answer?[tool.items.Length];
            Facts = new FactValue?[tool.definition.Facts.Count];
            SectionInUse = new bool[tool.itemsOfSection.Length];
            applicable = new sbyte[tool.items.Length];
            sectionScores = new double?[tool.itemsOfSection.Length];
            sectionScoreDone = new bool[tool.itemsOfSection.Length];
            foreach (var (id, answer) in response.Answers)
            {
                Answers[tool.itemIndex[id]] = answer;
            }

            foreach (var (id, value) in response.Facts)
            {
                Facts[tool.factIndex[id]] = value;
            }

            if (response.Sections is null)
            {
                Array.Fill(SectionInUse, true);
            }
            else
            {
                foreach (var id in response.Sections)
                {
                    SectionInUse[tool.sectionIndex[id]] = true;
                }
            }
        }

        public Answer?[] Answers { get; }

        public FactValue?[] Facts { get; }

        public bool[] SectionInUse { get; }

        public bool Applicable(int i)
        {
            if (applicable[i] == 0)
            {
                var result = Answers[i]?.YesPartlyNo != YesPartlyNo.NotApplicable && (tool.applicability[i]?.Evaluate(this) ?? true);
                applicable[i] = result ? (sbyte)1 : (sbyte)2;
            }

            return applicable[i] == 1;
        }

        public double? SectionScore(int s)
        {
            if (!sectionScoreDone[s])
            {
                var summary = new Summary();
                foreach (var i in tool.itemsOfSection[s])
                {
                    var status = !Applicable(i) ? ItemStatus.NotApplicable : Answers[i] is null ? ItemStatus.Unanswered : ItemStatus.Answered;
                    summary.Add(tool, this, i, status);
                }

                sectionScores[s] = summary.ToResult(string.Empty, string.Empty, tool.isSum).Score;
                sectionScoreDone[s] = true;
            }

            return sectionScores[s];
        }
    }

    private abstract class Node
    {
        public abstract bool Evaluate(State state);

        public abstract void CollectLeaves(List<Leaf> leaves);
    }

    private sealed class AllNode(Node[] operands) : Node
    {
        public override bool Evaluate(State state)
        {
            foreach (var operand in operands)
            {
                if (!operand.Evaluate(state))
                {
                    return false;
                }
            }

            return true;
        }

        public override void CollectLeaves(List<Leaf> leaves)
        {
            foreach (var operand in operands)
            {
                operand.CollectLeaves(leaves);
            }
        }
    }

    private sealed class AnyNode(Node[] operands) : Node
    {
        public override bool Evaluate(State state)
        {
            foreach (var operand in operands)
            {
                if (operand.Evaluate(state))
                {
                    return true;
                }
            }

            return false;
        }

        public override void CollectLeaves(List<Leaf> leaves)
        {
            foreach (var operand in operands)
            {
                operand.CollectLeaves(leaves);
            }
        }
    }

    private sealed class NotNode(Node operand) : Node
    {
        public override bool Evaluate(State state) => !operand.Evaluate(state);

        public override void CollectLeaves(List<Leaf> leaves) => operand.CollectLeaves(leaves);
    }

    private sealed class Leaf(FindingBasisKind kind, int index, ConditionTest test, HashSet<string>? values, double[]? numbers, double threshold, CompiledTool tool) : Node
    {
        public FindingBasisKind Kind => kind;

        public int Index => index;

        public override void CollectLeaves(List<Leaf> leaves) => leaves.Add(this);

        public FindingBasis Basis(State state) => kind switch
        {
            FindingBasisKind.Answer => new FindingBasis(kind, tool.items[index].Id, state.Answers[index]?.DisplayValue),
            FindingBasisKind.Fact => new FindingBasis(kind, tool.definition.Facts[index].Id, state.Facts[index]?.ToString()),
            _ => new FindingBasis(kind, tool.definition.Sections[index].Id, state.SectionScore(index)?.ToString(CultureInfo.InvariantCulture)),
        };

        public override bool Evaluate(State state) => kind switch
        {
            FindingBasisKind.Answer => EvaluateAnswer(state.Answers[index]),
            FindingBasisKind.Fact => EvaluateFact(state.Facts[index]),
            _ => state.SectionScore(index) is { } score
                ? test != ConditionTest.Missing && Compare(score, test, threshold)
                : test == ConditionTest.Missing,
        };

        private bool Matches(double value) => Array.IndexOf(numbers!, value) >= 0;

        private bool EvaluateFact(FactValue? fact)
        {
            if (test == ConditionTest.Missing || fact is null)
            {
                return test == ConditionTest.Missing && fact is null;
            }

            return fact.Type switch
            {
                FactType.Number => ToolDefinitionValidator.IsOrdered(test) ? Compare(fact.Number!.Value, test, threshold) : Matches(fact.Number!.Value),
                FactType.Boolean => values!.Contains(fact.Boolean!.Value ? "true" : "false"),
                _ => values!.Contains(fact.Category!),
            };
        }

        private bool EvaluateAnswer(Answer? answer)
        {
            if (test == ConditionTest.Missing || answer is null)
            {
                return test == ConditionTest.Missing && answer is null;
            }

            var ordered = ToolDefinitionValidator.IsOrdered(test);
            switch (tool.items[index].AnswerType)
            {
                case AnswerType.Grade:
                    return ordered ? Compare(tool.scoring[index].Levels![answer.Grade!].Score, test, threshold) : values!.Contains(answer.Grade!);
                case AnswerType.YesPartlyNo:
                    var value = answer.YesPartlyNo!.Value;
                    return ordered
                        ? value != YesPartlyNo.NotApplicable && Compare(YesPartlyNoScores[(int)value], test, threshold)
                        : values!.Contains(YesPartlyNoNames[(int)value]);
                case AnswerType.Number:
                    return ordered ? Compare(answer.Number!.Value, test, threshold) : Matches(answer.Number!.Value);
                case AnswerType.Choice:
                    return values!.Contains(answer.Choice!);
                case AnswerType.Text:
                    return values!.Contains(answer.Text!);
                default:
                    if (ordered)
                    {
                        return Compare(answer.Entities!.Count, test, threshold);
                    }

                    foreach (var entity in answer.Entities!)
                    {
                        if (values!.Contains(entity))
                        {
                            return true;
                        }
                    }

                    return false;
            }
        }
    }
}
