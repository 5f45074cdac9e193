using System.Globalization;
using System.Text;

namespace EEiC.Tools.Suite;

/// <summary>The text of a briefing for one audience and valid data (see <see cref="BriefingGenerator"/> for the content and its sources).</summary>
internal sealed class BriefingText
{
    private const string NotAvailable = "Not available: ";

    private static readonly (string One, string Many) Groups = ("group", "groups");

    private readonly BriefingAudience audience;
    private readonly BriefingData data;
    private readonly BriefingGap[] significant;
    private readonly BriefingExpectation[] below;

    internal BriefingText(BriefingAudience audience, BriefingData data)
    {
        this.audience = audience;
        this.data = data;
        significant = [.. data.Gaps.Where(g => g.IsSignificant)];
        below = [.. data.Expectations.Where(x => x.Shortfall > 0)];
    }

    private string Area => data.Area ?? "the area";

    private string Service => data.Service ?? "the service";

    private string Indicator => data.Indicator ?? "the indicator";

    private string ReferenceGroup => data.ReferenceGroup is null ? "the reference group" : $"the {data.ReferenceGroup} group";

    private string Level => data.Level.ToString();

    /// <summary>What the data describe: the indicator, service and area given, and the period; empty when none is given.</summary>
    private string Described
    {
        get
        {
            var names = string.Join(", ", new[] { data.Indicator, data.Service, data.Area }.Where(n => n is not null));
            var period = data.Period is null ? string.Empty : (names.Length == 0 ? data.Period : $" ({data.Period})");
            return names + period;
        }
    }

    /// <summary><see cref="Described"/> as the label that opens the headline.</summary>
    private string Context => Described.Length == 0 ? "Local data" : Capitalised(Described);

    /// <summary><see cref="Described"/> in brackets after a space, or nothing.</summary>
    private string ContextNote => Described.Length == 0 ? string.Empty : $" ({Described})";

    /// <summary>The groups the ask names: those with a significant gap, else those significantly below expectation.</summary>
    private string Affected((string One, string Many) noun, bool article)
    {
        var groups = significant.Length > 0
            ? significant.Select(g => g.Group).ToArray()
            : data.Expectations.Where(x => x.RatioUpper < 1).Select(x => x.Group).ToArray();
        return groups.Length == 0 ? $"the {noun.Many} most affected" : Named(groups, noun, article);
    }

    /// <summary>The groups below their expected count and how many fewer they had in all, for example "the Pakistani and Bangladeshi groups had 133 fewer than expected".</summary>
    private string Shortfall => $"{Named([.. below.Select(x => x.Group)], Groups, article: true)} had {Number(below.Sum(x => x.Shortfall))} fewer than expected";

    /// <summary>What would fill a slot, for the "Data still needed" list.</summary>
    internal static string Needed(BriefingSlot slot) => slot switch
    {
        BriefingSlot.Area => "Area: the place the data describe.",
        BriefingSlot.Service => "Service: the service the data describe.",
        BriefingSlot.Indicator => "Indicator: what is measured.",
        BriefingSlot.Period => "Period: the years the data cover.",
        BriefingSlot.ReferenceGroup => "Reference group: the group the others are compared with.",
        BriefingSlot.Unit => "Unit: the unit of the estimates by group (for example % or per 100,000).",
        BriefingSlot.Estimates => "Estimates by group: the indicator for each ethnic group with its confidence interval (EEiC.Statistics estimates by group).",
        BriefingSlot.Gaps => "Gaps: each group's ratio to the reference group with its interval (EEiC.Statistics ReferenceGroupComparison).",
        _ => "Expected and observed: observed and expected counts by group, from reference rates applied to the local population (EEiC.Statistics ExpectedVersusObserved).",
    };

    internal IReadOnlyList<BriefingSlot> MissingSlots()
    {
        var missing = new List<BriefingSlot>();
        void check(bool isMissing, BriefingSlot slot)
        {
            if (isMissing)
            {
                missing.Add(slot);
            }
        }

        check(data.Area is null, BriefingSlot.Area);
        check(data.Service is null, BriefingSlot.Service);
        check(data.Indicator is null, BriefingSlot.Indicator);
        check(data.Period is null, BriefingSlot.Period);
        check(data.ReferenceGroup is null, BriefingSlot.ReferenceGroup);
        check(data.Unit is null && data.Estimates.Count > 0, BriefingSlot.Unit);
        check(data.Estimates.Count == 0, BriefingSlot.Estimates);
        check(data.Gaps.Count == 0, BriefingSlot.Gaps);
        check(data.Expectations.Count == 0, BriefingSlot.Expectations);
        return missing;
    }

