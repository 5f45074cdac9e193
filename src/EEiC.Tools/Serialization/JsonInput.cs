using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using EEiC.Tools.Definitions;

namespace EEiC.Tools.Serialization;

/// <summary>The bounded, schema-versioned reading shared by the tool readers.</summary>
internal static class JsonInput
{
    internal static byte[] ReadAll(Stream utf8Json, ToolReadLimits limits, Func<IReadOnlyList<ToolDefinitionError>, Exception> fail)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = utf8Json.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limits.MaxBytes)
            {
                throw fail([TooLarge(limits)]);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    internal static byte[] FromText(string json, ToolReadLimits limits, Func<IReadOnlyList<ToolDefinitionError>, Exception> fail) =>
        json.Length > limits.MaxBytes ? throw fail([TooLarge(limits)]) : Encoding.UTF8.GetBytes(json);

    private static ToolDefinitionError TooLarge(ToolReadLimits limits) =>
        new("$", null, "size-limit", $"the input is larger than the limit of {limits.MaxBytes} bytes (ToolReadLimits.MaxBytes)");

    /// <summary>Checks the document is an object whose schema_version is <paramref name="supported"/>, then deserialises it.</summary>
    internal static T Deserialize<T>(ReadOnlySpan<byte> utf8, ToolReadLimits limits, int supported, string what, Func<ToolsJsonContext, JsonTypeInfo<T>> typeInfo, Func<IReadOnlyList<ToolDefinitionError>, Exception> fail)
        where T : class
    {
        CheckSchemaVersion(utf8, limits, supported, what, fail);
        T? dto;
        try
        {
            var options = new JsonSerializerOptions(ToolsJsonContext.Default.Options) { MaxDepth = limits.MaxDepth };
            dto = JsonSerializer.Deserialize(utf8, typeInfo(new ToolsJsonContext(options)));
        }
        catch (JsonException e)
        {
            throw fail([FromJsonException(e, what)]);
        }

        return dto ?? throw fail([new ToolDefinitionError("$", "null", "json-object", $"the document must be a {what} object, got null")]);
    }

    private static void CheckSchemaVersion(ReadOnlySpan<byte> utf8, ToolReadLimits limits, int supported, string what, Func<IReadOnlyList<ToolDefinitionError>, Exception> fail)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = limits.MaxDepth });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw fail([new ToolDefinitionError("$", null, "json-object",
                    $"the document must be a JSON {what} object with schema_version {supported}, got {(reader.TokenType == JsonTokenType.None ? "nothing" : reader.TokenType.ToString())}")]);
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("schema_version"u8))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var version) && version == supported)
                    {
                        return;
                    }

                    var text = reader.TokenType is JsonTokenType.String or JsonTokenType.Number
                        ? Encoding.UTF8.GetString(reader.ValueSpan)
                        : reader.TokenType.ToString();
                    throw fail([new ToolDefinitionError("$.schema_version", text, "supported-schema-version",
                        $"schema_version {text} is not supported; this version of EEiC reads {what} schema_version {supported}")]);
                }

                reader.Read();
                reader.Skip();
            }
        }
        catch (JsonException e)
        {
            throw fail([FromJsonException(e, what)]);
        }

        throw fail([new ToolDefinitionError("$.schema_version", null, "supported-schema-version",
            $"schema_version is missing; a {what} document must have \"schema_version\": {supported}")]);
    }

    private static ToolDefinitionError FromJsonException(JsonException e, string what)
    {
        var path = e.Path ?? "$";
        var where = e.LineNumber is { } line ? $" (line {line + 1}, byte {e.BytePositionInLine + 1})" : string.Empty;
        if (e.Message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            var start = e.Message.IndexOf('\'', StringComparison.Ordinal);
            var end = start < 0 ? -1 : e.Message.IndexOf('\'', start + 1);
            var name = end > start ? e.Message[(start + 1)..end] : null;
            return new ToolDefinitionError(path, name, "known-field", $"unknown field{(name is null ? string.Empty : $" '{name}'")}{where}; the {what} schema does not have it (check its spelling)");
        }

        var detail = e.Message.Split([" Path:", " LineNumber:"], 2, StringSplitOptions.None)[0];
        detail = System.Text.RegularExpressions.Regex.Replace(detail, @"EEiC\.Tools\.Serialization\.(\w+)Dto", "a $1 object");
        return new ToolDefinitionError(path, null, "json-syntax", $"not valid JSON for a {what}: {detail}{where}");
    }
}
