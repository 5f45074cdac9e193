using EEiC.Datasets;
using EEiC.Ethnicity;
using FsCheck;
using FsCheck.Fluent;

namespace EEiC.Core.Tests.Datasets;

public class StratifiedDatasetTests
{
    internal static StratifiedDataset Sample() => new(
        GroupDimension.Ethnicity(),
        DatasetMeasure.Proportion,
        [
            new StratifiedRow("A", AgeBand: "65-69", Sex: "F", Area: "E54000050", Period: "2023/24", DeprivationQuantile: 1, Numerator: 120, Denominator: 410),
            new StratifiedRow("J", AgeBand: "65-69", Sex: "F", Area: "E54000050", Period: "2023/24", DeprivationQuantile: 1, Numerator: 8, Denominator: 61.5),
            new StratifiedRow("N1", AgeBand: "70-74", Numerator: 1e-300, Denominator: 0.1 + 0.2),
            new StratifiedRow("99", Area: "Leeds, \"North\"\nWest", Numerator: 3, Denominator: 3),
        ],
        name: "Cardiac rehabilitation uptake",
        localCategories: [EthnicCategory.CreateLocal("N1", "Somali", NhsEthnicCategories.African)]);

    [Fact]
    public void A_well_formed_dataset_is_valid()
    {
        Assert.Empty(Sample().Validate());
        Assert.Same(Sample().EnsureValid().GetType(), typeof(StratifiedDataset));
    }

    [Fact]
    public void Validation_reports_every_bad_row_with_row_column_value_and_rule()
    {
        var dataset = new StratifiedDataset(GroupDimension.Ethnicity(), DatasetMeasure.Proportion,
        [
            new StratifiedRow("A", Numerator: 5, Denominator: 10),
            new StratifiedRow("Pakistani", Numerator: 5, Denominator: 10),
            new StratifiedRow("J", Numerator: -1, Denominator: 10),
            new StratifiedRow("K", Numerator: 11, Denominator: 10),
            new StratifiedRow("a", Numerator: 1, Denominator: 10),
            new StratifiedRow("L", Denominator: 10),
            new StratifiedRow("M", AgeBand: " ", DeprivationQuantile: 0, Numerator: double.NaN, Denominator: 1),
        ]);

        var errors = dataset.Validate();

        Assert.Contains(errors, e => e is { Row: 2, Column: "group", Value: "Pakistani", Rule: "known-group-code" } && e.Message.Contains("EthnicityParser"));
        Assert.Contains(errors, e => e is { Row: 3, Column: "numerator", Value: "-1", Rule: "non-negative" } && e.Message.Contains("got -1"));
        Assert.Contains(errors, e => e is { Row: 4, Column: "numerator", Rule: "numerator-not-above-denominator" } && e.Message.Contains("group 'K', got 11 > 10"));
        Assert.Contains(errors, e => e is { Row: 5, Rule: "unique-strata" } && e.Message.Contains("row 1"));
        Assert.Contains(errors, e => e is { Row: 6, Column: "numerator", Rule: "required-for-measure" });
        Assert.Contains(errors, e => e is { Row: 7, Column: "age_band", Rule: "stratum-not-blank" });
        Assert.Contains(errors, e => e is { Row: 7, Column: "deprivation_quantile", Rule: "quantile-from-one" });
        Assert.Contains(errors, e => e is { Row: 7, Column: "numerator", Rule: "finite" });
        Assert.DoesNotContain(errors, e => e.Row == 1);
        var thrown = Assert.Throws<DatasetValidationException>(() => dataset.EnsureValid());
        Assert.Equal(errors.Count, thrown.Errors.Count);
        Assert.Contains("row 4, numerator", thrown.Message);
    }

    [Fact]
    public void Rates_may_exceed_their_denominator_and_estimates_need_a_value()
    {
        var rates = new StratifiedDataset(GroupDimension.Ethnicity(), DatasetMeasure.Rate, [new StratifiedRow("A", Numerator: 50, Denominator: 10)]);
        Assert.Empty(rates.Validate());

        var estimates = new StratifiedDataset(GroupDimension.Other("provider"), DatasetMeasure.Estimate,
            [new StratifiedRow("Trust X", Value: 3.2, StandardError: 0.4), new StratifiedRow("Trust Y", StandardError: -1)]);
        var errors = estimates.Validate();
        Assert.Equal(["value", "standard_error"], errors.Select(e => e.Column));
        Assert.All(errors, e => Assert.Equal(2, e.Row));
    }

