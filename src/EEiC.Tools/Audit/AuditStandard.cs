using System.Globalization;
using EEiC.Datasets;
using EEiC.Statistics.Standardisation;

namespace EEiC.Tools.Audit;

/// <summary>The default standard population of an audit (see <see cref="EquityAuditOptions.Standard"/>).</summary>
internal static class AuditStandard
{
    /// <summary>
    /// The European Standard Population 2013 when every age band of the rows is one of its bands (or the rows have none);
    /// otherwise the dataset's own age structure: the denominators of every row summed by band, bands in ascending order
    /// of their first number (then by label). Internal standardisation to the population served is the usual choice when
    /// a service's broad age bands do not match a national standard (Ahmad et al., WHO GPE Discussion Paper 31, 2001).
    /// </summary>
    public static StandardPopulation Resolve(StratifiedDataset dataset)
    {
        var european = StandardPopulation.European2013;
        var totals = new Dictionary<string, double>(StringComparer.Ordinal);
        var allEuropean = true;
        foreach (var row in dataset.Rows)
        {
            if (row.AgeBand is not { } band)
            {
                continue;
            }

            if (!totals.TryGetValue(band, out var total))
            {
                allEuropean &= european.IndexOf(band) >= 0;
            }

            totals[band] = total + (row.Denominator is { } d && double.IsFinite(d) && d > 0 ? d : 0);
        }

        if (allEuropean)
        {
            return european;
        }

        var bands = totals.Keys.OrderBy(FirstNumber).ThenBy(b => b, StringComparer.Ordinal).ToArray();
        var name = $"the age structure of all records in {(string.IsNullOrWhiteSpace(dataset.Name) ? "the dataset" : $"'{dataset.Name}'")}";
        return new StandardPopulation(name, bands, [.. bands.Select(b => totals[b])]);
    }

    private static double FirstNumber(string band)
    {
        var start = 0;
        while (start < band.Length && !char.IsAsciiDigit(band[start]))
        {
            start++;
        }

        var end = start;
        while (end < band.Length && char.IsAsciiDigit(band[end]))
        {
            end++;
        }

        return end > start ? double.Parse(band.AsSpan(start, end - start), CultureInfo.InvariantCulture) : double.MaxValue;
    }
}
