using System.Globalization;
using EEiC.Tools.Definitions;

namespace EEiC.Tools.Evaluation;

/// <summary>
/// The value of a data fact supplied with a response (see <see cref="FactDefinition"/>): a number, a boolean or a
/// category, for example the completeness of ethnicity recording, whether a significant gap was found, or the
/// data-quality verdict of <c>EEiC.Statistics.DataQuality.EthnicityDataQuality</c> (<c>FitnessForUse</c> by name).
/// </summary>
/// <param name="Type">The value's type; only the matching property is set.</param>
public sealed record FactValue(FactType Type)
{
    /// <summary>The number, for a <see cref="FactType.Number"/> value.</summary>
    public double? Number { get; init; }

    /// <summary>The boolean, for a <see cref="FactType.Boolean"/> value.</summary>
    public bool? Boolean { get; init; }

    /// <summary>The category, for a <see cref="FactType.Category"/> value.</summary>
    public string? Category { get; init; }

    /// <summary>A number fact.</summary>
    /// <param name="value">The number (finite).</param>
    /// <returns>The value.</returns>
    public static FactValue FromNumber(double value) => new(FactType.Number) { Number = value };

    /// <summary>A boolean fact.</summary>
    /// <param name="value">The boolean.</param>
    /// <returns>The value.</returns>
    public static FactValue FromBoolean(bool value) => new(FactType.Boolean) { Boolean = value };

    /// <summary>A category fact.</summary>
    /// <param name="category">The category, one of the fact's categories.</param>
    /// <returns>The value.</returns>
    public static FactValue FromCategory(string category) => new(FactType.Category) { Category = category };

    /// <summary>A category fact from an enum value, by name (for example a <c>FitnessForUse</c> verdict).</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The value.</returns>
    public static FactValue FromCategory<TEnum>(TEnum value)
        where TEnum : struct, Enum => FromCategory(value.ToString());

    /// <inheritdoc />
    public override string ToString() => Type switch
    {
        FactType.Number => Number?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        FactType.Boolean => Boolean is { } b ? (b ? "true" : "false") : string.Empty,
        _ => Category ?? string.Empty,
    };
}
