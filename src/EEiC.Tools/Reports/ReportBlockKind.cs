using System.Text.Json.Serialization;

namespace EEiC.Tools.Reports;

/// <summary>What a <see cref="ReportBlock"/> holds.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReportBlockKind>))]
public enum ReportBlockKind
{
    /// <summary>A paragraph of text.</summary>
    Paragraph = 0,

    /// <summary>A heading within a section.</summary>
    Subheading = 1,

    /// <summary>A list of key facts, as name and value.</summary>
    KeyFacts = 2,

    /// <summary>A table.</summary>
    DataTable = 3,

    /// <summary>A chart, as a figure with its text alternative and the table of its data.</summary>
    Figure = 4,

    /// <summary>A note set apart from the text (a caveat, a method, a source).</summary>
    Note = 5,

    /// <summary>A bulleted list of short items.</summary>
    BulletList = 6,
}
