using EEiC.Tools.Reports;

namespace EEiC.Tools.Tests.Reports;

public sealed class ReportTableTests
{
    [Fact]
    public void Markdown_escapes_cells_and_right_aligns_numeric_columns()
    {
        var table = new ReportTable("Counts | by group", ["Group", "Count", "Share"], [["A|B *x*", "1,234", "12.5%"], ["C\nD", "-7", ""]]);
        Assert.Equal(
            "**Counts \\| by group**\n\n| Group | Count | Share |\n| --- | ---: | ---: |\n| A\\|B \\*x\\* | 1,234 | 12.5% |\n| C D | -7 |  |\n",
            table.ToMarkdown());
    }

    [Fact]
    public void Numeric_columns_are_those_whose_every_non_empty_cell_is_a_number()
    {
        var table = new ReportTable("T", ["A", "B", "C", "D"], [["1", "x", "", "0.5 %"], ["2.50", "3", "", "1e5"]]);
        Assert.True(table.IsNumeric(0));
        Assert.False(table.IsNumeric(1));
        Assert.False(table.IsNumeric(2));
        Assert.False(table.IsNumeric(3));
        Assert.Throws<ArgumentOutOfRangeException>(() => table.IsNumeric(4));
    }

    [Fact]
    public void Bad_tables_are_refused_with_every_bad_row_named()
    {
        var error = Assert.Throws<ArgumentException>(() => new ReportTable("T", ["A", "B"], [["1"], ["1", null!], ["1", "2"], ["1", "2", "3"]]));
        Assert.Contains("rows[0] has 1 cells for 2 columns", error.Message, StringComparison.Ordinal);
        Assert.Contains("rows[1][1] is null", error.Message, StringComparison.Ordinal);
        Assert.Contains("rows[3] has 3 cells for 2 columns", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("rows[2]", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new ReportTable("T", [], []));
        Assert.Contains("columns[1] is empty", Assert.Throws<ArgumentException>(() => new ReportTable("T", ["A", " "], [])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new ReportTable("", ["A"], []));
    }

    [Fact]
    public void Tables_compare_by_value()
    {
        Assert.Equal(new ReportTable("T", ["A"], [["1"]]), new ReportTable("T", ["A"], [["1"]]));
        Assert.NotEqual(new ReportTable("T", ["A"], [["1"]]), new ReportTable("T", ["A"], [["2"]]));
        Assert.NotEqual(new ReportTable("T", ["A"], [["1"]]), new ReportTable("T", ["A"], [["1"]]) { FirstColumnIsRowHeader = false });
    }
}
