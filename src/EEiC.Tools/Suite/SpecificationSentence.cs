namespace EEiC.Tools.Suite;

/// <summary>
/// One sentence of a specification's text, with its offsets (so that a user interface can highlight it), what it does
/// about ethnicity and the cues that decided it.
/// </summary>
/// <param name="Start">The offset of the sentence's first character in the analysed text, in UTF-16 code units.</param>
/// <param name="Length">The length of the sentence, at least 1; surrounding white space is not part of it.</param>
/// <param name="Text">The sentence as it appears in the analysed text, so that <c>text.Substring(Start, Length) == Text</c>.</param>
/// <param name="Kind">What the sentence does about ethnicity.</param>
/// <param name="Cues">
/// The cues that decided <paramref name="Kind"/>, in text order: empty for a neutral sentence; the generic phrases and
/// references to ethnicity of a generic statement; every cue of a commitment. Community roles, performance levers and
/// numeric targets are listed only where they count, in a sentence about ethnicity or language.
/// </param>
public sealed record SpecificationSentence(int Start, int Length, string Text, SpecificationSentenceKind Kind, IReadOnlyList<SpecificationCue> Cues)
{
    /// <summary>The offset just after the sentence's last character.</summary>
    public int End => Start + Length;

    /// <inheritdoc />
    public bool Equals(SpecificationSentence? other) =>
        other is not null && Start == other.Start && Length == other.Length && Text == other.Text && Kind == other.Kind
        && Sequence.Equal(Cues, other.Cues);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, Length, Text, Kind, Sequence.Hash(Cues));
}
