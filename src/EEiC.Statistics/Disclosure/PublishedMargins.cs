namespace EEiC.Statistics.Disclosure;

/// <summary>Which totals of a two-way table are published alongside its cells. Published totals are constraints an intruder can use to recover suppressed cells.</summary>
[Flags]
public enum PublishedMargins
{
    /// <summary>No totals are published.</summary>
    None = 0,

    /// <summary>The total of each row is published.</summary>
    RowTotals = 1,

    /// <summary>The total of each column is published.</summary>
    ColumnTotals = 2,

    /// <summary>The grand total is published.</summary>
    GrandTotal = 4,

    /// <summary>Row totals, column totals and the grand total are published (the usual table with margins).</summary>
    All = RowTotals | ColumnTotals | GrandTotal,
}
