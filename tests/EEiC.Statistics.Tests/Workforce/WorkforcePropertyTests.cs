using EEiC.Statistics.Intervals;
using EEiC.Statistics.Workforce;
using FsCheck;
using FsCheck.Fluent;

namespace EEiC.Statistics.Tests.Workforce;

/// <summary>Invariants of the log-method relative likelihood and the WRES verdict, on generated counts.</summary>
public sealed class WorkforcePropertyTests
{
    private static readonly Gen<ConfidenceLevel> Levels =
        Gen.Choose(1, 999_999).Select(i => new ConfidenceLevel(i / 1e6));

    /// <summary>x of n with 1 ≤ x ≤ n (no zero cells), small and large, sometimes non-integer.</summary>
    private static readonly Gen<(double X, double N)> Groups =
        from n in Gen.OneOf(Gen.Choose(1, 30), Gen.Choose(1, 5_000), Gen.Choose(1, 2_000_000))
        from x in Gen.Choose(1, n)
        from fraction in Gen.Elements(0.0, 0.0, 0.5)
        select (Math.Min(x + fraction, n), (double)n);

    private static readonly Gen<((double X, double N) A, (double X, double N) B, ConfidenceLevel Level)> Comparisons =
        from a in Groups from b in Groups from level in Levels select (a, b, level);

    private static bool Close(double? x, double? y) => x is { } u && y is { } v && Math.Abs(u - v) <= 1e-9 * Math.Max(Math.Abs(u), Math.Abs(v));

    [Fact]
    public void A_group_compared_with_itself_gives_one_and_an_interval_containing_one() =>
        Prop.ForAll((from a in Groups from level in Levels select (a, level)).ToArbitrary(), c =>
        {
            var r = WorkforceRaceEquality.AppointmentFromShortlisting(c.a.X, c.a.N, c.a.X, c.a.N, c.level);
            return r.Estimate.Value == 1 && r.Estimate.Lower <= 1 && r.Estimate.Upper >= 1
                && r.Verdict == WresVerdict.NoSignificantDifference;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Swapping_the_groups_inverts_the_ratio_and_its_limits() =>
        Prop.ForAll(Comparisons.ToArbitrary(), c =>
        {
            var ab = RelativeLikelihood.Ratio(c.A.X, c.A.N, c.B.X, c.B.N, c.Level);
            var ba = RelativeLikelihood.Ratio(c.B.X, c.B.N, c.A.X, c.A.N, c.Level);
            return Close(ab.Value, 1 / ba.Value) && Close(ab.Lower, 1 / ba.Upper) && Close(ab.Upper, 1 / ba.Lower);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void The_interval_contains_the_estimate_and_is_positive() =>
        Prop.ForAll(Comparisons.ToArbitrary(), c =>
        {
            var e = RelativeLikelihood.Ratio(c.A.X, c.A.N, c.B.X, c.B.N, c.Level);
            return e.Status == EstimateStatus.Ok && 0 < e.Lower && e.Lower <= e.Value && e.Value <= e.Upper;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Scaling_every_count_by_k_keeps_the_ratio_and_narrows_the_interval() =>
        Prop.ForAll((from c in Comparisons from k in Gen.Choose(2, 50) select (c, k)).ToArbitrary(), t =>
        {
            var (c, k) = t;
            // Exclude the degenerate case a = n1 and b = n2, where the standard error is 0 at any scale.
            if (c.A.X == c.A.N && c.B.X == c.B.N)
            {
                return true;
            }

            var e = RelativeLikelihood.Ratio(c.A.X, c.A.N, c.B.X, c.B.N, c.Level);
            var scaled = RelativeLikelihood.Ratio(c.A.X * k, c.A.N * k, c.B.X * k, c.B.N * k, c.Level);
            return Close(e.Value, scaled.Value)
                && Math.Log(scaled.Upper!.Value / scaled.Lower!.Value) < Math.Log(e.Upper!.Value / e.Lower!.Value);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void The_verdict_agrees_with_where_the_interval_lies() =>
        Prop.ForAll(Comparisons.ToArbitrary(), c =>
        {
            var r = WorkforceRaceEquality.AccessingNonMandatoryTraining(c.A.X, c.A.N, c.B.X, c.B.N, c.Level);
            var expected = r.Estimate.Lower > 1 ? WresVerdict.SignificantlyFavoursWhiteStaff
                : r.Estimate.Upper < 1 ? WresVerdict.SignificantlyFavoursBmeStaff
                : WresVerdict.NoSignificantDifference;
            return r.Verdict == expected;
        }).QuickCheckThrowOnFailure();
}
