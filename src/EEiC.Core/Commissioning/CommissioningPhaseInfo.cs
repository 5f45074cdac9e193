using EEiC.Sources;

namespace EEiC.Commissioning;

/// <summary>A catalogue entry describing one <see cref="CommissioningPhase"/>: its name, a paraphrased description, its activities in cycle order, and where it comes from.</summary>
/// <param name="Phase">The phase described.</param>
/// <param name="Name">A short display name, in sentence case.</param>
/// <param name="Description">A short paraphrased description of the phase.</param>
/// <param name="Activities">The activities of the phase, in cycle order (copied; the record does not share the caller's list).</param>
/// <param name="Source">Where the phase is described.</param>
/// <param name="Provenance">How directly the entry derives from <paramref name="Source"/>.</param>
public sealed record CommissioningPhaseInfo(
    CommissioningPhase Phase,
    string Name,
    string Description,
    IReadOnlyList<CommissioningActivity> Activities,
    SourceReference Source,
    Provenance Provenance)
{
    /// <summary>The activities of the phase, in cycle order. Read-only.</summary>
    public IReadOnlyList<CommissioningActivity> Activities { get; } =
        Array.AsReadOnly((Activities ?? throw new ArgumentNullException(nameof(Activities))).ToArray());

    /// <summary>Value equality that compares <see cref="Activities"/> element by element.</summary>
    /// <param name="other">The entry to compare with.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public bool Equals(CommissioningPhaseInfo? other) =>
        other is not null
        && Phase == other.Phase
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(Description, other.Description, StringComparison.Ordinal)
        && Activities.SequenceEqual(other.Activities)
        && Equals(Source, other.Source)
        && Provenance == other.Provenance;

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Phase);
        hash.Add(Name, StringComparer.Ordinal);
        foreach (var activity in Activities)
        {
            hash.Add(activity);
        }

        hash.Add(Source);
        hash.Add(Provenance);
        return hash.ToHashCode();
    }
}
