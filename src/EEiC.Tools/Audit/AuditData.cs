using System.Globalization;
using EEiC.Datasets;
using EEiC.Ethnicity;
using EEiC.Statistics.Standardisation;

namespace EEiC.Tools.Audit;

/// <summary>
/// The rows of a dataset summed once, in a single pass: by category and age band, by area (all categories) and by period
/// and category. Every later stage reads these sums, never the rows, so the audit costs one pass over the rows plus work
/// proportional to groups × bands, areas and periods.
/// </summary>
internal sealed class AuditData
{
    private const int CancellationStride = 1 << 16;

    private AuditData(
        EthnicCategory[] categories,
        int[] bandStandardIndex,
        string[] areas,
        string[] periods,
        double[] x,
        double[] n,
        double[] areaX,
        double[] areaN,
        double[] periodX,
        double[] periodN)
    {
        Categories = categories;
        BandStandardIndex = bandStandardIndex;
        Areas = areas;
        Periods = periods;
        X = x;
        N = n;
        AreaX = areaX;
        AreaN = areaN;
        PeriodX = periodX;
        PeriodN = periodN;
        Known = [.. Enumerable.Range(0, categories.Length).Where(c => !categories[c].IsMissing)];
        Missing = [.. Enumerable.Range(0, categories.Length).Where(c => categories[c].IsMissing)];
    }

    /// <summary>Every category present, in the classification's order (local sub-categories after the national ones).</summary>
    public EthnicCategory[] Categories { get; }

    /// <summary>Indices into <see cref="Categories"/> of the groups with a known ethnicity.</summary>
    public int[] Known { get; }

    /// <summary>Indices into <see cref="Categories"/> of the missing-ethnicity categories present.</summary>
    public int[] Missing { get; }

    /// <summary>For each age band present (in the standard's order), its position in the standard; empty when the rows have no age bands.</summary>
    public int[] BandStandardIndex { get; }

    public bool HasBands => BandStandardIndex.Length > 0;

    /// <summary>The number of band slots per category: the bands present, or 1 when there are none.</summary>
    public int BandSlots => Math.Max(1, BandStandardIndex.Length);

    public string[] Areas { get; }

    public string[] Periods { get; }

    /// <summary>Numerators by category and band: <c>X[category × BandSlots + band]</c>.</summary>
    public double[] X { get; }

    /// <summary>Denominators, laid out like <see cref="X"/>.</summary>
    public double[] N { get; }

    public double[] AreaX { get; }

    public double[] AreaN { get; }

    /// <summary>Numerators by period and category: <c>PeriodX[period × Categories.Length + category]</c>.</summary>
    public double[] PeriodX { get; }

    public double[] PeriodN { get; }

    public double TotalX(int category) => Sum(X, category);

    public double TotalN(int category) => Sum(N, category);

    public double Sum(double[] values, int category)
    {
        var slots = BandSlots;
        var sum = 0.0;
        for (var b = 0; b < slots; b++)
        {
            sum += values[(category * slots) + b];
        }

        return sum;
    }

