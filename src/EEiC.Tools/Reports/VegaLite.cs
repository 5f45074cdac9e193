using System.Buffers;
using System.Text;
using System.Text.Json;

namespace EEiC.Tools.Reports;

/// <summary>
/// Writes Vega-Lite v5 specifications (https://vega.github.io/vega-lite/docs/spec.html) with
/// <see cref="Utf8JsonWriter"/>: no reflection, property order fixed, numbers in round-trip form, line feeds only, so
/// the output is the same on every machine. Data are inline (<c>data.values</c>); the specification carries the
/// chart's title and its text alternative as <c>description</c>.
/// </summary>
internal static class VegaLite
{
    /// <summary>The schema every specification names.</summary>
    internal const string Schema = "https://vega.github.io/schema/vega-lite/v5.json";

    /// <summary>Writes a specification: the header (schema, title, description, width), then <paramref name="body"/>.</summary>
    internal static string Write(string title, string description, int width, Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var options = new JsonWriterOptions
        {
            Indented = true,
#if NET9_0_OR_GREATER
            NewLine = "\n",
#endif
        };
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", Schema);
            writer.WriteString("title", title);
            writer.WriteString("description", description);
            writer.WriteNumber("width", width);
            body(writer);
            writer.WriteEndObject();
        }

        var json = Encoding.UTF8.GetString(buffer.WrittenSpan);
        return json.Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>Writes a number, or null.</summary>
    internal static void Number(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Writes <c>"name": {"field": field, "type": type, "title": title}</c> and whatever <paramref name="more"/> adds.</summary>
    internal static void Channel(Utf8JsonWriter writer, string name, string field, string type, string? title = null, Action<Utf8JsonWriter>? more = null)
    {
        writer.WriteStartObject(name);
        writer.WriteString("field", field);
        writer.WriteString("type", type);
        if (title is not null)
        {
            writer.WriteString("title", title);
        }

        more?.Invoke(writer);
        writer.WriteEndObject();
    }

    /// <summary>Writes <c>"scale": {"type": "log"|"linear", "domain": [min, max]}</c> for <paramref name="axis"/> (with <c>"zero": false</c> on a linear scale, and the base on a log scale).</summary>
    internal static void Scale(Utf8JsonWriter writer, ChartAxis axis)
    {
        writer.WriteStartObject("scale");
        writer.WriteString("type", axis.Scale == ChartScale.Log ? "log" : "linear");
        if (axis.Scale == ChartScale.Log)
        {
            writer.WriteNumber("base", axis.Ticks.Count > 1 && Math.Abs(axis.Ticks[1] / axis.Ticks[0] - 2) < 1e-9 ? 2 : 10);
        }

        writer.WriteStartArray("domain");
        writer.WriteNumberValue(axis.Min);
        writer.WriteNumberValue(axis.Max);
        writer.WriteEndArray();
        if (axis.Scale == ChartScale.Linear)
        {
            writer.WriteBoolean("zero", false);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes <c>"mark": {"type": type, ...}</c>.</summary>
    internal static void Mark(Utf8JsonWriter writer, string type, Action<Utf8JsonWriter>? more = null)
    {
        writer.WriteStartObject("mark");
        writer.WriteString("type", type);
        more?.Invoke(writer);
        writer.WriteEndObject();
    }

    /// <summary>Writes <c>"scale": {"domain": [...], "range": [...]}</c>: a fixed mapping from data values (strings or booleans) to shapes or colours.</summary>
    internal static void FixedScale<T>(Utf8JsonWriter writer, IReadOnlyList<T> domain, IReadOnlyList<string> range)
    {
        writer.WriteStartObject("scale");
        writer.WriteStartArray("domain");
        foreach (var value in domain)
        {
            switch (value)
            {
                case bool b: writer.WriteBooleanValue(b); break;
                default: writer.WriteStringValue(value?.ToString()); break;
            }
        }

        writer.WriteEndArray();
        writer.WriteStartArray("range");
        foreach (var value in range)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes a layer with a rule across the whole plot at <paramref name="datum"/> on <paramref name="channel"/> (<c>x</c> or <c>y</c>), dashed or solid.</summary>
    internal static void DatumRule(Utf8JsonWriter writer, string channel, double datum, bool dashed, double strokeWidth = 1.5)
    {
        writer.WriteStartObject();
        Mark(writer, "rule", m =>
        {
            m.WriteString("color", ChartColours.Text);
            m.WriteNumber("strokeWidth", strokeWidth);
            if (dashed)
            {
                m.WriteStartArray("strokeDash");
                m.WriteNumberValue(5);
                m.WriteNumberValue(3);
                m.WriteEndArray();
            }
        });
        writer.WriteStartObject("encoding");
        writer.WriteStartObject(channel);
        writer.WriteNumber("datum", datum);
        writer.WriteString("type", "quantitative");
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
