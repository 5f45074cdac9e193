using System.Text;
using System.Text.Json;
using EEiC.Ethnicity;
using EEiC.Serialization;

namespace EEiC.Datasets;

/// <summary>
/// Reads and writes a <see cref="StratifiedDataset"/> as JSON. The document carries its
/// <c>schema_version</c>; versions this library does not know are refused with a clear message, unknown
/// fields are refused rather than dropped, and reading is bounded by <see cref="DatasetReadLimits"/>.
/// </summary>
/// <example>
/// <code language="json">
/// {
///   "schema_version": 1,
///   "name": "Cardiac rehabilitation uptake 2023/24",
///   "group_dimension": { "name": "ethnicity", "scheme": "NhsEthnicCategory" },
///   "measure": "Proportion",
///   "rows": [ { "group": "A", "age_band": "65-69", "numerator": 120, "denominator": 410 } ]
/// }
/// </code>
/// </example>
public static class StratifiedDatasetJson
{
    /// <summary>Writes a dataset as indented UTF-8 JSON. Numbers are written in their shortest round-trip form, so reading the output gives back an equal dataset.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static string Write(StratifiedDataset dataset) => Encoding.UTF8.GetString(WriteUtf8(dataset));

    /// <summary>Writes a dataset as indented UTF-8 JSON to a stream.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="destination">The stream written to (left open).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(StratifiedDataset dataset, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        destination.Write(WriteUtf8(dataset));
    }

    /// <summary>Reads a dataset from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="limits">Bounds on the input; <see langword="null"/> for <see cref="DatasetReadLimits.Default"/>.</param>
    /// <returns>The dataset exactly as written in the document (call <see cref="StratifiedDataset.Validate"/> to check its rows).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DatasetFormatException">The text is not a dataset document this library can read.</exception>
    public static StratifiedDataset Read(string json, DatasetReadLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        limits ??= DatasetReadLimits.Default;
        limits.Validate();
        if (json.Length > limits.MaxBytes)
        {
            throw TooLarge(limits);
        }

        return Read(Encoding.UTF8.GetBytes(json), limits);
    }

    /// <summary>Reads a dataset from a UTF-8 JSON stream, reading at most <see cref="DatasetReadLimits.MaxBytes"/> bytes.</summary>
    /// <param name="utf8Json">The stream (left open).</param>
    /// <param name="limits">Bounds on the input; <see langword="null"/> for <see cref="DatasetReadLimits.Default"/>.</param>
    /// <returns>The dataset exactly as written in the document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="DatasetFormatException">The stream is not a dataset document this library can read, or is too large.</exception>
    public static StratifiedDataset Read(Stream utf8Json, DatasetReadLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        limits ??= DatasetReadLimits.Default;
        limits.Validate();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = utf8Json.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limits.MaxBytes)
            {
                throw TooLarge(limits);
            }

            buffer.Write(chunk, 0, read);
        }

        return Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), limits);
    }

    private static StratifiedDataset Read(ReadOnlySpan<byte> utf8, DatasetReadLimits limits)
    {
        CheckSchemaVersion(utf8, limits);
        DatasetDto? dto;
        try
        {
            var options = new JsonSerializerOptions(CoreJsonContext.Default.Options) { MaxDepth = limits.MaxDepth };
            dto = JsonSerializer.Deserialize(utf8, new CoreJsonContext(options).DatasetDto);
        }
        catch (JsonException e)
        {
            throw new DatasetFormatException(FromJsonException(e));
        }

        if (dto is null)
        {
            throw new DatasetFormatException(new DatasetError(null, "$", "null", "json-object", "the document must be a JSON object, got null"));
        }

        return FromDto(dto, limits);
    }

    private static void CheckSchemaVersion(ReadOnlySpan<byte> utf8, DatasetReadLimits limits)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = limits.MaxDepth });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new DatasetFormatException(new DatasetError(null, "$", null, "json-object",
                    $"the document must be a JSON object with schema_version {StratifiedDataset.CurrentSchemaVersion}, got {(reader.TokenType == JsonTokenType.None ? "nothing" : reader.TokenType.ToString())}"));
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("schema_version"u8))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var version)
                        && version == StratifiedDataset.CurrentSchemaVersion)
                    {
                        return;
                    }

                    var text = reader.TokenType is JsonTokenType.String or JsonTokenType.Number
                        ? Encoding.UTF8.GetString(reader.ValueSpan)
                        : reader.TokenType.ToString();
                    throw new DatasetFormatException(new DatasetError(null, "schema_version", text, "supported-schema-version",
                        $"schema_version {text} is not supported; this version of EEiC reads schema_version {StratifiedDataset.CurrentSchemaVersion}"));
                }

                reader.Read();
                reader.Skip();
            }
        }
        catch (JsonException e)
        {
            throw new DatasetFormatException(FromJsonException(e));
        }

        throw new DatasetFormatException(new DatasetError(null, "schema_version", null, "supported-schema-version",
            $"schema_version is missing; a dataset document must start with \"schema_version\": {StratifiedDataset.CurrentSchemaVersion}"));
    }

    private static StratifiedDataset FromDto(DatasetDto dto, DatasetReadLimits limits)
    {
        var errors = new List<DatasetError>();
        if (dto.GroupDimension is null)
        {
            errors.Add(new DatasetError(null, "group_dimension", null, "required", "group_dimension is required (for example {\"name\": \"ethnicity\", \"scheme\": \"NhsEthnicCategory\"})"));
        }

        if (dto.Measure is null)
        {
            errors.Add(new DatasetError(null, "measure", null, "required", $"measure is required: one of {string.Join(", ", Enum.GetNames<DatasetMeasure>())}"));
        }

        if (dto.Rows is null)
        {
            errors.Add(new DatasetError(null, "rows", null, "required", "rows is required (an array, possibly empty)"));
        }
        else if (dto.Rows.Count > limits.MaxRows)
        {
            errors.Add(new DatasetError(null, "rows", dto.Rows.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), "row-limit",
                $"the document has {dto.Rows.Count} rows, more than the limit of {limits.MaxRows} (DatasetReadLimits.MaxRows)"));
        }

        var locals = new List<EthnicCategory>();
        foreach (var (local, i) in (dto.LocalCategories ?? []).Select((l, i) => (l, i)))
        {
            var parent = local?.Parent is null ? null : EthnicityClassification.Nhs.Find(local.Parent);
            if (local is null || parent is null)
            {
                errors.Add(new DatasetError(null, $"local_categories[{i}].parent", local?.Parent, "known-parent",
                    "a local category needs the code of its national NHS parent category (A-S)"));
                continue;
            }

            try
            {
                locals.Add(EthnicCategory.CreateLocal(local.Code ?? string.Empty, local.Label ?? string.Empty, parent));
            }
            catch (ArgumentException e)
            {
                errors.Add(new DatasetError(null, $"local_categories[{i}].{e.ParamName}", local.Code, "local-category", e.Message));
            }
        }

        var rows = new List<StratifiedRow>(dto.Rows?.Count ?? 0);
        for (var i = 0; i < (dto.Rows?.Count ?? 0); i++)
        {
            var row = dto.Rows![i];
            if (row is null)
            {
                errors.Add(new DatasetError(i + 1, "$", "null", "row-object", "a row must be an object, got null"));
                continue;
            }

            rows.Add(new StratifiedRow(row.Group!, row.AgeBand, row.Sex, row.Area, row.Period, row.DeprivationQuantile,
                row.Numerator, row.Denominator, row.Value, row.StandardError, row.Population));
        }

        if (errors.Count > 0)
        {
            throw new DatasetFormatException(errors);
        }

        return new StratifiedDataset(new GroupDimension(dto.GroupDimension!.Name!, dto.GroupDimension.Scheme), dto.Measure!.Value, rows, dto.Name, locals)
        {
            SchemaVersion = dto.SchemaVersion!.Value,
        };
    }

    private static byte[] WriteUtf8(StratifiedDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var dto = new DatasetDto
        {
            SchemaVersion = dataset.SchemaVersion,
            Name = dataset.Name,
            GroupDimension = new GroupDimensionDto { Name = dataset.Group.Name, Scheme = dataset.Group.Scheme },
            Measure = dataset.Measure,
            LocalCategories = dataset.LocalCategories.Count == 0
                ? null
                : dataset.LocalCategories.Select(c => new LocalCategoryDto { Code = c.Code, Label = c.Label, Parent = c.Parent?.Code }).ToList(),
            Rows = dataset.Rows.Select(r => (RowDto?)new RowDto
            {
                Group = r.Group, AgeBand = r.AgeBand, Sex = r.Sex, Area = r.Area, Period = r.Period,
                DeprivationQuantile = r.DeprivationQuantile, Numerator = r.Numerator, Denominator = r.Denominator,
                Value = r.Value, StandardError = r.StandardError, Population = r.Population,
            }).ToList(),
        };
        return JsonSerializer.SerializeToUtf8Bytes(dto, CoreJsonContext.Default.DatasetDto);
    }

    private static DatasetFormatException TooLarge(DatasetReadLimits limits) =>
        new(new DatasetError(null, "$", null, "size-limit",
            $"the input is larger than the limit of {limits.MaxBytes} bytes (DatasetReadLimits.MaxBytes)"));

    private static DatasetError FromJsonException(JsonException e)
    {
        // Paths look like "$.rows[3].numerator": report the 1-based row and the field.
        var path = e.Path ?? "$";
        int? row = null;
        var column = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
        const string prefix = "$.rows[";
        if (path.StartsWith(prefix, StringComparison.Ordinal))
        {
            var close = path.IndexOf(']', StringComparison.Ordinal);
            if (close > prefix.Length && int.TryParse(path.AsSpan(prefix.Length, close - prefix.Length), out var index))
            {
                row = index + 1;
                column = path.Length > close + 2 ? path[(close + 2)..] : "$";
            }
        }

        var where = e.LineNumber is { } line ? $" (line {line + 1}, byte {e.BytePositionInLine + 1})" : string.Empty;
        if (e.Message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            return new DatasetError(row, column, null, "known-field",
                $"unknown field '{column}'{where}; fields are schema_version, name, group_dimension, measure, local_categories, rows (rows: {string.Join(", ", DatasetColumns.All)})");
        }

        var detail = e.Message.Split([" Path:", " LineNumber:"], 2, StringSplitOptions.None)[0]
            .Replace(typeof(RowDto).FullName!, "a row object", StringComparison.Ordinal)
            .Replace(typeof(DatasetDto).FullName!, "a dataset object", StringComparison.Ordinal)
            .Replace(typeof(GroupDimensionDto).FullName!, "a group_dimension object", StringComparison.Ordinal)
            .Replace(typeof(LocalCategoryDto).FullName!, "a local category object", StringComparison.Ordinal);
        return new DatasetError(row, column, null, "json-syntax", $"not valid JSON for a dataset: {detail}{where}");
    }
}
