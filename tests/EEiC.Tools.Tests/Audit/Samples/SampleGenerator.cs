using EEiC.Datasets;

namespace EEiC.Tools.Tests.Audit.Samples;

/// <summary>
/// Generates the SYNTHETIC sample datasets embedded in EEiC.Tools (<c>src/EEiC.Tools/Audit/Samples/</c>): uptake of
/// cardiac rehabilitation among eligible patients in a fictional integrated care system, and fictional national
/// reference rates. Nothing here describes real patients, places or services; the numbers only look plausible.
/// </summary>
/// <remarks>
/// <para><b>Why this indicator and this gap.</b> The EEiC study reports a health needs assessment that combined national
/// evidence of low use of cardiac rehabilitation by South Asian populations with local data (NIHR report, EEiC seed 002,
/// line 1602, the source of the catalogue's <c>cardiac-rehabilitation-uptake</c> indicator). The sample therefore gives
/// one South Asian group, Bangladeshi patients (NHS code K), a real and robust gap, and no other group any true gap.</para>
/// <para><b>Model</b> (every constant is below, by name). Eligible patients of each area, year, ethnic group, age band and
/// sex are drawn from a Poisson distribution whose mean is the area's yearly volume × the year's growth × the group's
/// share of the area × the group's share in the age band × the share of men or women in the band. For each patient:
/// ethnicity is not recorded with the probability of the area and year (higher for groups other than White British),
/// split between Z (not stated) and 99 (not known); rehabilitation is started with a probability given by odds that
/// multiply the base odds of the age band by the odds ratios of sex, year, area and ethnic group. Patients keep their
/// chance of starting rehabilitation when their ethnicity is not recorded. The draws come from a SplitMix64 stream with
/// the fixed <see cref="Seed"/> in a fixed loop order, so the output is the same on every run.</para>
/// <para>Regenerate the embedded files with <c>EEIC_UPDATE_SAMPLE=1 dotnet test tests/EEiC.Tools.Tests -c Release
/// --filter FullyQualifiedName~SampleGeneratorTests</c> after changing anything here, and review the diff.</para>
/// </remarks>
internal static class SampleGenerator
{
    /// <summary>
    /// The seed of the random stream: the first from 20,240,601 up for which chance gives no stated group other than
    /// the gap group an age-and-sex-standardised difference from the system's average with |z| ≥ 1.96 over the three
    /// years, so that the sample shows its design (one real gap) rather than a chance finding. Per year, per place and
    /// in crude rates, chance and age structure still produce differences, as in real data.
    /// </summary>
    public const ulong Seed = 20_240_604;

    /// <summary>The financial years, oldest first.</summary>
    public static readonly string[] Periods = ["2021/22", "2022/23", "2023/24"];

    /// <summary>The age bands of eligible adults.</summary>
    public static readonly string[] AgeBands = ["18-49", "50-59", "60-69", "70-79", "80+"];

    /// <summary>The sexes, in output order.</summary>
    public static readonly string[] Sexes = ["Female", "Male"];

    /// <summary>The 16 stated NHS ethnic categories, then Z (not stated) and 99 (not known): the output order of groups.</summary>
    public static readonly string[] Codes = ["A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S", "Z", "99"];

    /// <summary>The number of stated categories (the first 16 <see cref="Codes"/>).</summary>
    public const int StatedCodes = 16;

    /// <summary>The group with the real gap: Bangladeshi (NHS code K).</summary>
    public const string GapGroup = "K";

    /// <summary>The odds ratio of starting rehabilitation for the gap group against every other group (1 for all others).</summary>
    public const double GapOddsRatio = 0.40;

    /// <summary>Probability of starting rehabilitation by age band for men of the reference year in an area with odds ratio 1.
    /// Uptake peaks at 60-69 and is lowest at 80+, as national audits of cardiac rehabilitation describe.</summary>
    public static readonly double[] BaseUptake = [0.45, 0.53, 0.57, 0.49, 0.28];

