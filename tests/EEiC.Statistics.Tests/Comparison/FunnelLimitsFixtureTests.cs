using EEiC.Statistics.Comparison;
using EEiC.Statistics.Intervals;

namespace EEiC.Statistics.Tests.Comparison;

/// <summary>
/// Every row of the funnel control-limit fixtures of PHEindicatormethods 2.1.0: the package's own expected outputs
/// (printed to 6–10 significant digits; compared to their printed precision) and the exact R outputs in
/// <c>oracle_runs/</c> (compared to 1e-9 relative).
/// </summary>
public sealed class FunnelLimitsFixtureTests
{
    private static readonly string[] Prefixes = ["lower_2s", "upper_2s", "lower_3s", "upper_3s"];

    public static TheoryData<string> Scenarios =>
    [
        "upstream proportion", "upstream proportion axis variation", "oracle proportion", "oracle proportion axis variation",
        "upstream ratio count", "upstream ratio isr", "oracle ratio count", "oracle ratio isr",
        "upstream rate dsr", "upstream rate crude lt10", "upstream rate crude zero with denominator",
        "oracle rate dsr", "oracle rate crude lt10", "oracle rate crude zero with denominator",
    ];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Every_row_of_the_limits_agrees_with_the_reference(string scenario)
    {
        var oracle = scenario.StartsWith("oracle", StringComparison.Ordinal);
        var (file, limits) = Run(scenario);
        var table = FunnelFixtures.Load(file);
        var failures = new FunnelFixtures.Failures(scenario);
        Assert.Equal(100, table.Rows.Count);
        Assert.Equal(100, limits.Rows.Count);

        var statistic = limits.Statistic;
        var countColumn = statistic switch
        {
            FunnelStatistic.Proportion => "Population",
            FunnelStatistic.Ratio => "Observed_events",
            _ => "Events",
        };

        var checks = 0;
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            var mine = limits.Rows[i];
            FunnelLimitPoint[] points = [mine.Lower95, mine.Upper95, mine.Lower99Point8, mine.Upper99Point8];
            Compare(failures, oracle, row, i, countColumn, mine.Count);
            checks++;
            for (var p = 0; p < 4; p++)
            {
                Compare(failures, oracle, row, i, ValueColumn(scenario, statistic, oracle, Prefixes[p]), points[p].Value);
                checks++;
                if (statistic == FunnelStatistic.Proportion)
                {
                    Assert.Equal(mine.Count, points[p].Denominator);
                }
                else
                {
                    var x = statistic == FunnelStatistic.Ratio ? "_exp_events" : "_population_1_year";
                    Compare(failures, oracle, row, i, Prefixes[p] + x, points[p].Denominator);
                    checks++;
                }
            }

            if (statistic != FunnelStatistic.Ratio)
            {
                Compare(failures, oracle, row, i, oracle || statistic == FunnelStatistic.Rate ? "baseline" : "Baseline", limits.Baseline);
                checks++;
            }
        }

