using System.Globalization;

namespace EEiC.Statistics.Validation;

/// <summary>
/// Collects input problems across a whole batch and throws one <see cref="StatisticsInputException"/> listing
/// them all. Allocates nothing until a problem is found.
/// </summary>
internal struct InputChecks
{
    private List<InputProblem>? _problems;

    public readonly bool HasProblems => _problems is { Count: > 0 };

    public void Add(int? index, string argument, double value, string rule, string? group = null) =>
        Add(index, argument, value.ToString("R", CultureInfo.InvariantCulture), rule, group);

    public void Add(int? index, string argument, string value, string rule, string? group = null) =>
        (_problems ??= []).Add(new InputProblem(index, group, argument, value, rule));

    /// <summary>Records a problem when <paramref name="value"/> is negative or not a number.</summary>
    public void NonNegative(int? index, string argument, double value, string? group = null)
    {
        if (!(value >= 0) || double.IsPositiveInfinity(value))
        {
            Add(index, argument, value, "must be a finite number >= 0", group);
        }
    }

    /// <summary>Records a problem when <paramref name="value"/> is not a finite number greater than zero.</summary>
    public void Positive(int? index, string argument, double value, string? group = null)
    {
        if (!(value > 0) || double.IsPositiveInfinity(value))
        {
            Add(index, argument, value, "must be a finite number > 0", group);
        }
    }

    /// <summary>Records a problem when two spans that must be parallel differ in length.</summary>
    public void SameLength(string argument, int length, string otherArgument, int otherLength)
    {
        if (length != otherLength)
        {
            Add(null, argument, length.ToString(CultureInfo.InvariantCulture),
                $"length must equal the length of {otherArgument} ({otherLength.ToString(CultureInfo.InvariantCulture)})");
        }
    }

    /// <summary>Records a problem when a destination span is too short.</summary>
    public void DestinationLength(string argument, int length, int required)
    {
        if (length < required)
        {
            Add(null, argument, length.ToString(CultureInfo.InvariantCulture),
                $"length must be at least {required.ToString(CultureInfo.InvariantCulture)}");
        }
    }

    /// <summary>
    /// Records a problem for every negative setting length and when the lengths do not add up to
    /// <paramref name="itemCount"/>; returns the longest setting (for scratch buffers).
    /// </summary>
    public int GroupLengths(string argument, ReadOnlySpan<int> groupLengths, int itemCount, string items)
    {
        long total = 0;
        var longest = 0;
        for (var s = 0; s < groupLengths.Length; s++)
        {
            if (groupLengths[s] < 0)
            {
                Add(s, argument, groupLengths[s].ToString(CultureInfo.InvariantCulture), "must be >= 0");
            }
            else
            {
                total += groupLengths[s];
                longest = Math.Max(longest, groupLengths[s]);
            }
        }

        if (total != itemCount)
        {
            Add(null, argument, total.ToString(CultureInfo.InvariantCulture),
                $"must add up to the number of {items} ({itemCount.ToString(CultureInfo.InvariantCulture)})");
        }

        return longest;
    }

    /// <summary>Throws when any problem was recorded.</summary>
    public readonly void ThrowIfAny()
    {
        if (_problems is { Count: > 0 })
        {
            throw new StatisticsInputException(_problems);
        }
    }
}
