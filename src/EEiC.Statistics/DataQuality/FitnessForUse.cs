using System.Text.Json.Serialization;

namespace EEiC.Statistics.DataQuality;

/// <summary>Whether a recorded ethnicity column is fit to break an indicator down by ethnic group (see <see cref="EthnicityDataQuality"/>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FitnessForUse>))]
public enum FitnessForUse
{
    /// <summary>Every check evaluated passed its threshold.</summary>
    Fit = 0,

    /// <summary>No check failed outright, but at least one raised a caveat to report with any estimate by ethnic group.</summary>
    FitWithCaveats = 1,

    /// <summary>
    /// At least one check failed outright (by default: completeness below the minimum). Following Aspinall and Jacobson
    /// (2007; seed 001 line 249), poor data need not be discarded: report estimates by group only with the bounds of
    /// <c>EEiC.Statistics.Sensitivity.MissingEthnicitySensitivity</c> and the reasons.
    /// </summary>
    NotFit = 2,
}
