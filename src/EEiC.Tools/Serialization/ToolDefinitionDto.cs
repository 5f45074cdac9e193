using System.Text.Json;
using System.Text.Json.Serialization;
using EEiC.Organisations;
using EEiC.Sources;
using EEiC.Tools.Definitions;

namespace EEiC.Tools.Serialization;

#pragma warning disable CA1002, CA2227 // DTOs: mutable lists are what System.Text.Json binds to.

/// <summary>The JSON shape of a <see cref="ToolDefinition"/> (schema version 1).</summary>
internal sealed class ToolDefinitionDto
{
    public int? SchemaVersion { get; set; }

    public string? Id { get; set; }

    public string? Version { get; set; }

    public string? Title { get; set; }

    public string? Purpose { get; set; }

    public SourceDto? Source { get; set; }

    public List<StakeholderRole>? Audiences { get; set; }

    public List<ToolMode>? Modes { get; set; }

    public List<DocumentDto?>? Documents { get; set; }

    public List<ScaleDto?>? Scales { get; set; }

    public ScoringDto? Scoring { get; set; }

    public List<FactDto?>? Facts { get; set; }

    public List<SectionDto?>? Sections { get; set; }

    public List<RuleDto?>? Rules { get; set; }

    public List<ActionDto?>? Actions { get; set; }

    public List<LinkDto?>? Links { get; set; }
}

/// <summary>The JSON shape of a <see cref="SourceReference"/>: a document identifier and a location.</summary>
internal sealed class SourceDto
{
    public string? Document { get; set; }

    public string? Location { get; set; }
}

/// <summary>The JSON shape of a <see cref="SourceDocument"/> declared by a definition.</summary>
internal sealed class DocumentDto
{
    public string? Id { get; set; }

    public string? Citation { get; set; }
}

/// <summary>The JSON shape of a <see cref="GradingScale"/>.</summary>
internal sealed class ScaleDto
{
    public string? Id { get; set; }

    public string? Label { get; set; }

    public SourceDto? Source { get; set; }

    public Provenance? Provenance { get; set; }

    public List<LevelDto?>? Levels { get; set; }
}

/// <summary>The JSON shape of a <see cref="GradeLevel"/>.</summary>
internal sealed class LevelDto
{
    public string? Id { get; set; }

    public string? Label { get; set; }

    public double? Score { get; set; }

    public string? Description { get; set; }

    public bool? IsAbsenceOfEvidence { get; set; }
}

/// <summary>The JSON shape of a <see cref="ToolScoring"/>.</summary>
internal sealed class ScoringDto
{
    public ScoringMethod? Method { get; set; }

    public SourceDto? Source { get; set; }

    public Provenance? Provenance { get; set; }

    public List<BandDto?>? Bands { get; set; }
}

/// <summary>The JSON shape of a <see cref="ScoreBand"/>.</summary>
internal sealed class BandDto
{
    public string? Id { get; set; }

    public string? Label { get; set; }

    public double? From { get; set; }

    public string? Description { get; set; }
}

/// <summary>The JSON shape of a <see cref="FactDefinition"/>.</summary>
internal sealed class FactDto
{
    public string? Id { get; set; }

    public string? Label { get; set; }

    public FactType? Type { get; set; }

    public List<string?>? Categories { get; set; }

    public string? Description { get; set; }
}

/// <summary>The JSON shape of a <see cref="ToolSection"/>.</summary>
internal sealed class SectionDto
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public ConditionDto? ApplicableWhen { get; set; }

    public List<ItemDto?>? Items { get; set; }
}

/// <summary>The JSON shape of a <see cref="ToolItem"/>.</summary>
internal sealed class ItemDto
{
    public string? Id { get; set; }

    public string? Prompt { get; set; }

    public string? Indicator { get; set; }

    public string? Guidance { get; set; }

    public AnswerType? AnswerType { get; set; }

    public string? Scale { get; set; }

    public List<ChoiceDto?>? Choices { get; set; }

    public double? Weight { get; set; }

    public ConditionDto? ApplicableWhen { get; set; }

    public SourceDto? Source { get; set; }

    public Provenance? Provenance { get; set; }
}

/// <summary>The JSON shape of a <see cref="ToolChoice"/>.</summary>
internal sealed class ChoiceDto
{
    public string? Id { get; set; }

    public string? Label { get; set; }

    public double? Score { get; set; }
}

/// <summary>The JSON shape of a <see cref="Condition"/>: one subject key (all, any, not, item, section, fact) and, for a leaf, one test key.</summary>
internal sealed class ConditionDto
{
    public List<ConditionDto?>? All { get; set; }

    public List<ConditionDto?>? Any { get; set; }

    public ConditionDto? Not { get; set; }

    public string? Item { get; set; }

    public string? Section { get; set; }

    public string? Fact { get; set; }

    [JsonPropertyName("equals")]
    public JsonElement? EqualTo { get; set; }

    public List<JsonElement>? In { get; set; }

    public JsonElement? AtMost { get; set; }

    public JsonElement? AtLeast { get; set; }

    public JsonElement? Below { get; set; }

    public JsonElement? Above { get; set; }

    public bool? Missing { get; set; }
}

/// <summary>The JSON shape of a <see cref="FindingRule"/>.</summary>
internal sealed class RuleDto
{
    public string? Id { get; set; }

    public ConditionDto? When { get; set; }

    public FindingSeverity? Severity { get; set; }

    public string? Message { get; set; }

    public List<string?>? Items { get; set; }

    public List<SourceDto?>? Sources { get; set; }

    public List<string?>? Actions { get; set; }
}

/// <summary>The JSON shape of a <see cref="RecommendedAction"/>.</summary>
internal sealed class ActionDto
{
    public string? Id { get; set; }

    public string? Text { get; set; }

    public List<string?>? Tools { get; set; }

    public List<string?>? Guidance { get; set; }
}

/// <summary>The JSON shape of a <see cref="ToolLink"/>.</summary>
internal sealed class LinkDto
{
    public string? Tool { get; set; }

    public string? Reason { get; set; }

    public ConditionDto? When { get; set; }
}
