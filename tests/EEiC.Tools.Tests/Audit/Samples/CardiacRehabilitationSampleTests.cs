using EEiC.Datasets;
using EEiC.Ethnicity;
using EEiC.Indicators;
using EEiC.Statistics.Intervals;
using EEiC.Statistics.Need;
using EEiC.Tools.Audit;

namespace EEiC.Tools.Tests.Audit.Samples;

/// <summary>
/// The SYNTHETIC cardiac rehabilitation sample has the properties its documentation claims. Every number is computed
/// here from the rows by hand-written formulas (sums, shares, indirect and direct standardisation, z statistics), never
/// with the statistics engine.
/// </summary>
public sealed class CardiacRehabilitationSampleTests
{
    private static readonly StratifiedDataset Sample = AuditSamples.CardiacRehabilitation;
    private static readonly StratifiedRow[] Rows = [.. Sample.Rows];
    private static readonly string[] Periods = ["2021/22", "2022/23", "2023/24"];
    private static readonly string[] Bands = ["18-49", "50-59", "60-69", "70-79", "80+"];
    private static readonly string[] Stated = ["A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S"];

    [Fact]
    public void It_is_a_valid_proportion_dataset_by_NHS_ethnic_category_labelled_synthetic()
    {
        Assert.Empty(Sample.Validate());
        Assert.StartsWith("SYNTHETIC", Sample.Name, StringComparison.Ordinal);
        Assert.Equal(DatasetMeasure.Proportion, Sample.Measure);
        Assert.Equal(EthnicityScheme.NhsEthnicCategory, Sample.Group.Scheme);
        Assert.Same(Sample, AuditSamples.CardiacRehabilitation);
        Assert.True(((ICollection<StratifiedRow>)Sample.Rows).IsReadOnly);
    }

    [Fact]
    public void It_has_one_row_for_every_year_place_category_age_band_and_sex()
    {
        var areas = Rows.Select(r => r.Area).Distinct().ToArray();
        Assert.Equal(10, areas.Length);
        Assert.Equal(Periods, Rows.Select(r => r.Period).Distinct());
        Assert.Equal([.. Stated, "Z", "99"], Rows.Select(r => r.Group).Distinct());
        Assert.Equal(Bands, Rows.Select(r => r.AgeBand).Distinct());
        Assert.Equal(["Female", "Male"], Rows.Select(r => r.Sex).Distinct());
        Assert.Equal(3 * 10 * 18 * 5 * 2, Rows.Length);
        Assert.All(Rows, r => Assert.True(r.Numerator >= 0 && r.Numerator <= r.Denominator && r.Denominator == Math.Floor(r.Denominator!.Value)));
    }

    [Fact]
    public void Its_totals_are_those_of_a_mid_sized_system_with_places_of_very_different_sizes()
    {
        var total = Rows.Sum(r => r.Denominator!.Value);
        Assert.InRange(total, 12_000, 16_000);
        foreach (var period in Periods)
        {
            Assert.InRange(Rows.Where(r => r.Period == period).Sum(r => r.Denominator!.Value), 4_000, 5_300);
        }

        var byArea = Rows.GroupBy(r => r.Area).Select(g => g.Sum(r => r.Denominator!.Value)).ToArray();
        Assert.True(byArea.Max() > 5 * byArea.Min(), $"largest place {byArea.Max()}, smallest {byArea.Min()}");
        Assert.InRange(Rows.Sum(r => r.Numerator!.Value) / total, 0.40, 0.50);
    }

    [Fact]
    public void Ethnicity_is_unrecorded_for_8_to_20_percent_each_year_improving_and_varying_by_place()
    {
        var shares = Periods.Select(p => MissingShare(Rows.Where(r => r.Period == p))).ToArray();
        Assert.All(shares, s => Assert.InRange(s, 0.08, 0.20));
        Assert.True(shares[0] > shares[1] && shares[1] > shares[2], string.Join(", ", shares));

        var byPlaceAndYear = Rows.GroupBy(r => (r.Area, r.Period)).Select(MissingShare).ToArray();
        Assert.All(byPlaceAndYear, s => Assert.InRange(s, 0.03, 0.25));
        Assert.True(byPlaceAndYear.Max() - byPlaceAndYear.Min() > 0.10, "completeness should vary between places");

        // Both kinds of missing ethnicity, every year: Z (asked, not stated) and 99 (not known).
        Assert.All(Periods, p => Assert.All(new[] { "Z", "99" }, code =>
            Assert.True(Rows.Where(r => r.Period == p && r.Group == code).Sum(r => r.Denominator) > 100)));
    }

    [Fact]
    public void Bangladeshi_patients_take_up_rehabilitation_well_below_the_others_crude()
    {
        var (kStarted, kEligible) = Totals(Rows.Where(r => r.Group == "K"));
        var (othersStarted, othersEligible) = Totals(Rows.Where(r => Stated.Contains(r.Group) && r.Group != "K"));
        Assert.True(kEligible >= 400, $"the gap group should be large enough for a robust gap, got {kEligible}");
        Assert.True(kStarted / kEligible < 0.75 * (othersStarted / othersEligible), $"{kStarted / kEligible} against {othersStarted / othersEligible}");
    }

