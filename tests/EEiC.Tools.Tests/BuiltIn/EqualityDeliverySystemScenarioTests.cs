using EEiC.Tools.Definitions;
using EEiC.Tools.Evaluation;

namespace EEiC.Tools.Tests.BuiltIn;

/// <summary>
/// The EDS 2022 tool on a scenario from the sources: a commissioner whose assessment found that service use and
/// experience data were not broken down by ethnic group (NIHR report, EEiC seed 002, line 1910), with a Workforce
/// Race Equality Standard gap and little board leadership on equality. Reference totals and bands are those of
/// EDS 2022 (outcomes 0-3; rating under 8 Underdeveloped, 8-21 Developing, 22-32 Achieving, 33 Excelling).
/// </summary>
public sealed class EqualityDeliverySystemScenarioTests
{
    private static readonly ToolDefinition Eds = ToolLibrary.BuiltIn.Get("equality-delivery-system");

    private static readonly string[] Outcomes = ["1a", "1b", "1c", "1d", "2a", "2b", "2c", "2d", "3a", "3b", "3c"];

    private static readonly string[] Levels = ["undeveloped", "developing", "achieving", "excelling"];

    private static ToolResponse Rated(int[] scores, Dictionary<string, FactValue>? facts = null) =>
        new("equality-delivery-system", "1.0.0", Outcomes.Zip(scores).ToDictionary(p => p.First, p => Answer.OfGrade(Levels[p.Second])))
        {
            Facts = facts ?? [],
        };

    private static ToolResponse Commissioner() => Rated(
        [1, 2, 2, 1, 2, 2, 1, 1, 1, 0, 1],
        new() { ["service-data-by-ethnicity"] = FactValue.FromBoolean(false), ["workforce-race-gap"] = FactValue.FromBoolean(true) });

    [Fact]
    public void Domain_totals_and_overall_rating()
    {
        var report = ToolEvaluator.Evaluate(Eds, Commissioner());

        Assert.Equal([(6d, 12d), (6d, 12d), (2d, 9d)], report.Sections.Select(s => (s.Score!.Value, s.MaximumScore)));
        Assert.Equal((14d, 33d), (report.Overall.Score!.Value, report.Overall.MaximumScore));
        Assert.Equal("developing", report.Band!.Id);
        Assert.Equal("Developing activity", report.Band.Label);
        Assert.False(report.Overall.IsProvisional);
    }

    [Fact]
    public void Findings_and_actions_that_must_and_must_not_follow()
    {
        var report = ToolEvaluator.Evaluate(Eds, Commissioner());

        Assert.Equal(["services-not-by-ethnicity", "leadership-weak", "3b-undeveloped", "workforce-gap-unreflected"], report.Findings.Select(f => f.Rule));
        var services = report.Findings[0];
        Assert.Equal(FindingSeverity.High, services.Severity);
        Assert.Equal("line 1910", Assert.Single(services.Sources).Location);
        Assert.Contains(new FindingBasis(FindingBasisKind.Fact, "service-data-by-ethnicity", "false"), services.RestsOn);
        Assert.Contains(new FindingBasis(FindingBasisKind.SectionScore, "domain-3", "2"), report.Findings[1].RestsOn);

        // Must not: the "data missing" variant (domain 1 is rated Achieving somewhere), rules on facts not supplied,
        // the incomplete-rating notice, and findings on outcomes that are not Undeveloped.
        Assert.DoesNotContain(report.Findings, f => f.Rule is "services-data-missing" or "rating-on-unfit-data" or "rating-incomplete" or "1a-undeveloped");

        Assert.Equal(["set-data-targets", "check-domain-1-evidence", "improve-domain-3", "check-domain-2-evidence"], report.Actions.Select(a => a.Id));
        Assert.Equal(["evidence-mobilisation", "evidence-appraisal", "organisational-diagnostic", "levers-for-change", "making-the-case", "equality-impact-assessment"],
            report.NextTools.Select(t => t.Tool));
    }

    [Fact]
    public void Unfit_ethnicity_recording_undermines_a_domain_1_rating()
    {
        var report = ToolEvaluator.Evaluate(Eds, Rated([2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2],
            new() { ["service-data-by-ethnicity"] = FactValue.FromBoolean(true), ["ethnicity-completeness"] = FactValue.FromNumber(0.82) }));

        Assert.Equal(22, report.Overall.Score);
        Assert.Equal("achieving", report.Band!.Id);
        Assert.Equal(["rating-on-unfit-data"], report.Findings.Select(f => f.Rule));
        Assert.Equal(["improve-recording", "check-domain-1-evidence"], report.Actions.Select(a => a.Id));
    }

    [Theory]
    [InlineData(new[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, 0, "underdeveloped")]
    [InlineData(new[] { 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0 }, 7, "underdeveloped")]
    [InlineData(new[] { 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0 }, 8, "developing")]
    [InlineData(new[] { 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1 }, 21, "developing")]
    [InlineData(new[] { 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2 }, 22, "achieving")]
    [InlineData(new[] { 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2 }, 32, "achieving")]
    [InlineData(new[] { 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3 }, 33, "excelling")]
    public void The_overall_rating_follows_the_eds_2022_bands(int[] scores, int total, string band)
    {
        var report = ToolEvaluator.Evaluate(Eds, Rated(scores));
        Assert.Equal(total, report.Overall.Score);
        Assert.Equal(band, report.Band!.Id);
        Assert.Equal(scores.Count(s => s == 0), report.Findings.Count(f => f.Rule.EndsWith("-undeveloped", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_partial_rating_is_provisional_and_says_so()
    {
        var report = ToolEvaluator.Evaluate(Eds, new ToolResponse("equality-delivery-system", "1.0.0", new Dictionary<string, Answer>
        {
            ["1a"] = Answer.OfGrade("excelling"), ["1b"] = Answer.OfGrade("achieving"),
        }));
        Assert.Equal(5, report.Overall.Score);
        Assert.True(report.Overall.IsProvisional);
        Assert.Equal(9, report.Unanswered.Count);
        Assert.Contains(report.Findings, f => f.Rule == "rating-incomplete" && f.Severity == FindingSeverity.Information);
        Assert.DoesNotContain(report.Findings, f => f.Rule == "leadership-weak"); // domain 3 has no score yet
    }

    [Fact]
    public void Domain_3_can_be_assessed_alone()
    {
        var report = ToolEvaluator.Evaluate(Eds, new ToolResponse("equality-delivery-system", "1.0.0", new Dictionary<string, Answer>
        {
            ["3a"] = Answer.OfGrade("developing"), ["3b"] = Answer.OfGrade("undeveloped"), ["3c"] = Answer.OfGrade("undeveloped"),
        })
        { Sections = ["domain-3"] });

        Assert.Equal(["domain-3"], report.Sections.Select(s => s.Section));
        Assert.Equal((1d, 9d), (report.Overall.Score!.Value, report.Overall.MaximumScore));
        Assert.Equal(["leadership-weak", "3b-undeveloped", "3c-undeveloped"], report.Findings.Select(f => f.Rule));
    }
}
