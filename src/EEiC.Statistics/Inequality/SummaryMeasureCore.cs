using EEiC.Statistics.Intervals;

namespace EEiC.Statistics.Inequality;

/// <summary>
/// The formulas shared by the non-ordered and ordered summary measures once the subgroups to compare (or the
/// reference subgroup and the mean) have been chosen. healthequal 1.0.1 <c>d()</c>, <c>r()</c>, <c>paf()</c>,
/// <c>parisk()</c> (WHO).
/// </summary>
internal static class SummaryMeasureCore
{
    public static SummaryMeasureEstimate Normal(SummaryMeasure measure, double estimate, double se, ConfidenceLevel level) =>
        new(measure, EstimateStatus.Ok, estimate, se, estimate - level.Z * se, estimate + level.Z * se, level);

    public static SummaryMeasureEstimate PointOnly(SummaryMeasure measure, double estimate, ConfidenceLevel level) =>
        new(measure, EstimateStatus.Ok, estimate, double.NaN, double.NaN, double.NaN, level);

    public static SummaryMeasureEstimate NotAvailable(SummaryMeasure measure, EstimateStatus status, ConfidenceLevel level) =>
        new(measure, status, double.NaN, double.NaN, double.NaN, double.NaN, level);

    /// <summary>d = y1 − y2, se = √(se1² + se2²), limits d ∓ z·se (point only without both standard errors).</summary>
    public static SummaryMeasureEstimate Difference(double y1, double? se1, double y2, double? se2, ConfidenceLevel level)
    {
        var d = y1 - y2;
        return se1 is { } a && se2 is { } b
            ? Normal(SummaryMeasure.Difference, d, Math.Sqrt(a * a + b * b), level)
            : PointOnly(SummaryMeasure.Difference, d, level);
    }

    /// <summary>r = y1/y2, se on the log scale √((se1² + r²se2²)/y2²)/r, limits exp(ln r ∓ z·se); y2 = 0 → ZeroDenominator.</summary>
    public static SummaryMeasureEstimate Ratio(double y1, double? se1, double y2, double? se2, ConfidenceLevel level)
    {
        if (y2 == 0)
        {
            return NotAvailable(SummaryMeasure.Ratio, EstimateStatus.ZeroDenominator, level);
        }

        var r = y1 / y2;
        if (se1 is { } a && se2 is { } b && r > 0)
        {
            var seLog = Math.Sqrt((a * a + r * r * b * b) / (y2 * y2)) / r;
            return new SummaryMeasureEstimate(SummaryMeasure.Ratio, EstimateStatus.Ok, r, seLog,
                Math.Exp(Math.Log(r) - level.Z * seLog), Math.Exp(Math.Log(r) + level.Z * seLog), level);
        }

        return PointOnly(SummaryMeasure.Ratio, r, level);
    }

    /// <summary>
    /// paf = 100(y_ref − μ)/μ or par = y_ref − μ, zeroed when the reference is worse than μ; limits only when
    /// <paramref name="referencePopulation"/> (then <paramref name="totalPopulation"/> is Σpop) and a scale are given.
    /// </summary>
    public static SummaryMeasureEstimate Attributable(bool fraction, bool favourable, double yRef, double mean,
        double? referencePopulation, double totalPopulation, double? scale, ConfidenceLevel level)
    {
        var measure = fraction ? SummaryMeasure.PopulationAttributableFraction : SummaryMeasure.PopulationAttributableRisk;
        if (fraction && mean == 0)
        {
            return NotAvailable(measure, EstimateStatus.ZeroDenominator, level);
        }

        var raw = fraction ? 100 * (yRef - mean) / mean : yRef - mean;
        var gap = yRef - mean;
        var estimate = (favourable && gap < 0) || (!favourable && gap > 0) ? 0 : raw;
        if (referencePopulation is not { } popRef || scale is not { } s)
        {
            return PointOnly(measure, estimate, level);
        }

        var c = yRef / s * popRef;
        var d = popRef - c;
        var a = mean / s * totalPopulation - c;
        var b = totalPopulation - a - popRef;
        var n = a + b + c + d;
        var sePaf = Math.Sqrt(c * n * (a * d * (n - c) + b * c * c) / (Math.Pow(a + c, 3) * Math.Pow(c + d, 3)));
        var z = level.Z;
        if (fraction)
        {
            return new SummaryMeasureEstimate(measure, EstimateStatus.Ok, estimate, sePaf, raw - z * sePaf, raw + z * sePaf, level);
        }

        if (mean == 0)
        {
            return PointOnly(measure, estimate, level);
        }

        var z95 = ConfidenceLevel.Percent95.Z;
        var pafRaw = 100 * (yRef - mean) / mean;
        var se = Math.Abs(mean * ((pafRaw + z95 * sePaf) - (pafRaw - z95 * sePaf))) / (2 * z95);
        return new SummaryMeasureEstimate(measure, EstimateStatus.Ok, estimate, se, raw - z * se, raw + z * se, level);
    }
}