    [Fact]
    public void After_standardising_for_age_and_sex_only_Bangladeshi_patients_differ_significantly()
    {
        // Indirect standardisation against the known-ethnicity rates of each age band and sex: expected E = Σ n·p,
        // variance Σ n·p(1 − p) under the null; z = (O − E) / √variance.
        var stratumRate = Rows.Where(r => Stated.Contains(r.Group))
            .GroupBy(r => (r.AgeBand, r.Sex))
            .ToDictionary(g => g.Key, g => g.Sum(r => r.Numerator!.Value) / g.Sum(r => r.Denominator!.Value));
        foreach (var code in Stated)
        {
            var rows = Rows.Where(r => r.Group == code).ToArray();
            var observed = rows.Sum(r => r.Numerator!.Value);
            var expected = rows.Sum(r => r.Denominator!.Value * stratumRate[(r.AgeBand, r.Sex)]);
            var variance = rows.Sum(r => r.Denominator!.Value * stratumRate[(r.AgeBand, r.Sex)] * (1 - stratumRate[(r.AgeBand, r.Sex)]));
            var z = (observed - expected) / Math.Sqrt(variance);
            if (code == "K")
            {
                Assert.True(observed / expected < 0.75, $"K: O/E {observed / expected}");
                Assert.True(z < -5, $"K: z {z}");
            }
            else
            {
                Assert.True(Math.Abs(z) < 1.96, $"{code}: O/E {observed / expected}, z {z}");
            }
        }
    }

    [Fact]
    public void Age_structures_differ_so_crude_and_age_standardised_rates_differ()
    {
        // Direct standardisation over the five age bands, with the known-ethnicity eligible patients as the standard.
        var weights = Bands.Select(b => Rows.Where(r => r.AgeBand == b && Stated.Contains(r.Group)).Sum(r => r.Denominator!.Value)).ToArray();
        var total = weights.Sum();
        double Standardised(string code) => Bands.Select((b, i) =>
            weights[i] / total * Rate(Rows.Where(r => r.Group == code && r.AgeBand == b))).Sum();
        double Crude(string code) => Rate(Rows.Where(r => r.Group == code));

        // Younger groups (Indian, African) look better crude than standardised; the older White Irish group worse.
        Assert.True(Crude("H") - Standardised("H") > 0.02, $"H: crude {Crude("H")}, standardised {Standardised("H")}");
        Assert.True(Crude("N") - Standardised("N") > 0.02, $"N: crude {Crude("N")}, standardised {Standardised("N")}");
        Assert.True(Standardised("B") - Crude("B") > 0.01, $"B: crude {Crude("B")}, standardised {Standardised("B")}");

        // Bangladeshi patients are much younger than White British ones, so their gap is wider after standardisation.
        double UnderSixty(string code) => Share(Rows.Where(r => r.Group == code), r => r.AgeBand is "18-49" or "50-59");
        Assert.True(UnderSixty("K") > 2 * UnderSixty("A"), $"under 60: K {UnderSixty("K")}, A {UnderSixty("A")}");
        Assert.True(Standardised("K") / Standardised("A") < (Crude("K") / Crude("A")) - 0.03,
            $"ratio to A: standardised {Standardised("K") / Standardised("A")}, crude {Crude("K") / Crude("A")}");
    }

    [Fact]
    public void The_gap_survives_giving_every_unrecorded_patient_to_the_Bangladeshi_group()
    {
        // The most adverse re-allocation for the gap: every Z and 99 record, with its outcome, counted as Bangladeshi.
        // Katz's log risk ratio against White British: z = ln(p1/p2) / √((1 − p1)/x1 + (1 − p2)/x2).
        var (x1, n1) = Totals(Rows.Where(r => r.Group is "K" or "Z" or "99"));
        var (x2, n2) = Totals(Rows.Where(r => r.Group == "A"));
        double p1 = x1 / n1, p2 = x2 / n2;
        var z = Math.Log(p1 / p2) / Math.Sqrt(((1 - p1) / x1) + ((1 - p2) / x2));
        Assert.True(z < -1.96, $"z {z}");
    }

    [Fact]
    public void One_place_lies_below_the_funnel_and_the_others_within_its_99_8_percent_limits()
    {
        // Normal approximation to the binomial funnel around the system's uptake: z = (p − p0) / √(p0(1 − p0)/n).
        var (started, eligible) = Totals(Rows);
        var p0 = started / eligible;
        var z = Rows.GroupBy(r => r.Area!).ToDictionary(g => g.Key, g =>
        {
            var (x, n) = Totals(g);
            return ((x / n) - p0) / Math.Sqrt(p0 * (1 - p0) / n);
        });
        Assert.True(z["Saltmere"] < -3.09, $"Saltmere: z {z["Saltmere"]}");
        Assert.All(z.Where(kv => kv.Key != "Saltmere"), kv => Assert.True(Math.Abs(kv.Value) < 3.09, $"{kv.Key}: z {kv.Value}"));
    }

