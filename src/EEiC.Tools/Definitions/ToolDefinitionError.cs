namespace EEiC.Tools.Definitions;

/// <summary>
/// One problem in a tool definition, or in a response checked against one, located by its JSON path (the same path
/// for a definition read from JSON and one built in code, because the model mirrors the JSON).
/// </summary>
/// <param name="Path">The JSON path of the offending value, for example <c>$.sections[2].items[0].weight</c> or <c>$.answers.q3.grade</c>.</param>
/// <param name="Value">The offending value as text, or <see langword="null"/> when it is absent.</param>
/// <param name="Rule">A short stable identifier of the rule broken, for example <c>"weight-non-negative"</c> or <c>"known-item"</c>.</param>
/// <param name="Message">A sentence saying what is wrong and what is expected.</param>
public sealed record ToolDefinitionError(string Path, string? Value, string Rule, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Value is null ? $"{Path}: {Message} [{Rule}]" : $"{Path} = '{Value}': {Message} [{Rule}]";
}
