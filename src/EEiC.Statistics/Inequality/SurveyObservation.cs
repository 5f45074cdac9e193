using System.Globalization;

namespace EEiC.Statistics.Inequality;

/// <summary>
/// One respondent of a complex survey (for example a Demographic and Health Survey woman), as input to
/// <see cref="OrderedSummaryMeasures.FromSurvey"/>: the position of the respondent's subgroup in an ordered
/// dimension, the outcome, the sampling weight and the design's primary sampling unit and stratum.
/// </summary>
/// <remarks>
/// <para>Primary sampling units are nested within strata: a unit is identified by the pair
/// (<see cref="Stratum"/>, <see cref="Psu"/>), so the same <see cref="Psu"/> number may be reused in another stratum.
/// For a design without clustering give every respondent its own <see cref="Psu"/>; without stratification give
/// every respondent the same <see cref="Stratum"/>.</para>
/// <para>Nothing is checked when a value is created; <see cref="OrderedSummaryMeasures.FromSurvey"/> checks every
/// observation and reports all problems at once.</para>
/// </remarks>
/// <param name="Order">The position of the respondent's subgroup: lower = more disadvantaged (for example the wealth quintile, 1 = poorest).</param>
/// <param name="Outcome">The respondent's outcome (for example 1 if the birth was attended by skilled personnel, else 0).</param>
/// <param name="Weight">The sampling weight, &gt; 0.</param>
/// <param name="Psu">The primary sampling unit (cluster) within the stratum.</param>
/// <param name="Stratum">The design stratum.</param>
public readonly record struct SurveyObservation(int Order, double Outcome, double Weight, int Psu, int Stratum)
{
    /// <summary>For example <c>"order 3: 1 (weight 0.3517, psu 88, stratum 1)"</c>.</summary>
    /// <returns>The formatted observation.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"order {Order}: {Outcome:G6} (weight {Weight:G4}, psu {Psu}, stratum {Stratum})");
}
