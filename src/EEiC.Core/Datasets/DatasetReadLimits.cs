namespace EEiC.Datasets;

/// <summary>Bounds on what a reader accepts, so that a hostile or corrupt file cannot exhaust memory.</summary>
public sealed record DatasetReadLimits
{
    /// <summary>The defaults: 256 MiB, 5,000,000 rows, JSON depth 16, CSV field length 4,096 characters.</summary>
    public static DatasetReadLimits Default { get; } = new();

    /// <summary>Largest input accepted, in bytes (UTF-8) or characters (text). Default 256 MiB.</summary>
    public long MaxBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Most data rows accepted. Default 5,000,000.</summary>
    public int MaxRows { get; init; } = 5_000_000;

    /// <summary>Deepest JSON nesting accepted. Default 16 (a dataset needs 4).</summary>
    public int MaxDepth { get; init; } = 16;

    /// <summary>Longest CSV field accepted, in characters. Default 4,096.</summary>
    public int MaxFieldLength { get; init; } = 4096;

    internal void Validate()
    {
        if (MaxBytes <= 0 || MaxRows <= 0 || MaxDepth <= 0 || MaxFieldLength <= 0)
        {
            throw new ArgumentException(
                $"DatasetReadLimits must all be > 0, got MaxBytes={MaxBytes}, MaxRows={MaxRows}, MaxDepth={MaxDepth}, MaxFieldLength={MaxFieldLength}.",
                "limits");
        }
    }
}
