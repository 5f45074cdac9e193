namespace EEiC.Statistics.Inequality;

/// <summary>
/// How a <see cref="SlopeIndexOfInequality"/> is computed: the kind of value, whether to regress on the
/// transformed scale, the multiplier and the number of simulations for the confidence limits. The defaults are
/// those of <c>phe_sii</c>: normal values, no transformation, multiplier 1, 100,000 repetitions.
/// </summary>
public sealed record SlopeIndexOptions
{
    /// <summary>The fewest repetitions allowed (as in <c>phe_sii</c>).</summary>
    public const int MinimumRepetitions = 1_000;

    /// <summary>The most repetitions allowed (two buffers of this many doubles are used per thread).</summary>
    public const int MaximumRepetitions = 10_000_000;

    /// <summary>The defaults: normal values, no transformation, multiplier 1, 100,000 repetitions.</summary>
    public static SlopeIndexOptions Default { get; } = new();

    /// <summary>What kind of value the quantiles carry (default <see cref="SlopeIndexValueType.Normal"/>).</summary>
    public SlopeIndexValueType ValueType { get; init; } = SlopeIndexValueType.Normal;

    /// <summary>
    /// When <see langword="true"/> (rates and proportions only), the regression is fitted to the log or logit of
    /// the values and the SII is the difference of the back-transformed fitted values at the two ends of the social
    /// order; when <see langword="false"/> (default), the regression is fitted to the values themselves.
    /// </summary>
    public bool Transform { get; init; }

    /// <summary>
    /// A factor the SII and its limits are multiplied by (default 1), for example 100 to give proportions in
    /// percentage points, or −1 to flip the sign so that a positive SII means the disadvantaged fare worse.
    /// A negative multiplier also inverts the RII (1/RII). Must be finite and not 0.
    /// </summary>
    public double Multiplier { get; init; } = 1;

    /// <summary>
    /// Whether to give the RII's confidence limits (default <see langword="true"/>). When <see langword="false"/>
    /// (as <c>phe_sii</c>'s default <c>rii = FALSE</c>), the RII is still estimated but has no limits, and each
    /// simulation only refits the slope, which saves time.
    /// </summary>
    public bool RelativeIndexLimits { get; init; } = true;

    /// <summary>The number of simulations for the confidence limits (default 100,000; between <see cref="MinimumRepetitions"/> and <see cref="MaximumRepetitions"/>).</summary>
    public int Repetitions { get; init; } = 100_000;
}
