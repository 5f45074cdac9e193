namespace EEiC.Statistics.Disclosure;

/// <summary>What disclosure control did to a published cell or total.</summary>
public enum DisclosureStatus
{
    /// <summary>Published unchanged.</summary>
    Published = 0,

    /// <summary>Published after rounding to the policy's base; the value changed.</summary>
    Rounded = 1,

    /// <summary>Withheld because the count itself is in the policy's suppressed range (primary suppression).</summary>
    PrimarySuppressed = 2,

    /// <summary>Withheld so that a primary-suppressed cell cannot be recovered from published cells and totals (secondary, or complementary, suppression).</summary>
    SecondarySuppressed = 3,
}
