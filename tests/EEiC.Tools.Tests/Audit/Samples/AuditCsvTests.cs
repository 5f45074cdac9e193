using EEiC.Datasets;
using EEiC.Ethnicity;
using EEiC.Tools.Audit;

namespace EEiC.Tools.Tests.Audit.Samples;

/// <summary>Reading a user's own CSV for an audit: a valid file reads back exactly; each kind of bad file gives a short, specific error.</summary>
public sealed class AuditCsvTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("eeic-audit-csv-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void A_valid_file_reads_back_as_the_dataset_that_was_written_named_after_the_file()
    {
        var path = Write("sample.csv", StratifiedDatasetCsv.Write(AuditSamples.CardiacRehabilitation));
        var dataset = AuditCsv.Read(path);
        Assert.Equal("sample.csv", dataset.Name);
        Assert.Equal(AuditSamples.CardiacRehabilitation.Rows, dataset.Rows);
        Assert.True(((ICollection<StratifiedRow>)dataset.Rows).IsReadOnly);
        Assert.Equal("mine", AuditCsv.Read(path, name: "mine").Name);
    }

    [Fact]
    public void A_missing_file_is_named_with_its_full_path()
    {
        var path = Path.Combine(_folder.FullName, "nowhere.csv");
        var error = Assert.Single(Assert.Throws<DatasetFormatException>(() => AuditCsv.Read(path)).Errors);
        Assert.Equal(("file", "file-exists", path), (error.Column, error.Rule, error.Value));
        Assert.Contains($"there is no file '{path}'", error.Message, StringComparison.Ordinal);
        Assert.Equal("file-exists", Assert.Single(Assert.Throws<DatasetFormatException>(() => AuditCsv.Read(_folder.FullName)).Errors).Rule);
        Assert.Equal("file-exists", Assert.Single(Assert.Throws<DatasetFormatException>(() => AuditCsv.Read(" ")).Errors).Rule);
    }

    [Fact]
    public void An_empty_file_is_reported_as_empty_and_a_blank_one_as_lacking_a_header()
    {
        var error = Assert.Single(Assert.Throws<DatasetFormatException>(() => AuditCsv.Read(Write("empty.csv", string.Empty))).Errors);
        Assert.Equal("file-not-empty", error.Rule);
        Assert.Contains("is empty", error.Message, StringComparison.Ordinal);

        Assert.Equal("has-header", Assert.Single(Assert.Throws<DatasetFormatException>(() => AuditCsv.Read(Write("blank.csv", "\n\n"))).Errors).Rule);
    }

    [Fact]
    public void A_header_only_file_has_no_rows()
    {
        var error = Assert.Single(Assert.Throws<DatasetValidationException>(() => AuditCsv.Read(Write("header.csv", "group,numerator,denominator\n"))).Errors);
        Assert.Equal("has-rows", error.Rule);
    }

    [Fact]
    public void A_wrong_header_names_every_unknown_and_missing_column()
    {
        var exception = Assert.Throws<DatasetFormatException>(() => AuditCsv.Read(Write("header.csv", "ethnicity,started,eligible\nA,1,2\n")));
        Assert.Equal(["known-column", "known-column", "known-column", "required-column", "required-column", "required-column"],
            exception.Errors.Select(e => e.Rule));
        Assert.Contains("unknown column 'ethnicity'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("column 'denominator' is required", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_value_that_is_not_a_number_is_reported_with_its_line()
    {
        var text = "group,numerator,denominator\nA,12,40\nJ,five,30\nK,3,thirty\nH,1.5.2,9\n";
        var exception = Assert.Throws<DatasetFormatException>(() => AuditCsv.Read(Write("numbers.csv", text)));
        Assert.Equal([(2, "numerator", "five"), (3, "denominator", "thirty"), (4, "numerator", "1.5.2")],
            exception.Errors.Select(e => (e.Row ?? 0, e.Column, e.Value)));
        Assert.Contains("'thirty' on line 4 is not a number", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unreadable_numbers_come_with_every_other_problem_and_labels_are_still_condensed()
    {
        // Row 2 has an unreadable numerator; rows 3 and 5 a label for a code (and, with no strata, the same group twice);
        // row 4 more events than patients.
        var text = "group,numerator,denominator\nA,12,40\nJ,five,30\nPakistani,1,3\nK,9,4\nPakistani,2,5\n";
        var errors = Assert.Throws<DatasetFormatException>(() => AuditCsv.Read(Write("mixed.csv", text))).Errors;
        Assert.Equal([(2, "number"), (3, "known-group-code"), (4, "numerator-not-above-denominator"), (5, "unique-strata")], errors.Select(e => (e.Row ?? 0, e.Rule)));
        Assert.Contains("(2 rows: 3, 5)", errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("whose code is 'J'", errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Labels_instead_of_codes_are_reported_once_per_value_with_the_code_they_mean()
    {
        var text = "group,area,numerator,denominator\nPakistani,P1,1,2\nA,P1,1,2\nPakistani,P2,1,3\nWhite British,P1,4,5\nPakistani,P3,1,4\n";
        var errors = Assert.Throws<DatasetValidationException>(() => AuditCsv.Read(Write("labels.csv", text))).Errors;
        Assert.Equal([(1, "Pakistani"), (4, "White British")], errors.Select(e => (e.Row ?? 0, e.Value)));
        Assert.All(errors, e => Assert.Equal(("group", "known-group-code"), (e.Column, e.Rule)));
        Assert.StartsWith("'Pakistani' is not a code of", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("(3 rows: 1, 3, 5)", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("whose code is 'J'", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("(1 row)", errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("whose code is 'A'", errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Codes_of_another_classification_are_reported_with_how_to_name_it_and_read_when_it_is_named()
    {
        var text = "group,area,numerator,denominator\n" + string.Concat(Enumerable.Range(1, 8).Select(i => $"13,P{i},{i},10\n"));
        var error = Assert.Single(Assert.Throws<DatasetValidationException>(() => AuditCsv.Read(Write("census.csv", text))).Errors);
        Assert.Equal((1, "13"), (error.Row, error.Value));
        Assert.Contains("(8 rows: 1, 2, 3, 4, 5, …)", error.Message, StringComparison.Ordinal);
        Assert.Contains("GroupDimension.Ethnicity(scheme)", error.Message, StringComparison.Ordinal);
        Assert.Contains("Valid codes: A, B, C", error.Message, StringComparison.Ordinal);

        var census = AuditCsv.Read(Write("census.csv", text), group: GroupDimension.Ethnicity(EthnicityScheme.Census2021));
        Assert.Equal(8, census.Rows.Count);
    }

    [Fact]
    public void Rule_breaks_other_than_unknown_codes_are_reported_row_by_row()
    {
        var text = "group,numerator,denominator\nA,5,4\nB,-1,4\nC,3,4\n";
        var errors = Assert.Throws<DatasetValidationException>(() => AuditCsv.Read(Write("rules.csv", text))).Errors;
        Assert.Equal([(1, "numerator-not-above-denominator"), (2, "non-negative")], errors.Select(e => (e.Row ?? 0, e.Rule)));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }
}
