using EEiC.Datasets;
using EEiC.Indicators;

namespace EEiC.Tools.Audit;

/// <summary>
/// SYNTHETIC sample data for trying the equity audit without data of your own: uptake of cardiac rehabilitation by
/// ethnic group in a fictional integrated care system, with fictional national reference rates. The data were generated
/// from a fixed seed and describe no real patients, places or services; every name says SYNTHETIC.
/// </summary>
/// <remarks>
/// <para>The sample looks like a real extract: eligible patients (denominator) and patients who started rehabilitation
/// (numerator) by NHS Ethnic Category (the 16 stated categories, Z not stated and 99 not known), age band (18-49, 50-59,
/// 60-69, 70-79, 80+), sex, ten places of very different sizes and three financial years (2021/22 to 2023/24). Ethnicity
/// is unrecorded for about 17% of patients in 2021/22 and 11% in 2023/24 (5% to 22% by place and year). Groups differ in age
/// structure, so crude and age-standardised rates differ. One group, Bangladeshi patients (K), takes up rehabilitation
/// markedly less than others after allowing for age and sex; no other group has a true gap, so any other difference is
/// chance. One place (Saltmere) has low uptake for every group. The EEiC study reports a health needs assessment that
/// examined low use of cardiac rehabilitation by South Asian populations (NIHR report, EEiC seed 002, line 1602; the
/// source of the <c>cardiac-rehabilitation-uptake</c> indicator).</para>
/// <para>The assumptions (rates, odds ratios, recording rates, place sizes) are documented with the generator in the
/// repository (<c>tests/EEiC.Tools.Tests/Audit/Samples/SampleGenerator.cs</c>) and in
/// <c>src/EEiC.Tools/Audit/Samples/README.md</c>.</para>
/// </remarks>
public static class AuditSamples
{
    /// <summary>The indicator identifier of the cardiac rehabilitation sample in <see cref="IndicatorCatalogue"/>.</summary>
    public const string CardiacRehabilitationIndicatorId = "cardiac-rehabilitation-uptake";

    internal const string CardiacRehabilitationResource = "cardiac-rehabilitation-uptake.SYNTHETIC.csv";
    internal const string CardiacRehabilitationReferenceResource = "cardiac-rehabilitation-national-reference.SYNTHETIC.csv";

    private const string ResourcePrefix = "EEiC.Tools.Audit.Samples.";

    private static readonly Lazy<StratifiedDataset> Sample = new(
        () => Load(CardiacRehabilitationResource, DatasetMeasure.Proportion,
            "SYNTHETIC sample: cardiac rehabilitation uptake by ethnic group, Northmoor and Ashdale ICS (fictional), 2021/22 to 2023/24"),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<StratifiedDataset> Reference = new(
        () => Load(CardiacRehabilitationReferenceResource, DatasetMeasure.Rate,
            "SYNTHETIC sample: national cardiac rehabilitation uptake by age band (fictional reference rates, the same for every ethnic category)"),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The SYNTHETIC cardiac rehabilitation sample: a valid <see cref="DatasetMeasure.Proportion"/> dataset by NHS Ethnic
    /// Category (numerator = eligible patients who started rehabilitation, denominator = eligible patients), with one row
    /// for every year, place, category (Z and 99 included), age band and sex, zeros included (5,400 rows).
    /// </summary>
    /// <remarks>Read once from a CSV resource embedded in the package, then shared; the dataset and its rows are immutable.
    /// Audit it with the indicator <see cref="CardiacRehabilitationIndicator"/>.</remarks>
    public static StratifiedDataset CardiacRehabilitation => Sample.Value;

    /// <summary>
    /// SYNTHETIC national reference rates for the cardiac rehabilitation sample, for expected versus observed uptake: a
    /// valid <see cref="DatasetMeasure.Rate"/> dataset with one row per stated NHS Ethnic Category (A to S) and age band,
    /// numerator = patients starting rehabilitation nationally in a year, denominator = eligible patients nationally.
    /// </summary>
    /// <remarks>The national age-specific uptake is the same for every category (the rows repeat it), so a group's expected
    /// count is what it would see at the national uptake for its age structure: indirect standardisation against a
    /// fictional national average. There are no rows for Z and 99 (records without a stated ethnicity have no reference rate).</remarks>
    public static StratifiedDataset CardiacRehabilitationReference => Reference.Value;

    /// <summary>The indicator the cardiac rehabilitation sample measures: <c>cardiac-rehabilitation-uptake</c> from <see cref="IndicatorCatalogue"/> (a percentage; higher is better).</summary>
    public static IndicatorDefinition CardiacRehabilitationIndicator => IndicatorCatalogue.Get(CardiacRehabilitationIndicatorId);

    /// <summary>The text of an embedded sample resource.</summary>
    internal static string ResourceText(string resource)
    {
        using var stream = typeof(AuditSamples).Assembly.GetManifestResourceStream(ResourcePrefix + resource)
            ?? throw new InvalidOperationException($"The sample resource '{resource}' is missing from EEiC.Tools.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static StratifiedDataset Load(string resource, DatasetMeasure measure, string name)
    {
        using var reader = new StringReader(ResourceText(resource));
        return AuditCsv.Read(reader, measure, GroupDimension.Ethnicity(), name);
    }
}
