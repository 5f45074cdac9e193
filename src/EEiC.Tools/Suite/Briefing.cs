using System.Text;

namespace EEiC.Tools.Suite;

/// <summary>
/// A short briefing that makes the case for acting on an ethnic inequality to one audience, from local data: the
/// sections of <see cref="BriefingSectionKind"/> in order, and the slots the data could not fill. Made by
/// <see cref="BriefingGenerator.Generate"/>; it is the one-page summary users of the EEiC Making the case tool asked
/// for (NIHR report, EEiC seed 002, line 2280).
/// </summary>
/// <param name="Audience">Who it is for.</param>
/// <param name="Title">The title.</param>
/// <param name="Sections">The sections, one of each <see cref="BriefingSectionKind"/>, in that order.</param>
/// <param name="MissingSlots">The slots the data left empty, in <see cref="BriefingSlot"/> order; empty when every slot is filled.</param>
public sealed record Briefing(BriefingAudience Audience, string Title, IReadOnlyList<BriefingSection> Sections, IReadOnlyList<BriefingSlot> MissingSlots)
{
    /// <summary>The section of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The section.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a section of the briefing.</exception>
    public BriefingSection Section(BriefingSectionKind kind) =>
        Sections.FirstOrDefault(s => s.Kind == kind)
        ?? throw new ArgumentOutOfRangeException(nameof(kind), kind, $"{nameof(kind)} must be one of the briefing's sections; got {kind}.");

    /// <summary>
    /// The briefing as Markdown: the title as a level-1 heading, each section as a level-2 heading and its text, and,
    /// when slots are missing, a final "Data still needed" list saying what would fill each.
    /// </summary>
    /// <returns>The Markdown text, with <c>\n</c> line ends.</returns>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.Append("# ").Append(Title).Append("\n\n");
        foreach (var section in Sections)
        {
            text.Append("## ").Append(section.Heading).Append("\n\n").Append(section.Text).Append("\n\n");
        }

        if (MissingSlots.Count > 0)
        {
            text.Append("## Data still needed\n\n");
            foreach (var slot in MissingSlots)
            {
                text.Append("- ").Append(BriefingText.Needed(slot)).Append('\n');
            }

            text.Append('\n');
        }

        return text.ToString(0, text.Length - 1);
    }

    /// <inheritdoc />
    public bool Equals(Briefing? other) =>
        other is not null && Audience == other.Audience && Title == other.Title
        && Sequence.Equal(Sections, other.Sections) && Sequence.Equal(MissingSlots, other.MissingSlots);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Audience, Title, Sequence.Hash(Sections), Sequence.Hash(MissingSlots));
}
