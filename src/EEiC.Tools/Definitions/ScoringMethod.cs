using System.Text.Json.Serialization;

namespace EEiC.Tools.Definitions;

/// <summary>How item scores combine into a section or overall score (see <see cref="ToolScoring"/>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ScoringMethod>))]
public enum ScoringMethod
{
    /// <summary>
    /// The weighted mean of the answered items' scores, each rescaled to 0-1 over its own range (lowest level 0,
    /// highest 1), expressed as a percentage 0-100. Unanswered items are left out of the mean (and counted in coverage).
    /// </summary>
    WeightedPercentage = 0,

    /// <summary>
    /// The weighted sum of the answered items' raw scores (for example the Equality Delivery System 2022 total of
    /// eleven outcomes scored 0-3, range 0-33). Unanswered items add nothing, so a partial sum is provisional.
    /// </summary>
    WeightedSum = 1,
}