        failures.AssertNone(checks);
        if (oracle || table.Rows[0].Has("statistic"))
        {
            Assert.Equal(StatisticLabel(limits, scenario), table.Rows[0].Text("statistic"));
            Assert.Equal(limits.Method == EstimationMethod.Wilson ? "Wilson" : "Poisson", table.Rows[0].Text("method"));
        }
    }

    [Fact]
    public void Ratio_limits_surround_the_as_expected_line_which_the_reference_does_not_report()
    {
        var (observed, expected) = FunnelInputs.Ratios();
        Assert.Equal(0, FunnelPlot.RatioLimits(observed, expected, FunnelRatioType.Count).Baseline);
        Assert.Equal(100, FunnelPlot.RatioLimits(observed, expected, FunnelRatioType.IndirectlyStandardised).Baseline);
        Assert.Equal(observed.Sum() / expected.Sum(), FunnelPlot.RatioLimits(observed, expected, FunnelRatioType.Count).Average, 12);
    }

    private static (string File, FunnelLimits Limits) Run(string scenario)
    {
        switch (scenario)
        {
            case "upstream proportion" or "oracle proportion":
                {
                    var (x, n) = FunnelInputs.Proportions();
                    return (scenario[0] == 'u' ? "funnel__prop_outputs.csv" : "oracle_runs/funnel_limits__proportion_oracle.csv", FunnelPlot.ProportionLimits(x, n, 100));
                }

            case "upstream proportion axis variation" or "oracle proportion axis variation":
                {
                    var (x, n) = FunnelInputs.Proportions(axisVariation: true);
                    return (scenario[0] == 'u' ? "funnel__prop_outputs_with_axis_variation.csv" : "oracle_runs/funnel_limits__proportion_axis_variation_oracle.csv", FunnelPlot.ProportionLimits(x, n, 100));
                }

            case "upstream ratio count" or "upstream ratio isr" or "oracle ratio count" or "oracle ratio isr":
                {
                    var (o, e) = FunnelInputs.Ratios();
                    var type = scenario.EndsWith("isr", StringComparison.Ordinal) ? FunnelRatioType.IndirectlyStandardised : FunnelRatioType.Count;
                    var file = scenario[0] == 'u' ? "funnel__ratio_outputs.csv"
                        : type == FunnelRatioType.Count ? "oracle_runs/funnel_limits__ratio_count_oracle.csv" : "oracle_runs/funnel_limits__ratio_isr_oracle.csv";
                    return (file, FunnelPlot.RatioLimits(o, e, type));
                }

            case "upstream rate dsr" or "oracle rate dsr":
                {
                    var (ev, rate, _) = FunnelInputs.Rates();
                    return (scenario[0] == 'u' ? "funnel__rate_outputs.csv" : "oracle_runs/funnel_limits__rate_dsr_oracle.csv",
                        FunnelPlot.RateLimits(ev, rate, FunnelRateType.DirectlyStandardised, 1e5, 3));
                }

            case "upstream rate crude lt10" or "oracle rate crude lt10":
                {
                    var (ev, rate, _) = FunnelInputs.Rates();
                    return (scenario[0] == 'u' ? "funnel__rate_outputs_2.csv" : "oracle_runs/funnel_limits__rate_crude_lt10_oracle.csv",
                        FunnelPlot.RateLimits(FunnelInputs.WithLargestReplaced(ev, 5), rate, FunnelRateType.Crude, 1e5, 3));
                }

            case "upstream rate crude zero with denominator" or "oracle rate crude zero with denominator":
                {
                    var (ev, rate, pop) = FunnelInputs.RatesWithZeroAndDenominator();
                    return (scenario[0] == 'u' ? "funnel__rate_outputs_3.csv" : "oracle_runs/funnel_limits__rate_crude_zero_with_denominator_oracle.csv",
                        FunnelPlot.RateLimits(ev, rate, pop, FunnelRateType.Crude, 1e5, 3));
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(scenario), scenario, "unknown scenario");
        }
    }

    private static string ValueColumn(string scenario, FunnelStatistic statistic, bool oracle, string prefix)
    {
        if (statistic == FunnelStatistic.Proportion && !oracle)
        {
            // Upstream headers: Lower2s0025limit, Upper2s0025limit, Lower3s0001limit, Upper3s0001limit.
            var side = prefix.StartsWith("lower", StringComparison.Ordinal) ? "Lower" : "Upper";
            return prefix.EndsWith("2s", StringComparison.Ordinal) ? side + "2s0025limit" : side + "3s0001limit";
        }

        if (statistic == FunnelStatistic.Ratio && !oracle)
        {
            return prefix + (scenario.EndsWith("isr", StringComparison.Ordinal) ? "_isr" : "_count");
        }

        return prefix + "_limit";
    }

    private static string StatisticLabel(FunnelLimits limits, string scenario) => limits.Statistic switch
    {
        FunnelStatistic.Proportion => "proportion",
        FunnelStatistic.Ratio => scenario.EndsWith("isr", StringComparison.Ordinal) ? "ratio (isr)" : "ratio (count)",
        _ => scenario.Contains("dsr", StringComparison.Ordinal) ? "rate (dsr per 100,000)" : "rate (crude per 100,000)",
    };

    private static void Compare(FunnelFixtures.Failures failures, bool oracle, FixtureTable.Row row, int index, string column, double actual)
    {
        if (oracle)
        {
            failures.Relative(row, index, column, actual);
        }
        else
        {
            failures.Printed(row, index, column, actual);
        }
    }
}
