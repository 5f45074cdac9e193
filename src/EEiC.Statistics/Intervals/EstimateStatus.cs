using System.Text.Json.Serialization;

namespace EEiC.Statistics.Intervals;

/// <summary>Whether an estimate could be produced, and if not, why. An estimate that is not <see cref="Ok"/> has no value, never a NaN.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EstimateStatus>))]
public enum EstimateStatus
{
    /// <summary>The estimate was produced. Individual limits may still be absent where the method defines none (for example a negative Byar's lower limit).</summary>
    Ok = 0,

    /// <summary>The denominator (population, person-time or expected count) is zero, so the estimate is undefined.</summary>
    ZeroDenominator = 1,

    /// <summary>The estimate is not published by the method's convention because the count is too small (for example a directly standardised rate from fewer than 10 events).</summary>
    SmallCount = 2,

    /// <summary>An input needed for the estimate was missing.</summary>
    MissingInput = 3,

    /// <summary>The estimate is undefined for another reason given in the method's documentation (for example a mean of a single value has no interval).</summary>
    Undefined = 4,

    /// <summary>The estimate is withheld by small-number disclosure control because it is derived from a suppressed cell (see <c>EEiC.Statistics.Disclosure.SuppressedTable.MarkSuppressed</c>).</summary>
    Suppressed = 5,
}
