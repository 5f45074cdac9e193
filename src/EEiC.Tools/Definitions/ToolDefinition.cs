using EEiC.Organisations;
using EEiC.Sources;

namespace EEiC.Tools.Definitions;

/// <summary>
/// A tool of the EEiC suite as data: identity and version, purpose, audiences and modes, modular sections of items,
/// grading scales, scoring and bands, the data facts it reads, finding rules, recommended actions and links to other
/// tools. Definitions are stored as JSON (<see cref="Serialization.ToolDefinitionJson"/>), so a user can load the
/// built-in suite (<see cref="ToolLibrary.BuiltIn"/>) or an adapted copy. Records compare by value, lists included.
/// </summary>
/// <remarks>
/// The research found paper tools little used because they were long, hard to find, quickly out of date, adapted
/// locally without feedback, and used only when an external driver required it (NIHR report, EEiC seed 002, lines
/// 2078-2112); versioned, modular definitions that end in concrete actions answer those findings.
/// </remarks>
/// <param name="Id">The tool's identifier (kebab-case), for example <c>"jsna-interrogation"</c>.</param>
/// <param name="Version">The definition's version (for example <c>"1.0.0"</c>); responses name the version they answer.</param>
/// <param name="Title">The tool's title.</param>
/// <param name="Purpose">What the tool is for.</param>
/// <param name="Sections">The sections, at least one, each usable alone.</param>
/// <param name="Scoring">How scores combine and the bands of the overall score.</param>
public sealed record ToolDefinition(string Id, string Version, string Title, string Purpose, IReadOnlyList<ToolSection> Sections, ToolScoring Scoring)
{
    /// <summary>The schema version this library reads and writes.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>The JSON schema version of the definition (<see cref="CurrentSchemaVersion"/>).</summary>
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>Where the tool is described, or <see langword="null"/>.</summary>
    public SourceReference? Source { get; init; }

    /// <summary>Who the tool is for.</summary>
    public IReadOnlyList<StakeholderRole> Audiences { get; init; } = [];

    /// <summary>How the tool works on its users.</summary>
    public IReadOnlyList<ToolMode> Modes { get; init; } = [];

    /// <summary>Documents cited by the definition that are not among <see cref="SourceDocument.WellKnown"/> (unique identifiers).</summary>
    public IReadOnlyList<SourceDocument> Documents { get; init; } = [];

    /// <summary>The grading scales; graded items use one (the first when they name none).</summary>
    public IReadOnlyList<GradingScale> Scales { get; init; } = [];

    /// <summary>The data facts a response may supply.</summary>
    public IReadOnlyList<FactDefinition> Facts { get; init; } = [];

    /// <summary>The finding rules, in the order reports list findings of equal severity.</summary>
    public IReadOnlyList<FindingRule> Rules { get; init; } = [];

    /// <summary>The recommended actions rules refer to, in the order reports list actions of equal urgency.</summary>
    public IReadOnlyList<RecommendedAction> Actions { get; init; } = [];

    /// <summary>Links to other tools to use next.</summary>
    public IReadOnlyList<ToolLink> Links { get; init; } = [];

    /// <summary>Every item of every section, in order.</summary>
    public IEnumerable<ToolItem> AllItems => Sections.SelectMany(s => s.Items);

    /// <summary>Finds an item by identifier (ordinal).</summary>
    /// <param name="id">The item identifier.</param>
    /// <returns>The item, or <see langword="null"/>.</returns>
    public ToolItem? FindItem(string id) => AllItems.FirstOrDefault(i => string.Equals(i.Id, id, StringComparison.Ordinal));

    /// <summary>
    /// Checks every rule of a definition and returns every problem found, each with its JSON path: identifiers unique
    /// and kebab-case; texts present; rules, conditions, links and applicability referring to existing items, sections,
    /// actions, facts, scales, levels and choices with values of the right type; no applicability cycle; every item with
    /// a source (a known document and a location) and a provenance; weights finite and at least 0; choices present for
    /// choice items only; scales with at least two levels and at most one absence-of-evidence level; bands ascending and
    /// covering the score range.
    /// </summary>
    /// <returns>The problems, empty when the definition is valid.</returns>
    public IReadOnlyList<ToolDefinitionError> Validate() => ToolDefinitionValidator.Validate(this);

