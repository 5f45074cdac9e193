namespace EEiC.Tools.Suite;

/// <summary>An objection of the catalogue that matches a typed objection (see <see cref="ObjectionCatalogue.Match"/>).</summary>
/// <param name="Entry">The matching objection.</param>
/// <param name="Score">How well it matches, above 0 and at most 1 (1 when the typed text and the objection share every term).</param>
/// <param name="MatchedTerms">The words of the typed text (lower case, without punctuation) that the objection shares, in the order typed.</param>
public sealed record ObjectionMatch(ObjectionEntry Entry, double Score, IReadOnlyList<string> MatchedTerms)
{
    /// <inheritdoc />
    public bool Equals(ObjectionMatch? other) =>
        other is not null && Equals(Entry, other.Entry) && Score.Equals(other.Score) && Sequence.Equal(MatchedTerms, other.MatchedTerms);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Entry, Score, Sequence.Hash(MatchedTerms));
}
