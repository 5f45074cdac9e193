using System.Globalization;
using System.Text;
using System.Text.Json;
using EEiC.Sources;
using EEiC.Tools.Definitions;

namespace EEiC.Tools.Serialization;

/// <summary>
/// Reads and writes a <see cref="ToolDefinition"/> as JSON (snake_case fields, enums by name). The document carries its
/// <c>schema_version</c>; versions this library does not know are refused, unknown fields are refused rather than
/// dropped, reading is bounded by <see cref="ToolReadLimits"/>, and the definition is validated on load
/// (<see cref="ToolDefinition.Validate"/>): every problem is reported with its JSON path. Writing then reading gives
/// back an equal definition.
/// </summary>
/// <example>
/// <code language="json">
/// {
///   "schema_version": 1,
///   "id": "my-checklist", "version": "1.0.0", "title": "...", "purpose": "...",
///   "scales": [ { "id": "rag", "label": "RAG", "levels": [ { "id": "red", "label": "Red", "score": 0 }, { "id": "green", "label": "Green", "score": 1 } ] } ],
///   "scoring": { "method": "WeightedPercentage", "bands": [ { "id": "weak", "label": "Weak", "from": 0 } ] },
///   "sections": [ { "id": "data", "title": "Data", "items": [ {
///       "id": "q1", "prompt": "...", "answer_type": "Grade",
///       "source": { "document": "eeic-nihr-report-2013", "location": "lines 3141-3155" }, "provenance": "Inferred" } ] } ],
///   "rules": [ { "id": "q1-weak", "when": { "item": "q1", "equals": "red" }, "severity": "High", "message": "...", "actions": ["fix-q1"] } ],
///   "actions": [ { "id": "fix-q1", "text": "..." } ]
/// }
/// </code>
/// </example>
public static class ToolDefinitionJson
{
    /// <summary>Writes a definition as indented UTF-8 JSON.</summary>
    /// <param name="definition">The definition (written as it is; it need not be valid).</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    public static string Write(ToolDefinition definition) => Encoding.UTF8.GetString(WriteUtf8(definition));

