namespace EEiC.Ethnicity;

/// <summary>A category and a count of records or people in it.</summary>
/// <param name="Category">The category.</param>
/// <param name="Count">The count.</param>
public readonly record struct EthnicCategoryCount(EthnicCategory Category, long Count);
