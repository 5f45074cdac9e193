namespace EEiC.Tools.Reports;

/// <summary>One key fact of a report (for example <c>Completeness</c>: <c>86.0% (below the 90% threshold)</c>), shown in a list of facts.</summary>
/// <param name="Name">What the fact is; not empty.</param>
/// <param name="Value">The fact, as text already formatted; not null.</param>
public sealed record ReportFact(string Name, string Value);
