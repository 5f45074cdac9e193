using EEiC.Datasets;
using EEiC.Ethnicity;

namespace EEiC.Serialization;

/// <summary>The JSON shape of a <see cref="StratifiedDataset"/> (schema version 1). Field names are snake_case, as in the CSV.</summary>
internal sealed class DatasetDto
{
    public int? SchemaVersion { get; set; }

    public string? Name { get; set; }

    public GroupDimensionDto? GroupDimension { get; set; }

    public DatasetMeasure? Measure { get; set; }

    public List<LocalCategoryDto>? LocalCategories { get; set; }

    public List<RowDto?>? Rows { get; set; }
}

/// <summary>The JSON shape of a <see cref="Datasets.GroupDimension"/>.</summary>
internal sealed class GroupDimensionDto
{
    public string? Name { get; set; }

    public EthnicityScheme? Scheme { get; set; }
}

/// <summary>The JSON shape of a local sub-category: its code, label and the NHS code of its parent.</summary>
internal sealed class LocalCategoryDto
{
    public string? Code { get; set; }

    public string? Label { get; set; }

    public string? Parent { get; set; }
}

/// <summary>The JSON shape of a <see cref="StratifiedRow"/>.</summary>
internal sealed class RowDto
{
    public string? Group { get; set; }

    public string? AgeBand { get; set; }

    public string? Sex { get; set; }

    public string? Area { get; set; }

    public string? Period { get; set; }

    public int? DeprivationQuantile { get; set; }

    public double? Numerator { get; set; }

    public double? Denominator { get; set; }

    public double? Value { get; set; }

    public double? StandardError { get; set; }

    public double? Population { get; set; }
}
