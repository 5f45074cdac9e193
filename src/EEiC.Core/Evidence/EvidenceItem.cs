using EEiC.Sources;

namespace EEiC.Evidence;

/// <summary>
/// One piece of evidence gathered for a commissioning question: what it is, its type, scope and nature, the
/// roles it plays (see the EEiC evidence mobilisation tool, NIHR report, seed 002, line 2326), and the ethnic
/// groups it covers. Immutable and validated when created.
/// </summary>
/// <remarks>Equality is by value, comparing <see cref="Roles"/> and <see cref="EthnicGroups"/> element by element in order.</remarks>
/// <param name="Title">A short title. Must not be empty or white space.</param>
/// <param name="Type">The type of evidence.</param>
/// <param name="Scope">The geographical scope (local, regional, national, international).</param>
/// <param name="Nature">Quantitative, qualitative or mixed.</param>
/// <param name="Roles">The roles the item plays; may be empty while it is unclassified; no role may appear twice.</param>
/// <param name="EthnicGroups">The ethnic groups the item covers, as labels (for example <c>"Pakistani"</c>, <c>"South Asian"</c>); may be empty; entries must not be blank or repeated (ordinal comparison).</param>
/// <param name="Source">Where the item comes from, if it cites a document; otherwise <see langword="null"/>.</param>
/// <param name="Year">The year the item was published or the data refer to, if known: a four-digit year.</param>
public sealed record EvidenceItem(
    string Title,
    EvidenceType Type,
    EvidenceScope Scope,
    EvidenceNature Nature,
    IReadOnlyList<EvidenceRole> Roles,
    IReadOnlyList<string> EthnicGroups,
    SourceReference? Source = null,
    int? Year = null)
{
    /// <summary>The short title.</summary>
    public string Title { get; } = ValidateTitle(Title);

    /// <summary>The type of evidence.</summary>
    public EvidenceType Type { get; } = EnumArgument.Defined(Type, nameof(Type));

    /// <summary>The geographical scope.</summary>
    public EvidenceScope Scope { get; } = EnumArgument.Defined(Scope, nameof(Scope));

    /// <summary>Quantitative, qualitative or mixed.</summary>
    public EvidenceNature Nature { get; } = EnumArgument.Defined(Nature, nameof(Nature));

    /// <summary>The roles the item plays, in the order given. Read-only.</summary>
    public IReadOnlyList<EvidenceRole> Roles { get; } = ValidateRoles(Roles);

    /// <summary>The ethnic groups the item covers, in the order given. Read-only.</summary>
    public IReadOnlyList<string> EthnicGroups { get; } = ValidateGroups(EthnicGroups);

    /// <summary>The four-digit year, or <see langword="null"/> when unknown.</summary>
    public int? Year { get; } = ValidateYear(Year);

    /// <summary>Value equality that compares <see cref="Roles"/> and <see cref="EthnicGroups"/> element by element.</summary>
    /// <param name="other">The item to compare with.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public bool Equals(EvidenceItem? other) =>
        other is not null
        && string.Equals(Title, other.Title, StringComparison.Ordinal)
        && Type == other.Type
        && Scope == other.Scope
        && Nature == other.Nature
        && Roles.SequenceEqual(other.Roles)
        && EthnicGroups.SequenceEqual(other.EthnicGroups, StringComparer.Ordinal)
        && Equals(Source, other.Source)
        && Year == other.Year;

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Title, StringComparer.Ordinal);
        hash.Add(Type);
        hash.Add(Scope);
        hash.Add(Nature);
        foreach (var role in Roles)
        {
            hash.Add(role);
        }

        foreach (var group in EthnicGroups)
        {
            hash.Add(group, StringComparer.Ordinal);
        }

        hash.Add(Source);
        hash.Add(Year);
        return hash.ToHashCode();
    }

    private static string ValidateTitle(string title)
    {
        if (title is null)
        {
            throw new ArgumentNullException(nameof(Title), "Title must not be null.");
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            throw new ArgumentException($"Title must not be empty or white space; got '{title}'.", nameof(Title));
        }

        return title;
    }

    private static IReadOnlyList<EvidenceRole> ValidateRoles(IReadOnlyList<EvidenceRole> roles)
    {
        if (roles is null)
        {
            throw new ArgumentNullException(nameof(Roles), "Roles must not be null; pass an empty list for an unclassified item.");
        }

        var copy = roles.ToArray();
        for (var i = 0; i < copy.Length; i++)
        {
            if (!Enum.IsDefined(copy[i]))
            {
                throw new ArgumentOutOfRangeException(nameof(Roles), copy[i],
                    $"Roles[{i}] must be a declared member of EvidenceRole; got {copy[i]}.");
            }

            if (Array.IndexOf(copy, copy[i], 0, i) >= 0)
            {
                throw new ArgumentException($"Roles must not repeat a role; {copy[i]} appears more than once (again at index {i}).", nameof(Roles));
            }
        }

        return Array.AsReadOnly(copy);
    }

    private static IReadOnlyList<string> ValidateGroups(IReadOnlyList<string> groups)
    {
        if (groups is null)
        {
            throw new ArgumentNullException(nameof(EthnicGroups), "EthnicGroups must not be null; pass an empty list when the item covers no particular group.");
        }

        var copy = groups.ToArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < copy.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(copy[i]))
            {
                throw new ArgumentException($"EthnicGroups[{i}] must not be null, empty or white space; got '{copy[i]}'.", nameof(EthnicGroups));
            }

            if (!seen.Add(copy[i]))
            {
                throw new ArgumentException($"EthnicGroups must not repeat a group; '{copy[i]}' appears more than once (again at index {i}).", nameof(EthnicGroups));
            }
        }

        return Array.AsReadOnly(copy);
    }

    private static int? ValidateYear(int? year)
    {
        if (year is { } y && (y < 1000 || y > 9999))
        {
            throw new ArgumentOutOfRangeException(nameof(Year), year, $"Year must be a four-digit year (1000-9999) or null; got {y}.");
        }

        return year;
    }
}
