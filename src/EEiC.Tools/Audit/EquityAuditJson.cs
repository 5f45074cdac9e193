namespace EEiC.Tools.Audit;

/// <summary>Writes an <see cref="EquityAuditResult"/> as schema-versioned JSON.</summary>
public static class EquityAuditJson
{
}
