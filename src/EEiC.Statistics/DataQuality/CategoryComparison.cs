using EEiC.Ethnicity;

namespace EEiC.Statistics.DataQuality;

/// <summary>One category of a recorded distribution compared with the reference population.</summary>
/// <param name="Category">The national category (local sub-categories are rolled up).</param>
/// <param name="Recorded">Records in the category.</param>
/// <param name="RecordedShare">Its share of the records with a valid category (0–1).</param>
/// <param name="PopulationShare">The category's share of the reference population (0–1).</param>
/// <param name="Expected">The records expected at the population's share: records with a valid category × <paramref name="PopulationShare"/>.</param>
public sealed record CategoryComparison(EthnicCategory Category, long Recorded, double RecordedShare, double PopulationShare, double Expected);
