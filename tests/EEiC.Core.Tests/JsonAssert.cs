using System.Text.Json;

namespace EEiC.Core.Tests;

/// <summary>JSON round-trip assertions (reflection-based serialiser; the source-generated context is tested with the Serialization folder).</summary>
internal static class JsonAssert
{
    public static void RoundTrips<T>(IEnumerable<T> values)
    {
        foreach (var value in values)
        {
            RoundTrips(value);
        }
    }

    public static void RoundTrips<T>(T value)
    {
        var json = JsonSerializer.Serialize(value);
        var back = JsonSerializer.Deserialize<T>(json);
        Assert.Equal(value, back);
        Assert.Equal(json, JsonSerializer.Serialize(back));
    }
}
