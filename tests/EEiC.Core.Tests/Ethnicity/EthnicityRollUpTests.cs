using EEiC.Ethnicity;
using FsCheck;
using FsCheck.Fluent;

namespace EEiC.Core.Tests.Ethnicity;

public class EthnicityRollUpTests
{
    [Fact]
    public void Rolls_nhs_and_local_counts_up_to_high_level_groups()
    {
        var somali = EthnicCategory.CreateLocal("N1", "Somali", NhsEthnicCategories.African);
        EthnicCategoryCount[] counts =
        [
            new(NhsEthnicCategories.WhiteBritish, 700), new(NhsEthnicCategories.AnyOtherWhite, 50),
            new(NhsEthnicCategories.Pakistani, 120), new(NhsEthnicCategories.Chinese, 10),
            new(somali, 30), new(NhsEthnicCategories.African, 20), new(NhsEthnicCategories.NotStated, 15),
            new(NhsEthnicCategories.NotKnown, 55), new(NhsEthnicCategories.Pakistani, 5),
        ];

        var rolled = EthnicityRollUp.Create(counts, EthnicityScheme.HighLevel);

        Assert.Equal(
            [("White", 750L), ("Mixed", 0L), ("Asian", 125L), ("Black", 50L), ("Other", 10L), ("Z", 15L), ("99", 55L)],
            rolled.Counts.Select(c => (c.Category.Code, c.Count)));
        Assert.Empty(rolled.Unallocated);
        Assert.Equal(1005, rolled.Total);
    }

    [Fact]
    public void Splitting_categories_are_kept_apart_not_shared_out()
    {
        EthnicCategoryCount[] counts = [new(NhsEthnicCategories.AnyOtherWhite, 50), new(NhsEthnicCategories.WhiteBritish, 10)];

        var rolled = EthnicityRollUp.Create(counts, EthnicityScheme.Census2021);

        Assert.Equal(10, rolled.AllocatedTotal);
        Assert.Equal(60, rolled.Total);
        Assert.Equal([(NhsEthnicCategories.AnyOtherWhite, 50L)], rolled.Unallocated.Select(c => (c.Category, c.Count)));
    }

    [Fact]
    public void Bad_counts_are_all_reported()
    {
        EthnicCategoryCount[] counts = [new(NhsEthnicCategories.WhiteBritish, -1), new(null!, 3), new(NhsEthnicCategories.Indian, -7)];

        var error = Assert.Throws<ArgumentException>(() => EthnicityRollUp.Create(counts, EthnicityScheme.HighLevel));

        Assert.Contains("3 bad count(s)", error.Message);
        Assert.Contains("counts[0]: count must be >= 0 for category 'A White - British', got -1", error.Message);
        Assert.Contains("counts[1]: category must not be null", error.Message);
        Assert.Contains("counts[2]", error.Message);
    }

    [Fact]
    public void Property_rolling_up_preserves_totals_into_every_scheme()
    {
        var categories = EthnicityClassification.All.SelectMany(c => c.Categories).ToArray();
        var gen =
            from items in Gen.ListOf(
                from category in Gen.Elements(categories)
                from count in Gen.Choose(0, 1_000_000)
                select new EthnicCategoryCount(category, count))
            from target in Gen.Elements(Enum.GetValues<EthnicityScheme>())
            select (items, target);

        Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var rolled = EthnicityRollUp.Create(input.items, input.target);
            var expected = input.items.Sum(c => c.Count);
            return rolled.Total == expected
                && rolled.Counts.Count == EthnicityClassification.For(input.target).Categories.Count
                && rolled.Counts.All(c => c.Category.Scheme == input.target);
        }).QuickCheckThrowOnFailure();
    }
}
