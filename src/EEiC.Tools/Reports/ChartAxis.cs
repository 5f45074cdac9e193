namespace EEiC.Tools.Reports;

/// <summary>
/// A numeric axis of a chart: a domain widened to round tick values, the ticks, and the mapping from values to pixels.
/// Linear axes use steps of 1, 2, 2.5 or 5 times a power of ten; logarithmic axes put ticks at powers of 2
/// (0.25, 0.5, 1, 2, 4: the usual axis for ratios, on which a ratio and its reciprocal lie at equal distances from 1)
/// or, over more than a factor of 256, at powers of 10.
/// </summary>
internal sealed class ChartAxis
{
    private readonly double _start;
    private readonly double _end;
    private readonly double _low;
    private readonly double _high;

    private ChartAxis(ChartScale scale, double min, double max, IReadOnlyList<double> ticks, double start, double end)
    {
        Scale = scale;
        Min = min;
        Max = max;
        Ticks = ticks;
        _start = start;
        _end = end;
        _low = scale == ChartScale.Log ? Math.Log(min) : min;
        _high = scale == ChartScale.Log ? Math.Log(max) : max;
    }

    internal ChartScale Scale { get; }

    /// <summary>The lower end of the domain (a tick).</summary>
    internal double Min { get; }

    /// <summary>The upper end of the domain (a tick).</summary>
    internal double Max { get; }

    /// <summary>The tick values, ascending, from <see cref="Min"/> to <see cref="Max"/>.</summary>
    internal IReadOnlyList<double> Ticks { get; }

    /// <summary>
    /// Creates an axis covering <paramref name="values"/> (finite, and above 0 on a log scale), drawn from pixel
    /// <paramref name="start"/> to pixel <paramref name="end"/>. Without values the domain is 0 to 1 (0.5 to 2 on a
    /// log scale); a single value is widened on both sides.
    /// </summary>
    internal static ChartAxis Create(ChartScale scale, IEnumerable<double> values, double start, double end, int targetTicks = 5)
    {
        var list = values.ToArray();
        return scale == ChartScale.Log ? Log(list, start, end) : Linear(list, start, end, targetTicks);
    }

    /// <summary>The pixel position of <paramref name="value"/> (values outside the domain map outside the range).</summary>
    internal double Map(double value)
    {
        var v = Scale == ChartScale.Log ? Math.Log(value) : value;
        return _start + (v - _low) / (_high - _low) * (_end - _start);
    }

    private static ChartAxis Linear(double[] values, double start, double end, int targetTicks)
    {
        double min = values.Length == 0 ? 0 : values.Min(), max = values.Length == 0 ? 1 : values.Max();
        if (min == max)
        {
            var pad = min == 0 ? 1 : Math.Abs(min) * 0.1;
            min -= pad;
            max += pad;
        }

        var raw = (max - min) / targetTicks;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var nice = (raw / magnitude) switch { <= 1 => 1.0, <= 2 => 2.0, <= 2.5 => 2.5, <= 5 => 5.0, _ => 10.0 };
        var step = nice * magnitude;
        var decimals = Math.Clamp(-(int)Math.Floor(Math.Log10(step)) + (nice == 2.5 ? 1 : 0), 0, 15);
        var first = (long)Math.Floor(min / step + 1e-9);
        var last = (long)Math.Ceiling(max / step - 1e-9);
        var ticks = new List<double>();
        for (var k = first; k <= last; k++)
        {
            ticks.Add(Math.Round(k * step, decimals));
        }

        return new ChartAxis(ChartScale.Linear, ticks[0], ticks[^1], ticks, start, end);
    }

    private static ChartAxis Log(double[] values, double start, double end)
    {
        double low = values.Length == 0 ? -1 : Math.Log2(values.Min()), high = values.Length == 0 ? 1 : Math.Log2(values.Max());
        var first = (int)Math.Floor(low + 1e-9);
        var last = (int)Math.Ceiling(high - 1e-9);
        if (first == last)
        {
            first--;
            last++;
        }

        var ticks = new List<double>();
        if (last - first <= 8)
        {
            for (var k = first; k <= last; k++)
            {
                ticks.Add(Math.Pow(2, k));
            }
        }
        else
        {
            // Powers of 10, every one of them up to ten decades, otherwise every second, third, ... so that at most
            // about ten ticks are drawn; the chosen powers are multiples of the step, so 1 stays a tick, and the
            // domain still ends on a tick.
            var first10 = (int)Math.Floor(low / Math.Log2(10) + 1e-9);
            var last10 = (int)Math.Ceiling(high / Math.Log2(10) - 1e-9);
            var every = (last10 - first10 + 9) / 10;
            first10 = (int)Math.Floor(first10 / (double)every) * every;
            last10 = (int)Math.Ceiling(last10 / (double)every) * every;
            for (var k = first10; k <= last10; k += every)
            {
                ticks.Add(Math.Pow(10, k));
            }
        }

        return new ChartAxis(ChartScale.Log, ticks[0], ticks[^1], ticks, start, end);
    }
}
