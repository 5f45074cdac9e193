using System.Text.Json.Serialization;
using EEiC.Statistics.Intervals;

namespace EEiC.Statistics.LifeExpectancy;

/// <summary>
/// Why a life expectancy was not produced (or, for <see cref="WideInterval"/>, produced without its value), by
/// the rules of England's public health indicators (PHE Life Expectancy Calculator; PHEindicatormethods
/// <c>phe_life_expectancy</c>). Each reason maps to an <see cref="EstimateStatus"/>, given below.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<LifeExpectancySuppression>))]
public enum LifeExpectancySuppression
{
    /// <summary>The life expectancy was produced (<see cref="EstimateStatus.Ok"/>).</summary>
    None = 0,

    /// <summary>
    /// Some age band has a population of zero, so its death rate is undefined and no life table can be built
    /// for the area (<see cref="EstimateStatus.ZeroDenominator"/>).
    /// </summary>
    ZeroPopulationInBand = 1,

    /// <summary>
    /// Some age band has more deaths than people, which the method treats as an error in the data: no life
    /// expectancy for the area (<see cref="EstimateStatus.Undefined"/>).
    /// </summary>
    DeathsExceedPopulation = 2,

    /// <summary>
    /// The total population over all bands is 5,000 or fewer, the minimum size for a robust life expectancy
    /// (Toson B, Baker A. National Statistics Methodological Series No 33, 2003; Eayres DP, Williams ES.
    /// J Epidemiol Community Health 2004;58:243–249): no life expectancy for the area
    /// (<see cref="EstimateStatus.SmallCount"/>).
    /// </summary>
    SmallPopulation = 3,

    /// <summary>
    /// There are no deaths in the open final band (90+), so the mean time lived in it (1/M) is infinite: no life
    /// expectancy for the area at any age (<see cref="EstimateStatus.Undefined"/>). PHEindicatormethods returns
    /// NA values here too (its value is infinite).
    /// </summary>
    NoDeathsInOpenBand = 4,

    /// <summary>
    /// The life table has nobody left alive at this age, because an earlier band's deaths were so many that its
    /// probability of dying reached 1 (deaths above population / (width · a)): life expectancy at this age is
    /// undefined (<see cref="EstimateStatus.Undefined"/>). PHEindicatormethods reports 0 with NaN limits here.
    /// </summary>
    NoSurvivors = 5,

    /// <summary>
    /// The 95% confidence interval is wider than 20 years (1.959964 · SE &gt; 10), so the value is suppressed as
    /// too imprecise; its confidence limits are still given (<see cref="EstimateStatus.SmallCount"/>, with
    /// <see cref="IntervalEstimate.Lower"/> and <see cref="IntervalEstimate.Upper"/> present and no value).
    /// The rule applies to the 95% width whatever levels were requested.
    /// </summary>
    WideInterval = 6,
}
