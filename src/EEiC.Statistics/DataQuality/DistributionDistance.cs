namespace EEiC.Statistics.DataQuality;

/// <summary>How far the recorded distribution over valid categories lies from the reference population's (see <see cref="DistributionComparison"/>).</summary>
/// <param name="IndexOfDissimilarity">½ Σ|p − q| over the categories (0–1), or <see langword="null"/> when no record has a valid category.</param>
/// <param name="GoodnessOfFit">Pearson's chi-square test of the recorded counts against the population's shares.</param>
/// <param name="Categories">Every category recorded or in the population, in classification order.</param>
public sealed record DistributionDistance(double? IndexOfDissimilarity, GoodnessOfFitTest GoodnessOfFit, IReadOnlyList<CategoryComparison> Categories);
