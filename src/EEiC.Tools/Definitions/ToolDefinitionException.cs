namespace EEiC.Tools.Definitions;

/// <summary>
/// Thrown when a tool definition cannot be read or is not valid: malformed JSON, an unsupported schema version, an
/// unknown field, input beyond the read limits, or any broken rule of <see cref="ToolDefinition.Validate"/>. Lists
/// every problem found, each with its JSON path.
/// </summary>
public sealed class ToolDefinitionException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="errors">Every problem found; at least one.</param>
    public ToolDefinitionException(IReadOnlyList<ToolDefinitionError> errors)
        : base(Describe("tool definition is not valid", errors))
    {
        Errors = errors;
    }

    /// <summary>Every problem found, in the order they were found.</summary>
    public IReadOnlyList<ToolDefinitionError> Errors { get; }

    internal static string Describe(string what, IReadOnlyList<ToolDefinitionError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        const int shown = 20;
        var lines = errors.Take(shown).Select(e => "  - " + e);
        var more = errors.Count > shown ? $"{Environment.NewLine}  … and {errors.Count - shown} more (see Errors)" : string.Empty;
        return $"{what}: {errors.Count} problem(s){Environment.NewLine}{string.Join(Environment.NewLine, lines)}{more}";
    }
}