    /// <summary>The odds ratio of starting rehabilitation for women against men.</summary>
    public const double FemaleOddsRatio = 0.80;

    /// <summary>The odds ratio of each year against 2021/22 (services recovering and improving).</summary>
    public static readonly double[] PeriodOddsRatio = [1.00, 1.05, 1.10];

    /// <summary>The growth of the number of eligible patients in each year against 2021/22.</summary>
    public static readonly double[] PeriodVolume = [1.00, 1.03, 1.06];

    /// <summary>The share of men among eligible patients in each age band (women are older at presentation).</summary>
    public static readonly double[] MaleShare = [0.75, 0.74, 0.70, 0.63, 0.50];

    /// <summary>The fall in the probability of unrecorded ethnicity per year (recording improves).</summary>
    public const double RecordingImprovementPerYear = 0.025;

    /// <summary>The probability of unrecorded ethnicity for groups other than White British, as a multiple of the area's.</summary>
    public const double MinorityNotRecordedFactor = 1.3;

    /// <summary>The share of unrecorded ethnicity coded Z (asked, not stated); the rest is 99 (not known, not asked).</summary>
    public const double NotStatedShare = 0.35;

    /// <summary>
    /// The share of each stated group (in <see cref="Codes"/> order) in each age band: older White British, White Irish and
    /// Caribbean patients; younger Mixed, Black African and South Asian patients (earlier onset of coronary heart disease
    /// in South Asian populations; younger age structure of more recently arrived groups).
    /// </summary>
    public static readonly double[][] AgeProfile =
    [
        [5, 14, 25, 31, 25],  // A White British
        [4, 11, 22, 33, 30],  // B White Irish
        [14, 25, 28, 20, 13], // C Any other White background
        [30, 30, 22, 12, 6],  // D White and Black Caribbean
        [34, 30, 20, 11, 5],  // E White and Black African
        [34, 30, 20, 11, 5],  // F White and Asian
        [30, 30, 22, 12, 6],  // G Any other mixed background
        [12, 24, 29, 23, 12], // H Indian
        [17, 28, 28, 18, 9],  // J Pakistani
        [19, 30, 28, 16, 7],  // K Bangladeshi
        [16, 27, 28, 19, 10], // L Any other Asian background
        [6, 15, 26, 32, 21],  // M Caribbean
        [22, 32, 26, 14, 6],  // N African
        [20, 28, 26, 17, 9],  // P Any other Black background
        [12, 22, 30, 23, 13], // R Chinese
        [18, 27, 27, 18, 10], // S Any other ethnic group
    ];

