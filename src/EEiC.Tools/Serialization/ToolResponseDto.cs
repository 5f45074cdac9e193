using System.Text.Json;
using EEiC.Tools.Evaluation;

namespace EEiC.Tools.Serialization;

#pragma warning disable CA1002, CA2227 // DTOs: mutable collections are what System.Text.Json binds to.

/// <summary>The JSON shape of a <see cref="ToolResponse"/> (schema version 1); facts are bare JSON values (number, boolean or string).</summary>
internal sealed class ToolResponseDto
{
    public int? SchemaVersion { get; set; }

    public string? Tool { get; set; }

    public string? ToolVersion { get; set; }

    public List<string?>? Sections { get; set; }

    public Dictionary<string, AnswerDto?>? Answers { get; set; }

    public Dictionary<string, JsonElement>? Facts { get; set; }
}

/// <summary>The JSON shape of an <see cref="Answer"/>.</summary>
internal sealed class AnswerDto
{
    public string? Grade { get; set; }

    public YesPartlyNo? YesPartlyNo { get; set; }

    public double? Number { get; set; }

    public string? Choice { get; set; }

    public string? Text { get; set; }

    public List<string?>? Entities { get; set; }

    public string? Note { get; set; }
}
