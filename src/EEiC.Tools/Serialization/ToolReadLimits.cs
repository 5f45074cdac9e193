namespace EEiC.Tools.Serialization;

/// <summary>Bounds on what the tool readers accept, so that a hostile or corrupt file cannot exhaust memory.</summary>
public sealed record ToolReadLimits
{
    /// <summary>The defaults: 16 MiB and JSON depth 64.</summary>
    public static ToolReadLimits Default { get; } = new();

    /// <summary>Largest input accepted, in bytes (UTF-8) or characters (text). Default 16 MiB.</summary>
    public long MaxBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Deepest JSON nesting accepted. Default 64 (a definition without nested conditions needs 8).</summary>
    public int MaxDepth { get; init; } = 64;

    internal void Validate()
    {
        if (MaxBytes <= 0 || MaxDepth <= 0)
        {
            throw new ArgumentException($"ToolReadLimits must all be > 0, got MaxBytes={MaxBytes}, MaxDepth={MaxDepth}.", "limits");
        }
    }
}