    /// <summary>
    /// The ten fictional places of the fictional Northmoor and Ashdale Integrated Care System: eligible patients a year,
    /// probability of unrecorded ethnicity for White British patients in 2021/22, odds ratio of uptake (Saltmere's
    /// programme runs only at a distant hospital site, so it sits outside the funnel), and the percentage of eligible
    /// patients in each stated group (in <see cref="Codes"/> order; a multi-ethnic system, older and whiter outside the city).
    /// </summary>
    public static readonly Area[] Areas =
    [
        new("Ashdale Central", 950, 0.17, 1.00, [52, 2.0, 4.0, 1.0, 0.4, 0.5, 0.6, 6.0, 12, 7.0, 2.0, 4.0, 4.5, 1.0, 0.8, 2.2]),
        new("Ashdale East", 700, 0.19, 0.97, [48, 1.5, 4.5, 0.8, 0.4, 0.5, 0.6, 4.0, 9.0, 16, 2.5, 3.0, 5.0, 0.8, 1.0, 2.4]),
        new("Ashdale West", 560, 0.14, 1.00, [60, 2.5, 4.0, 1.5, 0.3, 0.6, 0.6, 12, 5.0, 1.5, 2.0, 5.0, 2.5, 0.8, 0.7, 1.0]),
        new("Northmoor", 620, 0.16, 0.95, [66, 1.5, 3.0, 0.6, 0.2, 0.5, 0.4, 3.0, 18, 2.5, 1.0, 0.8, 0.8, 0.2, 0.5, 1.0]),
        new("Kellbridge", 430, 0.14, 1.02, [80, 2.0, 7.0, 0.8, 0.3, 0.4, 0.4, 2.5, 2.0, 0.5, 0.8, 1.0, 1.0, 0.2, 0.6, 0.5]),
        new("Brackenford", 380, 0.11, 1.03, [86, 2.5, 3.5, 0.5, 0.2, 0.5, 0.3, 3.0, 1.0, 0.3, 0.6, 0.6, 0.4, 0.1, 0.3, 0.2]),
        new("Saltmere", 330, 0.12, 0.72, [94, 1.2, 2.5, 0.3, 0.1, 0.2, 0.2, 0.4, 0.2, 0.1, 0.2, 0.2, 0.2, 0.05, 0.1, 0.05]),
        new("Fellmarsh", 170, 0.10, 0.93, [95, 1.0, 2.8, 0.2, 0.05, 0.15, 0.1, 0.2, 0.1, 0.05, 0.1, 0.1, 0.05, 0, 0.05, 0.05]),
        new("Wyvern Cross", 260, 0.13, 1.04, [90, 1.5, 4.0, 0.4, 0.1, 0.3, 0.2, 1.2, 0.8, 0.2, 0.3, 0.4, 0.3, 0.1, 0.1, 0.1]),
        new("Lowerby", 110, 0.16, 0.98, [96, 0.8, 2.2, 0.1, 0.05, 0.1, 0.1, 0.2, 0.1, 0.05, 0.1, 0.05, 0.05, 0, 0.05, 0.05]),
    ];

    /// <summary>
    /// The fictional national reference: eligible patients a year by age band (all ethnic groups together) and the
    /// proportion who started rehabilitation; written once per stated ethnic category so that the expected count of a
    /// group is what it would see at the national age-specific uptake (indirect standardisation).
    /// </summary>
    public static readonly (double Eligible, double Uptake)[] NationalReference =
        [(9_800, 0.47), (19_600, 0.54), (28_400, 0.57), (30_100, 0.52), (21_900, 0.36)];

    /// <summary>One fictional place.</summary>
    public sealed record Area(string Name, double EligiblePerYear, double NotRecorded, double UptakeOddsRatio, double[] Composition);

    /// <summary>The rows of the cardiac rehabilitation sample: every period, area, group (<see cref="Codes"/>), age band and sex, zeros included.</summary>
    public static StratifiedRow[] CardiacRehabilitationRows()
    {
        var random = new SplitMix64(Seed);
        var codes = Codes.Length;
        var bands = AgeBands.Length;
        var sexes = Sexes.Length;
        var eligible = new int[Periods.Length, Areas.Length, codes, bands, sexes];
        var started = new int[Periods.Length, Areas.Length, codes, bands, sexes];
        for (var p = 0; p < Periods.Length; p++)
        {
            for (var a = 0; a < Areas.Length; a++)
            {
                var area = Areas[a];
                var compositionTotal = area.Composition.Sum();
                for (var g = 0; g < StatedCodes; g++)
                {
                    var notRecorded = NotRecordedProbability(area, p, g);
                    var ageTotal = AgeProfile[g].Sum();
                    for (var b = 0; b < bands; b++)
                    {
                        for (var s = 0; s < sexes; s++)
                        {
                            var sexShare = Sexes[s] == "Male" ? MaleShare[b] : 1 - MaleShare[b];
                            var mean = area.EligiblePerYear * PeriodVolume[p] * (area.Composition[g] / compositionTotal)
                                * (AgeProfile[g][b] / ageTotal) * sexShare;
                            var uptake = Uptake(b, Sexes[s] == "Female", p, area.UptakeOddsRatio, Codes[g] == GapGroup);
                            var patients = random.NextPoisson(mean);
                            for (var i = 0; i < patients; i++)
                            {
                                var recorded = g;
                                if (random.NextDouble() < notRecorded)
                                {
                                    recorded = random.NextDouble() < NotStatedShare ? StatedCodes : StatedCodes + 1;
                                }

                                eligible[p, a, recorded, b, s]++;
                                if (random.NextDouble() < uptake)
                                {
                                    started[p, a, recorded, b, s]++;
                                }
                            }
                        }
                    }
                }
            }
        }

        var rows = new List<StratifiedRow>(Periods.Length * Areas.Length * codes * bands * sexes);
        for (var p = 0; p < Periods.Length; p++)
        {
            for (var a = 0; a < Areas.Length; a++)
            {
                for (var g = 0; g < codes; g++)
                {
                    for (var b = 0; b < bands; b++)
                    {
                        for (var s = 0; s < sexes; s++)
                        {
                            rows.Add(new StratifiedRow(Codes[g], AgeBand: AgeBands[b], Sex: Sexes[s], Area: Areas[a].Name,
                                Period: Periods[p], Numerator: started[p, a, g, b, s], Denominator: eligible[p, a, g, b, s]));
                        }
                    }
                }
            }
        }

        return [.. rows];
    }

