namespace EEiC.Ethnicity;

/// <summary>A parsed column: one result per input value, in input order, and the column's summary.</summary>
/// <param name="Results">The results, one per value, in the order the values were given.</param>
/// <param name="Summary">Counts by status and category, and the distinct values that could not be mapped.</param>
public sealed record ParsedEthnicityColumn(IReadOnlyList<EthnicityParseResult> Results, EthnicityColumnSummary Summary);
