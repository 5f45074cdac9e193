using EEiC.Tools.Reports;
using FsCheck;
using FsCheck.Fluent;

namespace EEiC.Tools.Tests.Reports;

/// <summary>Properties of the interval chart over random rows.</summary>
public sealed class ChartProperties
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(200);

    private static readonly Gen<string> Labels = Gen.OneOf(
        ArbMap.Default.GeneratorFor<NonNull<string>>().Select(s => s.Get),
        Gen.Elements("<script>&\"'", "White British", "Any other mixed or multiple ethnic background, including the long sub-category names", "\ud83d\ude00", "\u0007", "a\u00A0b", "  "));

    /// <summary>A finite number between about -10^9 and 10^9, often with many digits.</summary>
    private static readonly Gen<double> Numbers =
        from mantissa in Gen.Choose(-1_000_000, 1_000_000)
        from exponent in Gen.Choose(-6, 9)
        select mantissa / 1e6 * Math.Pow(10, exponent);

    private static readonly Gen<double> Widths = Numbers.Select(Math.Abs);

    private static readonly Gen<IntervalChartRow> Rows =
        from label in Labels
        from value in Numbers
        from below in Widths
        from above in Widths
        from kind in Gen.Choose(0, 7)
        from highlighted in ArbMap.Default.GeneratorFor<bool>()
        select (kind switch
        {
            0 => IntervalChartRow.Missing(label),
            1 => new IntervalChartRow(label, value),
            _ => new IntervalChartRow(label, value, value - below, value + above),
        }) with { Highlighted = highlighted };

    private static readonly Arbitrary<IntervalChartRow[]> RowLists =
        (from n in Gen.Choose(1, 12) from rows in Rows.ArrayOf(n) select rows.Select((r, i) => r with { Label = $"{r.Label} #{i}" }).ToArray()).ToArbitrary();

    [Fact]
    public void Any_finite_rows_draw_well_formed_svg_with_every_row_labelled_in_order()
    {
        Prop.ForAll(RowLists, rows =>
        {
            var chart = new IntervalChart("Property", rows) { ReferenceValue = rows.FirstOrDefault(r => r.Value is not null)?.Value };
            Check(chart);
        }).Check(Runs);
    }

    [Fact]
    public void Any_positive_rows_draw_on_a_log_axis_with_the_reference_line_at_1()
    {
        Prop.ForAll(RowLists, rows =>
        {
            // Ratios: each value made positive, its limits a factor (of at most 1,001) away from it on either side.
            static double Ratio(double v) => Math.Abs(v) + 1e-6;
            static double Factor(double width) => 1 + Math.Min(width, 1000);
            var ratios = rows.Select(r => r.Value is not { } v ? r : r.Lower is null
                ? r with { Value = Ratio(v) }
                : r with { Value = Ratio(v), Lower = Ratio(v) / Factor(r.Upper!.Value - v), Upper = Ratio(v) * Factor(v - r.Lower!.Value) }).ToArray();
            var chart = new IntervalChart("Log property", ratios) { Scale = ChartScale.Log, ReferenceValue = 1 };
            var root = Check(chart);
            Assert.Equal(root.TickX("1"), root.WithClass("reference-line").Single().Number("x1"), 0.01);
        }).Check(Runs);
    }

    private static System.Xml.Linq.XElement Check(IntervalChart chart)
    {
        var root = ChartFixtures.CheckCommon(chart, chart.ToSvg("p"), "p");
        var drawn = root.WithClass("row").ToArray();
        Assert.Equal(chart.Rows.Count, drawn.Length);
        for (var i = 0; i < drawn.Length; i++)
        {
            var label = ChartFixtures.Sanitised(chart.Rows[i].Label);
            Assert.Equal(label, (string?)drawn[i].Attribute("data-label"));
            Assert.StartsWith(label + ":", drawn[i].Element(ChartFixtures.Svg + "title")!.Value, StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(drawn[i].WithClass("label").Single().Value));
            Assert.Equal(chart.Rows[i].Value is null ? 0 : 1, drawn[i].WithClass("estimate").Count());
        }

        // Every estimate lies within the drawing, and a larger value is never drawn to the left of a smaller one.
        var points = chart.Rows.Zip(drawn).Where(p => p.First.Value is not null)
            .Select(p => (Value: p.First.Value!.Value, X: p.Second.WithClass("estimate").Single().Number("data-x"))).OrderBy(p => p.Value).ToArray();
        Assert.All(points, p => Assert.InRange(p.X, 0, chart.Width));
        Assert.All(points.Zip(points.Skip(1)), p => Assert.True(p.First.X <= p.Second.X + 0.011, $"{p.First.Value} at {p.First.X}, {p.Second.Value} at {p.Second.X}"));
        return root;
    }
}