    /// <summary>Throws when <see cref="Validate"/> finds any problem.</summary>
    /// <exception cref="ToolDefinitionException">The definition is not valid; lists every problem.</exception>
    public void ThrowIfInvalid()
    {
        var errors = Validate();
        if (errors.Count > 0)
        {
            throw new ToolDefinitionException(errors);
        }
    }

    /// <summary>Returns a copy with the item of the same identifier replaced by <paramref name="item"/> (to adapt a tool).</summary>
    /// <param name="item">The new item.</param>
    /// <returns>The adapted definition (not validated; call <see cref="Validate"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No item has that identifier.</exception>
    public ToolDefinition WithItem(ToolItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var found = false;
        var sections = Sections.Select(s =>
        {
            var index = s.Items.ToList().FindIndex(i => i.Id == item.Id);
            if (index < 0)
            {
                return s;
            }

            found = true;
            var items = s.Items.ToArray();
            items[index] = item;
            return s with { Items = items };
        }).ToArray();
        return found
            ? this with { Sections = sections }
            : throw new KeyNotFoundException($"Tool '{Id}' has no item '{item.Id}'; add items to a section with 'with {{ Sections = ... }}'.");
    }

    /// <summary>Returns a copy with <paramref name="rule"/> replacing the rule of the same identifier, or added at the end.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The adapted definition (not validated; call <see cref="Validate"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    public ToolDefinition WithRule(FindingRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var rules = Rules.ToList();
        var index = rules.FindIndex(r => r.Id == rule.Id);
        if (index < 0)
        {
            rules.Add(rule);
        }
        else
        {
            rules[index] = rule;
        }

        return this with { Rules = rules.ToArray() };
    }

    /// <summary>Returns a copy with <paramref name="action"/> replacing the action of the same identifier, or added at the end.</summary>
    /// <param name="action">The action.</param>
    /// <returns>The adapted definition (not validated; call <see cref="Validate"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> is null.</exception>
    public ToolDefinition WithAction(RecommendedAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var actions = Actions.ToList();
        var index = actions.FindIndex(a => a.Id == action.Id);
        if (index < 0)
        {
            actions.Add(action);
        }
        else
        {
            actions[index] = action;
        }

        return this with { Actions = actions.ToArray() };
    }

    /// <inheritdoc />
    public bool Equals(ToolDefinition? other) =>
        other is not null && SchemaVersion == other.SchemaVersion && Id == other.Id && Version == other.Version
        && Title == other.Title && Purpose == other.Purpose && Equals(Source, other.Source)
        && Sequence.Equal(Audiences, other.Audiences) && Sequence.Equal(Modes, other.Modes)
        && Sequence.Equal(Documents, other.Documents) && Sequence.Equal(Scales, other.Scales)
        && Equals(Scoring, other.Scoring) && Sequence.Equal(Facts, other.Facts) && Sequence.Equal(Sections, other.Sections)
        && Sequence.Equal(Rules, other.Rules) && Sequence.Equal(Actions, other.Actions) && Sequence.Equal(Links, other.Links);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(SchemaVersion);
        hash.Add(Id);
        hash.Add(Version);
        hash.Add(Title);
        hash.Add(Purpose);
        hash.Add(Source);
        hash.Add(Sequence.Hash(Audiences));
        hash.Add(Sequence.Hash(Modes));
        hash.Add(Sequence.Hash(Documents));
        hash.Add(Sequence.Hash(Scales));
        hash.Add(Scoring);
        hash.Add(Sequence.Hash(Facts));
        hash.Add(Sequence.Hash(Sections));
        hash.Add(Sequence.Hash(Rules));
        hash.Add(Sequence.Hash(Actions));
        hash.Add(Sequence.Hash(Links));
        return hash.ToHashCode();
    }
}
