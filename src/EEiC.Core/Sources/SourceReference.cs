namespace EEiC.Sources;

/// <summary>
/// Where a fact comes from: a document and a location in it (section, page or line range). Every
/// built-in list, indicator and rule in the library carries one, so that a user can check the library
/// against what the source says.
/// </summary>
/// <param name="Document">The document cited.</param>
/// <param name="Location">
/// The location inside the document, as precise as is known: for the EEiC seed texts a line range such as
/// <c>"lines 99-172"</c>, otherwise a section or table name. Empty when the whole document is meant.
/// </param>
public sealed record SourceReference(SourceDocument Document, string Location)
{
    /// <inheritdoc />
    public override string ToString() =>
        Location.Length == 0 ? Document.Id : $"{Document.Id}, {Location}";
}
