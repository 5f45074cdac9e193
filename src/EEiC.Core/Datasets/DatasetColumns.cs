namespace EEiC.Datasets;

/// <summary>The column names of the dataset contract, shared by CSV headers, JSON fields and error reports.</summary>
internal static class DatasetColumns
{
    internal const string Group = "group";
    internal const string AgeBand = "age_band";
    internal const string Sex = "sex";
    internal const string Area = "area";
    internal const string Period = "period";
    internal const string DeprivationQuantile = "deprivation_quantile";
    internal const string Numerator = "numerator";
    internal const string Denominator = "denominator";
    internal const string Value = "value";
    internal const string StandardError = "standard_error";
    internal const string Population = "population";

    /// <summary>All row columns, in the order they are written.</summary>
    internal static readonly string[] All =
        [Group, AgeBand, Sex, Area, Period, DeprivationQuantile, Numerator, Denominator, Value, StandardError, Population];

    /// <summary>The columns a measure requires.</summary>
    internal static string[] RequiredFor(DatasetMeasure measure) => measure switch
    {
        DatasetMeasure.Estimate => [Group, Value],
        _ => [Group, Numerator, Denominator],
    };
}
