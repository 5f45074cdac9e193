using System.Globalization;
using EEiC.Datasets;
using EEiC.Ethnicity;

namespace EEiC.Tools.Audit;

/// <summary>
/// Reads a user's own dataset for an audit from a CSV file and checks it, with errors a newcomer can act on: a missing or
/// empty file, a wrong header, values that are not numbers (every bad row) and group values that are not codes of the
/// ethnicity classification (each distinct value once, with the rows it is on and what it looks like).
/// </summary>
/// <remarks>
/// <para>The file format is that of <see cref="StratifiedDatasetCsv"/>: a header naming the columns (<c>group</c>,
/// <c>age_band</c>, <c>sex</c>, <c>area</c>, <c>period</c>, <c>deprivation_quantile</c>, <c>numerator</c>,
/// <c>denominator</c>, <c>value</c>, <c>standard_error</c>, <c>population</c>, in any order), one row per group and
/// stratum. For an audit of a proportion the columns <c>group</c>, <c>numerator</c> and <c>denominator</c> are required,
/// and <c>group</c> holds NHS Ethnic Category codes (<c>A</c> to <c>S</c>, <c>Z</c> not stated, <c>99</c> not known),
/// as in the synthetic sample <see cref="AuditSamples.CardiacRehabilitation"/>.</para>
/// <para>Unknown group codes are reported once per distinct value rather than once per row, because a file in the wrong
/// classification would otherwise give as many identical errors as it has rows; each such error counts the rows and names
/// the first ones. Every other problem is reported row by row, as <see cref="StratifiedDataset.Validate"/> finds it.</para>
/// </remarks>
public static class AuditCsv
{
    private const int RowsNamed = 5;

    /// <summary>Reads and validates a dataset from a CSV file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="measure">What the rows measure; default <see cref="DatasetMeasure.Proportion"/> (numerator and denominator).</param>
    /// <param name="group">What the group column holds; default NHS Ethnic Category codes (<see cref="GroupDimension.Ethnicity"/>).</param>
    /// <param name="name">The dataset's name; default the file's name.</param>
    /// <param name="localCategories">Local NHS sub-categories the group column may use.</param>
    /// <param name="limits">Bounds on the input; <see langword="null"/> for <see cref="DatasetReadLimits.Default"/>.</param>
    /// <returns>The dataset, valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="DatasetFormatException">The file is missing, empty or unreadable, or is not a dataset table (wrong header, values that are not numbers, malformed CSV); lists every problem.</exception>
    /// <exception cref="DatasetValidationException">The table breaks the dataset's rules (for example group values that are not codes of the classification, a numerator above its denominator); lists every problem.</exception>
    public static StratifiedDataset Read(
        string path,
        DatasetMeasure measure = DatasetMeasure.Proportion,
        GroupDimension? group = null,
        string? name = null,
        IReadOnlyList<EthnicCategory>? localCategories = null,
        DatasetReadLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (string.IsNullOrWhiteSpace(path))
        {
            throw FileProblem(path, "file-exists", "the path is blank; give the path of a CSV file");
        }

        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw FileProblem(path, "file-exists", $"'{full}' is a folder, not a CSV file");
        }

        if (!File.Exists(full))
        {
            throw FileProblem(path, "file-exists", $"there is no file '{full}'");
        }

