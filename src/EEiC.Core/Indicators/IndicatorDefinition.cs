using System.Globalization;
using EEiC.Commissioning;
using EEiC.Sources;

namespace EEiC.Indicators;

/// <summary>
/// The definition of an indicator (a KPI, outcome measure or standard metric): what it measures, how its value is
/// expressed, which direction is favourable, which commissioning phase it serves, whether it must be broken down
/// by ethnic group, and where it comes from. Immutable; every argument is validated when the definition is created.
/// </summary>
/// <remarks>
/// The library ships the indicators its sources name in <see cref="IndicatorCatalogue"/>; users define their own
/// with this constructor. A definition says nothing about data: values are computed elsewhere (EEiC.Statistics).
/// </remarks>
/// <param name="Id">A stable identifier in kebab-case (lower-case ASCII letters and digits, words joined by single hyphens), for example <c>"maternity-early-booking"</c>.</param>
/// <param name="Name">A short display name. Must not be empty or white space.</param>
/// <param name="Description">What the indicator measures, including numerator, denominator or comparison where relevant. Must not be empty or white space.</param>
/// <param name="ValueType">The kind of statistic.</param>
/// <param name="Multiplier">The scale the value is expressed on: 100 for a percentage, 1,000 or 100,000 for a rate per 1,000 or 100,000, 1 for a plain ratio. Must be finite and greater than 0, and exactly 1 for <see cref="IndicatorValueType.Count"/>, <see cref="IndicatorValueType.RelativeLikelihood"/> and <see cref="IndicatorValueType.Score"/>.</param>
/// <param name="Polarity">Which direction of the value is favourable.</param>
/// <param name="Domain">What the indicator measures (access, experience, outcome, data quality, workforce, leadership).</param>
/// <param name="Phase">The phase of the commissioning cycle the indicator mainly serves.</param>
/// <param name="RequiresEthnicBreakdown">Whether the indicator is only meaningful when reported separately for each ethnic group (or for the groups it compares).</param>
/// <param name="Source">Where the indicator is defined or named.</param>
/// <param name="Provenance">How directly the definition derives from <paramref name="Source"/>. Defaults to <see cref="Provenance.FromSource"/>.</param>
/// <param name="Lever">The commissioning lever through which the indicator is typically used, if the source names one (for example a KPI or an equity audit); otherwise <see langword="null"/>.</param>
public sealed record IndicatorDefinition(
    string Id,
    string Name,
    string Description,
    IndicatorValueType ValueType,
    double Multiplier,
    IndicatorPolarity Polarity,
    IndicatorDomain Domain,
    CommissioningPhase Phase,
    bool RequiresEthnicBreakdown,
    SourceReference Source,
    Provenance Provenance = Provenance.FromSource,
    CommissioningLever? Lever = null)
{
    /// <summary>The stable kebab-case identifier.</summary>
    public string Id { get; } = ValidateId(Id);

    /// <summary>The short display name.</summary>
    public string Name { get; } = ValidateText(Name, nameof(Name));

    /// <summary>What the indicator measures.</summary>
    public string Description { get; } = ValidateText(Description, nameof(Description));

    /// <summary>The kind of statistic.</summary>
    public IndicatorValueType ValueType { get; } = EnumArgument.Defined(ValueType, nameof(ValueType));

    /// <summary>The scale the value is expressed on (100 for a percentage, 100,000 for a rate per 100,000, 1 for a plain ratio).</summary>
    public double Multiplier { get; } = ValidateMultiplier(Multiplier, ValueType);

    /// <summary>Which direction of the value is favourable.</summary>
    public IndicatorPolarity Polarity { get; } = EnumArgument.Defined(Polarity, nameof(Polarity));

    /// <summary>What the indicator measures.</summary>
    public IndicatorDomain Domain { get; } = EnumArgument.Defined(Domain, nameof(Domain));

    /// <summary>The commissioning phase the indicator mainly serves.</summary>
    public CommissioningPhase Phase { get; } = EnumArgument.Defined(Phase, nameof(Phase));

    /// <summary>Where the indicator is defined or named.</summary>
    public SourceReference Source { get; } = ValidateSource(Source);

    /// <summary>How directly the definition derives from <see cref="Source"/>.</summary>
    public Provenance Provenance { get; } = EnumArgument.Defined(Provenance, nameof(Provenance));

    /// <summary>The commissioning lever through which the indicator is typically used, or <see langword="null"/> when the source names none.</summary>
    public CommissioningLever? Lever { get; } = Lever is { } lever ? EnumArgument.Defined(lever, nameof(Lever)) : null;

    /// <summary>Whether <paramref name="id"/> is a valid indicator identifier: non-empty lower-case ASCII letters and digits in words joined by single hyphens.</summary>
    /// <param name="id">The candidate identifier.</param>
    /// <returns><see langword="true"/> when <paramref name="id"/> is kebab-case.</returns>
    public static bool IsValidId(string? id)
    {
        if (string.IsNullOrEmpty(id) || id[0] == '-' || id[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            var ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && id[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static string ValidateId(string id)
    {
        if (id is null)
        {
            throw new ArgumentNullException(nameof(Id), "Id must not be null.");
        }

        if (!IsValidId(id))
        {
            throw new ArgumentException(
                $"Id must be kebab-case (lower-case letters and digits in words joined by single hyphens, for example 'maternity-early-booking'); got '{id}'.",
                nameof(Id));
        }

        return id;
    }

    private static string ValidateText(string value, string paramName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(paramName, $"{paramName} must not be null.");
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{paramName} must not be empty or white space; got '{value}'.", paramName);
        }

        return value;
    }

    private static double ValidateMultiplier(double multiplier, IndicatorValueType valueType)
    {
        if (!double.IsFinite(multiplier) || multiplier <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Multiplier), multiplier,
                $"Multiplier must be finite and greater than 0 (for example 100 for a percentage or 100000 for a rate per 100,000); got {multiplier.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (valueType is IndicatorValueType.Count or IndicatorValueType.RelativeLikelihood or IndicatorValueType.Score
            && multiplier != 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Multiplier), multiplier,
                $"Multiplier must be 1 when ValueType is {valueType} (a count, relative likelihood or score is not rescaled); got {multiplier.ToString(CultureInfo.InvariantCulture)}.");
        }

        return multiplier;
    }

    private static SourceReference ValidateSource(SourceReference source)
    {
        if (source is null)
        {
            throw new ArgumentNullException(nameof(Source), "Source must not be null: every indicator cites where it comes from.");
        }

        if (source.Document is null || source.Location is null)
        {
            throw new ArgumentException("Source must have a non-null Document and Location.", nameof(Source));
        }

        return source;
    }
}
