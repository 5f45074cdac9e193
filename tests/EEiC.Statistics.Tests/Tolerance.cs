namespace EEiC.Statistics.Tests;

/// <summary>Comparisons with reference numbers: relative tolerance, with absent (NA) matching absent only.</summary>
internal static class Tolerance
{
    /// <summary>Asserts |actual − expected| ≤ relative · max(|expected|, tiny), or both absent.</summary>
    public static void Equal(double? expected, double? actual, double relative, string what)
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{what}: expected {Show(expected)}, got {Show(actual)}");
            return;
        }

        var scale = Math.Max(Math.Abs(expected.Value), 1e-300);
        var error = Math.Abs(actual.Value - expected.Value) / scale;
        Assert.True(error <= relative || actual.Value.Equals(expected.Value),
            $"{what}: expected {expected.Value:R}, got {actual.Value:R} (relative error {error:E2} > {relative:E0})");
    }

    private static string Show(double? value) => value?.ToString("R", System.Globalization.CultureInfo.InvariantCulture) ?? "NA";
}
