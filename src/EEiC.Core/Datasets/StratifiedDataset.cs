using EEiC.Ethnicity;

namespace EEiC.Datasets;

/// <summary>
/// The tabular input every analysis reads: rows of a group (usually an ethnic category) with optional strata
/// (age band, sex, area, period, deprivation quantile), carrying either counts (numerator and denominator) or
/// estimates (value, standard error, population). Read and write it with <see cref="StratifiedDatasetJson"/>
/// and <see cref="StratifiedDatasetCsv"/>; check it with <see cref="Validate"/>.
/// </summary>
/// <remarks>
/// A dataset holds exactly what was read: validation reports problems but changes nothing, so a caller can
/// always get back the rows as they came. Two datasets are equal when their envelope and rows are equal, in order.
/// </remarks>
public sealed record StratifiedDataset
{
    /// <summary>The schema version this library reads and writes.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Creates a dataset.</summary>
    /// <param name="group">What the group column holds.</param>
    /// <param name="measure">What the rows measure.</param>
    /// <param name="rows">The rows, in order.</param>
    /// <param name="name">An optional name (for example the indicator and period).</param>
    /// <param name="localCategories">Local NHS sub-categories the group column may use.</param>
    /// <exception cref="ArgumentNullException"><paramref name="group"/> or <paramref name="rows"/> is null.</exception>
    public StratifiedDataset(
        GroupDimension group,
        DatasetMeasure measure,
        IReadOnlyList<StratifiedRow> rows,
        string? name = null,
        IReadOnlyList<EthnicCategory>? localCategories = null)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(rows);
        Group = group;
        Measure = measure;
        Rows = rows;
        Name = name;
        LocalCategories = localCategories ?? [];
    }

    /// <summary>The schema version of the contract the dataset was read with (always <see cref="CurrentSchemaVersion"/> for datasets this library builds).</summary>
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>An optional name.</summary>
    public string? Name { get; init; }

    /// <summary>What the group column holds.</summary>
    public GroupDimension Group { get; init; }

    /// <summary>What the rows measure.</summary>
    public DatasetMeasure Measure { get; init; }

    /// <summary>The rows, in the order they were read or given.</summary>
    public IReadOnlyList<StratifiedRow> Rows { get; init; }

    /// <summary>Local NHS sub-categories (see <see cref="EthnicCategory.CreateLocal"/>) the group column may use.</summary>
    public IReadOnlyList<EthnicCategory> LocalCategories { get; init; }

    /// <summary>Checks every rule of the contract on every row: required columns for the measure, counts ≥ 0 and finite, numerator ≤ denominator for proportions, group codes known to the scheme, no blank strata, no duplicated group-and-strata combination.</summary>
    /// <returns>Every problem found, in row order; empty when the dataset is valid.</returns>
    public IReadOnlyList<DatasetError> Validate() => StratifiedDatasetValidator.Validate(this);

    /// <summary>Throws when <see cref="Validate"/> finds any problem.</summary>
    /// <returns>This dataset, for chaining.</returns>
    /// <exception cref="DatasetValidationException">The dataset breaks at least one rule; the exception lists all of them.</exception>
    public StratifiedDataset EnsureValid()
    {
        var errors = Validate();
        return errors.Count == 0 ? this : throw new DatasetValidationException(errors);
    }

    /// <summary>The ethnic category a row's group denotes, for an ethnicity dataset.</summary>
    /// <param name="row">A row of this dataset.</param>
    /// <returns>The category (a local sub-category when the code is a registered local code), or <see langword="null"/> when the dataset is not about ethnicity or the code is unknown.</returns>
    public EthnicCategory? CategoryOf(StratifiedRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (Group.Scheme is not { } scheme || row.Group is null)
        {
            return null;
        }

        var code = row.Group.Trim();
        return EthnicityClassification.For(scheme).Find(code)
            ?? LocalCategories.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
    }

    /// <inheritdoc />
    public bool Equals(StratifiedDataset? other) =>
        other is not null
        && SchemaVersion == other.SchemaVersion
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && Equals(Group, other.Group)
        && Measure == other.Measure
        && Rows.SequenceEqual(other.Rows)
        && LocalCategories.SequenceEqual(other.LocalCategories)
        && LocalCategories.Select(c => c.Label).SequenceEqual(other.LocalCategories.Select(c => c.Label), StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(SchemaVersion, Name, Group, Measure, Rows.Count);
}
