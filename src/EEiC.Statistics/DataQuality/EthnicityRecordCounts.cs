namespace EEiC.Statistics.DataQuality;

/// <summary>
/// Every record of an ethnicity column in exactly one bucket: a valid ethnic category, not stated, not known, blank, or
/// a value that could not be mapped. The buckets add up to <see cref="Total"/>: nothing is dropped.
/// </summary>
/// <param name="Total">The number of records.</param>
/// <param name="Valid">Records with a valid ethnic category of the classification (including local sub-categories and unregistered two-character NHS codes, which roll up to a national category).</param>
/// <param name="NotStated">Records coded "not stated": the person was asked and declined (NHS code Z, or "Refused", "Declined" …).</param>
/// <param name="NotKnown">Records coded "not known" other than blanks: the person was not asked or the answer was not recorded (NHS code 99, "X", "Unknown" …).</param>
/// <param name="Blank">Empty or white-space values (which the NHS Data Dictionary reads as not known; counted here on their own).</param>
/// <param name="Unmapped">Values that could not be mapped to a category: unrecognised, ambiguous, or without an exact counterpart in the classification (for example the bare high-level "White" in an NHS column).</param>
public readonly record struct EthnicityRecordCounts(long Total, long Valid, long NotStated, long NotKnown, long Blank, long Unmapped);
