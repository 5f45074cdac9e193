using EEiC.Ethnicity;

namespace EEiC.Core.Tests.Ethnicity;

public class EthnicityCrosswalkTests
{
    private static EthnicCategory Cat(EthnicityScheme scheme, string code) => EthnicityClassification.For(scheme).Get(code);

    // Expected 2021 -> 2011 -> NHS chains, written out by hand from the ONS comparability notes.
    [Theory]
    [InlineData("1", "11", "K")]
    [InlineData("2", "12", "R")]
    [InlineData("3", "9", "H")]
    [InlineData("4", "10", "J")]
    [InlineData("5", "13", "L")]
    [InlineData("6", "14", "N")]
    [InlineData("7", "15", "M")]
    [InlineData("8", "16", "P")]
    [InlineData("9", "7", "F")]
    [InlineData("10", "6", "E")]
    [InlineData("11", "5", "D")]
    [InlineData("12", "8", "G")]
    [InlineData("13", "1", "A")]
    [InlineData("14", "2", "B")]
    [InlineData("15", "3", "C")]
    [InlineData("16", "4", "C")]
    [InlineData("17", "4", "C")]
    [InlineData("18", "17", "S")]
    [InlineData("19", "18", "S")]
    [InlineData("Z", "Z", "Z")]
    [InlineData("99", "99", "99")]
    public void Census_2021_maps_to_2011_and_to_nhs(string code2021, string code2011, string nhs)
    {
        var source = Cat(EthnicityScheme.Census2021, code2021);

        Assert.Equal(code2011, EthnicityCrosswalk.Map(source, EthnicityScheme.Census2011).Target?.Code);
        Assert.Equal(nhs, EthnicityCrosswalk.Map(source, EthnicityScheme.NhsEthnicCategory).Target?.Code);
        Assert.Equal(nhs, EthnicityCrosswalk.Map(Cat(EthnicityScheme.Census2011, code2011), EthnicityScheme.NhsEthnicCategory).Target?.Code);
    }

    [Theory]
    [InlineData("16", CrosswalkMatch.Coarsened)] // Roma was counted in Other White in 2011
    [InlineData("17", CrosswalkMatch.Coarsened)]
    [InlineData("15", CrosswalkMatch.Equivalent)]
    [InlineData("2", CrosswalkMatch.Equivalent)]
    public void Census_2021_to_2011_is_exact_except_for_roma_and_other_white(string code, CrosswalkMatch match) =>
        Assert.Equal(match, EthnicityCrosswalk.Map(Cat(EthnicityScheme.Census2021, code), EthnicityScheme.Census2011).Match);

    [Theory]
    [InlineData("C", "15 16 17")]
    [InlineData("S", "18 19")]
    public void Nhs_residual_categories_split_into_2021_and_say_so(string nhs, string candidates)
    {
        var result = EthnicityCrosswalk.Map(Cat(EthnicityScheme.NhsEthnicCategory, nhs), EthnicityScheme.Census2021);

        Assert.Equal(CrosswalkMatch.Split, result.Match);
        Assert.Null(result.Target);
        Assert.True(result.IsLossy);
        Assert.Equal(candidates, string.Join(' ', result.Candidates.Select(c => c.Code)));
        Assert.False(EthnicityCrosswalk.TryMap(result.Source, EthnicityScheme.Census2021, out var mapped));
        Assert.Null(mapped);
    }

    [Fact]
    public void Nhs_and_census_2001_correspond_one_to_one()
    {
        var nhs = EthnicityClassification.Nhs.Categories;
        var census = EthnicityClassification.Census2001.Categories;
        for (var i = 0; i < nhs.Count; i++)
        {
            var forward = EthnicityCrosswalk.Map(nhs[i], EthnicityScheme.Census2001);
            Assert.Equal(CrosswalkMatch.Equivalent, forward.Match);
            Assert.Same(census[i], forward.Target);
            Assert.Same(nhs[i], EthnicityCrosswalk.Map(census[i], EthnicityScheme.NhsEthnicCategory).Target);
        }
    }

    [Fact]
    public void Chinese_is_equivalent_between_nhs_and_2011()
    {
        var result = EthnicityCrosswalk.Map(NhsEthnicCategories.Chinese, EthnicityScheme.Census2011);
        Assert.Equal(CrosswalkMatch.Equivalent, result.Match);
        Assert.Equal("12", result.Target!.Code);
        Assert.False(result.IsLossy);
    }