    internal string Title()
    {
        var audienceName = audience switch
        {
            BriefingAudience.Board => "the board",
            BriefingAudience.Commissioner => "commissioners",
            BriefingAudience.Provider => "providers",
            _ => "community organisations and residents",
        };
        var subject = (data.Indicator ?? "Ethnic inequality") + (data.Service is null ? string.Empty : " in " + data.Service);
        return Capitalised(subject + (data.Area is null ? string.Empty : ", " + data.Area)) + ": briefing for " + audienceName;
    }

    internal string Headline()
    {
        if (data.Gaps.Count == 0)
        {
            return NotAvailable + (data.Estimates.Count > 0
                ? $"figures by ethnic group are given{ContextNote}, but no comparison with a reference group, so the size of any gap is not known."
                : $"no local figures by ethnic group were supplied{ContextNote}, so the gap cannot yet be put in numbers.");
        }

        if (significant.Length == 0)
        {
            return $"{Context}: no group differs significantly from {ReferenceGroup} at the {Level} level ({Count(data.Gaps.Count, "group")} compared).";
        }

        var top = significant.MaxBy(g => Math.Abs(Math.Log(g.Ratio)))!;
        var text = new StringBuilder($"{Context}: the figure for the {top.Group} group is {Ratio(top)}.");
        var groupEstimate = FindEstimate(top.Group);
        var referenceEstimate = data.ReferenceGroup is null ? null : FindEstimate(data.ReferenceGroup);
        if (groupEstimate is not null && referenceEstimate is not null)
        {
            text.Append($" That is {Value(groupEstimate.Value)} against {Value(referenceEstimate.Value)}.");
        }

        text.Append(data.Gaps.Count == 1
            ? " It is the only group compared."
            : $" {significant.Length} of the {data.Gaps.Count} groups compared with {ReferenceGroup} differ significantly.");
        return text.ToString();
    }

    internal string WhoIsAffected()
    {
        var blocks = new List<string>();
        if (data.Gaps.Count == 0)
        {
            blocks.Add(NotAvailable + "no comparison of ethnic groups with a reference group was supplied.");
        }
        else
        {
            blocks.Add(significant.Length > 0
                ? List($"Significant gaps against {ReferenceGroup}:", significant.Select(g => $"{g.Group}: {Ratio(g)}"))
                : $"No group differs significantly from {ReferenceGroup}.");
            var others = data.Gaps.Where(g => !g.IsSignificant).ToArray();
            if (others.Length > 0)
            {
                blocks.Add(List($"No significant difference from {ReferenceGroup}:", others.Select(g => $"{g.Group}: {Number(g.Ratio)} times ({Interval(g.Lower, g.Upper)})")));
            }
        }

        if (data.Estimates.Count > 0)
        {
            blocks.Add(List($"{(data.Indicator is null ? "Figures" : Capitalised(data.Indicator))} by group:",
                data.Estimates.Select(e => $"{e.Group}: {Value(e.Value)} ({Interval(e.Lower, e.Upper)})")));
        }

        return string.Join("\n\n", blocks);
    }

    internal string ExpectedVersusObserved()
    {
        if (data.Expectations.Count == 0)
        {
            return NotAvailable + "observed and expected counts by ethnic group were not supplied.";
        }

        var text = List("Observed against expected numbers, the expected numbers applying reference rates for each group to the local population:", data.Expectations.Select(x =>
        {
            var line = $"{x.Group}: {Number(x.Observed)} observed against {Number(x.Expected)} expected (observed/expected {Number(x.Ratio)}";
            if (x is { RatioLower: { } lower, RatioUpper: { } upper })
            {
                line += ", " + Interval(lower, upper) + (upper < 1 ? "; significantly fewer than expected" : lower > 1 ? "; significantly more than expected" : string.Empty);
            }

            return line + ")";
        }));
        return below.Length == 0
            ? text
            : text + $"\n\nTogether, {Shortfall}.";
    }

    internal string LegalDuty()
    {
        if (audience == BriefingAudience.Community)
        {
            return "By law (Equality Act 2010, section 149), the NHS must pay due regard to ending discrimination and to equal opportunity for people of every ethnic group, "
                + $"and NHS bodies must have regard to reducing inequalities in access to care and in its results. You can ask the NHS to show how it has done this for {Service}.";
        }

        var duties = "Under the public sector equality duty (Equality Act 2010, section 149), NHS bodies must have due regard to the need to eliminate discrimination, "
            + "advance equality of opportunity and foster good relations, race being a protected characteristic. NHS commissioners must also have regard to the need "
            + "to reduce inequalities in access to services and in the outcomes achieved (Health and Social Care Act 2012), and NHS bodies share the aim of better "
            + "health and wellbeing, better quality care and sustainable use of resources. ";
        return duties + audience switch
        {
            BriefingAudience.Board => $"The board must be able to show that it had due regard to this gap in its decisions on {Service}.",
            BriefingAudience.Commissioner => $"Decisions on commissioning {Service} must show due regard to this gap.",
            _ => $"Providers carry the equality duty for the NHS services they deliver, and commissioners will ask how it is met in {Service}.",
        };
    }

