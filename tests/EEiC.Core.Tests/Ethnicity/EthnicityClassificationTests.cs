using EEiC.Ethnicity;

namespace EEiC.Core.Tests.Ethnicity;

public class EthnicityClassificationTests
{
    // Written out independently of the library's tables, from the NHS Data Dictionary and ONS classifications.
    public static TheoryData<EthnicityScheme, string, HighLevelEthnicGroup, bool> EveryCategory()
    {
        const HighLevelEthnicGroup W = HighLevelEthnicGroup.White, M = HighLevelEthnicGroup.Mixed,
            A = HighLevelEthnicGroup.Asian, B = HighLevelEthnicGroup.Black, O = HighLevelEthnicGroup.Other,
            NS = HighLevelEthnicGroup.NotStated, NK = HighLevelEthnicGroup.NotKnown;
        var data = new TheoryData<EthnicityScheme, string, HighLevelEthnicGroup, bool>();
        void Add(EthnicityScheme s, string codes, HighLevelEthnicGroup[] groups, string residual)
        {
            var list = codes.Split(' ');
            Assert.Equal(list.Length, groups.Length);
            for (var i = 0; i < list.Length; i++)
            {
                data.Add(s, list[i], groups[i], residual.Split(' ').Contains(list[i]));
            }
        }

        Add(EthnicityScheme.NhsEthnicCategory, "A B C D E F G H J K L M N P R S Z 99",
            [W, W, W, M, M, M, M, A, A, A, A, B, B, B, O, O, NS, NK], "C G L P S");
        Add(EthnicityScheme.Census2001, "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 Z 99",
            [W, W, W, M, M, M, M, A, A, A, A, B, B, B, O, O, NS, NK], "3 7 11 14 16");
        Add(EthnicityScheme.Census2011, "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 Z 99",
            [W, W, W, W, M, M, M, M, A, A, A, A, A, B, B, B, O, O, NS, NK], "4 8 13 16 18");
        Add(EthnicityScheme.Census2021, "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 Z 99",
            [A, A, A, A, A, B, B, B, M, M, M, M, W, W, W, W, W, O, O, NS, NK], "5 8 12 17 19");
        Add(EthnicityScheme.HighLevel, "White Mixed Asian Black Other Z 99", [W, M, A, B, O, NS, NK], "");
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCategory))]
    public void Every_category_has_its_scheme_code_group_and_missing_kind(
        EthnicityScheme scheme, string code, HighLevelEthnicGroup group, bool residual)
    {
        var category = EthnicityClassification.For(scheme).Get(code);

        Assert.Equal(scheme, category.Scheme);
        Assert.Equal(code, category.Code);
        Assert.Equal(group, category.HighLevelGroup);
        Assert.Equal(residual, category.IsResidual);
        Assert.False(string.IsNullOrWhiteSpace(category.Label));
        Assert.False(category.IsLocal);
        var expectedMissing = group switch
        {
            HighLevelEthnicGroup.NotStated => MissingEthnicity.NotStated,
            HighLevelEthnicGroup.NotKnown => MissingEthnicity.NotKnown,
            _ => MissingEthnicity.None,
        };
        Assert.Equal(expectedMissing, category.Missing);
        Assert.Equal(expectedMissing != MissingEthnicity.None, category.IsMissing);
    }

    [Theory]
    [InlineData(EthnicityScheme.NhsEthnicCategory, 16)]
    [InlineData(EthnicityScheme.Census2001, 16)]
    [InlineData(EthnicityScheme.Census2011, 18)]
    [InlineData(EthnicityScheme.Census2021, 19)]
    [InlineData(EthnicityScheme.HighLevel, 5)]
    public void Schemes_have_their_published_number_of_categories_plus_two_missing(EthnicityScheme scheme, int substantive)
    {
        var classification = EthnicityClassification.For(scheme);

        Assert.Equal(substantive, classification.SubstantiveCount);
        Assert.Equal(substantive + 2, classification.Categories.Count);
        Assert.Equal(substantive, classification.Categories.Count(c => !c.IsMissing));
        Assert.Equal(MissingEthnicity.NotStated, classification.NotStated.Missing);
        Assert.Equal(MissingEthnicity.NotKnown, classification.NotKnown.Missing);
        Assert.NotEqual(classification.NotStated, classification.NotKnown);
        Assert.Equal(classification.Categories.Count, classification.Categories.Select(c => c.Code).Distinct().Count());
        Assert.Equal(classification.Categories.Count, classification.Categories.Select(c => c.Label).Distinct().Count());
    }

    [Fact]
    public void Nhs_labels_follow_the_data_dictionary()
    {
        Assert.Equal("White - British", NhsEthnicCategories.WhiteBritish.Label);
        Assert.Equal("Asian or Asian British - Pakistani", NhsEthnicCategories.Pakistani.Label);
        Assert.Equal("Other Ethnic Groups - Chinese", NhsEthnicCategories.Chinese.Label);
        Assert.Equal("Not stated", NhsEthnicCategories.NotStated.Label);
        Assert.Equal("Not known", NhsEthnicCategories.NotKnown.Label);
        Assert.Equal("Z", NhsEthnicCategories.NotStated.Code);
        Assert.Equal("99", NhsEthnicCategories.NotKnown.Code);
    }

    [Fact]
    public void Census_2021_codes_follow_the_ons_classification()
    {
        var c = EthnicityClassification.Census2021;
        Assert.Equal("Asian, Asian British or Asian Welsh: Bangladeshi", c.Get("1").Label);
        Assert.Equal("White: Roma", c.Get("16").Label);
        Assert.Equal("Other ethnic group: Arab", c.Get("18").Label);
        Assert.Equal("White: English, Welsh, Scottish, Northern Irish or British", c.Get("13").Label);
    }

    [Fact]
    public void Chinese_is_other_in_2001_based_schemes_and_asian_from_2011()
    {
        Assert.Equal(HighLevelEthnicGroup.Other, NhsEthnicCategories.Chinese.HighLevelGroup);
        Assert.Equal(HighLevelEthnicGroup.Other, EthnicityClassification.Census2001.Get("15").HighLevelGroup);
        Assert.Equal(HighLevelEthnicGroup.Asian, EthnicityClassification.Census2011.Get("12").HighLevelGroup);
        Assert.Equal(HighLevelEthnicGroup.Asian, EthnicityClassification.Census2021.Get("2").HighLevelGroup);
    }

    [Fact]
    public void Find_ignores_case_and_spaces_and_get_lists_valid_codes_when_missing()
    {
        Assert.Same(NhsEthnicCategories.Pakistani, EthnicityClassification.Nhs.Find(" j "));
        Assert.Null(EthnicityClassification.Nhs.Find("Q"));
        Assert.Null(EthnicityClassification.Nhs.Find(null));
        var error = Assert.Throws<KeyNotFoundException>(() => EthnicityClassification.Nhs.Get("Q"));
        Assert.Contains("'Q'", error.Message);
        Assert.Contains("A, B, C", error.Message);
    }

    [Fact]
    public void Get_by_group_returns_the_single_category_or_explains()
    {
        Assert.Equal("Asian", EthnicityClassification.HighLevel.Get(HighLevelEthnicGroup.Asian).Code);
        Assert.Same(NhsEthnicCategories.NotStated, EthnicityClassification.Nhs.Get(HighLevelEthnicGroup.NotStated));
        var error = Assert.Throws<ArgumentException>(() => EthnicityClassification.Nhs.Get(HighLevelEthnicGroup.White));
        Assert.Contains("3 categories in group White", error.Message);
    }

    [Fact]
    public void Categories_are_equal_by_scheme_and_code()
    {
        Assert.Equal(EthnicityClassification.Nhs.Get("A"), NhsEthnicCategories.WhiteBritish);
        Assert.NotEqual(EthnicityClassification.Census2001.Get("1"), EthnicityClassification.Census2011.Get("1"));
        Assert.True(EthnicityClassification.Nhs.Get("a") == NhsEthnicCategories.WhiteBritish);
        Assert.Equal("J Asian or Asian British - Pakistani", NhsEthnicCategories.Pakistani.ToString());
    }

    [Fact]
    public void Local_categories_roll_up_to_their_national_parent()
    {
        var somali = EthnicCategory.CreateLocal("n1", "Somali", NhsEthnicCategories.African);

        Assert.Equal("N1", somali.Code);
        Assert.True(somali.IsLocal);
        Assert.Same(NhsEthnicCategories.African, somali.Parent);
        Assert.Same(NhsEthnicCategories.African, somali.National);
        Assert.Equal(HighLevelEthnicGroup.Black, somali.HighLevelGroup);
        Assert.NotEqual(NhsEthnicCategories.African, somali);
        Assert.Equal(somali, EthnicCategory.CreateLocal("N1", "Somali (local)", NhsEthnicCategories.African));
    }

    [Theory]
    [InlineData("J1", "Kashmiri", "N", "code")]
    [InlineData("N", "Somali", "N", "code")]
    [InlineData("N12", "Somali", "N", "code")]
    [InlineData("N-", "Somali", "N", "code")]
    [InlineData("N1", " ", "N", "label")]
    [InlineData("Z1", "Refused twice", "Z", "parent")]
    public void Local_categories_reject_bad_definitions(string code, string label, string parentCode, string argument)
    {
        var parent = EthnicityClassification.Nhs.Get(parentCode);

        var error = Assert.Throws<ArgumentException>(() => EthnicCategory.CreateLocal(code, label, parent));

        Assert.Equal(argument, error.ParamName);
    }

    [Fact]
    public void Local_categories_need_an_nhs_parent()
    {
        var error = Assert.Throws<ArgumentException>(
            () => EthnicCategory.CreateLocal("11", "Somali", EthnicityClassification.Census2021.Get("6")));
        Assert.Contains("Census2021 '6'", error.Message);
    }
}
