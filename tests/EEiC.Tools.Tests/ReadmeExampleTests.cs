using EEiC.Tools.Definitions;
using EEiC.Tools.Evaluation;
using EEiC.Tools.Suite;

namespace EEiC.Tools.Tests;

/// <summary>The EEiC.Tools example of the repository README, run as written, with what its comments claim.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void The_readme_example_finds_the_generic_specification_and_the_unaddressed_gap()
    {
        // --- README ---
        var spec = ToolLibrary.BuiltIn.Get("service-specification");

        var text = SpecificationTextAnalyser.Analyse(
            "The service will be accessible to all. The provider will meet the needs of the diverse population it serves.");

        var response = new ToolResponse(spec.Id, spec.Version, new Dictionary<string, Answer>
        {
            ["needs-named"] = Answer.Of(YesPartlyNo.No),
            ["outcomes-by-ethnicity"] = Answer.Of(YesPartlyNo.No),
            ["kpis-by-ethnicity"] = Answer.Of(YesPartlyNo.No),
        })
        {
            Facts = new Dictionary<string, FactValue>(text.ToFacts()) { ["significant-gap"] = FactValue.FromBoolean(true) },
        };

        ToolReport report = ToolEvaluator.Evaluate(spec, response);

        var answer = ObjectionCatalogue.BuiltIn.Match("We haven't got the budget for this")[0].Entry;
        // --- end ---

        // Both sentences promise everything to everyone and name no group, language, monitoring or target.
        Assert.Equal(SpecificationTextVerdict.GenericOnly, text.Verdict);
        Assert.Equal(2, text.GenericStatements.Count);
        Assert.Equal((0, "The service will be accessible to all."), (text.GenericStatements[0].Start, text.GenericStatements[0].Text));

        // The two High findings the README names come first; the gap finding rests on the fact and on the two answers.
        Assert.Equal(["text-generic-only", "gap-without-outcomes-or-kpis"], report.Findings.Take(2).Select(f => f.Rule));
        Assert.All(report.Findings.Take(2), f => Assert.Equal(FindingSeverity.High, f.Severity));
        var gap = report.Findings.Single(f => f.Rule == "gap-without-outcomes-or-kpis");
        Assert.Contains(new FindingBasis(FindingBasisKind.Fact, "significant-gap", "true"), gap.RestsOn);
        Assert.Contains(new FindingBasis(FindingBasisKind.Answer, "outcomes-by-ethnicity", "No"), gap.RestsOn);
        Assert.NotEmpty(report.Actions);
        Assert.Contains("gap-quantified", report.Unanswered);
        Assert.Equal("no-resources", answer.Id);
        Assert.False(string.IsNullOrWhiteSpace(answer.Response));
    }
}
