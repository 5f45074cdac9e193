namespace EEiC.Tools.Suite;

/// <summary>One cue found in a specification's text by <see cref="SpecificationTextAnalyser"/>: its kind, the term of the cue list that matched, and where it is.</summary>
/// <param name="Kind">The kind of cue.</param>
/// <param name="Term">The term of the cue list that matched, as listed (for example <c>"interpreter"</c>, <c>"Pakistani"</c>, <c>"accessible to all"</c>, or <c>"percentage"</c> for a numeric target).</param>
/// <param name="Start">The offset of the match in the analysed text (not in the sentence), in UTF-16 code units.</param>
/// <param name="Length">The length of the match, in UTF-16 code units.</param>
/// <param name="Text">The matched text as it appears in the analysed text, so that <c>text.Substring(Start, Length) == Text</c>.</param>
public sealed record SpecificationCue(SpecificationCueKind Kind, string Term, int Start, int Length, string Text);
