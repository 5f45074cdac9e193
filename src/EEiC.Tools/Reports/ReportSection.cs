namespace EEiC.Tools.Reports;

/// <summary>A section of a <see cref="ReportDocument"/>: a heading (HTML <c>&lt;h2&gt;</c>, Markdown <c>##</c>) and its blocks in order.</summary>
public sealed record ReportSection
{
    /// <summary>Creates a section.</summary>
    /// <param name="heading">The heading; not empty.</param>
    /// <param name="blocks">The blocks, in order; none null (a section may have none).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The heading is empty, or a block is null.</exception>
    public ReportSection(string heading, IEnumerable<ReportBlock> blocks)
    {
        Heading = ChartInput.RequireText(heading, nameof(heading));
        ArgumentNullException.ThrowIfNull(blocks);
        var list = blocks.ToArray();
        if (Array.IndexOf(list, null) is var index and >= 0)
        {
            throw new ArgumentException($"Section {ChartInput.ShowLabel(heading)}: blocks[{index}] is null.", nameof(blocks));
        }

        Blocks = Array.AsReadOnly(list);
    }

    /// <summary>The heading.</summary>
    public string Heading { get; }

    /// <summary>The blocks, in order.</summary>
    public IReadOnlyList<ReportBlock> Blocks { get; }

    /// <inheritdoc />
    public bool Equals(ReportSection? other) => other is not null && Heading == other.Heading && Sequence.Equal(Blocks, other.Blocks);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Heading, Sequence.Hash(Blocks));
}
