using System.Text.RegularExpressions;
using EEiC.Commissioning;
using EEiC.Indicators;
using EEiC.Sources;
using FsCheck;
using FsCheck.Fluent;

namespace EEiC.Core.Tests.Indicators;

public partial class IndicatorDefinitionTests
{
    private static readonly SourceReference Source = new(SourceDocument.BetterHealthBriefing28, "line 186");

    private static IndicatorDefinition Make(
        string id = "local-kpi",
        string name = "Local KPI",
        string description = "A locally defined indicator.",
        IndicatorValueType valueType = IndicatorValueType.Proportion,
        double multiplier = 100,
        IndicatorPolarity polarity = IndicatorPolarity.HigherIsBetter,
        IndicatorDomain domain = IndicatorDomain.Access,
        CommissioningPhase phase = CommissioningPhase.MonitoringAndEvaluation,
        SourceReference? source = null,
        Provenance provenance = Provenance.FromSource,
        CommissioningLever? lever = null) =>
        new(id, name, description, valueType, multiplier, polarity, domain, phase, true, source ?? Source, provenance, lever);

    [GeneratedRegex(@"\A[a-z0-9]+(-[a-z0-9]+)*\z")]
    private static partial Regex KebabCase();

    [Fact]
    public void A_valid_definition_keeps_every_argument()
    {
        var d = Make(lever: CommissioningLever.KeyPerformanceIndicator);
        Assert.Equal("local-kpi", d.Id);
        Assert.Equal("Local KPI", d.Name);
        Assert.Equal(IndicatorValueType.Proportion, d.ValueType);
        Assert.Equal(100, d.Multiplier);
        Assert.Equal(IndicatorPolarity.HigherIsBetter, d.Polarity);
        Assert.Equal(IndicatorDomain.Access, d.Domain);
        Assert.Equal(CommissioningPhase.MonitoringAndEvaluation, d.Phase);
        Assert.True(d.RequiresEthnicBreakdown);
        Assert.Equal(Source, d.Source);
        Assert.Equal(Provenance.FromSource, d.Provenance);
        Assert.Equal(CommissioningLever.KeyPerformanceIndicator, d.Lever);
        Assert.Null(Make().Lever);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Early-booking")]
    [InlineData("early_booking")]
    [InlineData("early booking")]
    [InlineData("early--booking")]
    [InlineData("-early")]
    [InlineData("early-")]
    [InlineData("-")]
    [InlineData("naïve")]
    [InlineData(" early")]
    public void Rejects_an_id_that_is_not_kebab_case_naming_argument_value_and_rule(string id)
    {
        var error = Assert.Throws<ArgumentException>(() => Make(id: id));
        Assert.Equal("Id", error.ParamName);
        Assert.Contains($"'{id}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("kebab-case", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_null_text_arguments_naming_them()
    {
        Assert.Equal("Id", Assert.Throws<ArgumentNullException>(() => Make(id: null!)).ParamName);
        Assert.Equal("Name", Assert.Throws<ArgumentNullException>(() => Make(name: null!)).ParamName);
        Assert.Equal("Description", Assert.Throws<ArgumentNullException>(() => Make(description: null!)).ParamName);
        var source = Assert.Throws<ArgumentNullException>(() => new IndicatorDefinition(
            "x", "X", "X.", IndicatorValueType.Count, 1, IndicatorPolarity.NoJudgement, IndicatorDomain.Outcome,
            CommissioningPhase.StrategicPlanning, false, null!));
        Assert.Equal("Source", source.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Rejects_blank_name_and_description(string blank)
    {
        var name = Assert.Throws<ArgumentException>(() => Make(name: blank));
        Assert.Equal("Name", name.ParamName);
        Assert.Contains("empty or white space", name.Message, StringComparison.Ordinal);
        Assert.Equal("Description", Assert.Throws<ArgumentException>(() => Make(description: blank)).ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(-100000)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Rejects_a_multiplier_that_is_not_finite_and_positive(double multiplier)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Make(multiplier: multiplier));
        Assert.Equal("Multiplier", error.ParamName);
        Assert.Contains("greater than 0", error.Message, StringComparison.Ordinal);
        Assert.Contains(multiplier.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(IndicatorValueType.Count)]
    [InlineData(IndicatorValueType.RelativeLikelihood)]
    [InlineData(IndicatorValueType.Score)]
    public void Counts_relative_likelihoods_and_scores_are_not_rescaled(IndicatorValueType valueType)
    {
        Assert.Equal(1, Make(valueType: valueType, multiplier: 1).Multiplier);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Make(valueType: valueType, multiplier: 100));
        Assert.Equal("Multiplier", error.ParamName);
        Assert.Contains(valueType.ToString(), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_undeclared_enum_values_naming_the_argument()
    {
        Assert.Equal("ValueType", Assert.Throws<ArgumentOutOfRangeException>(() => Make(valueType: (IndicatorValueType)99)).ParamName);
        Assert.Equal("Polarity", Assert.Throws<ArgumentOutOfRangeException>(() => Make(polarity: (IndicatorPolarity)99)).ParamName);
        Assert.Equal("Domain", Assert.Throws<ArgumentOutOfRangeException>(() => Make(domain: (IndicatorDomain)99)).ParamName);
        Assert.Equal("Phase", Assert.Throws<ArgumentOutOfRangeException>(() => Make(phase: (CommissioningPhase)99)).ParamName);
        Assert.Equal("Provenance", Assert.Throws<ArgumentOutOfRangeException>(() => Make(provenance: (Provenance)99)).ParamName);
        var lever = Assert.Throws<ArgumentOutOfRangeException>(() => Make(lever: (CommissioningLever)99));
        Assert.Equal("Lever", lever.ParamName);
        Assert.Contains("99", lever.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsValidId_agrees_with_the_kebab_case_pattern_for_any_string() =>
        Prop.ForAll(
                Arb.From(Gen.OneOf(
                    ArbMap.Default.ArbFor<string>().Generator,
                    Gen.Elements('a', 'z', '0', '9', '-', '_', 'A', ' ').ArrayOf().Select(cs => new string(cs)))),
                (string s) => IndicatorDefinition.IsValidId(s) == (s is not null && KebabCase().IsMatch(s)))
            .QuickCheckThrowOnFailure();

    [Fact]
    public void Any_kebab_case_id_and_positive_multiplier_is_accepted_unchanged() =>
        Prop.ForAll(
                Arb.From(Gen.Elements("a", "b", "x", "7", "wres", "2022").NonEmptyListOf().Select(words => string.Join("-", words))),
                Arb.From(Gen.Choose(1, 1_000_000).Select(n => n / 7.0)),
                (id, multiplier) =>
                {
                    var d = Make(id: id, multiplier: multiplier);
                    return d.Id == id && d.Multiplier == multiplier;
                })
            .QuickCheckThrowOnFailure();

    [Fact]
    public void Any_non_positive_multiplier_is_rejected() =>
        Prop.ForAll(
                Arb.From(Gen.Choose(-1_000_000, 0).Select(n => n / 3.0)),
                multiplier => Assert.Throws<ArgumentOutOfRangeException>(() => Make(multiplier: multiplier)).ParamName == "Multiplier")
            .QuickCheckThrowOnFailure();

    [Fact]
    public void Definitions_are_compared_by_value_and_round_trip_through_json()
    {
        Assert.Equal(Make(), Make());
        Assert.NotEqual(Make(), Make(id: "other-kpi"));
        JsonAssert.RoundTrips(Make(lever: CommissioningLever.EquityAudit));
        JsonAssert.RoundTrips(Make());

        var json = System.Text.Json.JsonSerializer.Serialize(Make());
        Assert.Contains("\"ValueType\":\"Proportion\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Polarity\":\"HigherIsBetter\"", json, StringComparison.Ordinal);
    }
}
