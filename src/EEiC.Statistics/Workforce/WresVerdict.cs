using System.Text.Json.Serialization;

namespace EEiC.Statistics.Workforce;

/// <summary>
/// What a WRES relative likelihood (indicators 2, 3 and 4) says, judged by whether its confidence interval excludes
/// parity (1). For all three indicators as the standard defines them, a value above 1 favours White staff.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<WresVerdict>))]
public enum WresVerdict
{
    /// <summary>The relative likelihood could not be estimated (a group had no events), so there is no verdict.</summary>
    NotAvailable = 0,

    /// <summary>The lower limit is above 1: the difference significantly favours White staff (is adverse for BME staff).</summary>
    SignificantlyFavoursWhiteStaff = 1,

    /// <summary>The interval contains 1: no significant difference at the chosen level.</summary>
    NoSignificantDifference = 2,

    /// <summary>The upper limit is below 1: the difference significantly favours BME staff.</summary>
    SignificantlyFavoursBmeStaff = 3,
}
