namespace EEiC.Datasets;

/// <summary>
/// One row of a stratified dataset: a group, the strata it belongs to, and either a numerator and denominator
/// or an estimate with its standard error and population. Absent values are <see langword="null"/>, never NaN.
/// </summary>
/// <param name="Group">The group: an ethnic category code (of the dataset's scheme, or a registered local code) or another dimension's value.</param>
/// <param name="AgeBand">The age band stratum (for example <c>"45-49"</c>), if any.</param>
/// <param name="Sex">The sex stratum, if any.</param>
/// <param name="Area">The area stratum (for example an ICB or local authority code), if any.</param>
/// <param name="Period">The period stratum (for example <c>"2023/24"</c>), if any.</param>
/// <param name="DeprivationQuantile">The deprivation quantile (1 = most deprived), if any.</param>
/// <param name="Numerator">The count of people or events, for <see cref="DatasetMeasure.Proportion"/> and <see cref="DatasetMeasure.Rate"/>.</param>
/// <param name="Denominator">The population, eligible people or person-time, for <see cref="DatasetMeasure.Proportion"/> and <see cref="DatasetMeasure.Rate"/>.</param>
/// <param name="Value">The estimate, for <see cref="DatasetMeasure.Estimate"/>.</param>
/// <param name="StandardError">The standard error of <paramref name="Value"/>, if known.</param>
/// <param name="Population">The population the estimate describes, if known.</param>
public sealed record StratifiedRow(
    string Group,
    string? AgeBand = null,
    string? Sex = null,
    string? Area = null,
    string? Period = null,
    int? DeprivationQuantile = null,
    double? Numerator = null,
    double? Denominator = null,
    double? Value = null,
    double? StandardError = null,
    double? Population = null);
