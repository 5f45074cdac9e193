using EEiC.Statistics.Intervals;
using EEiC.Statistics.Validation;
using EEiC.Statistics.Workforce;

namespace EEiC.Statistics.Tests.Workforce;

/// <summary>Bad input is reported completely: every bad row and argument, by name.</summary>
public sealed class WorkforceInputTests
{
    [Fact]
    public void Scalar_lists_every_bad_argument_by_its_WRES_name()
    {
        var error = Assert.Throws<StatisticsInputException>(() =>
            WorkforceRaceEquality.AppointmentFromShortlisting(-1, 10, 12, 0, ConfidenceLevel.Percent95));
        Assert.Equal(["bmeAppointed", "bmeShortlisted", "whiteAppointed"], error.Problems.Select(p => p.Argument).Order());
        Assert.Contains(error.Problems, p => p is { Argument: "whiteAppointed", Value: "-1" });
        Assert.Contains(error.Problems, p => p is { Argument: "bmeShortlisted", Value: "0" });
        Assert.Contains(error.Problems, p => p.Argument == "bmeAppointed" && p.Rule.Contains("bmeShortlisted", StringComparison.Ordinal));
    }

    [Fact]
    public void More_appointed_than_shortlisted_is_an_error_naming_both()
    {
        var error = Assert.Throws<StatisticsInputException>(() =>
            WorkforceRaceEquality.EnteringDisciplinaryProcess(11, 10, 1, 10, ConfidenceLevel.Percent95));
        var problem = Assert.Single(error.Problems);
        Assert.Equal("bmeEntering", problem.Argument);
        Assert.Contains("bmeStaff", problem.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_lists_every_bad_row_and_leaves_the_destination_unchanged()
    {
        double[] a = [10, -1, 30, 5, 4], n1 = [100, 100, 20, 0, 40], b = [10, 10, 10, 5, double.NaN], n2 = [100, 100, 100, 3, 50];
        ConfidenceLevel[] levels = [ConfidenceLevel.Percent95];
        var destination = new IntervalEstimate[a.Length];
        var error = Assert.Throws<StatisticsInputException>(() => RelativeLikelihood.Ratio(a, n1, b, n2, levels, destination));
        Assert.Equal([1, 2, 3, 4], error.Problems.Select(p => p.Index!.Value).Distinct().Order());
        Assert.Contains(error.Problems, p => p is { Index: 1, Argument: "eventsA", Value: "-1" });
        Assert.Contains(error.Problems, p => p is { Index: 2, Argument: "eventsA", Value: "30" });
        Assert.Contains(error.Problems, p => p is { Index: 3, Argument: "totalsA", Value: "0" });
        Assert.Contains(error.Problems, p => p is { Index: 3, Argument: "eventsB", Value: "5" });
        Assert.Contains(error.Problems, p => p is { Index: 4, Argument: "eventsB", Value: "NaN" });
        Assert.All(destination, e => Assert.Equal(default, e));
    }

    [Fact]
    public void Batch_reports_mismatched_lengths_a_short_destination_and_no_levels()
    {
        var error = Assert.Throws<StatisticsInputException>(() =>
            Representation.Ratio([1, 2], [3], [1, 2], [3, 4], [], new IntervalEstimate[1]));
        Assert.Contains(error.Problems, p => p.Argument == "groupTotals");
        Assert.Contains(error.Problems, p => p.Argument == "levels");
        var shortDestination = Assert.Throws<StatisticsInputException>(() =>
            Representation.Ratio([1, 2], [3, 4], [1, 2], [3, 4], [ConfidenceLevel.Percent95, ConfidenceLevel.Percent99Point8], new IntervalEstimate[3]));
        Assert.Contains(shortDestination.Problems, p => p.Argument == "destination");
    }

    [Fact]
    public void Board_gap_rejects_bad_counts()
    {
        var error = Assert.Throws<StatisticsInputException>(() =>
            WorkforceRaceEquality.BoardMembershipGap(13, 12, -5, 0, ConfidenceLevel.Percent95));
        Assert.Equal(["bmeBoardMembers", "bmeStaff", "staff"], error.Problems.Select(p => p.Argument).Order());
    }
}
