using EEiC.Tools.Definitions;

namespace EEiC.Tools.Evaluation;

/// <summary>
/// Thrown when a response does not fit the definition it is evaluated against (another tool or version, unknown items,
/// sections or facts, answers of the wrong type, grades not on the scale, choices or categories not declared,
/// numbers not finite). Lists every problem, each with its JSON path (for a batch, prefixed with the response's index,
/// for example <c>$[3].answers.q1.grade</c>).
/// </summary>
public sealed class ToolResponseException : ArgumentException
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="errors">Every problem found; at least one.</param>
    public ToolResponseException(IReadOnlyList<ToolDefinitionError> errors)
        : base(ToolDefinitionException.Describe("tool response does not fit its definition", errors), "response")
    {
        Errors = errors;
    }

    /// <summary>Every problem found, in the order they were found.</summary>
    public IReadOnlyList<ToolDefinitionError> Errors { get; }
}
