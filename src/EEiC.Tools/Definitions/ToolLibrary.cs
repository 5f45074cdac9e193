using System.Collections.Frozen;
using EEiC.Tools.Serialization;

namespace EEiC.Tools.Definitions;

/// <summary>
/// A set of tool definitions with unique identifiers: the built-in EEiC suite (<see cref="BuiltIn"/>, loaded from JSON
/// resources embedded in the package), or a user's own library built from the suite and loaded or adapted definitions.
/// Immutable; <see cref="With"/> returns a new library.
/// </summary>
public sealed class ToolLibrary
{
    private const string ResourcePrefix = "EEiC.Tools.Definitions.BuiltIn.";

    private static readonly Lazy<ToolLibrary> BuiltInLibrary = new(LoadBuiltIn, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, ToolDefinition> byId;

    /// <summary>Creates a library from definitions, each validated.</summary>
    /// <param name="tools">The definitions; identifiers must be unique.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tools"/> or one of its elements is null.</exception>
    /// <exception cref="ArgumentException">Two definitions have the same identifier.</exception>
    /// <exception cref="ToolDefinitionException">A definition is not valid.</exception>
    public ToolLibrary(IEnumerable<ToolDefinition> tools)
    {
        ArgumentNullException.ThrowIfNull(tools);
        var list = tools.ToArray();
        foreach (var tool in list)
        {
            ArgumentNullException.ThrowIfNull(tool, nameof(tools));
            tool.ThrowIfInvalid();
        }

        var duplicate = list.GroupBy(t => t.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Tool identifiers must be unique in a library; '{duplicate.Key}' appears {duplicate.Count()} times.", nameof(tools));
        }

        Tools = Array.AsReadOnly(list);
        byId = list.ToFrozenDictionary(t => t.Id, StringComparer.Ordinal);
    }

    /// <summary>The built-in EEiC tools, read from the JSON definitions embedded in the package, in identifier order.</summary>
    public static ToolLibrary BuiltIn => BuiltInLibrary.Value;

    /// <summary>The definitions, in the order given.</summary>
    public IReadOnlyList<ToolDefinition> Tools { get; }

    /// <summary>Reads and validates a definition from JSON (a user's own tool or an adapted copy of a built-in one).</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="limits">Bounds on the input; <see langword="null"/> for <see cref="ToolReadLimits.Default"/>.</param>
    /// <returns>The valid definition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ToolDefinitionException">The text is not a valid definition; lists every problem with its JSON path.</exception>
    public static ToolDefinition Load(string json, ToolReadLimits? limits = null) => ToolDefinitionJson.Read(json, limits);

    /// <summary>Finds a definition by identifier (ordinal).</summary>
    /// <param name="id">The tool identifier.</param>
    /// <returns>The definition, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public ToolDefinition? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return byId.GetValueOrDefault(id);
    }

    /// <summary>Gets a definition by identifier (ordinal).</summary>
    /// <param name="id">The tool identifier.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The library has no tool <paramref name="id"/>; the message lists the tools it has.</exception>
    public ToolDefinition Get(string id) =>
        Find(id) ?? throw new KeyNotFoundException($"The library has no tool '{id}'; it has: {string.Join(", ", byId.Keys.Order(StringComparer.Ordinal))}.");

    /// <summary>Returns a library with <paramref name="tool"/> added, or replacing the tool with the same identifier (for example an adapted copy of a built-in tool).</summary>
    /// <param name="tool">The definition.</param>
    /// <returns>The new library.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tool"/> is null.</exception>
    /// <exception cref="ToolDefinitionException"><paramref name="tool"/> is not valid.</exception>
    public ToolLibrary With(ToolDefinition tool)
    {
        ArgumentNullException.ThrowIfNull(tool);
        return new ToolLibrary(Tools.Where(t => t.Id != tool.Id).Append(tool));
    }

    /// <summary>
    /// Checks that every tool <paramref name="tool"/> points users to, in its links and in its actions' tools, is in
    /// this library. A definition is valid on its own with links to tools it does not carry (an adapted tool can point
    /// to the built-in suite); check its links against the library it will be used with.
    /// </summary>
    /// <param name="tool">The definition whose links to check (it need not be in the library).</param>
    /// <returns>One error per link to a tool the library does not hold (rule <c>known-tool</c>), with its JSON path; empty when all resolve.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tool"/> is null.</exception>
    public IReadOnlyList<ToolDefinitionError> ValidateLinks(ToolDefinition tool)
    {
        ArgumentNullException.ThrowIfNull(tool);
        var errors = new List<ToolDefinitionError>();
        for (var i = 0; i < tool.Actions.Count; i++)
        {
            for (var k = 0; k < tool.Actions[i].Tools.Count; k++)
            {
                Check($"$.actions[{i}].tools[{k}]", tool.Actions[i].Tools[k]);
            }
        }

        for (var i = 0; i < tool.Links.Count; i++)
        {
            Check($"$.links[{i}].tool", tool.Links[i].Tool);
        }

        return errors;

        void Check(string path, string target)
        {
            if (!byId.ContainsKey(target))
            {
                errors.Add(new ToolDefinitionError(path, target, "known-tool",
                    $"'{tool.Id}' points to the tool '{target}', which is not in the library; it has: {string.Join(", ", byId.Keys.Order(StringComparer.Ordinal))}."));
            }
        }
    }

    private static ToolLibrary LoadBuiltIn()
    {
        var assembly = typeof(ToolLibrary).Assembly;
        var names = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        var tools = new List<ToolDefinition>();
        foreach (var name in names)
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            tools.Add(ToolDefinitionJson.Read(stream));
        }

        return new ToolLibrary(tools.OrderBy(t => t.Id, StringComparer.Ordinal));
    }
}
