using System.Globalization;
using System.Text;

namespace EEiC.Statistics.Tests;

/// <summary>
/// A reference table from <c>tests/fixtures/</c> (UTF-8 CSV with a header; an empty field means NA). Tests read
/// reference numbers only through this, never from the workplace reference folder.
/// </summary>
internal sealed class FixtureTable
{
    private readonly Dictionary<string, int> _columns;

    private FixtureTable(string[] header, List<string?[]> rows)
    {
        _columns = header.Select((h, i) => (h, i)).ToDictionary(p => p.h, p => p.i, StringComparer.Ordinal);
        Rows = rows.Select(r => new Row(this, r)).ToArray();
    }

    public IReadOnlyList<Row> Rows { get; }

    /// <summary>Loads <c>fixtures/{relativePath}</c> from the test output directory.</summary>
    public static FixtureTable Load(string relativePath)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "fixtures", relativePath);
        var records = Parse(File.ReadAllText(path, Encoding.UTF8));
        return new FixtureTable(records[0].Select(h => h ?? string.Empty).ToArray(), records.Skip(1).ToList());
    }

    private static List<string?[]> Parse(string text)
    {
        var records = new List<string?[]>();
        var fields = new List<string?>();
        var field = new StringBuilder();
        var quoted = false;
        var inQuotes = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inQuotes = quoted = true;
                    break;
                case ',':
                    fields.Add(quoted || field.Length > 0 ? field.ToString() : null);
                    field.Clear();
                    quoted = false;
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(quoted || field.Length > 0 ? field.ToString() : null);
                    records.Add([.. fields]);
                    fields.Clear();
                    field.Clear();
                    quoted = false;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(quoted || field.Length > 0 ? field.ToString() : null);
            records.Add([.. fields]);
        }

        return records;
    }

    public sealed class Row(FixtureTable table, string?[] fields)
    {
        public string? Text(string column) => fields[Index(column)];

        public double? Number(string column)
        {
            var text = Text(column);
            return text is null or "NA" ? null : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        public double Required(string column) =>
            Number(column) ?? throw new InvalidOperationException($"fixture column '{column}' is NA in this row");

        public bool Has(string column) => table._columns.ContainsKey(column);

        private int Index(string column) =>
            table._columns.TryGetValue(column, out var i)
                ? i
                : throw new KeyNotFoundException($"fixture has no column '{column}'; columns are {string.Join(", ", table._columns.Keys)}");
    }
}
