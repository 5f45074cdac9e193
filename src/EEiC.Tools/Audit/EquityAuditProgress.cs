namespace EEiC.Tools.Audit;

/// <summary>Progress of <see cref="EquityAudit.Run"/>: reported once per stage, when the stage is done (a stage that does not apply to the data is reported as skipped).</summary>
/// <param name="Stage">The stage just finished.</param>
/// <param name="StagesDone">How many stages are done, this one included (1 to <paramref name="StagesTotal"/>).</param>
/// <param name="StagesTotal">The number of stages of a run (every value of <see cref="EquityAuditStage"/>).</param>
/// <param name="Message">What the stage did, for a progress line (for example <c>"2,527,000 rows summed into 19 groups, 19 age bands, 7000 areas"</c>).</param>
public sealed record EquityAuditProgress(EquityAuditStage Stage, int StagesDone, int StagesTotal, string Message);
