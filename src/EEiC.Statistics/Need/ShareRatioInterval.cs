using System.Text.Json.Serialization;

namespace EEiC.Statistics.Need;

/// <summary>How the interval of a ratio of shares (a group's share of service users over its share of a reference population) is computed.</summary>
/// <remarks>
/// Wilson EB. J Am Stat Assoc 1927;22:209–212 (<see cref="WilsonFixedReference"/>). Katz D, Baptista J, Azen SP, Pike MC.
/// Biometrics 1978;34:469–474 (<see cref="KatzLog"/>).
/// </remarks>
[JsonConverter(typeof(JsonStringEnumConverter<ShareRatioInterval>))]
public enum ShareRatioInterval
{
    /// <summary>
    /// The reference shares are known without sampling error (a census count, a mid-year population estimate, or expected
    /// counts from <see cref="ExpectedVersusObserved"/>): the Wilson score limits of the group's share of users, divided
    /// by the reference share q. The interval reflects only the sampling of the users.
    /// </summary>
    WilsonFixedReference = 0,

    /// <summary>
    /// The reference shares are themselves estimated from a sample (a survey, or another service's users): the log method
    /// for a ratio of two independent proportions, se(ln R) = √(1/x − 1/n + 1/X − 1/N), as in
    /// <see cref="Workforce.Representation"/>. A zero count on either side leaves the ratio without an interval
    /// (<see cref="Intervals.EstimateStatus.Undefined"/>).
    /// </summary>
    KatzLog = 1,
}
