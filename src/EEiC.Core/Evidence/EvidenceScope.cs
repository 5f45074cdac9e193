using System.Text.Json.Serialization;

namespace EEiC.Evidence;

/// <summary>
/// The geographical scope of evidence. The EEiC study recommends using national data alongside local data where local data are missing
/// (Better Health Briefing 28, EEiC seed 001, lines 119-121) and records each source as local, regional, national
/// or international (NIHR report, seed 002, line 3053).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<EvidenceScope>))]
public enum EvidenceScope
{
    /// <summary>About the local population or services (for example one commissioner's area).</summary>
    Local = 0,

    /// <summary>About a region.</summary>
    Regional = 1,

    /// <summary>About England or the United Kingdom as a whole.</summary>
    National = 2,

    /// <summary>From other countries or international syntheses.</summary>
    International = 3,
}
