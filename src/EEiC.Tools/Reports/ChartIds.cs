using System.Text;
using System.Text.RegularExpressions;

namespace EEiC.Tools.Reports;

/// <summary>Element identifiers for charts: an SVG inlined in a page shares the page's identifiers, so each chart's ids start with its own prefix.</summary>
internal static partial class ChartIds
{
    /// <summary>Checks a caller's identifier: a letter, then up to 63 letters, digits, hyphens or underscores.</summary>
    internal static string Require(string id, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(id, parameterName);
        if (!Pattern().IsMatch(id))
        {
            throw new ArgumentException($"The chart id '{id}' is not valid: it must start with an ASCII letter and continue with up to 63 ASCII letters, digits, hyphens or underscores.", parameterName);
        }

        return id;
    }

    /// <summary>The default identifier of a chart: its kind and a slug of its title (for example <c>interval-uptake-by-ethnic-group</c>), cut to whole words within 40 characters.</summary>
    internal static string Default(string kind, string title)
    {
        var slug = new StringBuilder();
        foreach (var c in title.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var text = slug.ToString().TrimEnd('-');
        if (text.Length > 40)
        {
            // Cut at the last whole word within 40 characters.
            var cut = text.LastIndexOf('-', 40);
            text = cut > 0 ? text[..cut] : text[..40];
        }

        return text.Length == 0 ? kind : kind + "-" + text;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
