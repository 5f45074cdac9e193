using EEiC.Statistics.Validation;

namespace EEiC.Statistics.DataQuality;

/// <summary>
/// The thresholds of the fitness-for-use verdict of <see cref="EthnicityDataQuality"/>. Every one can be set; the
/// defaults are design choices of this library, stated here so that a report can quote them.
/// </summary>
/// <remarks>
/// <para><b>Where the defaults come from.</b> None of the EEiC sources gives a numeric threshold for ethnicity data
/// quality: the domain notes record that they define no formula and no threshold (<c>seed-000-001.md</c> lines 19 and 585;
/// <c>seed-002-part1.md</c> line 138; <c>seed-004.md</c> §1.2 lists the issues without numbers). The sources motivate each check; the numbers are ours, chosen as
/// round, commonly used values, and should be set to local or national targets where these exist:</para>
/// <list type="bullet">
/// <item><see cref="MinimumCompleteness"/> 0.90 — incomplete ethnic monitoring at service level is a persistent gap
/// (seed 001 lines 84, 111, 174; method S1, <c>seed-000-001.md</c> line 589; seed 004 line 650, DQ1, <c>seed-004.md</c> line 52).</item>
/// <item><see cref="MaximumNotStated"/> 0.05 — "not stated" is a person's choice and is reported apart from "not known"
/// (method S1, <c>seed-000-001.md</c> line 589).</item>
/// <item><see cref="MaximumUnmapped"/> 0.01 — values outside the classification point to extraction or coding errors;
/// the parser reports them rather than guessing (DESIGN §3).</item>
/// <item><see cref="MaximumResidualRatio"/> 1.5 — a disproportionate number of records coded to "other" categories is a
/// named sign of poor recording (seed 004 line 656; DQ7, <c>seed-004.md</c> line 58).</item>
/// <item><see cref="MaximumDissimilarity"/> 0.10 — recorded ethnicity shows signs of systematic bias, and data that do not
/// represent the population fail its needs (seed 004 lines 650, 656; DQ5 and DQ14, <c>seed-004.md</c> lines 56 and 65).</item>
/// <item><see cref="NoImprovementPeriods"/> 3 and <see cref="TrendSignificance"/> 0.05 — data gaps allowed to persist year
/// after year (seed 001 lines 91, 124; method S2, <c>seed-000-001.md</c> line 590).</item>
/// </list>
/// </remarks>
public sealed record EthnicityQualityThresholds
{
    /// <summary>The default thresholds.</summary>
    public static EthnicityQualityThresholds Default { get; } = new();

    /// <summary>The smallest acceptable share of records with a valid ethnic category (0–1); below it the verdict is <see cref="FitnessForUse.NotFit"/>. Compared with the point estimate. Default 0.90.</summary>
    public double MinimumCompleteness { get; init; } = 0.90;

    /// <summary>The largest share of records coded "not stated" (0–1) before a caveat. Default 0.05.</summary>
    public double MaximumNotStated { get; init; } = 0.05;

    /// <summary>The largest share of records with unmapped values (0–1) before a caveat. Default 0.01.</summary>
    public double MaximumUnmapped { get; init; } = 0.01;

    /// <summary>
    /// The ratio of the recorded share of residual ("any other …") categories to the population's above which their use
    /// raises a caveat, when the ratio's lower confidence limit also exceeds 1 (so the excess is not chance). &gt; 0. Default 1.5.
    /// </summary>
    public double MaximumResidualRatio { get; init; } = 1.5;

    /// <summary>The largest index of dissimilarity between the recorded and the population distribution (0–1) before a caveat. Default 0.10.</summary>
    public double MaximumDissimilarity { get; init; } = 0.10;

    /// <summary>The number of most recent periods (at least 2) over which completeness must show a significant increase while it is below <see cref="MinimumCompleteness"/>. Default 3.</summary>
    public int NoImprovementPeriods { get; init; } = 3;

    /// <summary>The significance level of the test for trend (strictly between 0 and 1). Default 0.05.</summary>
    public double TrendSignificance { get; init; } = 0.05;

    internal void Check(ref InputChecks checks)
    {
        Share(ref checks, nameof(MinimumCompleteness), MinimumCompleteness);
        Share(ref checks, nameof(MaximumNotStated), MaximumNotStated);
        Share(ref checks, nameof(MaximumUnmapped), MaximumUnmapped);
        Share(ref checks, nameof(MaximumDissimilarity), MaximumDissimilarity);
        checks.Positive(null, "thresholds." + nameof(MaximumResidualRatio), MaximumResidualRatio);
        if (NoImprovementPeriods < 2)
        {
            checks.Add(null, "thresholds." + nameof(NoImprovementPeriods), NoImprovementPeriods, "must be at least 2 (a trend needs two periods)");
        }

        if (!(TrendSignificance > 0 && TrendSignificance < 1))
        {
            checks.Add(null, "thresholds." + nameof(TrendSignificance), TrendSignificance, "must be strictly between 0 and 1");
        }
    }

    private static void Share(ref InputChecks checks, string name, double value)
    {
        if (!(value >= 0 && value <= 1))
        {
            checks.Add(null, "thresholds." + name, value, "must be a share between 0 and 1");
        }
    }
}
