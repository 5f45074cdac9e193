using System.Text.Json.Serialization;

namespace EEiC.Ethnicity;

/// <summary>How a category of one scheme corresponds to the categories of another.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CrosswalkMatch>))]
public enum CrosswalkMatch
{
    /// <summary>Exact: the target category covers exactly the same people (for example NHS R ↔ 2011 Chinese).</summary>
    Equivalent = 0,

    /// <summary>
    /// Lossy but determinate: the source category lies wholly inside one broader target category, so the
    /// answer is certain but detail is lost (for example 2021 Roma → NHS C "Any other White background", or
    /// any category → its high-level group).
    /// </summary>
    Coarsened = 1,

    /// <summary>
    /// No single answer: the source category spans several target categories (for example NHS C → 2021
    /// Gypsy or Irish Traveller, Roma or Other White). The candidates are listed; none is chosen.
    /// </summary>
    Split = 2,
}