    /// <summary>Writes a definition as indented UTF-8 JSON to a stream.</summary>
    /// <param name="definition">The definition.</param>
    /// <param name="destination">The stream written to (left open).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(ToolDefinition definition, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        destination.Write(WriteUtf8(definition));
    }

    /// <summary>Reads and validates a definition from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="limits">Bounds on the input; <see langword="null"/> for <see cref="ToolReadLimits.Default"/>.</param>
    /// <returns>The valid definition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ToolDefinitionException">The text is not a valid tool definition; lists every problem with its JSON path.</exception>
    public static ToolDefinition Read(string json, ToolReadLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        limits ??= ToolReadLimits.Default;
        limits.Validate();
        return Read(JsonInput.FromText(json, limits, Fail), limits);
    }

    /// <summary>Reads and validates a definition from a UTF-8 JSON stream, reading at most <see cref="ToolReadLimits.MaxBytes"/> bytes.</summary>
    /// <param name="utf8Json">The stream (left open).</param>
    /// <param name="limits">Bounds on the input; <see langword="null"/> for <see cref="ToolReadLimits.Default"/>.</param>
    /// <returns>The valid definition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ToolDefinitionException">The stream is not a valid tool definition, or is too large.</exception>
    public static ToolDefinition Read(Stream utf8Json, ToolReadLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        limits ??= ToolReadLimits.Default;
        limits.Validate();
        return Read(JsonInput.ReadAll(utf8Json, limits, Fail), limits);
    }

    private static ToolDefinition Read(byte[] utf8, ToolReadLimits limits)
    {
        var dto = JsonInput.Deserialize(utf8, limits, ToolDefinition.CurrentSchemaVersion, "tool definition", c => c.ToolDefinitionDto, Fail);
        var reader = new Mapper();
        var definition = reader.FromDto(dto);
        var errors = reader.Errors.Concat(definition.Validate()).ToArray();
        if (errors.Length > 0)
        {
            throw new ToolDefinitionException(errors);
        }

        return definition;
    }

    private static ToolDefinitionException Fail(IReadOnlyList<ToolDefinitionError> errors) => new(errors);

    private static byte[] WriteUtf8(ToolDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return JsonSerializer.SerializeToUtf8Bytes(ToDto(definition), ToolsJsonContext.Default.ToolDefinitionDto);
    }

    private static List<T>? NullIfEmpty<T>(IEnumerable<T>? values)
    {
        var list = values?.ToList();
        return list is null || list.Count == 0 ? null : list;
    }

    private static ToolDefinitionDto ToDto(ToolDefinition d) => new()
    {
        SchemaVersion = d.SchemaVersion,
        Id = d.Id,
        Version = d.Version,
        Title = d.Title,
        Purpose = d.Purpose,
        Source = ToDto(d.Source),
        Audiences = NullIfEmpty(d.Audiences),
        Modes = NullIfEmpty(d.Modes),
        Documents = NullIfEmpty(d.Documents?.Select(x => x is null ? null : new DocumentDto { Id = x.Id, Citation = x.Citation })),
        Scales = NullIfEmpty(d.Scales?.Select(s => s is null ? null : new ScaleDto
        {
            Id = s.Id,
            Label = s.Label,
            Source = ToDto(s.Source),
            Provenance = s.Source is null && s.Provenance == Provenance.FromSource ? null : s.Provenance,
            Levels = s.Levels?.Select(l => l is null ? null : new LevelDto
            {
                Id = l.Id, Label = l.Label, Score = l.Score, Description = l.Description, IsAbsenceOfEvidence = l.IsAbsenceOfEvidence ? true : null,
            }).ToList(),
        })),
        Scoring = d.Scoring is null ? null : new ScoringDto
        {
            Method = d.Scoring.Method,
            Source = ToDto(d.Scoring.Source),
            Provenance = d.Scoring.Source is null && d.Scoring.Provenance == Provenance.FromSource ? null : d.Scoring.Provenance,
            Bands = d.Scoring.Bands?.Select(b => b is null ? null : new BandDto { Id = b.Id, Label = b.Label, From = b.From, Description = b.Description }).ToList(),
        },
        Facts = NullIfEmpty(d.Facts?.Select(f => f is null ? null : new FactDto
        {
            Id = f.Id, Label = f.Label, Type = f.Type, Categories = NullIfEmpty(f.Categories)?.Cast<string?>().ToList(), Description = f.Description,
        })),
        Sections = d.Sections?.Select(s => s is null ? null : new SectionDto
        {
            Id = s.Id,
            Title = s.Title,
            Description = s.Description,
            ApplicableWhen = ToDto(s.ApplicableWhen),
            Items = s.Items?.Select(i => i is null ? null : new ItemDto
            {
                Id = i.Id,
                Prompt = i.Prompt,
                Indicator = i.Indicator,
                Guidance = i.Guidance,
                AnswerType = i.AnswerType,
                Scale = i.Scale,
                Choices = NullIfEmpty(i.Choices?.Select(c => c is null ? null : new ChoiceDto { Id = c.Id, Label = c.Label, Score = c.Score })),
                Weight = i.Weight.Equals(1d) ? null : i.Weight,
                ApplicableWhen = ToDto(i.ApplicableWhen),
                Source = ToDto(i.Source),
                Provenance = i.Provenance,
            }).ToList(),
        }).ToList(),
        Rules = NullIfEmpty(d.Rules?.Select(r => r is null ? null : new RuleDto
        {
            Id = r.Id,
            When = ToDto(r.When),
            Severity = r.Severity,
            Message = r.Message,
            Items = NullIfEmpty(r.Items)?.Cast<string?>().ToList(),
            Sources = NullIfEmpty(r.Sources?.Select(ToDto)),
            Actions = NullIfEmpty(r.Actions)?.Cast<string?>().ToList(),
        })),
        Actions = NullIfEmpty(d.Actions?.Select(a => a is null ? null : new ActionDto
        {
            Id = a.Id, Text = a.Text, Tools = NullIfEmpty(a.Tools)?.Cast<string?>().ToList(), Guidance = NullIfEmpty(a.Guidance)?.Cast<string?>().ToList(),
        })),
        Links = NullIfEmpty(d.Links?.Select(l => l is null ? null : new LinkDto { Tool = l.Tool, Reason = l.Reason, When = ToDto(l.When) })),
    };

    private static SourceDto? ToDto(SourceReference? source) =>
        source is null ? null : new SourceDto { Document = source.Document?.Id, Location = source.Location };

    private static JsonElement Element(string value) =>
        value is "true" or "false"
            ? JsonSerializer.SerializeToElement(value == "true", ToolsJsonContext.Default.Boolean)
            : JsonSerializer.SerializeToElement(value, ToolsJsonContext.Default.String);

    private static ConditionDto? ToDto(Condition? c)
    {
        if (c is null)
        {
            return null;
        }

        var dto = new ConditionDto();
        var operands = c.Operands?.Select(ToDto).ToList();
        switch (c.Kind)
        {
            case ConditionKind.All:
                dto.All = operands;
                return dto;
            case ConditionKind.Any:
                dto.Any = operands;
                return dto;
            case ConditionKind.Not:
                dto.Not = operands?.FirstOrDefault();
                return dto;
            case ConditionKind.Item:
                dto.Item = c.Subject;
                break;
            case ConditionKind.Section:
                dto.Section = c.Subject;
                break;
            default:
                dto.Fact = c.Subject;
                break;
        }

        var values = c.Values ?? [];
        JsonElement? threshold = c.Number is { } n
            ? JsonSerializer.SerializeToElement(n, ToolsJsonContext.Default.Double)
            : values.Count > 0 && values[0] is not null ? JsonSerializer.SerializeToElement(values[0], ToolsJsonContext.Default.String) : null;
        switch (c.Test)
        {
            case ConditionTest.EqualTo:
                dto.EqualTo = values.Count > 0 && values[0] is not null ? Element(values[0]) : null;
                break;
            case ConditionTest.In:
                dto.In = values.Where(v => v is not null).Select(Element).ToList();
                break;
            case ConditionTest.AtMost:
                dto.AtMost = threshold;
                break;
            case ConditionTest.AtLeast:
                dto.AtLeast = threshold;
                break;
            case ConditionTest.Below:
                dto.Below = threshold;
                break;
            case ConditionTest.Above:
                dto.Above = threshold;
                break;
            default:
                dto.Missing = true;
                break;
        }

        return dto;
    }

    /// <summary>Maps the JSON shape to the model, keeping absent values absent so that the validator reports them with their paths.</summary>
    private sealed class Mapper
    {
        public List<ToolDefinitionError> Errors { get; } = [];

        private readonly Dictionary<string, SourceDocument> documents = new(StringComparer.Ordinal);

        public ToolDefinition FromDto(ToolDefinitionDto dto)
        {
            foreach (var known in SourceDocument.WellKnown)
            {
                documents[known.Id] = known;
            }

            var declared = (dto.Documents ?? []).Select(x => x is null ? null! : new SourceDocument(x.Id!, x.Citation!)).ToArray();
            foreach (var document in declared)
            {
                if (document?.Id is not null)
                {
                    documents.TryAdd(document.Id, document);
                }
            }

            return new ToolDefinition(dto.Id!, dto.Version!, dto.Title!, dto.Purpose!,
                dto.Sections?.Select((s, i) => Section(s, $"$.sections[{i}]")).ToArray()!, Scoring(dto.Scoring)!)
            {
                SchemaVersion = dto.SchemaVersion ?? 0,
                Source = Source(dto.Source),
                Audiences = dto.Audiences?.ToArray() ?? [],
                Modes = dto.Modes?.ToArray() ?? [],
                Documents = declared,
                Scales = (dto.Scales ?? []).Select(Scale).ToArray()!,
                Facts = (dto.Facts ?? []).Select(f => f is null ? null! : new FactDefinition(f.Id!, f.Label!, f.Type ?? Missing<FactType>())
                {
                    Categories = Strings(f.Categories),
                    Description = f.Description,
                }).ToArray(),
                Rules = (dto.Rules ?? []).Select((r, i) => r is null ? null! : new FindingRule(r.Id!, Condition(r.When, $"$.rules[{i}].when")!, r.Severity ?? Missing<FindingSeverity>(), r.Message!)
                {
                    Items = Strings(r.Items),
                    Sources = r.Sources?.Select(s => Source(s)!).ToArray() ?? [],
                    Actions = Strings(r.Actions),
                }).ToArray(),
                Actions = (dto.Actions ?? []).Select(a => a is null ? null! : new RecommendedAction(a.Id!, a.Text!)
                {
                    Tools = Strings(a.Tools),
                    Guidance = Strings(a.Guidance),
                }).ToArray(),
                Links = (dto.Links ?? []).Select((l, i) => l is null ? null! : new ToolLink(l.Tool!, l.Reason!) { When = Condition(l.When, $"$.links[{i}].when") }).ToArray(),
            };
        }

        // Absent elements stay null (the validator reports them with their paths).
        private static string[] Strings(List<string?>? values) => values?.Select(v => v!).ToArray() ?? [];

        private static TEnum Missing<TEnum>()
            where TEnum : struct, Enum => (TEnum)Enum.ToObject(typeof(TEnum), -1);

        private SourceReference? Source(SourceDto? dto)
        {
            if (dto is null)
            {
                return null;
            }

            var document = dto.Document is null ? null : documents.GetValueOrDefault(dto.Document) ?? new SourceDocument(dto.Document, string.Empty);
            return new SourceReference(document!, dto.Location!);
        }

        private GradingScale? Scale(ScaleDto? dto) => dto is null ? null : new GradingScale(dto.Id!, dto.Label!,
            dto.Levels?.Select(l => l is null ? null! : new GradeLevel(l.Id!, l.Label!, l.Score ?? double.NaN)
            {
                Description = l.Description,
                IsAbsenceOfEvidence = l.IsAbsenceOfEvidence ?? false,
            }).ToArray()!)
        {
            Source = Source(dto.Source),
            Provenance = dto.Provenance ?? Provenance.FromSource,
        };

        private ToolScoring? Scoring(ScoringDto? dto) => dto is null ? null : new ToolScoring(dto.Method ?? Missing<ScoringMethod>(),
            dto.Bands?.Select(b => b is null ? null! : new ScoreBand(b.Id!, b.Label!, b.From ?? double.NaN) { Description = b.Description }).ToArray()!)
        {
            Source = Source(dto.Source),
            Provenance = dto.Provenance ?? Provenance.FromSource,
        };

        private ToolSection? Section(SectionDto? dto, string path) => dto is null ? null : new ToolSection(dto.Id!, dto.Title!,
            dto.Items?.Select((i, j) => Item(i, $"{path}.items[{j}]")).ToArray()!)
        {
            Description = dto.Description,
            ApplicableWhen = Condition(dto.ApplicableWhen, path + ".applicable_when"),
        };

        private ToolItem? Item(ItemDto? dto, string path) => dto is null ? null : new ToolItem(dto.Id!, dto.Prompt,
            dto.AnswerType ?? Missing<AnswerType>(), Source(dto.Source)!, dto.Provenance ?? Missing<Provenance>())
        {
            Guidance = dto.Guidance,
            Choices = dto.Choices?.Select(c => c is null ? null! : new ToolChoice(c.Id!, c.Label!) { Score = c.Score }).ToArray() ?? [],
            Weight = dto.Weight ?? 1,
            Scale = dto.Scale,
            Indicator = dto.Indicator,
            ApplicableWhen = Condition(dto.ApplicableWhen, path + ".applicable_when"),
        };

        private string? Value(JsonElement element, string path)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    return element.GetString();
                case JsonValueKind.Number:
                    return element.GetDouble().ToString(CultureInfo.InvariantCulture);
                case JsonValueKind.True:
                    return "true";
                case JsonValueKind.False:
                    return "false";
                default:
                    Errors.Add(new ToolDefinitionError(path, element.ValueKind.ToString(), "condition-value-type", "a condition value must be a string, a number or a boolean"));
                    return null;
            }
        }

        private Condition? Condition(ConditionDto? dto, string path)
        {
            if (dto is null)
            {
                return null;
            }

            var shapes = (dto.All is null ? 0 : 1) + (dto.Any is null ? 0 : 1) + (dto.Not is null ? 0 : 1)
                + (dto.Item is null ? 0 : 1) + (dto.Section is null ? 0 : 1) + (dto.Fact is null ? 0 : 1);
            var tests = (dto.EqualTo is null ? 0 : 1) + (dto.In is null ? 0 : 1) + (dto.AtMost is null ? 0 : 1) + (dto.AtLeast is null ? 0 : 1)
                + (dto.Below is null ? 0 : 1) + (dto.Above is null ? 0 : 1) + (dto.Missing is null ? 0 : 1);
            if (shapes != 1)
            {
                return new Condition { Kind = Missing<ConditionKind>() };
            }

            if (dto.All is not null || dto.Any is not null || dto.Not is not null)
            {
                if (tests > 0)
                {
                    Errors.Add(new ToolDefinitionError(path, null, "condition-shape", "a combination (all, any, not) takes no test key (equals, in, at_most, ...)"));
                }

                return dto.All is not null
                    ? new Condition { Kind = ConditionKind.All, Operands = dto.All.Select((c, i) => Condition(c, $"{path}.all[{i}]")).ToArray()! }
                    : dto.Any is not null
                        ? new Condition { Kind = ConditionKind.Any, Operands = dto.Any.Select((c, i) => Condition(c, $"{path}.any[{i}]")).ToArray()! }
                        : new Condition { Kind = ConditionKind.Not, Operands = [Condition(dto.Not, path + ".not")!] };
            }

            var kind = dto.Item is not null ? ConditionKind.Item : dto.Section is not null ? ConditionKind.Section : ConditionKind.Fact;
            var leaf = new Condition { Kind = kind, Subject = dto.Item ?? dto.Section ?? dto.Fact };
            if (tests != 1)
            {
                return leaf with { Test = Missing<ConditionTest>() };
            }

            if (dto.Missing is { } missing)
            {
                if (!missing)
                {
                    Errors.Add(new ToolDefinitionError(path + ".missing", "false", "condition-values", "'missing' takes true; write {\"not\": {... \"missing\": true}} for the opposite"));
                }

                return leaf with { Test = ConditionTest.Missing };
            }

            if (dto.EqualTo is { } equal)
            {
                var value = Value(equal, path + ".equals");
                return leaf with { Test = ConditionTest.EqualTo, Values = value is null ? [] : [value] };
            }

            if (dto.In is { } values)
            {
                return leaf with { Test = ConditionTest.In, Values = values.Select((v, i) => Value(v, $"{path}.in[{i}]")).ToArray()! };
            }

            var (test, key, element) = dto.AtMost is { } atMost ? (ConditionTest.AtMost, "at_most", atMost)
                : dto.AtLeast is { } atLeast ? (ConditionTest.AtLeast, "at_least", atLeast)
                : dto.Below is { } below ? (ConditionTest.Below, "below", below)
                : (ConditionTest.Above, "above", dto.Above!.Value);
            leaf = leaf with { Test = test };
            switch (element.ValueKind)
            {
                case JsonValueKind.Number:
                    return leaf with { Number = element.GetDouble() };
                case JsonValueKind.String:
                    return leaf with { Values = [element.GetString()!] };
                default:
                    Errors.Add(new ToolDefinitionError($"{path}.{key}", element.ValueKind.ToString(), "condition-value-type", "a threshold must be a number or a level identifier"));
                    return leaf;
            }
        }
    }
}
