using System.Globalization;
using EEiC.Indicators;
using EEiC.Statistics.Inequality;

namespace EEiC.Statistics.Tests.Inequality;

/// <summary>Reads the healthequal 1.0.1 fixtures (tests/fixtures/healthequal) into subgroups and settings.</summary>
internal static class HealthequalFixture
{
    public sealed record Setting(SubgroupEstimate[] Subgroups, IndicatorPolarity Polarity, double Scale, string? Reference, double? SettingAverage);

    private static readonly Dictionary<string, FixtureTable> Tables = [];

    public static FixtureTable Table(string file)
    {
        lock (Tables)
        {
            if (!Tables.TryGetValue(file, out var table))
            {
                table = FixtureTable.Load("healthequal/" + file);
                Tables[file] = table;
            }

            return table;
        }
    }

    /// <summary>The 25-subgroup input of the package's tests; names are the row numbers.</summary>
    public static Setting TestthatNonOrdered25()
    {
        var rows = Table("testthat_cases__inputs.csv").Rows.Where(r => r.Text("case") == "nonordered25").ToArray();
        var subgroups = rows.Select(r => new SubgroupEstimate(r.Required("row").ToString(CultureInfo.InvariantCulture),
            r.Required("est"), r.Number("se"), r.Number("pop"))).ToArray();
        var reference = rows.SingleOrDefault(r => r.Required("reference_subgroup") == 1)?.Required("row").ToString(CultureInfo.InvariantCulture);
        var polarity = rows[0].Required("favourable_indicator") == 1 ? IndicatorPolarity.HigherIsBetter : IndicatorPolarity.LowerIsBetter;
        return new Setting(subgroups, polarity, rows[0].Required("scaleval"), reference, null);
    }

    /// <summary>One (dataset, indicator) of the sample datasets.</summary>
    public static Setting Dataset(string dataset, string indicator)
    {
        var rows = Table("dataset__" + dataset + ".csv").Rows.Where(r => r.Text("indicator") == indicator && r.Number("estimate") is not null).ToArray();
        var subgroups = rows.Select(r => new SubgroupEstimate(r.Text("subgroup")!, r.Required("estimate"), r.Number("se"), r.Number("population"))).ToArray();
        var reference = rows.FirstOrDefault(r => r.Has("reference_subgroup") && r.Required("reference_subgroup") == 1)?.Text("subgroup");
        var polarity = rows[0].Required("favourable_indicator") == 1 ? IndicatorPolarity.HigherIsBetter : IndicatorPolarity.LowerIsBetter;
        return new Setting(subgroups, polarity, rows[0].Required("indicator_scale"), reference, rows[0].Number("setting_average"));
    }

    /// <summary>An ordered setting: subgroups with their <c>subgroup_order</c>, polarity, scale and setting average.</summary>
    public sealed record OrderedSetting(OrderedSubgroupEstimate[] Subgroups, IndicatorPolarity Polarity, double Scale, double? SettingAverage);

    /// <summary>The 5-subgroup ordered input of the package's tests (<c>ordered5</c>); names are the row numbers.</summary>
    public static OrderedSetting TestthatOrdered5()
    {
        var rows = Table("testthat_cases__inputs.csv").Rows.Where(r => r.Text("case") == "ordered5").ToArray();
        var subgroups = rows.Select(r => new OrderedSubgroupEstimate(r.Required("row").ToString(CultureInfo.InvariantCulture),
            (int)r.Required("subgroup_order"), r.Required("est"), r.Number("se"), r.Number("pop"))).ToArray();
        var polarity = rows[0].Required("favourable_indicator") == 1 ? IndicatorPolarity.HigherIsBetter : IndicatorPolarity.LowerIsBetter;
        return new OrderedSetting(subgroups, polarity, rows[0].Required("scaleval"), null);
    }

    /// <summary>One (dataset, indicator) of the ordered sample datasets.</summary>
    public static OrderedSetting OrderedDataset(string dataset, string indicator)
    {
        var rows = Table("dataset__" + dataset + ".csv").Rows.Where(r => r.Text("indicator") == indicator && r.Number("estimate") is not null).ToArray();
        var subgroups = rows.Select(r => new OrderedSubgroupEstimate(r.Text("subgroup")!, (int)r.Required("subgroup_order"),
            r.Required("estimate"), r.Number("se"), r.Number("population"))).ToArray();
        var polarity = rows[0].Required("favourable_indicator") == 1 ? IndicatorPolarity.HigherIsBetter : IndicatorPolarity.LowerIsBetter;
        return new OrderedSetting(subgroups, polarity, rows[0].Required("indicator_scale"), rows[0].Number("setting_average"));
    }

    /// <summary>The individual survey records (<c>dataset__IndividualSample.csv</c>) with the outcome <c>sba</c>, in file order.</summary>
    public static SurveyObservation[] IndividualSample(string outcome = "sba") =>
        Table("dataset__IndividualSample.csv").Rows
            .Select(r => new SurveyObservation((int)r.Required("subgroup_order"), r.Required(outcome), r.Required("weight"),
                (int)r.Required("psu"), (int)r.Required("strata")))
            .ToArray();

    public static OrderedSubgroupEstimate[] WithoutPopulation(OrderedSubgroupEstimate[] subgroups) =>
        subgroups.Select(s => s with { Population = null }).ToArray();

    public static SubgroupEstimate[] WithoutPopulation(SubgroupEstimate[] subgroups) =>
        subgroups.Select(s => s with { Population = null }).ToArray();

    public static SubgroupEstimate[] WithoutStandardError(SubgroupEstimate[] subgroups) =>
        subgroups.Select(s => s with { StandardError = null }).ToArray();
}
