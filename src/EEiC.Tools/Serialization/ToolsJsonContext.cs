using System.Text.Json;
using System.Text.Json.Serialization;

namespace EEiC.Tools.Serialization;

/// <summary>Source-generated System.Text.Json metadata for the JSON contracts of EEiC.Tools (no reflection at run time).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    UseStringEnumConverter = true,
    WriteIndented = true)]
[JsonSerializable(typeof(ToolDefinitionDto))]
[JsonSerializable(typeof(ToolResponseDto))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class ToolsJsonContext : JsonSerializerContext;
