namespace EEiC.Statistics.Tests.Comparison;

/// <summary>The inputs of the PHEindicatormethods funnel tests, rebuilt from the fixture files as the package's tests build them.</summary>
internal static class FunnelInputs
{
    /// <summary><c>test_funnel_inputs</c>: 303 areas (numerator, denominator), optionally only those with denominator &lt; 31000.</summary>
    public static (double[] Numerators, double[] Denominators) Proportions(bool axisVariation = false)
    {
        var rows = FunnelFixtures.Load("funnel__prop_inputs.csv").Rows
            .Where(r => !axisVariation || r.Required("denominator") < 31000).ToArray();
        return (FunnelFixtures.Column(rows, "numerator"), FunnelFixtures.Column(rows, "denominator"));
    }

    /// <summary><c>test_funnel_ratio_inputs</c>: 300 areas (obs, expected).</summary>
    public static (double[] Observed, double[] Expected) Ratios()
    {
        var rows = FunnelFixtures.Load("funnel__ratio_inputs.csv").Rows;
        return (FunnelFixtures.Column(rows, "obs"), FunnelFixtures.Column(rows, "expected"));
    }

    /// <summary><c>test_funnel_rate_funnels_input</c>: 50 areas (ev, rate, pop).</summary>
    public static (double[] Events, double[] Rates, double[] Populations) Rates()
    {
        var rows = FunnelFixtures.Load("funnel__rate_input_funnels.csv").Rows;
        return (FunnelFixtures.Column(rows, "ev"), FunnelFixtures.Column(rows, "rate"), FunnelFixtures.Column(rows, "pop"));
    }

    /// <summary>The rate input with the area that has the most events given <paramref name="events"/> events instead (the tests' <c>case_when(ev == max(ev) ~ 5L)</c>).</summary>
    public static double[] WithLargestReplaced(double[] events, double replacement)
    {
        var max = events.Max();
        return events.Select(e => e == max ? replacement : e).ToArray();
    }

    /// <summary>
    /// The third rate test: pop = 1e5 · ev / rate; the area with the most events gets ev = 0 and rate = 0; areas with
    /// pop ≤ max(pop)/2 are dropped.
    /// </summary>
    public static (double[] Events, double[] Rates, double[] Populations) RatesWithZeroAndDenominator()
    {
        var (events, rates, _) = Rates();
        var populations = events.Select((e, i) => 1e5 * e / rates[i]).ToArray();
        var maxEvents = events.Max();
        var half = populations.Max() / 2;
        var keep = Enumerable.Range(0, events.Length).Where(i => populations[i] > half).ToArray();
        return (
            keep.Select(i => events[i] == maxEvents ? 0 : events[i]).ToArray(),
            keep.Select(i => events[i] == maxEvents ? 0 : rates[i]).ToArray(),
            keep.Select(i => populations[i]).ToArray());
    }
}