    internal string QualityAndEfficiency()
    {
        var text = "A service that reaches some groups less well than others is a poorer-quality service for them. Need that goes unmet tends to return later, "
            + "as late diagnosis, emergency admissions and longer stays, which cost more than meeting it early.";
        return below.Length == 0
            ? text
            : text + $" In {Service}, {Shortfall}: each is need that may return later, at greater cost.";
    }

    internal string WhatIsInItForYou() => audience switch
    {
        BriefingAudience.Board =>
            $"Assurance that every ethnic group in {Area} is reached by {Service}; evidence that the board meets its equality and health inequalities duties, for the Equality Delivery System and for inspection; and lower costs when need is met early rather than in emergency care.",
        BriefingAudience.Commissioner =>
            $"Better outcomes for the money spent on {Service}: need met early costs less than late, emergency care. Measures by ethnic group in the specification give you something to monitor, and a lever if the gap does not close.",
        BriefingAudience.Provider =>
            $"Better quality and patient experience in {Service}, fewer missed appointments and readmissions, and a strong answer when inspectors or commissioners ask whether the service reaches every group.",
        _ =>
            $"A service that works better for {Affected(("community", "communities"), article: true)}: a say in changes to {Service}, and figures to check each year whether it has improved.",
    };

    internal string WhatWeAsk() => audience switch
    {
        BriefingAudience.Board =>
            $"Make closing the gap for {Affected(Groups, article: true)} a board priority: ask for {Indicator} by ethnic group in the regular performance report, name an executive lead for {Service}, and review progress in six months.",
        BriefingAudience.Commissioner =>
            $"Put {Indicator} by ethnic group into the specification for {Service} as a measure, with a target to close the gap for {Affected(Groups, article: true)}, and fund a pilot of changes designed with them.",
        BriefingAudience.Provider =>
            $"Record ethnicity for every patient of {Service}, report {Indicator} by ethnic group each quarter, and review the pathway with {Affected(("patients", "patients"), article: false)} to find where they lose out.",
        _ =>
            $"Tell us what makes {Service} hard to use for {Affected(("people", "people"), article: false)}, help design the changes, and help us check each year whether the gap is closing.",
    };

    /// <summary>An introductory line followed by a Markdown list, one item per line.</summary>
    private static string List(string introduction, IEnumerable<string> items) =>
        introduction + string.Concat(items.Select(item => "\n- " + item));

    private BriefingEstimate? FindEstimate(string group) =>
        data.Estimates.FirstOrDefault(e => string.Equals(e.Group, group, StringComparison.OrdinalIgnoreCase));

    private string Ratio(BriefingGap gap)
    {
        var direction = gap.Ratio < 1 ? $"{Number((1 - gap.Ratio) * 100)}% lower" : $"{Number((gap.Ratio - 1) * 100)}% higher";
        return $"{Number(gap.Ratio)} times that of {ReferenceGroup}, {direction} ({Interval(gap.Lower, gap.Upper)})";
    }

    private string Interval(double lower, double upper) => $"{Level} CI {Number(lower)} to {Number(upper)}";

    private string Value(double value) =>
        data.Unit is null ? Number(value) : data.Unit == "%" ? Number(value) + "%" : Number(value) + " " + data.Unit;

    private static string Count(int count, string noun) => count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>Group names as a phrase: "Pakistani patients", "the Pakistani and Bangladeshi groups", "the Indian, Pakistani and Bangladeshi groups".</summary>
    private static string Named(string[] groups, (string One, string Many) noun, bool article)
    {
        var names = groups.Length == 1 ? groups[0] : string.Join(", ", groups[..^1]) + " and " + groups[^1];
        return (article ? "the " : string.Empty) + names + " " + (groups.Length == 1 ? noun.One : noun.Many);
    }

    /// <summary>A number in invariant culture with the rounding described on <see cref="BriefingGenerator"/>.</summary>
    internal static string Number(double value)
    {
        var magnitude = Math.Abs(value);
        if (value == 0)
        {
            return "0";
        }

        if (magnitude >= 100 || value == Math.Floor(value))
        {
            return Math.Round(value, MidpointRounding.AwayFromZero).ToString("#,0", CultureInfo.InvariantCulture);
        }

        if (magnitude >= 10)
        {
            return Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("#,0.#", CultureInfo.InvariantCulture);
        }

        if (magnitude >= 1)
        {
            return Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);
        }

        var digits = Math.Min(15, 1 - (int)Math.Floor(Math.Log10(magnitude)));
        var rounded = Math.Round(value, digits, MidpointRounding.AwayFromZero);
        return rounded == 0 ? "0" : rounded.ToString("0.###############", CultureInfo.InvariantCulture);
    }
}
