using System.Text.Json.Serialization;

namespace EEiC.Tools.Suite;

/// <summary>
/// The sections of a <see cref="Briefing"/>, in the order they appear. They follow the content the EEiC Making the
/// case tool was to carry: the scale of the disadvantage in local data, the legal duty, the quality and efficiency
/// arguments, what is in it for the audience (NIHR report, EEiC seed 002, lines 2124, 2267, 2276 and 1912-1914), and
/// a closing request.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<BriefingSectionKind>))]
public enum BriefingSectionKind
{
    /// <summary>The headline gap in numbers: the largest significant gap against the reference group, with its interval.</summary>
    HeadlineGap = 0,

    /// <summary>Who is affected: every group compared, with or without a significant gap, and the figures by group.</summary>
    WhoIsAffected = 1,

    /// <summary>Observed against expected counts by group, and the shortfall among groups below expectation.</summary>
    ExpectedVersusObserved = 2,

    /// <summary>The public sector equality duty (Equality Act 2010, s.149) and the NHS duties on health inequalities.</summary>
    LegalDuty = 3,

    /// <summary>The quality and efficiency argument: unmet need is poor quality and returns later at greater cost (seed 002, line 1912).</summary>
    QualityAndEfficiency = 4,

    /// <summary>What is in it for this audience (seed 002, line 2276).</summary>
    WhatIsInItForYou = 5,

    /// <summary>What the briefing asks this audience to do.</summary>
    WhatWeAsk = 6,
}
