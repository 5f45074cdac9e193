using System.Text;
using System.Text.Json;
using EEiC.Tools.Definitions;
using EEiC.Tools.Evaluation;

namespace EEiC.Tools.Serialization;

/// <summary>
/// Reads and writes a <see cref="ToolResponse"/> as JSON, with the same bounded, schema-versioned, unknown-field-refusing
/// approach as <see cref="ToolDefinitionJson"/>. Reading checks the shape only; <see cref="ToolEvaluator.Validate"/>
/// checks a response against its definition.
/// </summary>
/// <example>
/// <code language="json">
/// {
///   "schema_version": 1, "tool": "jsna-interrogation", "tool_version": "1.0.0",
///   "sections": ["population", "data"],
///   "answers": { "q1": { "grade": "amber", "note": "Census 2021 table, no source date" }, "q3": { "grade": "no-evidence" } },
///   "facts": { "ethnicity-completeness": 71.5, "data-quality-verdict": "NotFit", "significant-gap": true }
/// }
/// </code>
/// </example>
public static class ToolResponseJson
{
    /// <summary>Writes a response as indented UTF-8 JSON.</summary>
    /// <param name="response">The response.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is null.</exception>
    public static string Write(ToolResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var dto = new ToolResponseDto
        {
            SchemaVersion = response.SchemaVersion,
            Tool = response.Tool,
            ToolVersion = response.ToolVersion,
            Sections = response.Sections?.Cast<string?>().ToList(),
            Answers = response.Answers?.ToDictionary(a => a.Key, a => a.Value is null ? null : new AnswerDto
            {
                Grade = a.Value.Grade, YesPartlyNo = a.Value.YesPartlyNo, Number = a.Value.Number, Choice = a.Value.Choice,
                Text = a.Value.Text, Entities = a.Value.Entities?.Cast<string?>().ToList(), Note = a.Value.Note,
            }, StringComparer.Ordinal),
            Facts = response.Facts is null || response.Facts.Count == 0 ? null : response.Facts.ToDictionary(f => f.Key, f => f.Value?.Type switch
            {
                FactType.Number when f.Value.Number is { } n => JsonSerializer.SerializeToElement(n, ToolsJsonContext.Default.Double),
                FactType.Boolean when f.Value.Boolean is { } b => JsonSerializer.SerializeToElement(b, ToolsJsonContext.Default.Boolean),
                FactType.Category when f.Value.Category is { } c => JsonSerializer.SerializeToElement(c, ToolsJsonContext.Default.String),
                _ => JsonSerializer.SerializeToElement(null!, ToolsJsonContext.Default.String),
            }, StringComparer.Ordinal),
        };
        return Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(dto, ToolsJsonContext.Default.ToolResponseDto));
    }

    /// <summary>Reads a response from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="limits">Bounds on the input; <see langword="null"/> for <see cref="ToolReadLimits.Default"/>.</param>
    /// <returns>The response as written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ToolResponseException">The text is not a response document; lists every problem with its JSON path.</exception>
    public static ToolResponse Read(string json, ToolReadLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        limits ??= ToolReadLimits.Default;
        limits.Validate();
        return Read(JsonInput.FromText(json, limits, Fail), limits);
    }

    /// <summary>Reads a response from a UTF-8 JSON stream, reading at most <see cref="ToolReadLimits.MaxBytes"/> bytes.</summary>
    /// <param name="utf8Json">The stream (left open).</param>
    /// <param name="limits">Bounds on the input; <see langword="null"/> for <see cref="ToolReadLimits.Default"/>.</param>
    /// <returns>The response as written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ToolResponseException">The stream is not a response document, or is too large.</exception>
    public static ToolResponse Read(Stream utf8Json, ToolReadLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        limits ??= ToolReadLimits.Default;
        limits.Validate();
        return Read(JsonInput.ReadAll(utf8Json, limits, Fail), limits);
    }

    private static ToolResponseException Fail(IReadOnlyList<ToolDefinitionError> errors) => new(errors);

    private static ToolResponse Read(byte[] utf8, ToolReadLimits limits)
    {
        var dto = JsonInput.Deserialize(utf8, limits, ToolResponse.CurrentSchemaVersion, "tool response", c => c.ToolResponseDto, Fail);
        var errors = new List<ToolDefinitionError>();
        if (string.IsNullOrWhiteSpace(dto.Tool))
        {
            errors.Add(new ToolDefinitionError("$.tool", dto.Tool, "required", "tool is required: the identifier of the tool answered"));
        }

        if (string.IsNullOrWhiteSpace(dto.ToolVersion))
        {
            errors.Add(new ToolDefinitionError("$.tool_version", dto.ToolVersion, "required", "tool_version is required: the version of the tool answered"));
        }

        var answers = new Dictionary<string, Answer>(StringComparer.Ordinal);
        foreach (var (id, a) in dto.Answers ?? [])
        {
            if (a is null)
            {
                errors.Add(new ToolDefinitionError($"$.answers.{id}", null, "required", "an answer must be an object with one value"));
                continue;
            }

            answers[id] = new Answer
            {
                Grade = a.Grade, YesPartlyNo = a.YesPartlyNo, Number = a.Number, Choice = a.Choice, Text = a.Text,
                Entities = a.Entities?.Select(e => e!).ToArray(), Note = a.Note,
            };
        }

        var facts = new Dictionary<string, FactValue>(StringComparer.Ordinal);
        foreach (var (id, element) in dto.Facts ?? [])
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Number:
                    facts[id] = FactValue.FromNumber(element.GetDouble());
                    break;
                case JsonValueKind.True or JsonValueKind.False:
                    facts[id] = FactValue.FromBoolean(element.GetBoolean());
                    break;
                case JsonValueKind.String:
                    facts[id] = FactValue.FromCategory(element.GetString()!);
                    break;
                default:
                    errors.Add(new ToolDefinitionError($"$.facts.{id}", element.ValueKind.ToString(), "fact-type", "a fact is a number, true/false, or a category name"));
                    break;
            }
        }

        if (errors.Count > 0)
        {
            throw new ToolResponseException(errors);
        }

        return new ToolResponse(dto.Tool!, dto.ToolVersion!, answers)
        {
            SchemaVersion = dto.SchemaVersion!.Value,
            Facts = facts,
            Sections = dto.Sections?.Select(s => s!).ToArray(),
        };
    }
}
