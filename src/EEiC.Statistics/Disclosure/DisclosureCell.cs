namespace EEiC.Statistics.Disclosure;

/// <summary>One published cell (or total) of a <see cref="SuppressedTable"/>: its value, or none when it is withheld, and what disclosure control did to it.</summary>
/// <param name="Value">The published value (rounded if the policy rounds), or <see langword="null"/> when withheld.</param>
/// <param name="Status">What disclosure control did to the cell.</param>
public readonly record struct DisclosureCell(double? Value, DisclosureStatus Status)
{
    /// <summary><see langword="true"/> when the cell is withheld (primary or secondary suppression).</summary>
    public bool IsSuppressed => Status is DisclosureStatus.PrimarySuppressed or DisclosureStatus.SecondarySuppressed;
}
