using System.Text.Json.Serialization;

namespace EEiC.Serialization;

/// <summary>Source-generated System.Text.Json metadata for the JSON contracts of EEiC.Core (no reflection at run time).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    WriteIndented = true)]
[JsonSerializable(typeof(DatasetDto))]
internal sealed partial class CoreJsonContext : JsonSerializerContext;
