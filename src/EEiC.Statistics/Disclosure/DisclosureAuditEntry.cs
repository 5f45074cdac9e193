namespace EEiC.Statistics.Disclosure;

/// <summary>
/// One change made by disclosure control: which cell or total, what was done and the original value.
/// <b>The audit holds the original, unprotected values and is not for publication.</b>
/// </summary>
/// <param name="Row">The 0-based row of the cell, or -1 for a column total or the grand total.</param>
/// <param name="Column">The 0-based column of the cell, or -1 for a row total or the grand total.</param>
/// <param name="Status">What was done: primary suppression, secondary suppression or rounding.</param>
/// <param name="OriginalValue">The original count (confidential).</param>
/// <param name="PublishedValue">The value published instead, or <see langword="null"/> when withheld.</param>
public readonly record struct DisclosureAuditEntry(int Row, int Column, DisclosureStatus Status, double OriginalValue, double? PublishedValue);