    /// <summary>Reads every row once; records every row-level problem (unknown or absent age bands, events without a denominator).</summary>
    public static AuditData Aggregate(StratifiedDataset dataset, StandardPopulation standard, AuditProblems problems, CancellationToken cancellationToken)
    {
        var classification = EthnicityClassification.For(dataset.Group.Scheme!.Value);
        var national = classification.Categories;
        var locals = dataset.LocalCategories;
        var slotOf = new Dictionary<EthnicCategory, int>(national.Count + locals.Count);
        foreach (var category in national.Concat(locals))
        {
            slotOf.TryAdd(category, slotOf.Count);
        }

        var categorySlots = slotOf.Count;
        var standardBands = standard.BandCount;
        var bandSlots = standardBands + 1; // the last slot holds rows without an age band
        var x = new double[categorySlots * bandSlots];
        var n = new double[categorySlots * bandSlots];
        var seenCategory = new bool[categorySlots];
        var seenBand = new bool[bandSlots];
        var groupSlot = new Dictionary<string, int>(StringComparer.Ordinal);
        var bandIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var areaIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var periodIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var areaX = new List<double>();
        var areaN = new List<double>();
        var periodX = new List<double[]>();
        var periodN = new List<double[]>();
        string? lastGroup = null, lastBand = null, lastArea = null, lastPeriod = null;
        int lastGroupSlot = -1, lastBandSlot = -1, lastAreaSlot = -1, lastPeriodSlot = -1;
        int rowsWithBand = 0, firstWithBand = -1, firstWithoutBand = -1;
        var rows = dataset.Rows;
        for (var i = 0; i < rows.Count; i++)
        {
            if ((i & (CancellationStride - 1)) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var row = rows[i];
            int c;
            if (ReferenceEquals(row.Group, lastGroup))
            {
                c = lastGroupSlot;
            }
            else
            {
                if (!groupSlot.TryGetValue(row.Group, out c))
                {
                    c = slotOf[dataset.CategoryOf(row)!];
                    groupSlot.Add(row.Group, c);
                }

                lastGroup = row.Group;
                lastGroupSlot = c;
            }

            int b;
            if (row.AgeBand is null)
            {
                b = standardBands;
                if (firstWithoutBand < 0)
                {
                    firstWithoutBand = i;
                }
            }
            else
            {
                rowsWithBand++;
                if (firstWithBand < 0)
                {
                    firstWithBand = i;
                }

                if (ReferenceEquals(row.AgeBand, lastBand))
                {
                    b = lastBandSlot;
                }
                else
                {
                    if (!bandIndex.TryGetValue(row.AgeBand, out b))
                    {
                        b = standard.IndexOf(row.AgeBand);
                        bandIndex.Add(row.AgeBand, b);
                    }

                    lastBand = row.AgeBand;
                    lastBandSlot = b;
                }

                if (b < 0)
                {
                    problems.Add(i, "dataset.age_band", $"'{row.AgeBand}'",
                        $"must be a band of the standard population '{standard.Name}' ({string.Join(", ", standard.Bands)}); give EquityAuditOptions.Standard a standard with these bands",
                        row.Group);
                    continue;
                }
            }

            double xi = row.Numerator ?? 0, ni = row.Denominator ?? 0;
            var category = national.Count > c ? national[c] : locals[c - national.Count];
            if (ni == 0 && xi > 0 && !category.IsMissing)
            {
                problems.Add(i, "dataset.denominator", "0",
                    $"must be > 0 where the numerator is > 0 ({xi.ToString("R", CultureInfo.InvariantCulture)} events with no population or people eligible) in a group with known ethnicity",
                    row.Group);
            }

            seenCategory[c] = true;
            seenBand[b] = true;
            var cell = (c * bandSlots) + b;
            x[cell] += xi;
            n[cell] += ni;

            if (row.Area is { } area)
            {
                int a;
                if (ReferenceEquals(area, lastArea))
                {
                    a = lastAreaSlot;
                }
                else
                {
                    if (!areaIndex.TryGetValue(area, out a))
                    {
                        a = areaX.Count;
                        areaIndex.Add(area, a);
                        areaX.Add(0);
                        areaN.Add(0);
                    }

                    lastArea = area;
                    lastAreaSlot = a;
                }

                areaX[a] += xi;
                areaN[a] += ni;
            }

            if (row.Period is { } period)
            {
                int p;
                if (ReferenceEquals(period, lastPeriod))
                {
                    p = lastPeriodSlot;
                }
                else
                {
                    if (!periodIndex.TryGetValue(period, out p))
                    {
                        p = periodX.Count;
                        periodIndex.Add(period, p);
                        periodX.Add(new double[categorySlots]);
                        periodN.Add(new double[categorySlots]);
                    }

                    lastPeriod = period;
                    lastPeriodSlot = p;
                }

                periodX[p][c] += xi;
                periodN[p][c] += ni;
            }
        }

        if (rowsWithBand > 0 && rowsWithBand < rows.Count)
        {
            for (var i = 0; i < rows.Count; i++)
            {
                if (rows[i].AgeBand is null)
                {
                    problems.Add(i, "dataset.age_band", "absent",
                        $"must be given on every row when any row has one (row index {firstWithBand} has '{rows[firstWithBand].AgeBand}'), so that every group can be standardised",
                        rows[i].Group);
                }
            }
        }

        // Keep the categories and bands present, in the classification's and the standard's order.
        int[] categories = [.. Enumerable.Range(0, categorySlots).Where(c => seenCategory[c])];
        int[] bands = rowsWithBand == 0 ? [standardBands] : [.. Enumerable.Range(0, standardBands).Where(b => seenBand[b])];
        var slots = bands.Length;
        var cx = new double[categories.Length * slots];
        var cn = new double[categories.Length * slots];
        for (var k = 0; k < categories.Length; k++)
        {
            for (var j = 0; j < slots; j++)
            {
                cx[(k * slots) + j] = x[(categories[k] * bandSlots) + bands[j]];
                cn[(k * slots) + j] = n[(categories[k] * bandSlots) + bands[j]];
            }
        }

        var areaNames = areaIndex.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray();
        var periodNames = periodIndex.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray();
        var px = new double[periodNames.Length * categories.Length];
        var pn = new double[periodNames.Length * categories.Length];
        for (var p = 0; p < periodNames.Length; p++)
        {
            var from = periodNames[p].Value;
            for (var k = 0; k < categories.Length; k++)
            {
                px[(p * categories.Length) + k] = periodX[from][categories[k]];
                pn[(p * categories.Length) + k] = periodN[from][categories[k]];
            }
        }

        return new AuditData(
            [.. categories.Select(c => c < national.Count ? national[c] : locals[c - national.Count])],
            rowsWithBand == 0 ? [] : bands,
            [.. areaNames.Select(p => p.Key)],
            [.. periodNames.Select(p => p.Key)],
            cx,
            cn,
            [.. areaNames.Select(p => areaX[p.Value])],
            [.. areaNames.Select(p => areaN[p.Value])],
            px,
            pn);
    }
}
