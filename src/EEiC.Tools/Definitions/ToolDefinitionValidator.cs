using System.Globalization;
using EEiC.Indicators;
using EEiC.Sources;

namespace EEiC.Tools.Definitions;

/// <summary>The rules of <see cref="ToolDefinition.Validate"/>; every problem is reported with its JSON path.</summary>
internal sealed class ToolDefinitionValidator
{
    /// <summary>The deepest condition nesting accepted.</summary>
    internal const int MaxConditionDepth = 32;

    internal static readonly string[] YesPartlyNoValues = ["Yes", "Partly", "No", "NotApplicable"];

    private readonly ToolDefinition definition;
    private readonly List<ToolDefinitionError> errors = [];
    private readonly Dictionary<string, ToolItem> items = new(StringComparer.Ordinal);
    private readonly HashSet<string> sections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FactDefinition> facts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GradingScale> scales = new(StringComparer.Ordinal);
    private readonly HashSet<string> actions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceDocument> documents = new(StringComparer.Ordinal);

    private ToolDefinitionValidator(ToolDefinition definition) => this.definition = definition;

    internal static IReadOnlyList<ToolDefinitionError> Validate(ToolDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var validator = new ToolDefinitionValidator(definition);
        validator.Run();
        return validator.errors.ToArray();
    }

    internal static string ConditionKey(ConditionTest test) => test switch
    {
        ConditionTest.EqualTo => "equals",
        ConditionTest.In => "in",
        ConditionTest.AtMost => "at_most",
        ConditionTest.AtLeast => "at_least",
        ConditionTest.Below => "below",
        ConditionTest.Above => "above",
        ConditionTest.Missing => "missing",
        _ => "test",
    };

    internal static string SubjectKey(ConditionKind kind) => kind switch
    {
        ConditionKind.Item => "item",
        ConditionKind.Section => "section",
        ConditionKind.Fact => "fact",
        ConditionKind.All => "all",
        ConditionKind.Any => "any",
        ConditionKind.Not => "not",
        _ => "kind",
    };

    internal static bool IsOrdered(ConditionTest test) =>
        test is ConditionTest.AtMost or ConditionTest.AtLeast or ConditionTest.Below or ConditionTest.Above;

    private static string Text(double value) => value.ToString(CultureInfo.InvariantCulture);

    private void Add(string path, string? value, string rule, string message) => errors.Add(new ToolDefinitionError(path, value, rule, message));

    private void Run()
    {
        var d = definition;
        if (d.SchemaVersion != ToolDefinition.CurrentSchemaVersion)
        {
            Add("$.schema_version", d.SchemaVersion.ToString(CultureInfo.InvariantCulture), "supported-schema-version",
                $"schema_version must be {ToolDefinition.CurrentSchemaVersion}");
        }

        CheckId("$.id", d.Id, "the tool");
        RequireText("$.version", d.Version, "version");
        RequireText("$.title", d.Title, "title");
        RequireText("$.purpose", d.Purpose, "purpose");

        CollectDocuments();
        if (d.Source is not null)
        {
            CheckSource("$.source", d.Source);
        }

        CheckEnumList("$.audiences", d.Audiences);
        CheckEnumList("$.modes", d.Modes);
        CheckScales();
        CheckFacts();
        CollectSectionsAndItems();
        CollectActions();
        CheckItems();
        CheckApplicabilityCycles();
        CheckScoring();
        CheckRules();
        CheckActions();
        CheckLinks();
    }

    private bool RequireText(string path, string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(path, value, "required", $"{what} is required and must not be empty");
            return false;
        }

