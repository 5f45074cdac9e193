namespace EEiC.Tools.Definitions;

/// <summary>One of the choices of an item whose <see cref="ToolItem.AnswerType"/> is <see cref="AnswerType.Choice"/>.</summary>
/// <param name="Id">The identifier the answer gives (kebab-case, unique within the item).</param>
/// <param name="Label">The text shown to the user.</param>
public sealed record ToolChoice(string Id, string Label)
{
    /// <summary>The choice's score, or <see langword="null"/>. The item is scored only when every one of its choices has a score.</summary>
    public double? Score { get; init; }
}
