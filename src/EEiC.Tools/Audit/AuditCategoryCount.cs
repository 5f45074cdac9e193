using EEiC.Statistics.Disclosure;

namespace EEiC.Tools.Audit;

/// <summary>The published count of records of one ethnic category.</summary>
/// <param name="Code">The category code.</param>
/// <param name="Label">The category label.</param>
/// <param name="IsMissing">Whether the category is a missing-ethnicity code (not stated, not known).</param>
/// <param name="Records">The records, through the disclosure policy.</param>
public sealed record AuditCategoryCount(string Code, string Label, bool IsMissing, DisclosureCell Records);
