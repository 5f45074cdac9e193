namespace EEiC.Statistics.Sensitivity;

/// <summary>One way of re-allocating records with unknown ethnicity to the ethnic groups.</summary>
/// <param name="Kind">Complete case, all to one group, or in proportion.</param>
/// <param name="Group">For <see cref="ReallocationKind.AllToGroup"/>, the group that receives every unknown record; otherwise <see langword="null"/>.</param>
public readonly record struct ReallocationScenario(ReallocationKind Kind, string? Group)
{
    /// <summary>For example <c>"complete case"</c>, <c>"all unknown to 'J'"</c> or <c>"in proportion"</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => Kind switch
    {
        ReallocationKind.CompleteCase => "complete case",
        ReallocationKind.AllToGroup => $"all unknown to '{Group}'",
        _ => "in proportion",
    };
}
