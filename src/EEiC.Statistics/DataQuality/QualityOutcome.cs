using System.Text.Json.Serialization;

namespace EEiC.Statistics.DataQuality;

/// <summary>The outcome of one <see cref="QualityCheck"/>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<QualityOutcome>))]
public enum QualityOutcome
{
    /// <summary>The value is within its threshold.</summary>
    Pass = 0,

    /// <summary>The value breaks a threshold that calls for a caveat, not for rejecting the data.</summary>
    Caveat = 1,

    /// <summary>The value breaks a threshold that makes the column unfit for use without sensitivity analysis.</summary>
    NotFit = 2,

    /// <summary>The check could not be made (for example no reference population was given, or no record has a valid category); the explanation says why.</summary>
    NotEvaluated = 3,
}
