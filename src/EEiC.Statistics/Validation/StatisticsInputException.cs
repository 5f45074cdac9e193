namespace EEiC.Statistics.Validation;

/// <summary>
/// Thrown when the input to a statistical method breaks its rules. A batch call reports every bad group, not
/// just the first; the message names each argument, value and rule.
/// </summary>
public sealed class StatisticsInputException : ArgumentException
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">Every problem found; at least one.</param>
    public StatisticsInputException(IReadOnlyList<InputProblem> problems)
        : base(Describe(problems), problems.Count > 0 ? problems[0].Argument : null)
    {
        Problems = problems;
    }

    /// <summary>Every problem found, in input order.</summary>
    public IReadOnlyList<InputProblem> Problems { get; }

    private static string Describe(IReadOnlyList<InputProblem> problems)
    {
        const int shown = 20;
        if (problems.Count == 1)
        {
            return problems[0] + ".";
        }

        var lines = problems.Take(shown).Select(p => "  - " + p);
        var more = problems.Count > shown ? $"{Environment.NewLine}  … and {problems.Count - shown} more (see Problems)" : string.Empty;
        return $"{problems.Count} bad inputs:{Environment.NewLine}{string.Join(Environment.NewLine, lines)}{more}";
    }
}
