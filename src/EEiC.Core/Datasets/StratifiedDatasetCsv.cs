using System.Globalization;
using System.Text;
using EEiC.Ethnicity;

namespace EEiC.Datasets;

/// <summary>
/// Reads and writes the rows of a <see cref="StratifiedDataset"/> as CSV (RFC 4180: comma-separated, fields
/// with commas, quotes or line breaks in double quotes). The header names the columns, in any order and any
/// case: <c>group, age_band, sex, area, period, deprivation_quantile, numerator, denominator, value,
/// standard_error, population</c>. The envelope (group dimension, measure, local categories) is not in the
/// file: the caller states it.
/// </summary>
/// <remarks>
/// An unquoted empty field is absent (<see langword="null"/>); a quoted empty field (<c>""</c>) is an empty
/// string, so writing and reading back gives an equal dataset. Numbers use the invariant culture (a dot for
/// decimals) and are written in shortest round-trip form. Entirely blank lines are ignored. Every malformed
/// row, unparseable number, unknown or missing column is reported, not just the first.
/// </remarks>
public static class StratifiedDatasetCsv
{
    /// <summary>Writes the rows of a dataset as CSV: the header, then one line per row. Columns no row uses are left out, except those the measure requires.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="writer">The destination (left open).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(StratifiedDataset dataset, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(writer);
        var required = DatasetColumns.RequiredFor(dataset.Measure);
        var columns = DatasetColumns.All
            .Where(c => required.Contains(c) || dataset.Rows.Any(r => Field(r, c) is not null))
            .ToArray();
        writer.Write(string.Join(',', columns));
        writer.Write("\r\n");
        foreach (var row in dataset.Rows)
        {
            for (var i = 0; i < columns.Length; i++)
            {
                if (i > 0)
                {
                    writer.Write(',');
                }

                writer.Write(Quote(Field(row, columns[i])));
            }

            writer.Write("\r\n");
        }
    }

    /// <summary>Writes the rows of a dataset as CSV text.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The CSV text.</returns>
    public static string Write(StratifiedDataset dataset)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(dataset, writer);
        return writer.ToString();
    }

    /// <summary>Reads a dataset's rows from CSV.</summary>
    /// <param name="reader">The CSV text (left open).</param>
    /// <param name="group">What the group column holds.</param>
    /// <param name="measure">What the rows measure; decides the columns that must be present.</param>
    /// <param name="name">An optional dataset name.</param>
    /// <param name="localCategories">Local NHS sub-categories the group column may use.</param>
    /// <param name="limits">Bounds on the input; <see langword="null"/> for <see cref="DatasetReadLimits.Default"/>.</param>
    /// <returns>The dataset exactly as read (call <see cref="StratifiedDataset.Validate"/> to check its rows).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="group"/> is null.</exception>
    /// <exception cref="DatasetFormatException">The text is not a readable dataset table; lists every problem, including, when every row could be split into its fields, the row rules of <see cref="StratifiedDataset.Validate"/> broken by the readable fields.</exception>
    public static StratifiedDataset Read(
        TextReader reader,
        GroupDimension group,
        DatasetMeasure measure,
        string? name = null,
        IReadOnlyList<EthnicCategory>? localCategories = null,
        DatasetReadLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(group);
        limits ??= DatasetReadLimits.Default;
        limits.Validate();
        var errors = new List<DatasetError>();
        var records = new CsvRecordReader(reader, limits);
        if (!records.TryRead(out var header, out var headerLine, errors))
        {
            errors.Add(new DatasetError(null, "header", null, "has-header",
                $"the CSV must start with a header naming the columns, for example '{string.Join(',', DatasetColumns.RequiredFor(measure))}'"));
            throw new DatasetFormatException(errors);
        }

        var map = MapHeader(header, measure, errors);
        if (errors.Count > 0)
        {
            throw new DatasetFormatException(errors);
        }

        var rows = new List<StratifiedRow>();
        var unreadableFields = new HashSet<(int? Row, string Column)>();
        var rowNumber = 0;
        while (records.TryRead(out var fields, out var line, errors))
        {
            rowNumber++;
            if (rowNumber > limits.MaxRows)
            {
                errors.Add(new DatasetError(rowNumber, "$", null, "row-limit",
                    $"more than {limits.MaxRows} rows (DatasetReadLimits.MaxRows); reading stopped at line {line}"));
                break;
            }

            if (fields.Count == 0)
            {
                continue; // a syntax error, already reported
            }

            if (fields.Count != header.Count)
            {
                errors.Add(new DatasetError(rowNumber, "$", null, "field-count",
                    $"line {line} has {fields.Count} field(s) but the header has {header.Count}"));
                continue;
            }

            var before = errors.Count;
            var row = new StratifiedRow(
                Text(fields, map, DatasetColumns.Group)!,
                Text(fields, map, DatasetColumns.AgeBand),
                Text(fields, map, DatasetColumns.Sex),
                Text(fields, map, DatasetColumns.Area),
                Text(fields, map, DatasetColumns.Period),
                Integer(fields, map, DatasetColumns.DeprivationQuantile, rowNumber, line, errors),
                Number(fields, map, DatasetColumns.Numerator, rowNumber, line, errors),
                Number(fields, map, DatasetColumns.Denominator, rowNumber, line, errors),
                Number(fields, map, DatasetColumns.Value, rowNumber, line, errors),
                Number(fields, map, DatasetColumns.StandardError, rowNumber, line, errors),
                Number(fields, map, DatasetColumns.Population, rowNumber, line, errors));
            // A row with an unreadable number is kept (that field empty) so the other rows keep their numbers and the
            // rest of it can still be checked below; a row with the wrong number of fields cannot be.
            rows.Add(row);
            unreadableFields.UnionWith(errors.Skip(before).Select(e => (e.Row, e.Column)));
        }

        if (errors.Count > 0)
        {
            // Report every problem at once: when the only problems are unreadable numbers, the row rules too (every row
            // was split into its fields, so the numbering holds), without repeating a field already reported.
            if (errors.All(e => e.Rule is "number" or "integer"))
            {
                errors.AddRange(new StratifiedDataset(group, measure, rows, name, localCategories).Validate()
                    .Where(e => !unreadableFields.Contains((e.Row, e.Column))));
                var ordered = errors.OrderBy(e => e.Row ?? 0).ToArray();   // stable: a row's unreadable fields first
                errors.Clear();
                errors.AddRange(ordered);
            }

            throw new DatasetFormatException(errors);
        }

        return new StratifiedDataset(group, measure, rows, name, localCategories);
    }

    private static Dictionary<string, int> MapHeader(IReadOnlyList<CsvField> header, DatasetMeasure measure, List<DatasetError> errors)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var column = (header[i].Text ?? string.Empty).Trim().ToLowerInvariant();
            if (!DatasetColumns.All.Contains(column))
            {
                errors.Add(new DatasetError(null, "header", header[i].Text, "known-column",
                    $"unknown column '{header[i].Text}' (column {i + 1}); known columns are {string.Join(", ", DatasetColumns.All)}"));
            }
            else if (!map.TryAdd(column, i))
            {
                errors.Add(new DatasetError(null, "header", header[i].Text, "unique-column",
                    $"column '{column}' appears twice (columns {map[column] + 1} and {i + 1})"));
            }
        }

        foreach (var column in DatasetColumns.RequiredFor(measure).Where(c => !map.ContainsKey(c)))
        {
            errors.Add(new DatasetError(null, "header", null, "required-column",
                $"column '{column}' is required for a {measure} dataset but the header does not have it"));
        }

        return map;
    }

    private static string? Text(IReadOnlyList<CsvField> fields, Dictionary<string, int> map, string column) =>
        map.TryGetValue(column, out var i) ? fields[i].Text : null;

    private static double? Number(IReadOnlyList<CsvField> fields, Dictionary<string, int> map, string column, int row, long line, List<DatasetError> errors)
    {
        var text = Text(fields, map, column);
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(new DatasetError(row, column, text, "number",
            $"'{text}' on line {line} is not a number (use digits with a dot for decimals, for example 12.5)"));
        return null;
    }

    private static int? Integer(IReadOnlyList<CsvField> fields, Dictionary<string, int> map, string column, int row, long line, List<DatasetError> errors)
    {
        var text = Text(fields, map, column);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(new DatasetError(row, column, text, "integer", $"'{text}' on line {line} is not a whole number"));
        return null;
    }

    private static string? Field(StratifiedRow row, string column) => column switch
    {
        DatasetColumns.Group => row.Group,
        DatasetColumns.AgeBand => row.AgeBand,
        DatasetColumns.Sex => row.Sex,
        DatasetColumns.Area => row.Area,
        DatasetColumns.Period => row.Period,
        DatasetColumns.DeprivationQuantile => row.DeprivationQuantile?.ToString(CultureInfo.InvariantCulture),
        DatasetColumns.Numerator => Format(row.Numerator),
        DatasetColumns.Denominator => Format(row.Denominator),
        DatasetColumns.Value => Format(row.Value),
        DatasetColumns.StandardError => Format(row.StandardError),
        DatasetColumns.Population => Format(row.Population),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "not a dataset column"),
    };

    private static string? Format(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    private static string Quote(string? field)
    {
        if (field is null)
        {
            return string.Empty;
        }

        if (field.Length == 0)
        {
            return "\"\"";
        }

        return field.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : field;
    }

    /// <summary>A field as read: its text, or <see langword="null"/> for an unquoted empty field.</summary>
    private readonly record struct CsvField(string? Text);

    /// <summary>An RFC 4180 record reader with bounds on size and field length.</summary>
    private sealed class CsvRecordReader(TextReader reader, DatasetReadLimits limits)
    {
        private long _line = 1;
        private long _chars;
        private bool _done;

        public bool TryRead(out List<CsvField> fields, out long startLine, List<DatasetError> errors)
        {
            fields = [];
            startLine = _line;
            while (!_done)
            {
                startLine = _line;
                if (ReadRecord(fields, errors) && !(fields.Count == 1 && fields[0].Text is null))
                {
                    return true; // a record that is not an entirely blank line
                }

                fields.Clear();
            }

            return false;
        }

        private int Next()
        {
            var c = reader.Read();
            if (c >= 0 && ++_chars > limits.MaxBytes)
            {
                throw new DatasetFormatException(new DatasetError(null, "$", null, "size-limit",
                    $"the input is larger than the limit of {limits.MaxBytes} characters (DatasetReadLimits.MaxBytes)"));
            }

            return c;
        }

        /// <returns><see langword="true"/> when a record was read; <see langword="false"/> at the end of input with nothing read.</returns>
        private bool ReadRecord(List<CsvField> fields, List<DatasetError> errors)
        {
            var field = new StringBuilder();
            var quoted = false;
            var any = false;
            while (true)
            {
                var c = Next();
                if (c < 0)
                {
                    _done = true;
                    if (!any && fields.Count == 0)
                    {
                        return false;
                    }

                    fields.Add(new CsvField(quoted || field.Length > 0 ? field.ToString() : null));
                    return true;
                }

                any = true;
                if (c == '"' && field.Length == 0 && !quoted)
                {
                    quoted = true;
                    if (!ReadQuoted(field, errors))
                    {
                        return true;
                    }

                    continue;
                }

                if (c == ',')
                {
                    fields.Add(new CsvField(quoted || field.Length > 0 ? field.ToString() : null));
                    field.Clear();
                    quoted = false;
                    continue;
                }

                if (c is '\r' or '\n')
                {
                    if (c == '\r' && reader.Peek() == '\n')
                    {
                        Next();
                    }

                    _line++;
                    fields.Add(new CsvField(quoted || field.Length > 0 ? field.ToString() : null));
                    return true;
                }

                if (quoted)
                {
                    errors.Add(new DatasetError(null, "$", null, "csv-syntax",
                        $"line {_line}: text after a closing quote; a quoted field must end at a comma or line end"));
                    SkipLine();
                    fields.Clear();
                    return true;
                }

                Append(field, (char)c);
            }
        }

        private bool ReadQuoted(StringBuilder field, List<DatasetError> errors)
        {
            var startLine = _line;
            while (true)
            {
                var c = Next();
                if (c < 0)
                {
                    _done = true;
                    errors.Add(new DatasetError(null, "$", null, "csv-syntax",
                        $"line {startLine}: a quoted field is never closed"));
                    return false;
                }

                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        Next();
                        Append(field, '"');
                        continue;
                    }

                    return true;
                }

                if (c == '\n')
                {
                    _line++;
                }

                Append(field, (char)c);
            }
        }

        private void Append(StringBuilder field, char c)
        {
            if (field.Length >= limits.MaxFieldLength)
            {
                throw new DatasetFormatException(new DatasetError(null, "$", null, "field-length-limit",
                    $"line {_line}: a field is longer than {limits.MaxFieldLength} characters (DatasetReadLimits.MaxFieldLength)"));
            }

            field.Append(c);
        }

        private void SkipLine()
        {
            int c;
            while ((c = Next()) >= 0 && c != '\n')
            {
            }

            _line++;
            _done = c < 0;
        }
    }
}
