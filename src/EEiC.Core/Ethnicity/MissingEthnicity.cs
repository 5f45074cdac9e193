using System.Text.Json.Serialization;

namespace EEiC.Ethnicity;

/// <summary>
/// Whether a category records an ethnic group or one of the two kinds of missing ethnicity. "Not stated"
/// and "not known" are different facts (one is a person's choice, the other a failure of recording) and
/// data-quality measures treat them differently, so they are never merged.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<MissingEthnicity>))]
public enum MissingEthnicity
{
    /// <summary>The category records an ethnic group.</summary>
    None = 0,

    /// <summary>The person was asked and chose not to state an ethnic group (NHS code Z).</summary>
    NotStated = 1,

    /// <summary>The person was not asked, or the answer was not recorded (NHS code 99; blank or X in some data sets).</summary>
    NotKnown = 2,
}
