namespace EEiC.Statistics.Inequality;

/// <summary>
/// The regression model behind the slope and relative indices of inequality of
/// <see cref="OrderedSummaryMeasures"/> (healthequal's <c>linear</c> argument of <c>sii()</c> and <c>rii()</c>).
/// </summary>
/// <remarks>
/// Mackenbach JP, Kunst AE. Measuring the magnitude of socio-economic inequalities in health: an overview of
/// available measures illustrated with two examples from Europe. Soc Sci Med 1997;44:757–771. Schlotheuber A,
/// Hosseinpoor AR. Int J Environ Res Public Health 2022;19:3697.
/// </remarks>
public enum SlopeIndexModel
{
    /// <summary>
    /// Logistic regression (the default, as in healthequal): a quasibinomial generalised linear model with a logit
    /// link of the estimate as a proportion of its scale on the relative rank.
    /// </summary>
    Logistic = 0,

    /// <summary>Weighted least squares of the estimate on the relative rank, weights = populations.</summary>
    Linear = 1,
}