        try
        {
            if (new FileInfo(full).Length == 0)
            {
                throw FileProblem(path, "file-not-empty",
                    $"the file '{full}' is empty; it must start with a header naming the columns, for example '{Example(measure)}'");
            }

            using var reader = File.OpenText(full);
            return Read(reader, measure, group, name ?? Path.GetFileName(full), localCategories, limits);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw FileProblem(path, "file-readable", $"the file '{full}' cannot be read: {e.Message}");
        }
    }

    /// <summary>Reads and validates a dataset from CSV text.</summary>
    /// <param name="reader">The CSV text (left open).</param>
    /// <param name="measure">What the rows measure; default <see cref="DatasetMeasure.Proportion"/> (numerator and denominator).</param>
    /// <param name="group">What the group column holds; default NHS Ethnic Category codes (<see cref="GroupDimension.Ethnicity"/>).</param>
    /// <param name="name">An optional dataset name.</param>
    /// <param name="localCategories">Local NHS sub-categories the group column may use.</param>
    /// <param name="limits">Bounds on the input; <see langword="null"/> for <see cref="DatasetReadLimits.Default"/>.</param>
    /// <returns>The dataset, valid, with read-only rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="DatasetFormatException">The text is not a dataset table (no header, wrong header, values that are not numbers, malformed CSV); lists every problem.</exception>
    /// <exception cref="DatasetValidationException">The table breaks the dataset's rules; lists every problem, unknown group values once per distinct value.</exception>
    public static StratifiedDataset Read(
        TextReader reader,
        DatasetMeasure measure = DatasetMeasure.Proportion,
        GroupDimension? group = null,
        string? name = null,
        IReadOnlyList<EthnicCategory>? localCategories = null,
        DatasetReadLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        group ??= GroupDimension.Ethnicity();
        StratifiedDataset dataset;
        try
        {
            dataset = StratifiedDatasetCsv.Read(reader, group, measure, name, localCategories, limits);
        }
        catch (DatasetFormatException e) when (e.Errors.Any(x => x.Rule == UnknownGroupRule))
        {
            // Unreadable numbers come with the row rules of the readable fields: condense the unknown codes there too.
            throw new DatasetFormatException(CondenseUnknownGroups(group, localCategories ?? [], e.Errors));
        }

        dataset = dataset with { Rows = Array.AsReadOnly(dataset.Rows.ToArray()) };
        var errors = dataset.Validate();
        return errors.Count == 0 ? dataset : throw new DatasetValidationException(CondenseUnknownGroups(dataset.Group, dataset.LocalCategories, errors));
    }

    private const string UnknownGroupRule = "known-group-code";

    /// <summary>Replaces the errors for unknown group values by one error per distinct value, at the place of its first row.</summary>
    private static List<DatasetError> CondenseUnknownGroups(GroupDimension group, IReadOnlyList<EthnicCategory> localCategories, IReadOnlyList<DatasetError> errors)
    {
        const string rule = UnknownGroupRule;
        var rowsByValue = errors.Where(e => e.Rule == rule)
            .GroupBy(e => e.Value ?? string.Empty, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Row ?? 0).ToList(), StringComparer.Ordinal);
        var result = new List<DatasetError>(errors.Count);
        foreach (var error in errors)
        {
            if (error.Rule != rule)
            {
                result.Add(error);
            }
            else if (rowsByValue.Remove(error.Value ?? string.Empty, out var rows))
            {
                result.Add(error with { Message = UnknownGroupMessage(group, localCategories, error.Value ?? string.Empty, rows) });
            }
        }

        return result;
    }

    private static string UnknownGroupMessage(GroupDimension group, IReadOnlyList<EthnicCategory> localCategories, string value, List<int> rows)
    {
        var classification = EthnicityClassification.For(group.Scheme!.Value);
        var where = rows.Count == 1
            ? "(1 row)"
            : string.Create(CultureInfo.InvariantCulture, $"({rows.Count:N0} rows: {string.Join(", ", rows.Take(RowsNamed))}{(rows.Count > RowsNamed ? ", …" : string.Empty)})");
        var parsed = new EthnicityParser(new EthnicityParserOptions { Target = classification.Scheme, LocalCategories = localCategories }).Parse(value);
        var hint = parsed switch
        {
            { IsMapped: true, Category: { } c } => $"it reads as the category '{c.Label}', whose code is '{c.Code}': write codes, or convert the column with EthnicityParser",
            { Recognised: { } r } => $"it reads as the {r.Scheme} category '{r.Label}', which has no single {classification.Name} code: cross-walk the column with EthnicityCrosswalk",
            _ => $"if the column uses another classification, say which with GroupDimension.Ethnicity(scheme)",
        };
        return $"'{value}' is not a code of {classification.Name} {where}; {hint}. Valid codes: {string.Join(", ", classification.Categories.Select(c => c.Code))}";
    }

    private static string Example(DatasetMeasure measure) => measure == DatasetMeasure.Estimate ? "group,value" : "group,age_band,numerator,denominator";

    private static DatasetFormatException FileProblem(string path, string rule, string message) =>
        new([new DatasetError(null, "file", path, rule, message)]);
}
