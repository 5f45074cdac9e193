using System.Text.Json.Serialization;

namespace EEiC.Tools.Suite;

/// <summary>
/// Who a briefing from <see cref="BriefingGenerator"/> is for. Users of the EEiC Making the case tool found it useful
/// well beyond boards: commissioner boards, service providers, activists and community organisations (NIHR report,
/// EEiC seed 002, line 2278), and asked that it say directly what is in it for each audience (line 2276). The
/// audience decides the "what is in it for you" and "what we ask" sections. The same four audiences are the choices
/// <c>board</c>, <c>commissioner</c>, <c>provider</c> and <c>community</c> of the <c>making-the-case</c> and
/// <c>evidence-mobilisation</c> built-in tools.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<BriefingAudience>))]
public enum BriefingAudience
{
    /// <summary>A board: of a commissioning organisation, an integrated care board or an NHS trust (seed 002, line 2267).</summary>
    Board = 0,

    /// <summary>Commissioners and fund holders (seed 002, line 2328).</summary>
    Commissioner = 1,

    /// <summary>Providers of the service and their clinicians (seed 002, line 2278).</summary>
    Provider = 2,

    /// <summary>Community organisations and residents, who may know little of commissioning (seed 002, lines 2128-2136).</summary>
    Community = 3,
}
