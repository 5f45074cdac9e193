using System.Collections.ObjectModel;
using System.Globalization;
using EEiC.Statistics.Validation;

namespace EEiC.Statistics.Standardisation;

/// <summary>
/// A standard population for direct standardisation: named bands (usually age bands) with a weight each. The
/// European Standard Populations of 2013 (<see cref="European2013"/>, used for England's public health
/// indicators since 2014) and 1976 (<see cref="European1976"/>) are built in; any other standard can be made
/// with the constructor.
/// </summary>
/// <remarks>
/// <para>Band labels are matched to data (for example the <c>AgeBand</c> of a dataset row) ignoring white space
/// and case, with any dash read as a hyphen and leading zeros of numbers dropped: <c>"0-4"</c>, <c>"00-04"</c>
/// and <c>"0 – 4"</c> are the same band. Labels must be unique under that comparison.</para>
/// <para>The value is immutable; two standards are equal when their names, labels and weights are equal, in order.</para>
/// </remarks>
public sealed record StandardPopulation
{
    private readonly string[] _bands;
    private readonly double[] _weights;
    private readonly Dictionary<string, int> _index;

    /// <summary>Creates a standard population.</summary>
    /// <param name="name">A name for display and error messages (for example <c>"ESP2013"</c>).</param>
    /// <param name="bands">The band labels, in the order data are laid out (for example <c>"0-4"</c> … <c>"90+"</c>); at least one, non-blank and unique.</param>
    /// <param name="weights">The weight (standard population) of each band, parallel to <paramref name="bands"/>: finite, ≥ 0, with a sum &gt; 0.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="StatisticsInputException">A rule above is broken; the exception lists every problem.</exception>
    public StandardPopulation(string name, IReadOnlyList<string> bands, IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(bands);
        ArgumentNullException.ThrowIfNull(weights);

        var checks = default(InputChecks);
        if (string.IsNullOrWhiteSpace(name))
        {
            checks.Add(null, nameof(name), $"'{name}'", "must not be blank");
        }

        if (bands.Count == 0)
        {
            checks.Add(null, nameof(bands), "0 bands", "must have at least one band");
        }

        checks.SameLength(nameof(weights), weights.Count, nameof(bands), bands.Count);

        _bands = new string[bands.Count];
        _index = new Dictionary<string, int>(bands.Count, StringComparer.Ordinal);
        for (var i = 0; i < bands.Count; i++)
        {
            var label = bands[i];
            if (string.IsNullOrWhiteSpace(label))
            {
                checks.Add(i, nameof(bands), label is null ? "null" : $"'{label}'", "must not be blank");
                continue;
            }

            _bands[i] = label;
            if (!_index.TryAdd(BandLabel.Key(label), i))
            {
                var first = _index[BandLabel.Key(label)];
                checks.Add(i, nameof(bands), $"'{label}'",
                    string.Create(CultureInfo.InvariantCulture, $"must be unique (ignoring spaces, case and leading zeros), but repeats band {first} '{bands[first]}'"));
            }
        }

        _weights = new double[weights.Count];
        var total = 0.0;
        for (var i = 0; i < weights.Count; i++)
        {
            var w = weights[i];
            checks.NonNegative(i, nameof(weights), w);
            _weights[i] = w;
            total += w;
        }

        if (weights.Count > 0 && double.IsFinite(total) && !(total > 0))
        {
            checks.Add(null, nameof(weights), total, "must have a sum > 0");
        }

        checks.ThrowIfAny();
        Name = name;
        Total = total;
        Bands = new ReadOnlyCollection<string>(_bands);
        Weights = new ReadOnlyCollection<double>(_weights);
    }

    /// <summary>
    /// The European Standard Population 2013: 19 five-year age bands <c>"0-4"</c>, <c>"5-9"</c> … <c>"85-89"</c>,
    /// <c>"90+"</c> with weights 5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000, 7000, 6500, 6000, 5500,
    /// 5000, 4000, 2500, 1500, 1000 (total 100,000).
    /// </summary>
    /// <remarks>Eurostat. Revision of the European Standard Population: report of Eurostat's task force. Luxembourg:
    /// Publications Office of the European Union; 2013. (As shipped with PHEindicatormethods as <c>esp2013</c>.)</remarks>
    public static StandardPopulation European2013 { get; } = new(
        "European Standard Population 2013",
        ["0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49",
         "50-54", "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85-89", "90+"],
        [5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000, 7000, 6500, 6000, 5500, 5000, 4000, 2500, 1500, 1000]);

    /// <summary>
    /// The European Standard Population of 1976: 18 age bands <c>"0-4"</c>, <c>"5-9"</c> … <c>"80-84"</c>,
    /// <c>"85+"</c> with weights 8000, then 7000 for each band from 5-9 to 50-54, then 6000, 5000, 4000, 3000, 2000,
    /// 1000, 1000 (total 100,000). It was replaced by <see cref="European2013"/>; use it only to reproduce older figures.
    /// </summary>
    /// <remarks>Waterhouse J, Muir C, Correa P, Powell J, editors. Cancer Incidence in Five Continents, Vol. III.
    /// IARC Scientific Publications No. 15. Lyon: International Agency for Research on Cancer; 1976.</remarks>
    public static StandardPopulation European1976 { get; } = new(
        "European Standard Population 1976",
        ["0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49",
         "50-54", "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85+"],
        [8000, 7000, 7000, 7000, 7000, 7000, 7000, 7000, 7000, 7000, 7000, 6000, 5000, 4000, 3000, 2000, 1000, 1000]);

    /// <summary>The standard's name.</summary>
    public string Name { get; }

    /// <summary>The band labels, in order.</summary>
    public IReadOnlyList<string> Bands { get; }

    /// <summary>The weight of each band, parallel to <see cref="Bands"/>.</summary>
    public IReadOnlyList<double> Weights { get; }

    /// <summary>The number of bands.</summary>
    public int BandCount => _bands.Length;

    /// <summary>The sum of the weights (100,000 for the European standards).</summary>
    public double Total { get; }

    internal ReadOnlySpan<double> WeightSpan => _weights;

    /// <summary>The position of a band, matching labels as described in the remarks of <see cref="StandardPopulation"/>.</summary>
    /// <param name="band">A band label, for example <c>"45-49"</c> or <c>"45 - 49"</c>.</param>
    /// <returns>The 0-based position in <see cref="Bands"/>, or −1 when the standard has no such band.</returns>
    public int IndexOf(string band) =>
        band is not null && _index.TryGetValue(BandLabel.Key(band), out var i) ? i : -1;

    /// <inheritdoc />
    public bool Equals(StandardPopulation? other) =>
        other is not null
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && _bands.AsSpan().SequenceEqual(other._bands)
        && _weights.AsSpan().SequenceEqual(other._weights);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, _bands.Length, Total);

    /// <summary>For example <c>"European Standard Population 2013 (19 bands, total 100000)"</c>.</summary>
    /// <returns>The name, the number of bands and the total weight.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Name} ({_bands.Length} bands, total {Total:R})");
}
