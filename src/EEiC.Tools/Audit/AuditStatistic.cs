namespace EEiC.Tools.Audit;

/// <summary>One number a finding rests on, for example a group's rate ratio with its interval or the completeness of recording.</summary>
/// <param name="Name">What the number is (for example <c>"standardised rate ratio"</c>, <c>"completeness"</c>).</param>
/// <param name="Subject">The group code, area or period it is about, or <see langword="null"/> for the whole dataset.</param>
/// <param name="Value">The value, or <see langword="null"/> when withheld by disclosure control.</param>
/// <param name="Lower">The lower limit, if any.</param>
/// <param name="Upper">The upper limit, if any.</param>
/// <param name="Level">The confidence level of the limits as a fraction (0.95), if any.</param>
/// <param name="Text">The statistic as a phrase, for example <c>"Pakistani (J): rate ratio 0.62 (0.51 to 0.75, 95%)"</c>.</param>
public sealed record AuditStatistic(string Name, string? Subject, double? Value, double? Lower, double? Upper, double? Level, string Text);
