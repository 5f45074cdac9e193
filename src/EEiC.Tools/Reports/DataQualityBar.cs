namespace EEiC.Tools.Reports;

/// <summary>
/// One bar of a <see cref="DataQualityChart"/>: a data set, organisation or period with an amount for each of the
/// chart's categories (for example the counts of records with a valid ethnic category, not stated, not known and
/// unmapped). The chart draws each amount as its share of the bar's total.
/// </summary>
public sealed record DataQualityBar
{
    /// <summary>Creates a bar; its amounts are checked by the chart (one a category, finite, at least 0, total above 0).</summary>
    /// <param name="label">The bar's name (for example <c>"Trust A"</c> or <c>"2023/24"</c>).</param>
    /// <param name="values">The amount of each category, in the chart's category order: counts, or any amounts of which only the shares matter.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public DataQualityBar(string label, IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(values);
        Label = label;
        Values = Array.AsReadOnly(values.ToArray());
    }

    /// <summary>The bar's name.</summary>
    public string Label { get; }

    /// <summary>The amount of each category, in the chart's category order.</summary>
    public IReadOnlyList<double> Values { get; }

    /// <inheritdoc />
    public bool Equals(DataQualityBar? other) => other is not null && Label == other.Label && Sequence.Equal(Values, other.Values);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Label, Sequence.Hash(Values));
}
