using System.Globalization;
using EEiC.Statistics.Comparison;

namespace EEiC.Statistics.Tests.Comparison;

/// <summary>Reading the PHEindicatormethods funnel fixtures and comparing with them, collecting every failing row.</summary>
internal static class FunnelFixtures
{
    public const double OracleTolerance = 1e-9;

    public static readonly IReadOnlyDictionary<string, FunnelSignificance> Labels = new Dictionary<string, FunnelSignificance>(StringComparer.Ordinal)
    {
        ["Not significant"] = FunnelSignificance.NotSignificant,
        ["High (0.025)"] = FunnelSignificance.High95,
        ["High (0.001)"] = FunnelSignificance.High99Point8,
        ["Low (0.025)"] = FunnelSignificance.Low95,
        ["Low (0.001)"] = FunnelSignificance.Low99Point8,
        ["Not applicable for events less than 10 for dsrs"] = FunnelSignificance.NotApplicable,
    };

    public static FixtureTable Load(string file) => FixtureTable.Load("pheindicatormethods/" + file);

    public static double[] Column(IEnumerable<FixtureTable.Row> rows, string column) => rows.Select(r => r.Required(column)).ToArray();

    /// <summary>
    /// Whether <paramref name="actual"/> agrees with a value printed as <paramref name="printed"/> to its printed precision:
    /// within half a unit of its last decimal place (plus 1e-12 relative for the binary conversion).
    /// </summary>
    public static bool AgreesWithPrinted(string printed, double actual, out double tolerance)
    {
        var expected = double.Parse(printed, NumberStyles.Float, CultureInfo.InvariantCulture);
        var point = printed.IndexOf('.', StringComparison.Ordinal);
        var decimals = point < 0 ? 0 : printed.Length - point - 1;
        tolerance = 0.5 * Math.Pow(10, -decimals) + 1e-12 * Math.Abs(expected);
        return Math.Abs(actual - expected) <= tolerance;
    }

    /// <summary>Collects comparison failures so that a test reports every bad row, not just the first.</summary>
    public sealed class Failures(string what)
    {
        private readonly List<string> _messages = [];

        public int Checked { get; private set; }

        /// <summary>Compares with a printed upstream value (NA matches only <see langword="null"/>).</summary>
        public void Printed(FixtureTable.Row row, int index, string column, double? actual)
        {
            Checked++;
            var text = row.Text(column);
            if (text is null or "NA" || actual is null)
            {
                if (!(text is null or "NA" && actual is null))
                {
                    _messages.Add($"row {index + 1} {column}: expected {text ?? "NA"}, got {Show(actual)}");
                }

                return;
            }

            if (!AgreesWithPrinted(text, actual.Value, out var tolerance))
            {
                _messages.Add($"row {index + 1} {column}: expected {text}, got {Show(actual)} (tolerance {tolerance:E1})");
            }
        }

        /// <summary>Compares with an exact oracle value to a relative tolerance (NA matches only <see langword="null"/>).</summary>
        public void Relative(FixtureTable.Row row, int index, string column, double? actual, double relative = OracleTolerance)
        {
            Checked++;
            var expected = row.Number(column);
            if (expected is null || actual is null)
            {
                if (!(expected is null && actual is null))
                {
                    _messages.Add($"row {index + 1} {column}: expected {Show(expected)}, got {Show(actual)}");
                }

                return;
            }

            var error = Math.Abs(actual.Value - expected.Value) / Math.Max(Math.Abs(expected.Value), 1e-300);
            if (!(error <= relative || actual.Value.Equals(expected.Value)))
            {
                _messages.Add($"row {index + 1} {column}: expected {Show(expected)}, got {Show(actual)} (relative error {error:E2} > {relative:E0})");
            }
        }

        public void Label(int index, string? expected, FunnelSignificance actual)
        {
            Checked++;
            if (expected is null || !Labels.TryGetValue(expected, out var wanted) || wanted != actual)
            {
                _messages.Add($"row {index + 1}: expected \"{expected ?? "NA"}\", got {actual}");
            }
        }

        public void Fail(string message) => _messages.Add(message);

        public void AssertNone(int expectedChecks)
        {
            Assert.True(_messages.Count == 0,
                $"{what}: {_messages.Count} of {Checked} comparisons failed:{Environment.NewLine}{string.Join(Environment.NewLine, _messages.Take(30))}");
            Assert.Equal(expectedChecks, Checked);
        }

        private static string Show(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "NA";
    }
}
