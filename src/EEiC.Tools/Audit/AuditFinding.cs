using EEiC.Tools.Evaluation;

namespace EEiC.Tools.Audit;

/// <summary>
/// A finding of an equity audit: the finding of the <c>equity-audit</c> tool's rule, with a concrete message and the
/// statistics it rests on (groups, ratios with their intervals, completeness, areas...).
/// </summary>
/// <param name="Finding">The tool engine's finding (rule, severity, generic message, sources, actions, facts it read).</param>
/// <param name="Message">The finding in concrete terms, citing its numbers.</param>
/// <param name="Statistics">The statistics the finding rests on.</param>
public sealed record AuditFinding(Finding Finding, string Message, IReadOnlyList<AuditStatistic> Statistics);