    [Fact]
    public void High_level_groups_are_coarsened_to_and_split_from()
    {
        var up = EthnicityCrosswalk.Map(NhsEthnicCategories.Pakistani, EthnicityScheme.HighLevel);
        Assert.Equal(CrosswalkMatch.Coarsened, up.Match);
        Assert.Equal("Asian", up.Target!.Code);

        var down = EthnicityCrosswalk.Map(EthnicityClassification.HighLevel.Get("Asian"), EthnicityScheme.NhsEthnicCategory);
        Assert.Equal(CrosswalkMatch.Split, down.Match);
        Assert.Equal("H J K L", string.Join(' ', down.Candidates.Select(c => c.Code)));

        var missing = EthnicityCrosswalk.Map(EthnicityClassification.HighLevel.NotStated, EthnicityScheme.Census2021);
        Assert.Equal(CrosswalkMatch.Equivalent, missing.Match);
        Assert.Same(EthnicityClassification.Census2021.NotStated, missing.Target);
    }

    [Fact]
    public void Local_categories_coarsen_through_their_parent()
    {
        var polish = EthnicCategory.CreateLocal("C1", "Polish", NhsEthnicCategories.AnyOtherWhite);
        var kashmiri = EthnicCategory.CreateLocal("J1", "Kashmiri", NhsEthnicCategories.Pakistani);

        var toNhs = EthnicityCrosswalk.Map(polish, EthnicityScheme.NhsEthnicCategory);
        Assert.Equal(CrosswalkMatch.Coarsened, toNhs.Match);
        Assert.Same(NhsEthnicCategories.AnyOtherWhite, toNhs.Target);
        Assert.Same(polish, toNhs.Source);
        Assert.Equal(CrosswalkMatch.Split, EthnicityCrosswalk.Map(polish, EthnicityScheme.Census2021).Match);
        var kashmiri2021 = EthnicityCrosswalk.Map(kashmiri, EthnicityScheme.Census2021);
        Assert.Equal(CrosswalkMatch.Coarsened, kashmiri2021.Match);
        Assert.Equal("4", kashmiri2021.Target!.Code);
    }

    [Fact]
    public void Every_category_of_every_scheme_has_an_answer_in_every_scheme()
    {
        foreach (var from in EthnicityClassification.All)
        {
            foreach (var category in from.Categories)
            {
                foreach (var to in EthnicityClassification.All)
                {
                    var result = EthnicityCrosswalk.Map(category, to.Scheme);
                    Assert.Same(category, result.Source);
                    Assert.Equal(to.Scheme, result.TargetScheme);
                    Assert.NotEmpty(result.Candidates);
                    Assert.All(result.Candidates, c => Assert.Equal(to.Scheme, c.Scheme));
                    Assert.Equal(result.Match == CrosswalkMatch.Split, result.Candidates.Count > 1);
                    Assert.Equal(category.Missing, result.Candidates[0].Missing);
                    if (from.Scheme == to.Scheme)
                    {
                        Assert.Equal(CrosswalkMatch.Equivalent, result.Match);
                        Assert.Same(category, result.Target);
                    }
                }
            }
        }
    }

    [Fact]
    public void Coarsening_is_never_reported_as_equivalent_in_both_directions_unless_it_round_trips()
    {
        var schemes = EthnicityClassification.All.Where(c => c.Scheme != EthnicityScheme.HighLevel).ToList();
        foreach (var from in schemes)
        {
            foreach (var category in from.Categories)
            {
                foreach (var to in schemes)
                {
                    var forward = EthnicityCrosswalk.Map(category, to.Scheme);
                    if (forward.Match == CrosswalkMatch.Equivalent)
                    {
                        var back = EthnicityCrosswalk.Map(forward.Target!, from.Scheme);
                        Assert.Equal(CrosswalkMatch.Equivalent, back.Match);
                        Assert.Same(category, back.Target);
                    }
                    else if (forward.Match == CrosswalkMatch.Coarsened)
                    {
                        Assert.Equal(CrosswalkMatch.Split, EthnicityCrosswalk.Map(forward.Target!, from.Scheme).Match);
                    }
                }
            }
        }
    }
}
