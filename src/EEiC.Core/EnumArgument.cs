using System.Globalization;

namespace EEiC;

/// <summary>Checks that an enum argument is a declared member, and looks up catalogue entries indexed by enum value.</summary>
internal static class EnumArgument
{
    /// <summary>Returns <paramref name="value"/> when it is a declared member of its enum; throws otherwise.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not declared; the message names the argument, the enum and the value.</exception>
    internal static TEnum Defined<TEnum>(TEnum value, string paramName)
        where TEnum : struct, Enum =>
        Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(paramName, value,
                $"{paramName} must be a declared member of {typeof(TEnum).Name}; got {value}.");

    /// <summary>The entry of a catalogue list that holds one entry per enum value, in enum order starting at 0.</summary>
    internal static TInfo Lookup<TEnum, TInfo>(IReadOnlyList<TInfo> entries, TEnum value, string paramName)
        where TEnum : struct, Enum =>
        entries[Convert.ToInt32(Defined(value, paramName), CultureInfo.InvariantCulture)];
}
