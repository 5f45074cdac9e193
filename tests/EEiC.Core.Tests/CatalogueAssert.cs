using EEiC.Sources;

namespace EEiC.Core.Tests;

/// <summary>Shared assertions for the enum-keyed catalogues of the domain model.</summary>
internal static class CatalogueAssert
{
    /// <summary>
    /// Asserts that <paramref name="entries"/> holds exactly one entry per declared value of <typeparamref name="TEnum"/>,
    /// in declaration order, each with a non-empty name, description and source, and that <paramref name="describe"/>
    /// returns that entry and rejects an undeclared value.
    /// </summary>
    public static void OneEntryPerValue<TEnum, TInfo>(
        IReadOnlyList<TInfo> entries,
        Func<TInfo, TEnum> key,
        Func<TInfo, string> name,
        Func<TInfo, string> description,
        Func<TInfo, SourceReference> source,
        Func<TEnum, TInfo> describe)
        where TEnum : struct, Enum
        where TInfo : class
    {
        var values = Enum.GetValues<TEnum>();
        Assert.Equal(values, entries.Select(key).ToArray());
        Assert.Equal(values.Length, entries.Select(key).Distinct().Count());

        foreach (var entry in entries)
        {
            var value = key(entry);
            Assert.False(string.IsNullOrWhiteSpace(name(entry)), $"{typeof(TEnum).Name}.{value} has no name.");
            Assert.False(string.IsNullOrWhiteSpace(description(entry)), $"{typeof(TEnum).Name}.{value} has no description.");
            Assert.NotEqual(name(entry).Trim(), description(entry).Trim());
            var reference = source(entry);
            Assert.NotNull(reference);
            Assert.NotNull(reference.Document);
            Assert.False(string.IsNullOrWhiteSpace(reference.Location), $"{typeof(TEnum).Name}.{value} cites no location.");
            Assert.Same(entry, describe(value));
        }

        var undeclared = (TEnum)Enum.ToObject(typeof(TEnum), values.Length + 41);
        var error = Assert.ThrowsAny<ArgumentOutOfRangeException>(() => describe(undeclared));
        Assert.Contains(typeof(TEnum).Name, error.Message, StringComparison.Ordinal);
        Assert.Contains((values.Length + 41).ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
    }

    /// <summary>Asserts that a read-only list exposed by the model cannot be changed through a cast.</summary>
    public static void IsReadOnly<T>(IReadOnlyList<T> list)
    {
        Assert.False(list is T[], "the list must not be a bare array, which callers could cast and mutate");
        var collection = Assert.IsAssignableFrom<ICollection<T>>(list);
        Assert.True(collection.IsReadOnly);
    }
}
