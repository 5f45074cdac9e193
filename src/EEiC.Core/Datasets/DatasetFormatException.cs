namespace EEiC.Datasets;

/// <summary>
/// Thrown when a dataset cannot be read: malformed JSON or CSV, an unsupported schema version, missing or
/// unknown columns, values that are not numbers, or input beyond the <see cref="DatasetReadLimits"/>.
/// Lists every problem found.
/// </summary>
public sealed class DatasetFormatException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="errors">Every problem found; at least one.</param>
    public DatasetFormatException(IReadOnlyList<DatasetError> errors)
        : base(Describe("dataset cannot be read", errors))
    {
        Errors = errors;
    }

    /// <summary>Every problem found, in the order they were found.</summary>
    public IReadOnlyList<DatasetError> Errors { get; }

    internal DatasetFormatException(DatasetError error)
        : this([error])
    {
    }

    internal static string Describe(string what, IReadOnlyList<DatasetError> errors)
    {
        const int shown = 20;
        var lines = errors.Take(shown).Select(e => "  - " + e);
        var more = errors.Count > shown ? $"{Environment.NewLine}  … and {errors.Count - shown} more (see Errors)" : string.Empty;
        return $"{what}: {errors.Count} problem(s){Environment.NewLine}{string.Join(Environment.NewLine, lines)}{more}";
    }
}
