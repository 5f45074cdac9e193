namespace EEiC.Tools.Reports;

/// <summary>The symbol of a legend entry.</summary>
internal enum LegendSymbol
{
    Circle,
    HollowCircle,
    Diamond,
    TriangleUp,
    DashedLine,
    SolidLine,
    Swatch,
}

/// <summary>One legend entry: a symbol, its fill (a colour or a pattern reference) and its text.</summary>
internal sealed record LegendItem(LegendSymbol Symbol, string Fill, string Text, double Size = 6);

/// <summary>A legend laid out in rows that wrap within the chart's width, and the shapes the charts share.</summary>
internal static class ChartLegend
{
    private const double RowHeight = 20;
    private const double SymbolWidth = 20;
    private const double Gap = 18;

    /// <summary>The height the legend takes between <paramref name="left"/> and <paramref name="right"/> (0 without items).</summary>
    internal static double Height(IReadOnlyList<LegendItem> items, double left, double right) => Place(items, left, right).Rows * RowHeight;

    /// <summary>Draws the legend with its first row's top at <paramref name="top"/>.</summary>
    internal static void Draw(SvgWriter svg, IReadOnlyList<LegendItem> items, double left, double right, double top)
    {
        if (items.Count == 0)
        {
            return;
        }

        var (positions, _) = Place(items, left, right);
        svg.Open("g", ("class", "legend"));
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var (x, row) = positions[i];
            var y = top + row * RowHeight + RowHeight / 2;
            var cx = x + SymbolWidth / 2 - 2;
            switch (item.Symbol)
            {
                case LegendSymbol.Circle:
                    svg.Element("circle", null, ("cx", cx), ("cy", y), ("r", item.Size), ("fill", item.Fill));
                    break;
                case LegendSymbol.HollowCircle:
                    svg.Element("circle", null, ("cx", cx), ("cy", y), ("r", item.Size), ("fill", "#ffffff"), ("stroke", item.Fill), ("stroke-width", 1.5));
                    break;
                case LegendSymbol.Diamond:
                    svg.Element("path", null, ("d", Diamond(cx, y, item.Size)), ("fill", item.Fill));
                    break;
                case LegendSymbol.TriangleUp:
                    svg.Element("path", null, ("d", Triangle(cx, y, item.Size, up: true)), ("fill", item.Fill));
                    break;
                case LegendSymbol.DashedLine:
                case LegendSymbol.SolidLine:
                    svg.Element("line", null, ("x1", x), ("x2", x + SymbolWidth - 4), ("y1", y), ("y2", y), ("stroke", item.Fill), ("stroke-width", 2),
                        ("stroke-dasharray", item.Symbol == LegendSymbol.DashedLine ? "5 3" : null));
                    break;
                default:
                    svg.Element("rect", null, ("x", x), ("y", y - 7), ("width", 14), ("height", 14), ("fill", item.Fill), ("stroke", ChartColours.Text), ("stroke-width", 0.5));
                    break;
            }

            svg.Element("text", item.Text, ("x", x + SymbolWidth + 2), ("y", y), ("dominant-baseline", "central"));
        }

        svg.Close("g");
    }

    /// <summary>A diamond centred on (<paramref name="x"/>, <paramref name="y"/>) reaching <paramref name="r"/> pixels out.</summary>
    internal static string Diamond(double x, double y, double r) =>
        $"M{C(x)} {C(y - r)}L{C(x + r)} {C(y)}L{C(x)} {C(y + r)}L{C(x - r)} {C(y)}Z";

    /// <summary>A triangle centred on (<paramref name="x"/>, <paramref name="y"/>), pointing up or down.</summary>
    internal static string Triangle(double x, double y, double r, bool up)
    {
        var tip = up ? y - r : y + r;
        var foot = up ? y + r * 0.8 : y - r * 0.8;
        return $"M{C(x)} {C(tip)}L{C(x + r)} {C(foot)}L{C(x - r)} {C(foot)}Z";
    }

    private static string C(double value) => ChartNumbers.Coordinate(value);

    private static ((double X, int Row)[] Positions, int Rows) Place(IReadOnlyList<LegendItem> items, double left, double right)
    {
        var positions = new (double, int)[items.Count];
        double x = left;
        var row = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var width = SymbolWidth + 2 + ChartText.Width(items[i].Text, 12);
            if (x > left && x + width > right)
            {
                row++;
                x = left;
            }

            positions[i] = (x, row);
            x += width + Gap;
        }

        return (positions, items.Count == 0 ? 0 : row + 1);
    }
}
