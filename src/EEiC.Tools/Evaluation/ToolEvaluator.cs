using EEiC.Tools.Definitions;

namespace EEiC.Tools.Evaluation;

/// <summary>
/// Evaluates responses with a tool definition. Evaluation is pure and deterministic: the same definition and response
/// always give an equal <see cref="ToolReport"/>, and nothing is read from or written to anywhere else.
/// </summary>
/// <remarks>
/// <para>Scores: each scored item that applies and is answered contributes its raw score (a level's score; yes 1,
/// partly 0.5, no 0; a choice's score) times its weight to a weighted sum, or its score rescaled to 0-1 over its own
/// range to a weighted mean shown as a percentage (<see cref="ScoringMethod"/>). Unanswered items are counted in
/// coverage, never as zero; an absence-of-evidence level counts as answered, with its score. Items that do not apply
/// (condition false, or answered not applicable) are left out of both.</para>
/// <para>Modular use: when a response lists the sections in use, the report covers those only, and rules or links that
/// read an item or section outside them are not evaluated.</para>
/// </remarks>
public static class ToolEvaluator
{
    /// <summary>Checks a response against a definition and returns every problem, each with its JSON path (for example <c>$.answers.q3.grade</c>).</summary>
    /// <param name="definition">A valid definition.</param>
    /// <param name="response">The response.</param>
    /// <returns>The problems, empty when the response fits the definition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    /// <exception cref="ToolDefinitionException"><paramref name="definition"/> is not valid.</exception>
    public static IReadOnlyList<ToolDefinitionError> Validate(ToolDefinition definition, ToolResponse response)
    {
        var tool = CompiledTool.Compile(definition);
        var errors = new List<ToolDefinitionError>();
        tool.Validate(response, "$", errors);
        return errors;
    }

    /// <summary>Evaluates one response.</summary>
    /// <param name="definition">A valid definition.</param>
    /// <param name="response">A response to it.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    /// <exception cref="ToolDefinitionException"><paramref name="definition"/> is not valid.</exception>
    /// <exception cref="ToolResponseException"><paramref name="response"/> does not fit the definition; lists every problem.</exception>
    public static ToolReport Evaluate(ToolDefinition definition, ToolResponse response)
    {
        var tool = CompiledTool.Compile(definition);
        var errors = new List<ToolDefinitionError>();
        tool.Validate(response, "$", errors);
        return errors.Count > 0 ? throw new ToolResponseException(errors) : tool.Evaluate(response);
    }

    /// <summary>
    /// Evaluates many responses with one definition, validating and compiling the definition once. Every response is
    /// validated before any is evaluated; problems are reported together with paths prefixed by the response's index
    /// (for example <c>$[3].answers.q1.grade</c>).
    /// </summary>
    /// <param name="definition">A valid definition.</param>
    /// <param name="responses">The responses.</param>
    /// <returns>One report per response, in order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ToolDefinitionException"><paramref name="definition"/> is not valid.</exception>
    /// <exception cref="ToolResponseException">A response does not fit the definition; lists every problem of every response.</exception>
    public static IReadOnlyList<ToolReport> Evaluate(ToolDefinition definition, IReadOnlyList<ToolResponse> responses)
    {
        ArgumentNullException.ThrowIfNull(responses);
        var tool = CompiledTool.Compile(definition);
        var errors = new List<ToolDefinitionError>();
        for (var r = 0; r < responses.Count; r++)
        {
            tool.Validate(responses[r], $"$[{r}]", errors);
        }

        if (errors.Count > 0)
        {
            throw new ToolResponseException(errors);
        }

        var reports = new ToolReport[responses.Count];
        for (var r = 0; r < responses.Count; r++)
        {
            reports[r] = tool.Evaluate(responses[r]);
        }

        return reports;
    }
}