    [Fact]
    public void The_national_reference_gives_the_same_age_specific_uptake_to_every_stated_category()
    {
        var reference = AuditSamples.CardiacRehabilitationReference;
        Assert.Empty(reference.Validate());
        Assert.StartsWith("SYNTHETIC", reference.Name, StringComparison.Ordinal);
        Assert.Equal(DatasetMeasure.Rate, reference.Measure);
        Assert.Equal(EthnicityScheme.NhsEthnicCategory, reference.Group.Scheme);
        Assert.Equal(Stated.Length * Bands.Length, reference.Rows.Count);
        Assert.Equal(Stated, reference.Rows.Select(r => r.Group).Distinct());
        foreach (var band in Bands)
        {
            var rates = reference.Rows.Where(r => r.AgeBand == band).Select(r => r.Numerator!.Value / r.Denominator!.Value).ToArray();
            Assert.Equal(Stated.Length, rates.Length);
            Assert.All(rates, rate => Assert.Equal(rates[0], rate));
            Assert.InRange(rates[0], 0.30, 0.60);
        }

        // The fictional system takes up rehabilitation somewhat less than the fictional nation, age for age.
        var national = reference.Rows.Where(r => r.Group == "A").ToDictionary(r => r.AgeBand!, r => r.Numerator!.Value / r.Denominator!.Value);
        var known = Rows.Where(r => Stated.Contains(r.Group)).ToArray();
        var ratio = known.Sum(r => r.Numerator!.Value) / known.Sum(r => r.Denominator!.Value * national[r.AgeBand!]);
        Assert.InRange(ratio, 0.85, 1.0);
    }

    [Fact]
    public void The_sample_and_its_reference_fit_the_expected_versus_observed_method()
    {
        // The stated rows as a rate dataset (the method reads activity over population); Z and 99 have no reference rate.
        var stated = Sample with { Measure = DatasetMeasure.Rate, Rows = [.. Rows.Where(r => Stated.Contains(r.Group))] };
        var table = ExpectedVersusObserved.Ratios(stated, AuditSamples.CardiacRehabilitationReference, [ConfidenceLevel.Percent95]);
        Assert.Equal(Stated.Length * 10 * 3 * 2, table.Groups.Count);   // per group, place, year and sex (age bands summed)
        Assert.Equal(10 * 3 * 2, table.Overall.Count);

        // Expected counts: Σ eligible × national uptake of the age band, computed here.
        var national = AuditSamples.CardiacRehabilitationReference.Rows.Where(r => r.Group == "A")
            .ToDictionary(r => r.AgeBand!, r => r.Numerator!.Value / r.Denominator!.Value);
        var kExpected = Rows.Where(r => r.Group == "K").Sum(r => r.Denominator!.Value * national[r.AgeBand!]);
        var kRows = table.Groups.Where(g => g.Row.Group == "K").ToArray();
        Assert.Equal(kExpected, kRows.Sum(g => g.Row.Denominator!.Value), 1e-6);
        Assert.Equal(Rows.Where(r => r.Group == "K").Sum(r => r.Numerator!.Value), kRows.Sum(g => g.Row.Numerator!.Value));
    }

    [Fact]
    public void The_indicator_is_cardiac_rehabilitation_uptake_as_a_percentage_where_higher_is_better()
    {
        var indicator = AuditSamples.CardiacRehabilitationIndicator;
        Assert.Equal("cardiac-rehabilitation-uptake", indicator.Id);
        Assert.Equal(IndicatorValueType.Proportion, indicator.ValueType);
        Assert.Equal(100, indicator.Multiplier);
        Assert.Equal(IndicatorPolarity.HigherIsBetter, indicator.Polarity);
    }

    private static (double Started, double Eligible) Totals(IEnumerable<StratifiedRow> rows)
    {
        double x = 0, n = 0;
        foreach (var row in rows)
        {
            x += row.Numerator!.Value;
            n += row.Denominator!.Value;
        }

        return (x, n);
    }

    private static double Rate(IEnumerable<StratifiedRow> rows)
    {
        var (x, n) = Totals(rows);
        return x / n;
    }

    private static double MissingShare(IEnumerable<StratifiedRow> rows) => Share(rows, r => r.Group is "Z" or "99");

    /// <summary>The share of the eligible patients of <paramref name="rows"/> that are in the rows matching <paramref name="part"/>.</summary>
    private static double Share(IEnumerable<StratifiedRow> rows, Func<StratifiedRow, bool> part)
    {
        var list = rows.ToArray();
        return list.Where(part).Sum(r => r.Denominator!.Value) / list.Sum(r => r.Denominator!.Value);
    }
}
