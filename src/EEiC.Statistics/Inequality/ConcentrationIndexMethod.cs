namespace EEiC.Statistics.Inequality;

/// <summary>
/// How the relative concentration index is normalised for a bounded indicator (healthequal's <c>method</c> argument
/// of <c>rci()</c>). The normalisations need the indicator's theoretical bounds,
/// <see cref="SummaryMeasureSettings.LowerBound"/> and <see cref="SummaryMeasureSettings.UpperBound"/>.
/// </summary>
/// <remarks>
/// Wagstaff A. The bounds of the concentration index when the variable of interest is binary, with an application
/// to immunization inequality. Health Econ 2005;14:429–432. Erreygers G. Correcting the concentration index. J Health
/// Econ 2009;28:504–515.
/// </remarks>
public enum ConcentrationIndexMethod
{
    /// <summary>The plain relative concentration index: the absolute concentration index divided by the mean.</summary>
    Standard = 0,

    /// <summary>Wagstaff's normalisation: the relative index divided by 1 − μ, μ the mean after rescaling to the bounds.</summary>
    Wagstaff = 1,

    /// <summary>Erreygers' correction: the relative index multiplied by 4μ, μ the mean after rescaling to the bounds.</summary>
    Erreygers = 2,
}
