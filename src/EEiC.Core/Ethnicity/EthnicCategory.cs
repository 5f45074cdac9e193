namespace EEiC.Ethnicity;

/// <summary>
/// One category of an ethnicity classification: its scheme, code, label and high-level group, and whether
/// it records a missing ethnicity. Built-in categories are obtained from <see cref="EthnicityClassification"/>
/// (or <see cref="NhsEthnicCategories"/>); local sub-categories are created with <see cref="CreateLocal"/>.
/// </summary>
/// <remarks>
/// Two categories are equal when they have the same scheme and code (and, for local sub-categories, the
/// same parent). Instances are immutable and safe to share between threads.
/// </remarks>
public sealed class EthnicCategory : IEquatable<EthnicCategory>
{
    internal EthnicCategory(
        EthnicityScheme scheme,
        string code,
        string label,
        HighLevelEthnicGroup highLevelGroup,
        bool isResidual,
        uint atoms,
        int index,
        EthnicCategory? parent)
    {
        Scheme = scheme;
        Code = code;
        Label = label;
        HighLevelGroup = highLevelGroup;
        IsResidual = isResidual;
        Atoms = atoms;
        Index = index;
        Parent = parent;
    }

    /// <summary>The scheme the category belongs to. A local sub-category belongs to the scheme of its parent.</summary>
    public EthnicityScheme Scheme { get; }

    /// <summary>The code of the category in its scheme, in canonical form (for example <c>"A"</c>, <c>"99"</c>, <c>"13"</c>, <c>"Asian"</c>).</summary>
    public string Code { get; }

    /// <summary>The label of the category as its scheme prints it (for example <c>"White - British"</c>).</summary>
    public string Label { get; }

    /// <summary>The high-level group the category belongs to in its own scheme (see <see cref="HighLevelEthnicGroup"/> on Chinese).</summary>
    public HighLevelEthnicGroup HighLevelGroup { get; }

    /// <summary>Whether the category records a missing ethnicity, and which kind.</summary>
    public MissingEthnicity Missing => HighLevelGroup switch
    {
        HighLevelEthnicGroup.NotStated => MissingEthnicity.NotStated,
        HighLevelEthnicGroup.NotKnown => MissingEthnicity.NotKnown,
        _ => MissingEthnicity.None,
    };

    /// <summary><see langword="true"/> when the category is "not stated" or "not known".</summary>
    public bool IsMissing => Missing != MissingEthnicity.None;

    /// <summary>
    /// <see langword="true"/> for the residual "any other …" categories (any other White, Mixed, Asian, Black
    /// or ethnic group background). Heavy use of them is a known sign of poor ethnicity recording.
    /// </summary>
    public bool IsResidual { get; }

    /// <summary><see langword="true"/> for a locally defined sub-category (see <see cref="CreateLocal"/>).</summary>
    public bool IsLocal => Parent is not null;

    /// <summary>For a local sub-category, the national NHS category it rolls up to; otherwise <see langword="null"/>.</summary>
    public EthnicCategory? Parent { get; }

    /// <summary>The national category: <see cref="Parent"/> for a local sub-category, the category itself otherwise.</summary>
    public EthnicCategory National => Parent ?? this;

    /// <summary>Finest census-2021 categories (bits 0–18) and missing kinds (bits 19–20) this category covers.</summary>
    internal uint Atoms { get; }

    /// <summary>Position in its classification (-1 for local sub-categories).</summary>
    internal int Index { get; }

    /// <summary>
    /// Creates a local sub-category of an NHS Ethnic Category, following the NHS Data Dictionary rule that
    /// the first character of a locally extended code is the national code it rolls up to.
    /// </summary>
    /// <param name="code">Two characters: the parent's national code followed by one letter or digit (for example <c>"NA"</c> for a sub-category of N). Stored in upper case.</param>
    /// <param name="label">The local label (for example <c>"Somali"</c>).</param>
    /// <param name="parent">The national NHS category it rolls up to; must be one of A–S.</param>
    /// <returns>The local sub-category.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The parent is not a national NHS category A–S, or the code does not extend the parent's code by one letter or digit, or the label is blank.</exception>
    /// <remarks>Source: NHS Data Dictionary, ETHNIC CATEGORY (local extension of the national codes). The EEiC sources name local groups such as Somali, Kashmiri, Polish, Turkish and Yemeni.</remarks>
    public static EthnicCategory CreateLocal(string code, string label, EthnicCategory parent)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(parent);
        if (parent.Scheme != EthnicityScheme.NhsEthnicCategory || parent.IsLocal || parent.IsMissing)
        {
            throw new ArgumentException(
                $"parent must be a national NHS Ethnic Category A-S, got {parent.Scheme} '{parent.Code}'.", nameof(parent));
        }

        var canonical = code.Trim().ToUpperInvariant();
        if (canonical.Length != 2 || canonical[0] != parent.Code[0] || !char.IsAsciiLetterOrDigit(canonical[1]))
        {
            throw new ArgumentException(
                $"code must be the parent's code '{parent.Code}' followed by one letter or digit (for example '{parent.Code}1'), got '{code}'.",
                nameof(code));
        }

        if (string.IsNullOrWhiteSpace(label))
        {
            throw new ArgumentException($"label must not be blank for local category '{canonical}'.", nameof(label));
        }

        return new EthnicCategory(parent.Scheme, canonical, label.Trim(), parent.HighLevelGroup, isResidual: false,
            parent.Atoms, index: -1, parent);
    }

    /// <inheritdoc />
    public bool Equals(EthnicCategory? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Scheme == other.Scheme
                && string.Equals(Code, other.Code, StringComparison.Ordinal)
                && Equals(Parent, other.Parent)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EthnicCategory);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Scheme, StringComparer.Ordinal.GetHashCode(Code), IsLocal);

    /// <summary>The code and label, for example <c>"A White - British"</c>; the parser reads this form back.</summary>
    /// <returns>The code, a space and the label.</returns>
    public override string ToString() => $"{Code} {Label}";

    /// <summary>Compares two categories for equality (same scheme and code).</summary>
    /// <param name="left">The first category.</param>
    /// <param name="right">The second category.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(EthnicCategory? left, EthnicCategory? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Compares two categories for inequality.</summary>
    /// <param name="left">The first category.</param>
    /// <param name="right">The second category.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(EthnicCategory? left, EthnicCategory? right) => !(left == right);
}
