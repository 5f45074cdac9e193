using System.Text.Json.Serialization;

namespace EEiC.Organisations;

/// <summary>Whether a type of organisation still exists in the English health and care system. The EEiC study (2010-2013) worked with organisations that have since been abolished, so data and documents arrive labelled with both.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OrganisationEra>))]
public enum OrganisationEra
{
    /// <summary>Abolished or replaced; appears in historical data and in the EEiC sources.</summary>
    Historic = 0,

    /// <summary>Exists in the current system.</summary>
    Current = 1,
}