    [Fact]
    public void Envelope_problems_are_reported()
    {
        var empty = new StratifiedDataset(GroupDimension.Ethnicity(EthnicityScheme.Census2021), DatasetMeasure.Rate, [],
            localCategories: [EthnicCategory.CreateLocal("N1", "Somali", NhsEthnicCategories.African)]);

        var errors = empty.Validate();

        Assert.Contains(errors, e => e.Rule == "has-rows");
        Assert.Contains(errors, e => e.Rule == "local-categories-need-nhs-scheme");
        Assert.Contains(new StratifiedDataset(new GroupDimension(" ", null), (DatasetMeasure)9, [new StratifiedRow("x")]).Validate(),
            e => e.Rule == "known-measure");
    }

    [Fact]
    public void Categories_of_rows_resolve_national_and_local_codes()
    {
        var dataset = Sample();
        Assert.Same(NhsEthnicCategories.WhiteBritish, dataset.CategoryOf(dataset.Rows[0]));
        Assert.Equal("Somali", dataset.CategoryOf(dataset.Rows[2])!.Label);
        Assert.Null(new StratifiedDataset(GroupDimension.Other("x"), DatasetMeasure.Rate, [new StratifiedRow("A")]).CategoryOf(new StratifiedRow("A")));
    }

    [Fact]
    public void Json_round_trips_exactly()
    {
        var dataset = Sample();

        var json = StratifiedDatasetJson.Write(dataset);
        var back = StratifiedDatasetJson.Read(json);

        Assert.Equal(dataset, back);
        Assert.Equal(json, StratifiedDatasetJson.Write(back));
        Assert.Contains("\"schema_version\": 1", json);
        Assert.Contains("\"age_band\": \"65-69\"", json);
        using var stream = new MemoryStream();
        StratifiedDatasetJson.Write(dataset, stream);
        stream.Position = 0;
        Assert.Equal(dataset, StratifiedDatasetJson.Read(stream));
    }

    [Fact]
    public void Csv_round_trips_exactly()
    {
        var dataset = Sample();

        var csv = StratifiedDatasetCsv.Write(dataset);
        var back = StratifiedDatasetCsv.Read(new StringReader(csv), dataset.Group, dataset.Measure, dataset.Name, dataset.LocalCategories);

        Assert.Equal(dataset, back);
        Assert.StartsWith("group,age_band,sex,area,period,deprivation_quantile,numerator,denominator\r\n", csv);
        Assert.Contains("\"Leeds, \"\"North\"\"\nWest\"", csv);
    }

