using System.Collections.ObjectModel;

namespace EEiC.Tools.Evaluation;

/// <summary>
/// A response to a tool: the tool and version answered, answers by item identifier, optional data facts by fact
/// identifier, and optionally the sections in use (a response may use some modular sections only). Partial responses
/// are normal: the report says what is missing.
/// </summary>
/// <param name="Tool">The identifier of the tool answered.</param>
/// <param name="ToolVersion">The version of the tool answered.</param>
/// <param name="Answers">The answers by item identifier.</param>
public sealed record ToolResponse(string Tool, string ToolVersion, IReadOnlyDictionary<string, Answer> Answers)
{
    /// <summary>The schema version this library reads and writes.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>The JSON schema version of the response (<see cref="CurrentSchemaVersion"/>).</summary>
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>Data facts by fact identifier (for example results from EEiC.Statistics).</summary>
    public IReadOnlyDictionary<string, FactValue> Facts { get; init; } = ReadOnlyDictionary<string, FactValue>.Empty;

    /// <summary>The identifiers of the sections in use, or <see langword="null"/> for all sections.</summary>
    public IReadOnlyList<string>? Sections { get; init; }

    /// <inheritdoc />
    public bool Equals(ToolResponse? other) =>
        other is not null && SchemaVersion == other.SchemaVersion && Tool == other.Tool && ToolVersion == other.ToolVersion
        && SameEntries(Answers, other.Answers) && SameEntries(Facts, other.Facts) && Sequence.Equal(Sections, other.Sections);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(SchemaVersion, Tool, ToolVersion, Answers?.Count, Facts?.Count, Sequence.Hash(Sections));

    private static bool SameEntries<T>(IReadOnlyDictionary<string, T>? a, IReadOnlyDictionary<string, T>? b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is null || b is null || a.Count != b.Count)
        {
            return false;
        }

        foreach (var (key, value) in a)
        {
            if (!b.TryGetValue(key, out var otherValue) || !EqualityComparer<T>.Default.Equals(value, otherValue))
            {
                return false;
            }
        }

        return true;
    }
}
