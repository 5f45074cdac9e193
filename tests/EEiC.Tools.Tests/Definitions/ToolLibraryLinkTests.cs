using EEiC.Tools.Definitions;

namespace EEiC.Tools.Tests.Definitions;

/// <summary>The suite should send users on to the next tool (NIHR report, EEiC seed 002, line 2179): links must resolve in the library used.</summary>
public sealed class ToolLibraryLinkTests
{
    [Fact]
    public void A_library_without_the_linked_tools_reports_each_link_with_its_path()
    {
        var jsna = ToolLibrary.BuiltIn.Get("jsna-interrogation");
        var alone = new ToolLibrary([jsna]);

        var errors = alone.ValidateLinks(jsna);

        // Every action tool and every link of the JSNA tool points elsewhere, so each one is reported, in JSON order.
        var expected = jsna.Actions.SelectMany((a, i) => a.Tools.Select((t, k) => ($"$.actions[{i}].tools[{k}]", t)))
            .Concat(jsna.Links.Select((l, i) => ($"$.links[{i}].tool", l.Tool)))
            .ToArray();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, errors.Select(e => (e.Path, e.Value!)));
        Assert.All(errors, e => Assert.Equal("known-tool", e.Rule));
        Assert.Equal("$.actions[0].tools[0]", errors[0].Path);
        Assert.Equal("making-the-case", errors[0].Value);
        Assert.Contains("'jsna-interrogation' points to the tool 'making-the-case'", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("it has: jsna-interrogation", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_resolve_once_the_target_is_in_the_library()
    {
        var jsna = ToolLibrary.BuiltIn.Get("jsna-interrogation");
        var target = jsna.Links[0].Tool;
        var stub = ToolLibrary.BuiltIn.Get("equality-delivery-system") with { Id = target };

        var before = new ToolLibrary([jsna]).ValidateLinks(jsna);
        var after = new ToolLibrary([jsna, stub]).ValidateLinks(jsna);

        Assert.Contains(before, e => e.Value == target);
        Assert.DoesNotContain(after, e => e.Value == target);
        Assert.Equal(before.Count(e => e.Value != target), after.Count);
        Assert.Throws<ArgumentNullException>(() => ToolLibrary.BuiltIn.ValidateLinks(null!));
    }
}
