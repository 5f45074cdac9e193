using EEiC.Evidence;
using EEiC.Sources;
using FsCheck;
using FsCheck.Fluent;

namespace EEiC.Core.Tests.Evidence;

public class EvidenceItemTests
{
    private static EvidenceItem Make(
        string title = "Smoking cessation uptake by ethnic group",
        IReadOnlyList<EvidenceRole>? roles = null,
        IReadOnlyList<string>? groups = null,
        int? year = 2012,
        EvidenceType type = EvidenceType.RoutineServiceData,
        EvidenceScope scope = EvidenceScope.Local,
        EvidenceNature nature = EvidenceNature.Quantitative) =>
        new(title, type, scope, nature,
            roles ?? [EvidenceRole.IndicatesInequality],
            groups ?? ["Pakistani", "Bangladeshi"],
            new SourceReference(SourceDocument.NihrReport2013, "line 2326"), year);

    [Fact]
    public void A_valid_item_keeps_its_arguments()
    {
        var item = Make();
        Assert.Equal("Smoking cessation uptake by ethnic group", item.Title);
        Assert.Equal(EvidenceType.RoutineServiceData, item.Type);
        Assert.Equal(EvidenceScope.Local, item.Scope);
        Assert.Equal(EvidenceNature.Quantitative, item.Nature);
        Assert.Equal([EvidenceRole.IndicatesInequality], item.Roles);
        Assert.Equal(["Pakistani", "Bangladeshi"], item.EthnicGroups);
        Assert.Equal(2012, item.Year);
        Assert.Null(new EvidenceItem("Untitled note", EvidenceType.CommunityEngagement, EvidenceScope.Local, EvidenceNature.Qualitative, [], []).Source);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Rejects_a_blank_title(string title)
    {
        var error = Assert.Throws<ArgumentException>(() => Make(title: title));
        Assert.Equal("Title", error.ParamName);
        Assert.Contains("empty or white space", error.Message, StringComparison.Ordinal);
        Assert.Equal("Title", Assert.Throws<ArgumentNullException>(() => Make(title: null!)).ParamName);
    }

    [Fact]
    public void Rejects_repeated_or_undeclared_roles_naming_them()
    {
        var repeated = Assert.Throws<ArgumentException>(() => Make(roles: [EvidenceRole.SuggestsRemedy, EvidenceRole.RevealsGap, EvidenceRole.SuggestsRemedy]));
        Assert.Equal("Roles", repeated.ParamName);
        Assert.Contains("SuggestsRemedy", repeated.Message, StringComparison.Ordinal);
        Assert.Contains("index 2", repeated.Message, StringComparison.Ordinal);

        var undeclared = Assert.Throws<ArgumentOutOfRangeException>(() => Make(roles: [(EvidenceRole)17]));
        Assert.Equal("Roles", undeclared.ParamName);
        Assert.Contains("Roles[0]", undeclared.Message, StringComparison.Ordinal);
        Assert.Equal("Roles", Assert.Throws<ArgumentNullException>(() => new EvidenceItem("t", EvidenceType.Audit, EvidenceScope.Local, EvidenceNature.Mixed, null!, [])).ParamName);
    }

    [Fact]
    public void Rejects_blank_or_repeated_ethnic_groups_naming_them()
    {
        var blank = Assert.Throws<ArgumentException>(() => Make(groups: ["Somali", " "]));
        Assert.Equal("EthnicGroups", blank.ParamName);
        Assert.Contains("EthnicGroups[1]", blank.Message, StringComparison.Ordinal);

        var repeated = Assert.Throws<ArgumentException>(() => Make(groups: ["Somali", "Somali"]));
        Assert.Equal("EthnicGroups", repeated.ParamName);
        Assert.Contains("'Somali'", repeated.Message, StringComparison.Ordinal);

        Assert.Equal("EthnicGroups", Assert.Throws<ArgumentNullException>(() => new EvidenceItem("t", EvidenceType.Audit, EvidenceScope.Local, EvidenceNature.Mixed, [], null!)).ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(99)]
    [InlineData(-2012)]
    [InlineData(10000)]
    public void Rejects_a_year_that_is_not_four_digits(int year)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Make(year: year));
        Assert.Equal("Year", error.ParamName);
        Assert.Contains(year.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_undeclared_type_scope_and_nature()
    {
        Assert.Equal("Type", Assert.Throws<ArgumentOutOfRangeException>(() => Make(type: (EvidenceType)99)).ParamName);
        Assert.Equal("Scope", Assert.Throws<ArgumentOutOfRangeException>(() => Make(scope: (EvidenceScope)99)).ParamName);
        Assert.Equal("Nature", Assert.Throws<ArgumentOutOfRangeException>(() => Make(nature: (EvidenceNature)99)).ParamName);
    }

    [Fact]
    public void An_item_does_not_share_the_callers_lists()
    {
        var roles = new List<EvidenceRole> { EvidenceRole.ExplainsInequality };
        var groups = new[] { "Chinese" };
        var item = Make(roles: roles, groups: groups);
        roles.Add(EvidenceRole.RevealsGap);
        groups[0] = "Arab";

        Assert.Equal([EvidenceRole.ExplainsInequality], item.Roles);
        Assert.Equal(["Chinese"], item.EthnicGroups);
        CatalogueAssert.IsReadOnly(item.Roles);
        CatalogueAssert.IsReadOnly(item.EthnicGroups);
    }

    [Fact]
    public void Items_built_from_equal_lists_are_equal_and_hash_alike() =>
        Prop.ForAll(
                Arb.From(Gen.SubListOf(Enum.GetValues<EvidenceRole>())),
                Arb.From(Gen.SubListOf("White British", "Pakistani", "Somali", "Gypsy or Irish Traveller", "Roma")),
                Arb.From(Gen.Choose(1900, 2100)),
                (roles, groups, year) =>
                {
                    var a = Make(roles: roles.ToList(), groups: groups.ToArray(), year: year);
                    var b = Make(roles: roles.ToArray(), groups: groups.ToList(), year: year);
                    var reordered = Make(roles: Enumerable.Reverse(roles).ToArray(), groups: groups.ToArray(), year: year);
                    return a.Equals(b)
                        && a.GetHashCode() == b.GetHashCode()
                        && a.Equals(reordered) == (roles.Count < 2)
                        && !a.Equals(b with { Source = null });
                })
            .QuickCheckThrowOnFailure();

    [Fact]
    public void Items_round_trip_through_json()
    {
        JsonAssert.RoundTrips(Make(roles: [EvidenceRole.IndicatesInequality, EvidenceRole.RevealsGap]));
        JsonAssert.RoundTrips(new EvidenceItem("Listening event notes", EvidenceType.CommunityEngagement, EvidenceScope.Local, EvidenceNature.Qualitative, [], []));
        var json = System.Text.Json.JsonSerializer.Serialize(Make());
        Assert.Contains("\"Roles\":[\"IndicatesInequality\"]", json, StringComparison.Ordinal);
        Assert.Contains("\"Scope\":\"Local\"", json, StringComparison.Ordinal);
    }
}
