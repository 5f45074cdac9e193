using System.Globalization;

namespace EEiC.Statistics.LifeExpectancy;

/// <summary>
/// The age bands of an abridged life table: <see cref="Standard"/> (0, 1–4, 5–9, …, 85–89, 90+: 20 bands, the
/// layout England's public health indicators and the Office for National Statistics use) or
/// <see cref="FiveYear"/> (0–4, 5–9, …, 85–89, 90+: 19 bands, for data without the under-1 split). The last
/// band is open-ended.
/// </summary>
/// <remarks>
/// <para>The fraction of a band lived, on average, by those who die in it (a) is 0.1 for the first band (from
/// birth) and 0.5 for every other band, as in the PHE Life Expectancy Calculator and PHEindicatormethods
/// <c>phe_life_expectancy</c>; the same 0.1 is used for a first band of 0–4, as that package does when given
/// five-year bands (most deaths under 5 are deaths in the first months of life).</para>
/// <para>Chiang CL. The Life Table and its Applications. Malabar (FL): Krieger, 1984. Eayres DP, Williams ES.
/// Evaluation of methodologies for small area life expectancy estimation. J Epidemiol Community Health
/// 2004;58:243–249 (five-year bands with a final band of 90+).</para>
/// </remarks>
public sealed record LifeTableAgeBands
{
    private readonly int[] _starts;
    private readonly string[] _labels;
    private readonly IReadOnlyList<int> _startsView;
    private readonly IReadOnlyList<string> _labelsView;
    private readonly double[] _widths;
    private readonly double[] _fractions;

    private LifeTableAgeBands(string name, int[] starts)
    {
        Name = name;
        _starts = starts;
        _labels = new string[starts.Length];
        for (var i = 0; i < starts.Length; i++)
        {
            _labels[i] = i == starts.Length - 1
                ? string.Create(CultureInfo.InvariantCulture, $"{starts[i]}+")
                : starts[i + 1] - starts[i] == 1
                    ? starts[i].ToString(CultureInfo.InvariantCulture)
                    : string.Create(CultureInfo.InvariantCulture, $"{starts[i]}-{starts[i + 1] - 1}");
        }

        _widths = new double[starts.Length - 1];
        _fractions = new double[starts.Length];
        for (var i = 0; i < starts.Length; i++)
        {
            _fractions[i] = starts[i] == 0 ? 0.1 : 0.5;
            if (i < starts.Length - 1)
            {
                _widths[i] = starts[i + 1] - starts[i];
            }
        }

        _startsView = Array.AsReadOnly(_starts);
        _labelsView = Array.AsReadOnly(_labels);
    }

    /// <summary>0, 1–4, 5–9, 10–14, …, 85–89, 90+ (20 bands): the default of PHEindicatormethods and the PHE Life Expectancy Calculator.</summary>
    public static LifeTableAgeBands Standard { get; } =
        new(nameof(Standard), [0, 1, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90]);

    /// <summary>0–4, 5–9, …, 85–89, 90+ (19 bands): five-year bands without the under-1 split.</summary>
    public static LifeTableAgeBands FiveYear { get; } =
        new(nameof(FiveYear), [0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90]);

    /// <summary>The layout's name: <c>"Standard"</c> or <c>"FiveYear"</c>.</summary>
    public string Name { get; }

    /// <summary>The number of age bands (20 or 19).</summary>
    public int Count => _starts.Length;

    /// <summary>The age each band starts at, ascending, from 0.</summary>
    public IReadOnlyList<int> StartAges => _startsView;

    /// <summary>The bands as labels: <c>"0"</c>, <c>"1-4"</c>, <c>"5-9"</c>, …, <c>"85-89"</c>, <c>"90+"</c> (or <c>"0-4"</c> first for <see cref="FiveYear"/>).</summary>
    public IReadOnlyList<string> Labels => _labelsView;

    /// <summary>The start of the last, open-ended band (90).</summary>
    public int OpenBandStart => _starts[^1];

    /// <summary>The position of the band starting at an age.</summary>
    /// <param name="startAge">The band's start age (for example 65).</param>
    /// <returns>The 0-based band index, or −1 when no band starts at that age.</returns>
    public int IndexOf(int startAge) => Array.IndexOf(_starts, startAge);

    /// <inheritdoc />
    public bool Equals(LifeTableAgeBands? other) => ReferenceEquals(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => Name.GetHashCode(StringComparison.Ordinal);

    /// <summary>For example <c>"Standard (0, 1-4, 5-9, …, 85-89, 90+)"</c>.</summary>
    /// <returns>The layout described.</returns>
    public override string ToString() => $"{Name} ({_labels[0]}, {_labels[1]}, {_labels[2]}, …, {_labels[^2]}, {_labels[^1]})";

    /// <summary>The widths of the closed bands in years (one fewer than the bands).</summary>
    internal ReadOnlySpan<double> Widths => _widths;

    /// <summary>The fraction of each band lived by those who die in it: 0.1 for the band from birth, else 0.5.</summary>
    internal ReadOnlySpan<double> FractionsLivedByDeaths => _fractions;

    /// <summary>
    /// The band an age-band label denotes: its first whole number is its start age (as PHEindicatormethods reads
    /// <c>"0"</c>, <c>"1-4"</c>, <c>"10 – 14"</c>, <c>"90 +"</c>); a label beginning with <c>"&lt;"</c> or
    /// <c>"under"</c> starts at 0.
    /// </summary>
    internal int IndexOfLabel(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return -1;
        }

        var text = label.AsSpan().Trim();
        if (text.StartsWith("<", StringComparison.Ordinal) || text.StartsWith("under", StringComparison.OrdinalIgnoreCase))
        {
            return IndexOf(0);
        }

        var first = text.IndexOfAnyInRange('0', '9');
        if (first < 0)
        {
            return -1;
        }

        var digits = text[first..];
        var end = digits.IndexOfAnyExceptInRange('0', '9');
        return int.TryParse(end < 0 ? digits : digits[..end], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            ? IndexOf(start)
            : -1;
    }
}
