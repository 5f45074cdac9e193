using System.Globalization;
using EEiC.Statistics.Validation;

namespace EEiC.Tools.Audit;

/// <summary>Collects every bad input of an audit, then throws them together as one <see cref="StatisticsInputException"/>.</summary>
internal sealed class AuditProblems
{
    private readonly List<InputProblem> _problems = [];

    public bool Any => _problems.Count > 0;

    public void Add(int? index, string argument, string value, string rule, string? group = null) =>
        _problems.Add(new InputProblem(index, group, argument, value, rule));

    public void Add(int? index, string argument, double value, string rule, string? group = null) =>
        Add(index, argument, value.ToString("R", CultureInfo.InvariantCulture), rule, group);

    public void ThrowIfAny()
    {
        if (_problems.Count > 0)
        {
            throw new StatisticsInputException(_problems.ToArray());
        }
    }
}
