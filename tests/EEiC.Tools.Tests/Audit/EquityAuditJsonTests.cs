using System.Globalization;
using System.Text.Json;
using EEiC.Tools.Audit;
using static EEiC.Tools.Tests.Audit.AuditFixtures;

namespace EEiC.Tools.Tests.Audit;

public sealed class EquityAuditJsonTests
{
    private static EquityAuditResult Audit()
    {
        // Two areas and two periods, so that every section has content; "not stated" rows for the sensitivity analysis.
        var rows = new[] { "E01", "E02" }.SelectMany(area => new[] { "2022/23", "2023/24" }.SelectMany(period => new[]
        {
            Row("A", 400, 800, area: area, period: period), Row("J", 90, 300, area: area, period: period),
            Row("K", 60, 150, area: area, period: period), Row("Z", 20, 50, area: area, period: period),
        })).ToArray();
        return EquityAudit.Run(Proportions(rows), Uptake);
    }

    [Fact]
    public void The_json_starts_with_its_schema_version_and_holds_every_section_in_the_results_order()
    {
        var json = EquityAuditJson.Write(Audit());
        using var document = JsonDocument.Parse(json);
        var names = document.RootElement.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(
            ["schema_version", "indicator", "settings", "data_quality", "estimates", "comparisons", "summary_measures", "need", "sensitivity",
             "trends", "areas", "findings", "actions", "facts", "disclosure"],
            names);
        Assert.Equal(1, document.RootElement.GetProperty("schema_version").GetInt32());
        Assert.Equal(EquityAuditResult.CurrentSchemaVersion, document.RootElement.GetProperty("schema_version").GetInt32());

        var root = document.RootElement;
        Assert.Equal("cardiac-rehabilitation-uptake", root.GetProperty("indicator").GetProperty("id").GetString());
        Assert.Equal("A", root.GetProperty("settings").GetProperty("reference_group").GetString());
        Assert.Equal([0.95, 0.998], root.GetProperty("settings").GetProperty("levels").EnumerateArray().Select(l => l.GetDouble()));
        Assert.Equal("Proportion", root.GetProperty("settings").GetProperty("measure").GetString());
        Assert.Equal(3, root.GetProperty("estimates").GetArrayLength());
        Assert.Equal("Wilson", root.GetProperty("estimates")[0].GetProperty("crude")[0].GetProperty("method").GetString());
        Assert.Equal(2, root.GetProperty("areas").GetProperty("areas").GetArrayLength());
        Assert.Equal(100, root.GetProperty("areas").GetProperty("limits").GetArrayLength());
        Assert.Equal(2, root.GetProperty("trends").GetArrayLength());
        Assert.True(root.GetProperty("facts").GetProperty("significant-gap").GetBoolean());
        Assert.Contains("HES", root.GetProperty("disclosure").GetProperty("policy").GetProperty("name").GetString(), StringComparison.Ordinal);
        var finding = root.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == "significant-gap");
        Assert.Equal("High", finding.GetProperty("severity").GetString());
        Assert.Contains(finding.GetProperty("statistics").EnumerateArray(), s => s.GetProperty("subject").GetString() == "J");
    }

    [Fact]
    public void The_json_is_deterministic_and_culture_invariant()
    {
        var result = Audit();
        var german = Cultures.With(Cultures.CommaDecimal, () => EquityAuditJson.Write(result));
        Cultures.With(CultureInfo.InvariantCulture, () =>
        {
            Assert.Equal(EquityAuditJson.Write(result), german);
            Assert.Equal(EquityAuditJson.Write(Audit()), german);
        });

        using var stream = new MemoryStream();
        EquityAuditJson.Write(result, stream);
        Assert.Equal(EquityAuditJson.Write(result), System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        Assert.Throws<ArgumentNullException>(() => EquityAuditJson.Write(null!));
    }

    [Fact]
    public void The_json_publishes_no_suppressed_count()
    {
        // J has 3 of 9: both its cells are suppressed, and its estimates are withheld.
        var result = EquityAudit.Run(Proportions(Row("A", 40, 60), Row("J", 3, 9), Row("K", 25, 50)), Uptake);
        using var document = JsonDocument.Parse(EquityAuditJson.Write(result));
        var j = document.RootElement.GetProperty("estimates").EnumerateArray().Single(e => e.GetProperty("group").GetString() == "J");
        Assert.Equal(JsonValueKind.Null, j.GetProperty("numerator").GetProperty("value").ValueKind);
        Assert.Equal("PrimarySuppressed", j.GetProperty("numerator").GetProperty("status").GetString());
        Assert.Equal(0, j.GetProperty("crude").GetArrayLength());
        Assert.True(j.GetProperty("suppressed").GetBoolean());
    }
}