    [Theory]
    [InlineData("{\"schema_version\": 2, \"rows\": []}", "schema_version 2 is not supported")]
    [InlineData("{\"rows\": []}", "schema_version is missing")]
    [InlineData("{\"schema_version\": \"one\"}", "schema_version one is not supported")]
    [InlineData("[1, 2]", "must be a JSON object")]
    [InlineData("", "not valid JSON")]
    [InlineData("{\"schema_version\": 1, \"rows\": [ {\"group\": \"A\", ", "reached end of data")]
    [InlineData("{\"schema_version\": 1, \"measure\": \"Proportion\", \"group_dimension\": {\"name\": \"e\"}, \"rows\": [{\"group\": \"A\", \"numerator\": \"ten\"}]}", "row 1, numerator")]
    [InlineData("{\"schema_version\": 1, \"measure\": \"Proportion\", \"group_dimension\": {\"name\": \"e\"}, \"rows\": [], \"colour\": 1}", "unknown field 'colour'")]
    [InlineData("{\"schema_version\": 1, \"measure\": \"Median\", \"group_dimension\": {\"name\": \"e\"}, \"rows\": []}", "measure")]
    [InlineData("{\"schema_version\": 1}", "group_dimension is required")]
    [InlineData("{\"schema_version\": 1, \"measure\": \"Rate\", \"group_dimension\": {\"name\": \"e\"}, \"rows\": [null]}", "row 1")]
    [InlineData("{\"schema_version\": 1, \"measure\": \"Rate\", \"group_dimension\": {\"name\": \"e\"}, \"rows\": [[1]]}", "could not be converted to a row object")]
    [InlineData("{\"schema_version\": 1, \"measure\": \"Rate\", \"group_dimension\": {\"name\": \"e\"}, \"rows\": [], \"local_categories\": [{\"code\": \"Q1\", \"label\": \"x\", \"parent\": \"Q\"}]}", "national NHS parent")]
    [InlineData("{\"schema_version\": 1, \"measure\": \"Rate\", \"group_dimension\": {\"name\": \"e\"}, \"rows\": [], \"local_categories\": [{\"code\": \"J1\", \"label\": \"x\", \"parent\": \"N\"}]}", "followed by one letter")]
    public void Bad_json_gives_a_clear_error_never_a_crash(string json, string expected)
    {
        var error = Assert.Throws<DatasetFormatException>(() => StratifiedDatasetJson.Read(json));
        Assert.Contains(expected, error.Message);
        Assert.NotEmpty(error.Errors);
    }

