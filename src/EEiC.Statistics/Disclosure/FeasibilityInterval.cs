namespace EEiC.Statistics.Disclosure;

/// <summary>
/// The feasibility interval of a suppressed cell: the smallest and largest value it can take in a table of
/// non-negative counts that agrees with everything published (see <see cref="SmallNumberSuppression.FeasibilityIntervals"/>).
/// The cell is recoverable when the two are equal.
/// </summary>
/// <param name="Row">The 0-based row of the cell.</param>
/// <param name="Column">The 0-based column of the cell.</param>
/// <param name="Lower">The smallest feasible value (a whole number &gt;= 0).</param>
/// <param name="Upper">The largest feasible value (a whole number, or +∞ when no total constrains the cell).</param>
/// <remarks>
/// An intruder can compute it from the published table, so it is no secret in itself; but it is computed from the
/// original counts, so keep it with the audit. Feasibility intervals: Hundepool A et al. <i>Statistical Disclosure
/// Control</i>. Wiley, 2012, §4.3.
/// </remarks>
public readonly record struct FeasibilityInterval(int Row, int Column, double Lower, double Upper)
{
    /// <summary><see cref="Upper"/> − <see cref="Lower"/>; 0 when the cell is recoverable.</summary>
    public double Width => Upper - Lower;

    /// <summary><see langword="true"/> when the published table determines the cell's value (<see cref="Width"/> is 0).</summary>
    public bool IsRecoverable => Upper == Lower;
}