        return true;
    }

    private bool CheckId(string path, string? id, string what)
    {
        if (id is null)
        {
            Add(path, null, "required", $"the identifier of {what} is required");
            return false;
        }

        if (!IndicatorDefinition.IsValidId(id))
        {
            Add(path, id, "id-format", $"the identifier of {what} must be kebab-case (lower-case letters and digits in words joined by single hyphens, for example 'q1' or 'no-evidence')");
            return false;
        }

        return true;
    }

    private void CheckUnique(string path, string? id, HashSet<string> seen, string what)
    {
        if (id is not null && !seen.Add(id))
        {
            Add(path, id, "unique-id", $"{what} identifier '{id}' is used more than once");
        }
    }

    private void CheckEnumList<TEnum>(string path, IReadOnlyList<TEnum>? values)
        where TEnum : struct, Enum
    {
        if (values is null)
        {
            Add(path, null, "required", $"{path[2..]} must be a list (possibly empty)");
            return;
        }

        var seen = new HashSet<TEnum>();
        for (var i = 0; i < values.Count; i++)
        {
            if (!Enum.IsDefined(values[i]))
            {
                Add($"{path}[{i}]", values[i].ToString(), "known-value", $"must be one of {string.Join(", ", Enum.GetNames<TEnum>())}");
            }
            else if (!seen.Add(values[i]))
            {
                Add($"{path}[{i}]", values[i].ToString(), "unique-value", $"{values[i]} is listed more than once");
            }
        }
    }

    private bool CheckEnum<TEnum>(string path, TEnum value, string what)
        where TEnum : struct, Enum
    {
        if (Enum.IsDefined(value))
        {
            return true;
        }

        Add(path, Convert.ToInt32(value, CultureInfo.InvariantCulture) < 0 ? null : value.ToString(), Convert.ToInt32(value, CultureInfo.InvariantCulture) < 0 ? "required" : "known-value",
            $"{what} is required: one of {string.Join(", ", Enum.GetNames<TEnum>())}");
        return false;
    }

    private void CollectDocuments()
    {
        foreach (var known in SourceDocument.WellKnown)
        {
            documents[known.Id] = known;
        }

        if (definition.Documents is null)
        {
            Add("$.documents", null, "required", "documents must be a list (possibly empty)");
            return;
        }

        for (var i = 0; i < definition.Documents.Count; i++)
        {
            var document = definition.Documents[i];
            var path = $"$.documents[{i}]";
            if (document is null)
            {
                Add(path, null, "required", "a document must be an object with an id and a citation");
                continue;
            }

            RequireText(path + ".citation", document.Citation, "the citation");
            if (!CheckId(path + ".id", document.Id, "a document"))
            {
                continue;
            }

            if (!documents.TryAdd(document.Id, document))
            {
                Add(path + ".id", document.Id, "unique-id",
                    SourceDocument.FindWellKnown(document.Id) is null
                        ? $"document identifier '{document.Id}' is used more than once"
                        : $"'{document.Id}' is a well-known document of the library (SourceDocument.WellKnown); cite it without redeclaring it");
            }
        }
    }

    private void CheckSource(string path, SourceReference? source)
    {
        if (source is null)
        {
            Add(path, null, "provenance-required", "a source is required: {\"document\": \"<document id>\", \"location\": \"lines 10-12\"}");
            return;
        }

        if (source.Document?.Id is null)
        {
            Add(path + ".document", null, "required", "the source document is required");
        }
        else if (!documents.TryGetValue(source.Document.Id, out var known) || !Equals(known, source.Document))
        {
            Add(path + ".document", source.Document.Id, "known-document",
                $"document '{source.Document.Id}' is neither a well-known document (SourceDocument.WellKnown) nor declared in the definition's documents");
        }

        if (source.Location is null)
        {
            Add(path + ".location", null, "required", "the location is required (for example \"lines 2338-2350\"; empty for the whole document)");
        }
    }

    private void CheckScales()
    {
        if (definition.Scales is null)
        {
            Add("$.scales", null, "required", "scales must be a list (possibly empty)");
            return;
        }

        for (var i = 0; i < definition.Scales.Count; i++)
        {
            var scale = definition.Scales[i];
            var path = $"$.scales[{i}]";
            if (scale is null)
            {
                Add(path, null, "required", "a scale must be an object");
                continue;
            }

            if (CheckId(path + ".id", scale.Id, "a scale") && !scales.TryAdd(scale.Id, scale))
            {
                Add(path + ".id", scale.Id, "unique-id", $"scale identifier '{scale.Id}' is used more than once");
            }

            RequireText(path + ".label", scale.Label, "the scale's label");
            if (scale.Source is not null)
            {
                CheckSource(path + ".source", scale.Source);
            }

            CheckEnum(path + ".provenance", scale.Provenance, "provenance");
            if (scale.Levels is null || scale.Levels.Count < 2)
            {
                Add(path + ".levels", scale.Levels?.Count.ToString(CultureInfo.InvariantCulture), "scale-levels", "a scale needs at least two levels");
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            var absence = 0;
            for (var j = 0; j < (scale.Levels?.Count ?? 0); j++)
            {
                var level = scale.Levels![j];
                var levelPath = $"{path}.levels[{j}]";
                if (level is null)
                {
                    Add(levelPath, null, "required", "a level must be an object");
                    continue;
                }

                if (CheckId(levelPath + ".id", level.Id, "a level"))
                {
                    CheckUnique(levelPath + ".id", level.Id, seen, "level");
                }

                RequireText(levelPath + ".label", level.Label, "the level's label");
                if (!double.IsFinite(level.Score))
                {
                    Add(levelPath + ".score", Text(level.Score), "finite-score", "a level's score must be a finite number");
                }

                if (level.IsAbsenceOfEvidence && ++absence == 2)
                {
                    Add(levelPath + ".is_absence_of_evidence", "true", "single-absence-level", "a scale may have at most one absence-of-evidence level");
                }
            }
        }
    }

    private void CheckFacts()
    {
        if (definition.Facts is null)
        {
            Add("$.facts", null, "required", "facts must be a list (possibly empty)");
            return;
        }

        for (var i = 0; i < definition.Facts.Count; i++)
        {
            var fact = definition.Facts[i];
            var path = $"$.facts[{i}]";
            if (fact is null)
            {
                Add(path, null, "required", "a fact must be an object");
                continue;
            }

            if (CheckId(path + ".id", fact.Id, "a fact") && !facts.TryAdd(fact.Id, fact))
            {
                Add(path + ".id", fact.Id, "unique-id", $"fact identifier '{fact.Id}' is used more than once");
            }

            RequireText(path + ".label", fact.Label, "the fact's label");
            var typeOk = CheckEnum(path + ".type", fact.Type, "the fact's type");
            if (fact.Categories is null)
            {
                Add(path + ".categories", null, "required", "categories must be a list (possibly empty)");
                continue;
            }

            if (typeOk && fact.Type == FactType.Category && fact.Categories.Count == 0)
            {
                Add(path + ".categories", null, "categories-required", "a Category fact needs at least one category");
            }
            else if (typeOk && fact.Type != FactType.Category && fact.Categories.Count > 0)
            {
                Add(path + ".categories", fact.Categories.Count.ToString(CultureInfo.InvariantCulture), "categories-not-allowed", $"only a Category fact has categories, this fact is {fact.Type}");
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var j = 0; j < fact.Categories.Count; j++)
            {
                if (RequireText($"{path}.categories[{j}]", fact.Categories[j], "a category"))
                {
                    CheckUnique($"{path}.categories[{j}]", fact.Categories[j], seen, "category");
                }
            }
        }
    }

    private void CollectSectionsAndItems()
    {
        if (definition.Sections is null || definition.Sections.Count == 0)
        {
            Add("$.sections", null, "sections-required", "a tool needs at least one section");
        }

        for (var i = 0; i < (definition.Sections?.Count ?? 0); i++)
        {
            var section = definition.Sections![i];
            var path = $"$.sections[{i}]";
            if (section is null)
            {
                Add(path, null, "required", "a section must be an object");
                continue;
            }

            if (CheckId(path + ".id", section.Id, "a section"))
            {
                CheckUnique(path + ".id", section.Id, sections, "section");
            }

            RequireText(path + ".title", section.Title, "the section's title");
            if (section.Items is null || section.Items.Count == 0)
            {
                Add(path + ".items", null, "items-required", "a section needs at least one item");
                continue;
            }

            for (var j = 0; j < section.Items.Count; j++)
            {
                var item = section.Items[j];
                if (item is null)
                {
                    Add($"{path}.items[{j}]", null, "required", "an item must be an object");
                }
                else if (CheckId($"{path}.items[{j}].id", item.Id, "an item") && !items.TryAdd(item.Id, item))
                {
                    Add($"{path}.items[{j}].id", item.Id, "unique-id", $"item identifier '{item.Id}' is used more than once in the tool");
                }
            }
        }
    }

    private void CollectActions()
    {
        foreach (var action in definition.Actions ?? [])
        {
            if (action?.Id is not null)
            {
                actions.Add(action.Id);
            }
        }
    }

    private GradingScale? ScaleOf(ToolItem item) =>
        item.Scale is null
            ? definition.Scales?.FirstOrDefault(s => s is not null)
            : scales.GetValueOrDefault(item.Scale);

    private void CheckItems()
    {
        for (var i = 0; i < (definition.Sections?.Count ?? 0); i++)
        {
            var section = definition.Sections![i];
            for (var j = 0; j < (section?.Items?.Count ?? 0); j++)
            {
                var item = section!.Items[j];
                if (item is not null)
                {
                    CheckItem($"$.sections[{i}].items[{j}]", item);
                }
            }

            if (section?.ApplicableWhen is not null)
            {
                var path = $"$.sections[{i}].applicable_when";
                CheckCondition(path, section.ApplicableWhen, 1);
                var own = ReferencedItems(section.ApplicableWhen).Where(id => section.Items?.Any(item => item?.Id == id) == true).Order(StringComparer.Ordinal).ToArray();
                if (own.Length > 0)
                {
                    Add(path, string.Join(", ", own), "applicability-cycle", $"section '{section.Id}' cannot depend on the answers to its own items ({string.Join(", ", own)}) to decide whether it applies");
                }
            }
        }
    }

    private void CheckItem(string path, ToolItem item)
    {
        if (item.Prompt is null && item.Indicator is null)
        {
            Add(path + ".prompt", null, "required", "an item needs a prompt, or an indicator whose description is the prompt");
        }
        else if (item.Prompt is not null)
        {
            RequireText(path + ".prompt", item.Prompt, "the prompt");
        }

        if (item.Indicator is not null && IndicatorCatalogue.Find(item.Indicator) is null)
        {
            Add(path + ".indicator", item.Indicator, "known-indicator", $"'{item.Indicator}' is not a built-in indicator of IndicatorCatalogue");
        }

        if (item.Guidance is not null)
        {
            RequireText(path + ".guidance", item.Guidance, "guidance, when given,");
        }

        var typeOk = CheckEnum(path + ".answer_type", item.AnswerType, "the answer type");
        CheckSource(path + ".source", item.Source);
        CheckEnum(path + ".provenance", item.Provenance, "provenance (FromSource, Inferred or ExternalStandard)");

        if (!double.IsFinite(item.Weight) || item.Weight < 0)
        {
            Add(path + ".weight", Text(item.Weight), "weight-non-negative", "a weight must be a finite number at least 0");
        }

        if (item.Choices is null)
        {
            Add(path + ".choices", null, "required", "choices must be a list (possibly empty)");
        }
        else if (typeOk && item.AnswerType == AnswerType.Choice)
        {
            if (item.Choices.Count < 2)
            {
                Add(path + ".choices", item.Choices.Count.ToString(CultureInfo.InvariantCulture), "choices-required", "a Choice item needs at least two choices");
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            var scored = 0;
            for (var k = 0; k < item.Choices.Count; k++)
            {
                var choice = item.Choices[k];
                var choicePath = $"{path}.choices[{k}]";
                if (choice is null)
                {
                    Add(choicePath, null, "required", "a choice must be an object");
                    continue;
                }

                if (CheckId(choicePath + ".id", choice.Id, "a choice"))
                {
                    CheckUnique(choicePath + ".id", choice.Id, seen, "choice");
                }

                RequireText(choicePath + ".label", choice.Label, "the choice's label");
                if (choice.Score is { } score)
                {
                    scored++;
                    if (!double.IsFinite(score))
                    {
                        Add(choicePath + ".score", Text(score), "finite-score", "a choice's score must be a finite number");
                    }
                }
            }

            if (scored > 0 && scored < item.Choices.Count)
            {
                Add(path + ".choices", scored.ToString(CultureInfo.InvariantCulture), "choice-scores", "either every choice has a score (the item is scored) or none has");
            }
        }
        else if (typeOk && item.Choices.Count > 0)
        {
            Add(path + ".choices", item.Choices.Count.ToString(CultureInfo.InvariantCulture), "choices-not-allowed", $"only a Choice item has choices, this item is {item.AnswerType}");
        }

        if (typeOk && item.AnswerType == AnswerType.Grade)
        {
            if (item.Scale is not null && !scales.ContainsKey(item.Scale))
            {
                Add(path + ".scale", item.Scale, "known-scale", $"the tool has no scale '{item.Scale}'");
            }
            else if (item.Scale is null && (definition.Scales is null || definition.Scales.Count == 0))
            {
                Add(path + ".answer_type", "Grade", "known-scale", "a Grade item needs a grading scale, and the tool has none");
            }
        }
        else if (typeOk && item.Scale is not null)
        {
            Add(path + ".scale", item.Scale, "scale-not-allowed", $"only a Grade item has a scale, this item is {item.AnswerType}");
        }

        if (item.ApplicableWhen is not null)
        {
            CheckCondition(path + ".applicable_when", item.ApplicableWhen, 1);
            if (ReferencedItems(item.ApplicableWhen).Contains(item.Id))
            {
                Add(path + ".applicable_when", item.Id, "applicability-cycle", $"item '{item.Id}' cannot depend on its own answer to decide whether it applies");
            }
        }
    }

    /// <summary>Items whose answers a condition reads directly, including every item of a section it tests.</summary>
    private HashSet<string> ReferencedItems(Condition condition)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        void Walk(Condition? c, int depth)
        {
            if (c is null || depth > MaxConditionDepth)
            {
                return;
            }

            switch (c.Kind)
            {
                case ConditionKind.Item when c.Subject is not null:
                    result.Add(c.Subject);
                    break;
                case ConditionKind.Section when c.Subject is not null:
                    foreach (var section in definition.Sections ?? [])
                    {
                        if (section?.Id == c.Subject)
                        {
                            foreach (var item in section.Items ?? [])
                            {
                                if (item?.Id is not null)
                                {
                                    result.Add(item.Id);
                                }
                            }
                        }
                    }

                    break;
                default:
                    foreach (var operand in c.Operands ?? [])
                    {
                        Walk(operand, depth + 1);
                    }

                    break;
            }
        }

        Walk(condition, 0);
        return result;
    }

    private void CheckApplicabilityCycles()
    {
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (id, item) in items)
        {
            graph[id] = item.ApplicableWhen is null ? [] : ReferencedItems(item.ApplicableWhen);
            graph[id].Remove(id); // reported by CheckItem
        }

        // An item also depends on what its section's applicability reads (its own items are reported by CheckItems).
        foreach (var section in definition.Sections ?? [])
        {
            if (section?.ApplicableWhen is null)
            {
                continue;
            }

            var reads = ReferencedItems(section.ApplicableWhen);
            foreach (var item in section.Items ?? [])
            {
                if (item?.Id is not null && graph.TryGetValue(item.Id, out var edges) && ReferenceEquals(items[item.Id], item))
                {
                    edges.UnionWith(reads.Where(r => section.Items!.All(own => own?.Id != r)));
                }
            }
        }

        // Colour-marking depth-first search; report each item that closes a cycle once.
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in graph.Keys)
        {
            Visit(start);
        }

        void Visit(string id)
        {
            state[id] = 1;
            foreach (var next in graph[id])
            {
                if (!graph.ContainsKey(next))
                {
                    continue;
                }

                var s = state.GetValueOrDefault(next);
                if (s == 1 && reported.Add(id))
                {
                    Add(PathOfItem(id) + ".applicable_when", next, "applicability-cycle",
                        $"whether item '{id}' applies depends, through other items' applicability, on item '{next}', which depends on '{id}'");
                }
                else if (s == 0)
                {
                    Visit(next);
                }
            }

            state[id] = 2;
        }
    }

    private string PathOfItem(string id)
    {
        for (var i = 0; i < definition.Sections.Count; i++)
        {
            for (var j = 0; j < (definition.Sections[i]?.Items?.Count ?? 0); j++)
            {
                if (definition.Sections[i].Items[j]?.Id == id)
                {
                    return $"$.sections[{i}].items[{j}]";
                }
            }
        }

        return "$";
    }

    private void CheckCondition(string path, Condition? condition, int depth)
    {
        if (condition is null)
        {
            Add(path, null, "required", "a condition is required");
            return;
        }

        if (depth > MaxConditionDepth)
        {
            Add(path, null, "condition-depth", $"conditions may nest at most {MaxConditionDepth} deep");
            return;
        }

        var operands = condition.Operands ?? [];
        var values = condition.Values ?? [];
        switch (condition.Kind)
        {
            case ConditionKind.All or ConditionKind.Any or ConditionKind.Not:
            {
                var key = SubjectKey(condition.Kind);
                if (condition.Subject is not null || values.Count > 0 || condition.Number is not null)
                {
                    Add(path, condition.Subject, "condition-shape", $"a '{key}' condition has operands only, no subject or values");
                }

                if (condition.Kind == ConditionKind.Not ? operands.Count != 1 : operands.Count == 0)
                {
                    Add($"{path}.{key}", operands.Count.ToString(CultureInfo.InvariantCulture), "condition-operands",
                        condition.Kind == ConditionKind.Not ? "'not' takes exactly one condition" : $"'{key}' needs at least one condition");
                }

                for (var i = 0; i < operands.Count; i++)
                {
                    CheckCondition(condition.Kind == ConditionKind.Not ? $"{path}.not" : $"{path}.{key}[{i}]", operands[i], depth + 1);
                }

                return;
            }

            case ConditionKind.Item or ConditionKind.Section or ConditionKind.Fact:
                if (operands.Count > 0)
                {
                    Add(path, null, "condition-shape", "a leaf condition (item, section or fact) has no operands");
                }

                CheckLeaf(path, condition, values);
                return;

            default:
                Add(path, null, "condition-shape", "a condition needs exactly one of: all, any, not, item, section, fact");
                return;
        }
    }

    private void CheckLeaf(string path, Condition condition, IReadOnlyList<string> values)
    {
        var subjectPath = $"{path}.{SubjectKey(condition.Kind)}";
        if (!Enum.IsDefined(condition.Test))
        {
            Add(path, null, "condition-shape", "a leaf condition needs exactly one test: equals, in, at_most, at_least, below, above or missing");
            return;
        }

        var testPath = $"{path}.{ConditionKey(condition.Test)}";
        if (condition.Subject is null)
        {
            Add(subjectPath, null, "required", $"the {SubjectKey(condition.Kind)} identifier is required");
            return;
        }

        if (condition.Test == ConditionTest.Missing)
        {
            if (values.Count > 0 || condition.Number is not null)
            {
                Add(testPath, null, "condition-values", "'missing' takes no values");
            }
        }
        else if (condition.Test == ConditionTest.EqualTo && (values.Count != 1 || condition.Number is not null))
        {
            Add(testPath, values.Count.ToString(CultureInfo.InvariantCulture), "condition-values", "'equals' takes exactly one value");
            return;
        }
        else if (condition.Test == ConditionTest.In && (values.Count == 0 || condition.Number is not null))
        {
            Add(testPath, null, "condition-values", "'in' takes a list of at least one value");
            return;
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is null)
            {
                Add(condition.Test == ConditionTest.In ? $"{testPath}[{i}]" : testPath, null, "condition-values", "a value must not be null");
                return;
            }
        }

        switch (condition.Kind)
        {
            case ConditionKind.Item:
                if (!items.TryGetValue(condition.Subject, out var item))
                {
                    Add(subjectPath, condition.Subject, "known-item", $"the tool has no item '{condition.Subject}'");
                    return;
                }

                CheckItemTest(testPath, condition, values, item);
                return;

            case ConditionKind.Section:
                if (!sections.Contains(condition.Subject))
                {
                    Add(subjectPath, condition.Subject, "known-section", $"the tool has no section '{condition.Subject}'");
                    return;
                }

                if (condition.Test is ConditionTest.EqualTo or ConditionTest.In)
                {
                    Add(testPath, null, "condition-test", "a section score takes an ordered test (at_most, at_least, below, above) or missing");
                }
                else
                {
                    CheckNumberThreshold(testPath, condition, values);
                }

                return;

            default:
                if (!facts.TryGetValue(condition.Subject, out var fact))
                {
                    Add(subjectPath, condition.Subject, "known-fact", $"the tool declares no fact '{condition.Subject}'");
                    return;
                }

                CheckFactTest(testPath, condition, values, fact);
                return;
        }
    }

    private void CheckNumberThreshold(string testPath, Condition condition, IReadOnlyList<string> values)
    {
        if (!IsOrdered(condition.Test))
        {
            return;
        }

        if (values.Count > 0 || condition.Number is not { } number || !double.IsFinite(number))
        {
            Add(testPath, values.Count > 0 ? values[0] : condition.Number is { } n ? Text(n) : null, "condition-values", "an ordered test here takes one finite number");
        }
    }

    private void CheckValuesIn(string testPath, Condition condition, IReadOnlyList<string> values, Func<string, bool> allowed, string expected)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (!allowed(values[i]))
            {
                Add(condition.Test == ConditionTest.In ? $"{testPath}[{i}]" : testPath, values[i], "condition-value-type", $"expected {expected}");
            }
        }
    }

    private static bool IsNumber(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed);

    private void CheckItemTest(string testPath, Condition condition, IReadOnlyList<string> values, ToolItem item)
    {
        if (!Enum.IsDefined(item.AnswerType) || condition.Test == ConditionTest.Missing)
        {
            return;
        }

        var ordered = IsOrdered(condition.Test);
        switch (item.AnswerType)
        {
            case AnswerType.Grade:
            {
                var scale = ScaleOf(item);
                if (scale?.Levels is null)
                {
                    return;
                }

                if (ordered && (values.Count != 1 || condition.Number is not null))
                {
                    Add(testPath, condition.Number is { } n ? Text(n) : null, "condition-values", "an ordered test of a graded item takes one level identifier");
                    return;
                }

                CheckValuesIn(testPath, condition, values, v => scale.FindLevel(v) is not null,
                    $"a level of scale '{scale.Id}': {string.Join(", ", scale.Levels.Where(l => l is not null).Select(l => l.Id))}");
                return;
            }

            case AnswerType.YesPartlyNo:
                if (ordered && (values.Count != 1 || condition.Number is not null))
                {
                    Add(testPath, condition.Number is { } n ? Text(n) : null, "condition-values", "an ordered test of a yes/partly/no item takes one of Yes, Partly, No");
                    return;
                }

                CheckValuesIn(testPath, condition, values, v => ordered ? v is "Yes" or "Partly" or "No" : YesPartlyNoValues.Contains(v),
                    ordered ? "one of Yes, Partly, No" : "one of Yes, Partly, No, NotApplicable");
                return;

            case AnswerType.Number:
            case AnswerType.EntityList:
                if (ordered)
                {
                    CheckNumberThreshold(testPath, condition, values);
                }
                else if (item.AnswerType == AnswerType.Number)
                {
                    CheckValuesIn(testPath, condition, values, IsNumber, "a finite number");
                }

                return;

            case AnswerType.Choice:
                if (ordered)
                {
                    Add(testPath, null, "condition-test", "a choice item takes equals, in or missing");
                    return;
                }

                CheckValuesIn(testPath, condition, values, v => item.Choices?.Any(c => c?.Id == v) == true,
                    $"a choice of item '{item.Id}': {string.Join(", ", (item.Choices ?? []).Where(c => c is not null).Select(c => c.Id))}");
                return;

            default:
                if (ordered)
                {
                    Add(testPath, null, "condition-test", "a text item takes equals, in or missing");
                }

                return;
        }
    }

    private void CheckFactTest(string testPath, Condition condition, IReadOnlyList<string> values, FactDefinition fact)
    {
        if (!Enum.IsDefined(fact.Type) || condition.Test == ConditionTest.Missing)
        {
            return;
        }

        var ordered = IsOrdered(condition.Test);
        switch (fact.Type)
        {
            case FactType.Number:
                if (ordered)
                {
                    CheckNumberThreshold(testPath, condition, values);
                }
                else
                {
                    CheckValuesIn(testPath, condition, values, IsNumber, "a finite number");
                }

                return;

            case FactType.Boolean:
                if (ordered)
                {
                    Add(testPath, null, "condition-test", "a boolean fact takes equals, in or missing");
                    return;
                }

                CheckValuesIn(testPath, condition, values, v => v is "true" or "false", "true or false");
                return;

            default:
                if (ordered)
                {
                    Add(testPath, null, "condition-test", "a category fact takes equals, in or missing");
                    return;
                }

                CheckValuesIn(testPath, condition, values, v => fact.Categories?.Contains(v) == true,
                    $"a category of fact '{fact.Id}': {string.Join(", ", fact.Categories ?? [])}");
                return;
        }
    }

    private (double Minimum, double Maximum)? ScoreRange(ScoringMethod method)
    {
        if (method == ScoringMethod.WeightedPercentage)
        {
            return (0, 100);
        }

        double minimum = 0, maximum = 0;
        var any = false;
        foreach (var item in items.Values)
        {
            if (!Enum.IsDefined(item.AnswerType) || !double.IsFinite(item.Weight) || item.Weight < 0 || !item.IsScored)
            {
                continue;
            }

            double low, high;
            switch (item.AnswerType)
            {
                case AnswerType.Grade:
                    var scale = ScaleOf(item);
                    var scores = scale?.Levels?.Where(l => l is not null && double.IsFinite(l.Score)).Select(l => l.Score).ToArray() ?? [];
                    if (scores.Length == 0)
                    {
                        continue;
                    }

                    (low, high) = (scores.Min(), scores.Max());
                    break;
                case AnswerType.YesPartlyNo:
                    (low, high) = (0, 1);
                    break;
                default:
                    var choiceScores = item.Choices.Select(c => c.Score ?? double.NaN).Where(double.IsFinite).ToArray();
                    if (choiceScores.Length == 0)
                    {
                        continue;
                    }

                    (low, high) = (choiceScores.Min(), choiceScores.Max());
                    break;
            }

            any = true;
            minimum += item.Weight * low;
            maximum += item.Weight * high;
        }

        return any ? (minimum, maximum) : null;
    }

    private void CheckScoring()
    {
        var scoring = definition.Scoring;
        if (scoring is null)
        {
            Add("$.scoring", null, "required", "scoring is required: {\"method\": \"WeightedPercentage\", \"bands\": []}");
            return;
        }

        var methodOk = CheckEnum("$.scoring.method", scoring.Method, "the scoring method");
        if (scoring.Source is not null)
        {
            CheckSource("$.scoring.source", scoring.Source);
        }

        CheckEnum("$.scoring.provenance", scoring.Provenance, "provenance");
        if (scoring.Bands is null)
        {
            Add("$.scoring.bands", null, "required", "bands must be a list (possibly empty)");
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        double? previous = null;
        var range = methodOk ? ScoreRange(scoring.Method) : null;
        if (methodOk && scoring.Bands.Count > 0 && range is null)
        {
            Add("$.scoring.bands", scoring.Bands.Count.ToString(CultureInfo.InvariantCulture), "bands-cover-range", "the tool has no scored item, so it cannot have score bands");
            return;
        }

        for (var i = 0; i < scoring.Bands.Count; i++)
        {
            var band = scoring.Bands[i];
            var path = $"$.scoring.bands[{i}]";
            if (band is null)
            {
                Add(path, null, "required", "a band must be an object");
                continue;
            }

            if (CheckId(path + ".id", band.Id, "a band"))
            {
                CheckUnique(path + ".id", band.Id, seen, "band");
            }

            RequireText(path + ".label", band.Label, "the band's label");
            if (!double.IsFinite(band.From))
            {
                Add(path + ".from", Text(band.From), "finite-score", "a band's start must be a finite number");
                continue;
            }

            if (previous is { } p && band.From <= p)
            {
                Add(path + ".from", Text(band.From), "bands-ascending", $"bands must be in strictly ascending order of 'from'; the previous band starts at {Text(p)}");
            }

            if (range is { } r)
            {
                if (i == 0 && band.From > r.Minimum)
                {
                    Add(path + ".from", Text(band.From), "bands-cover-range", $"the first band must start at or below the lowest possible score, {Text(r.Minimum)}, so that every score falls in a band");
                }

                if (band.From > r.Maximum)
                {
                    Add(path + ".from", Text(band.From), "band-in-range", $"the band starts above the highest possible score, {Text(r.Maximum)}, so no score can reach it");
                }
            }

            previous = band.From;
        }
    }

    private void CheckRules()
    {
        if (definition.Rules is null)
        {
            Add("$.rules", null, "required", "rules must be a list (possibly empty)");
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < definition.Rules.Count; i++)
        {
            var rule = definition.Rules[i];
            var path = $"$.rules[{i}]";
            if (rule is null)
            {
                Add(path, null, "required", "a rule must be an object");
                continue;
            }

            if (CheckId(path + ".id", rule.Id, "a rule"))
            {
                CheckUnique(path + ".id", rule.Id, seen, "rule");
            }

            CheckCondition(path + ".when", rule.When, 1);
            CheckEnum(path + ".severity", rule.Severity, "the severity");
            RequireText(path + ".message", rule.Message, "the message");
            CheckReferences(path + ".items", rule.Items, id => items.ContainsKey(id), "known-item", "item");
            CheckReferences(path + ".actions", rule.Actions, actions.Contains, "known-action", "action");
            if (rule.Sources is null)
            {
                Add(path + ".sources", null, "required", "sources must be a list (possibly empty)");
            }
            else
            {
                for (var k = 0; k < rule.Sources.Count; k++)
                {
                    CheckSource($"{path}.sources[{k}]", rule.Sources[k]);
                }
            }
        }
    }

    private void CheckReferences(string path, IReadOnlyList<string>? ids, Func<string, bool> exists, string rule, string what)
    {
        if (ids is null)
        {
            Add(path, null, "required", $"{path[(path.LastIndexOf('.') + 1)..]} must be a list (possibly empty)");
            return;
        }

        for (var k = 0; k < ids.Count; k++)
        {
            if (ids[k] is null || !exists(ids[k]))
            {
                Add($"{path}[{k}]", ids[k], rule, $"the tool has no {what} '{ids[k]}'");
            }
        }
    }

    private void CheckActions()
    {
        if (definition.Actions is null)
        {
            Add("$.actions", null, "required", "actions must be a list (possibly empty)");
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < definition.Actions.Count; i++)
        {
            var action = definition.Actions[i];
            var path = $"$.actions[{i}]";
            if (action is null)
            {
                Add(path, null, "required", "an action must be an object");
                continue;
            }

            if (CheckId(path + ".id", action.Id, "an action"))
            {
                CheckUnique(path + ".id", action.Id, seen, "action");
            }

            RequireText(path + ".text", action.Text, "the action's text");
            if (action.Tools is null)
            {
                Add(path + ".tools", null, "required", "tools must be a list (possibly empty)");
            }
            else
            {
                for (var k = 0; k < action.Tools.Count; k++)
                {
                    CheckId($"{path}.tools[{k}]", action.Tools[k], "a linked tool");
                }
            }

            if (action.Guidance is null)
            {
                Add(path + ".guidance", null, "required", "guidance must be a list (possibly empty)");
            }
            else
            {
                for (var k = 0; k < action.Guidance.Count; k++)
                {
                    RequireText($"{path}.guidance[{k}]", action.Guidance[k], "guidance");
                }
            }
        }
    }

    private void CheckLinks()
    {
        if (definition.Links is null)
        {
            Add("$.links", null, "required", "links must be a list (possibly empty)");
            return;
        }

        for (var i = 0; i < definition.Links.Count; i++)
        {
            var link = definition.Links[i];
            var path = $"$.links[{i}]";
            if (link is null)
            {
                Add(path, null, "required", "a link must be an object");
                continue;
            }

            CheckId(path + ".tool", link.Tool, "the linked tool");
            RequireText(path + ".reason", link.Reason, "the reason");
            if (link.When is not null)
            {
                CheckCondition(path + ".when", link.When, 1);
            }
        }
    }
}