    [Fact]
    public void Json_reading_is_bounded()
    {
        var deep = "{\"x\": " + new string('[', 100) + new string(']', 100) + ", \"schema_version\": 1}";
        Assert.Contains("depth", Assert.Throws<DatasetFormatException>(() => StratifiedDatasetJson.Read(deep)).Message, StringComparison.OrdinalIgnoreCase);

        var json = StratifiedDatasetJson.Write(Sample());
        Assert.Contains("MaxBytes", Assert.Throws<DatasetFormatException>(
            () => StratifiedDatasetJson.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), new DatasetReadLimits { MaxBytes = 100 })).Message);
        Assert.Contains("MaxRows", Assert.Throws<DatasetFormatException>(
            () => StratifiedDatasetJson.Read(json, new DatasetReadLimits { MaxRows = 2 })).Message);
        Assert.Throws<ArgumentException>(() => StratifiedDatasetJson.Read(json, new DatasetReadLimits { MaxDepth = 0 }));
    }

    [Fact]
    public void Bad_csv_reports_every_problem()
    {
        const string csv = "Group,numerator,Colour,group\r\nA,1,red,A\r\n";
        var error = Assert.Throws<DatasetFormatException>(() =>
            StratifiedDatasetCsv.Read(new StringReader(csv), GroupDimension.Ethnicity(), DatasetMeasure.Proportion));

        Assert.Contains(error.Errors, e => e.Rule == "known-column" && e.Value == "Colour");
        Assert.Contains(error.Errors, e => e.Rule == "unique-column");
        Assert.Contains(error.Errors, e => e.Rule == "required-column" && e.Message.Contains("'denominator'"));
    }

    [Fact]
    public void Unreadable_numbers_and_broken_row_rules_are_reported_together_in_row_order()
    {
        // Row 1 fine; row 2 an unreadable numerator; row 3 a label instead of a code; row 4 more events than people.
        const string csv = "group,numerator,denominator\nA,10,100\nK,x,50\nWhite,5,20\nJ,30,20\n";
        var error = Assert.Throws<DatasetFormatException>(() =>
            StratifiedDatasetCsv.Read(new StringReader(csv), GroupDimension.Ethnicity(), DatasetMeasure.Proportion));

        Assert.Equal(
            [(2, "numerator", "number"), (3, "group", "known-group-code"), (4, "numerator", "numerator-not-above-denominator")],
            error.Errors.Select(e => (e.Row!.Value, e.Column, e.Rule)));

        // A row that cannot be split into its fields stops there: the row rules would number the rows wrongly.
        var broken = Assert.Throws<DatasetFormatException>(() =>
            StratifiedDatasetCsv.Read(new StringReader("group,numerator,denominator\nK,x,50\nA,1\nJ,30,20\n"), GroupDimension.Ethnicity(), DatasetMeasure.Proportion));
        Assert.Equal(["number", "field-count"], broken.Errors.Select(e => e.Rule));
    }

    [Fact]
    public void Bad_csv_rows_are_all_reported_with_their_line()
    {
        const string csv = "group,numerator,denominator\nA,1,10\nB,one,10\n\nC,1\nD,\"2\"x,10\nE,1,1e999999\nF,\"3,4\n";
        var error = Assert.Throws<DatasetFormatException>(() =>
            StratifiedDatasetCsv.Read(new StringReader(csv), GroupDimension.Ethnicity(), DatasetMeasure.Proportion));

        Assert.Contains(error.Errors, e => e is { Row: 2, Column: "numerator", Value: "one", Rule: "number" } && e.Message.Contains("line 3"));
        Assert.Contains(error.Errors, e => e is { Row: 3, Rule: "field-count" } && e.Message.Contains("line 5 has 2 field(s)"));
        Assert.Contains(error.Errors, e => e.Rule == "csv-syntax" && e.Message.Contains("line 6"));
        Assert.Contains(error.Errors, e => e.Rule == "csv-syntax" && e.Message.Contains("never closed"));
    }

    [Fact]
    public void Csv_reading_is_bounded_and_needs_a_header()
    {
        var csv = StratifiedDatasetCsv.Write(Sample());
        Assert.Contains("MaxBytes", Assert.Throws<DatasetFormatException>(() =>
            StratifiedDatasetCsv.Read(new StringReader(csv), GroupDimension.Ethnicity(), DatasetMeasure.Proportion, limits: new DatasetReadLimits { MaxBytes = 50 })).Message);
        Assert.Contains("MaxRows", Assert.Throws<DatasetFormatException>(() =>
            StratifiedDatasetCsv.Read(new StringReader(csv), GroupDimension.Ethnicity(), DatasetMeasure.Proportion, limits: new DatasetReadLimits { MaxRows = 1 })).Message);
        Assert.Contains("MaxFieldLength", Assert.Throws<DatasetFormatException>(() =>
            StratifiedDatasetCsv.Read(new StringReader("group,value\n" + new string('x', 5000) + ",1"), GroupDimension.Other("g"), DatasetMeasure.Estimate)).Message);
        Assert.Contains("header", Assert.Throws<DatasetFormatException>(() =>
            StratifiedDatasetCsv.Read(new StringReader(""), GroupDimension.Ethnicity(), DatasetMeasure.Proportion)).Message);
    }

    [Fact]
    public void Property_json_and_csv_round_trip_arbitrary_datasets()
    {
        var text = Gen.OneOf(Gen.Constant<string?>(null), ArbMap.Default.GeneratorFor<NonNull<string>>().Select(s => (string?)s.Get));
        var number = Gen.OneOf(
            Gen.Constant<double?>(null),
            ArbMap.Default.GeneratorFor<NormalFloat>().Select(f => (double?)f.Get),
            Gen.Choose(0, 100_000).Select(i => (double?)i));
        var row =
            from g in ArbMap.Default.GeneratorFor<NonNull<string>>()
            from age in text
            from sex in text
            from area in text
            from period in text
            from q in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(-5, 20).Select(i => (int?)i))
            from n in number
            from d in number
            from v in number
            from se in number
            from p in number
            select new StratifiedRow(g.Get, age, sex, area, period, q, n, d, v, se, p);
        var gen =
            from rows in Gen.ListOf(row)
            from measure in Gen.Elements(Enum.GetValues<DatasetMeasure>())
            select new StratifiedDataset(GroupDimension.Other("provider"), measure, rows.ToArray(), "name");

        Prop.ForAll(gen.ToArbitrary(), dataset =>
        {
            var json = StratifiedDatasetJson.Read(StratifiedDatasetJson.Write(dataset));
            var csv = StratifiedDatasetCsv.Read(new StringReader(StratifiedDatasetCsv.Write(dataset)), dataset.Group, dataset.Measure, dataset.Name);
            return dataset.Equals(json) && dataset.Equals(csv);
        }).QuickCheckThrowOnFailure();
    }
}
