namespace EEiC.Tools.Suite;

/// <summary>One section of a <see cref="Briefing"/>.</summary>
/// <param name="Kind">Which section it is.</param>
/// <param name="Heading">The heading shown.</param>
/// <param name="Text">The text: sentences, and lines starting <c>"- "</c> for lists. A slot the data left empty is named in it.</param>
public sealed record BriefingSection(BriefingSectionKind Kind, string Heading, string Text);