    /// <summary>The rows of the national reference: every stated category and age band, with national started and eligible patients a year.</summary>
    public static StratifiedRow[] NationalReferenceRows() =>
        [.. Codes.Take(StatedCodes).SelectMany(code => AgeBands.Select((band, b) => new StratifiedRow(code, AgeBand: band,
            Numerator: Math.Round(NationalReference[b].Eligible * NationalReference[b].Uptake), Denominator: NationalReference[b].Eligible)))];

    /// <summary>The sample as the embedded CSV text (LF line endings).</summary>
    public static string CardiacRehabilitationCsv() => Csv(CardiacRehabilitationRows(), DatasetMeasure.Proportion);

    /// <summary>The national reference as the embedded CSV text (LF line endings).</summary>
    public static string NationalReferenceCsv() => Csv(NationalReferenceRows(), DatasetMeasure.Rate);

    /// <summary>The probability that a patient's ethnicity is not recorded, for stated group <paramref name="g"/> in year <paramref name="p"/>.</summary>
    public static double NotRecordedProbability(Area area, int p, int g) =>
        (area.NotRecorded - (RecordingImprovementPerYear * p)) * (Codes[g] == "A" ? 1 : MinorityNotRecordedFactor);

    /// <summary>The probability of starting rehabilitation.</summary>
    public static double Uptake(int band, bool female, int period, double areaOddsRatio, bool gapGroup)
    {
        var odds = BaseUptake[band] / (1 - BaseUptake[band])
            * (female ? FemaleOddsRatio : 1) * PeriodOddsRatio[period] * areaOddsRatio * (gapGroup ? GapOddsRatio : 1);
        return odds / (1 + odds);
    }

    private static string Csv(StratifiedRow[] rows, DatasetMeasure measure) =>
        StratifiedDatasetCsv.Write(new StratifiedDataset(GroupDimension.Ethnicity(), measure, rows)).Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>SplitMix64 (Steele, Lea and Flood 2014): a small, fast, fully specified generator, so the sample does not depend on System.Random.</summary>
    private sealed class SplitMix64(ulong seed)
    {
        private ulong _state = seed;

        public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

        /// <summary>A Poisson draw by inversion (the means here are below 200, far from underflow of e^-mean).</summary>
        public int NextPoisson(double mean)
        {
            var u = NextDouble();
            var k = 0;
            var term = Math.Exp(-mean);
            var cumulative = term;
            while (u > cumulative && term > 0)
            {
                k++;
                term *= mean / k;
                cumulative += term;
            }

            return k;
        }

        private ulong Next()
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
