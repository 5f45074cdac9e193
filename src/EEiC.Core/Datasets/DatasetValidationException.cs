namespace EEiC.Datasets;

/// <summary>Thrown by <see cref="StratifiedDataset.EnsureValid"/> when a dataset breaks its rules; lists every problem, not just the first.</summary>
public sealed class DatasetValidationException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="errors">Every problem found; at least one.</param>
    public DatasetValidationException(IReadOnlyList<DatasetError> errors)
        : base(DatasetFormatException.Describe("dataset is not valid", errors))
    {
        Errors = errors;
    }

    /// <summary>Every problem found, in row order.</summary>
    public IReadOnlyList<DatasetError> Errors { get; }
}
