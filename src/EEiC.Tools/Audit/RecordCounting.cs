using System.Text.Json.Serialization;

namespace EEiC.Tools.Audit;

/// <summary>Which counts of a dataset are the records whose ethnicity recording an equity audit assesses.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RecordCounting>))]
public enum RecordCounting
{
    /// <summary>The denominators: for a proportion, the people eligible, each a record with a recorded ethnicity.</summary>
    Denominators = 0,

    /// <summary>The numerators: for a rate, the events (admissions, say), each a record with a recorded ethnicity, while the denominators are population counts.</summary>
    Numerators = 1,
}
