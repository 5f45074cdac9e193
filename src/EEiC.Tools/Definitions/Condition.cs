using System.Globalization;

namespace EEiC.Tools.Definitions;

/// <summary>
/// A declarative condition over a response: a combination (all / any / not) of other conditions, or a test of an
/// item's answer, a section's score or a data fact. Conditions are data, so tools can be adapted without code.
/// </summary>
/// <remarks>
/// <para>JSON shapes (one subject key and one test key per leaf):</para>
/// <code language="json">
/// { "all": [ ... ] }    { "any": [ ... ] }    { "not": { ... } }
/// { "item": "q3", "equals": "red" }           { "item": "q3", "in": ["red", "no-evidence"] }
/// { "item": "q3", "at_most": "amber" }        { "item": "q3", "missing": true }
/// { "section": "data", "below": 50 }          { "fact": "ethnicity-completeness", "below": 90 }
/// { "fact": "data-quality-verdict", "equals": "NotFit" }   { "fact": "significant-gap", "equals": true }
/// </code>
/// <para>
/// Values by subject: a graded item takes level identifiers (ordered tests compare level scores); a yes/partly/no
/// item takes <c>Yes</c>, <c>Partly</c>, <c>No</c> or <c>NotApplicable</c> (ordered tests: No &lt; Partly &lt; Yes);
/// a number item or fact takes numbers; a choice item takes choice identifiers; a text item compares text ignoring
/// case; an entity list tests membership (ignoring case) and, with ordered tests, its length; a boolean fact takes
/// <c>true</c> or <c>false</c>; a category fact takes its categories; a section takes a number compared with its score.
/// </para>
/// <para>A leaf is false when its subject has no value, except <see cref="ConditionTest.Missing"/>. Conditions see
/// every answer given, whether or not the item applies.</para>
/// </remarks>
public sealed record Condition
{
    /// <summary>What the condition tests.</summary>
    public ConditionKind Kind { get; init; }

    /// <summary>The operands of <see cref="ConditionKind.All"/> and <see cref="ConditionKind.Any"/> (at least one) and <see cref="ConditionKind.Not"/> (exactly one); empty for leaves.</summary>
    public IReadOnlyList<Condition> Operands { get; init; } = [];

    /// <summary>The identifier of the item, section or fact a leaf tests; <see langword="null"/> for combinations.</summary>
    public string? Subject { get; init; }

    /// <summary>The test a leaf applies.</summary>
    public ConditionTest Test { get; init; }

    /// <summary>
    /// The values of <see cref="ConditionTest.EqualTo"/> (one) and <see cref="ConditionTest.In"/> (at least one), as text
    /// (numbers in invariant culture, booleans as <c>true</c>/<c>false</c>); for an ordered test of a graded or
    /// yes/partly/no item, the single level it compares with.
    /// </summary>
    public IReadOnlyList<string> Values { get; init; } = [];

    /// <summary>The numeric threshold of an ordered test (<see cref="ConditionTest.AtMost"/>, <see cref="ConditionTest.AtLeast"/>, <see cref="ConditionTest.Below"/>, <see cref="ConditionTest.Above"/>) of a number, an entity list's length, a fact or a section score; otherwise <see langword="null"/>.</summary>
    public double? Number { get; init; }

    /// <summary>True when every operand is true.</summary>
    /// <param name="operands">The operands (at least one).</param>
    /// <returns>The condition.</returns>
    public static Condition All(params Condition[] operands) => new() { Kind = ConditionKind.All, Operands = [.. operands] };

    /// <summary>True when at least one operand is true.</summary>
    /// <param name="operands">The operands (at least one).</param>
    /// <returns>The condition.</returns>
    public static Condition Any(params Condition[] operands) => new() { Kind = ConditionKind.Any, Operands = [.. operands] };

    /// <summary>True when <paramref name="operand"/> is false.</summary>
    /// <param name="operand">The operand.</param>
    /// <returns>The condition.</returns>
    public static Condition Not(Condition operand) => new() { Kind = ConditionKind.Not, Operands = [operand] };

    /// <summary>Tests an item's answer against values: level, choice or yes/partly/no identifiers, text, numbers written in invariant culture, or a level for an ordered test.</summary>
    /// <param name="item">The item identifier.</param>
    /// <param name="test">The test.</param>
    /// <param name="values">The values (none for <see cref="ConditionTest.Missing"/>).</param>
    /// <returns>The condition.</returns>
    public static Condition Item(string item, ConditionTest test, params string[] values) =>
        new() { Kind = ConditionKind.Item, Subject = item, Test = test, Values = [.. values] };

    /// <summary>Tests a number item's answer, or an entity list's length, against a numeric threshold.</summary>
    /// <param name="item">The item identifier.</param>
    /// <param name="test">An ordered test.</param>
    /// <param name="threshold">The threshold.</param>
    /// <returns>The condition.</returns>
    public static Condition Item(string item, ConditionTest test, double threshold) =>
        new() { Kind = ConditionKind.Item, Subject = item, Test = test, Number = threshold };

    /// <summary>Tests a section's score against a threshold (or, with <see cref="ConditionTest.Missing"/>, whether it has none; pass any threshold, it is ignored).</summary>
    /// <param name="section">The section identifier.</param>
    /// <param name="test">An ordered test, or <see cref="ConditionTest.Missing"/>.</param>
    /// <param name="threshold">The threshold on the section's score scale.</param>
    /// <returns>The condition.</returns>
    public static Condition Section(string section, ConditionTest test, double threshold) =>
        new() { Kind = ConditionKind.Section, Subject = section, Test = test, Number = test == ConditionTest.Missing ? null : threshold };

    /// <summary>Tests a data fact against values (categories, <c>true</c>/<c>false</c>, or numbers in invariant culture).</summary>
    /// <param name="fact">The fact identifier.</param>
    /// <param name="test">The test.</param>
    /// <param name="values">The values (none for <see cref="ConditionTest.Missing"/>).</param>
    /// <returns>The condition.</returns>
    public static Condition Fact(string fact, ConditionTest test, params string[] values) =>
        new() { Kind = ConditionKind.Fact, Subject = fact, Test = test, Values = [.. values] };

    /// <summary>Tests a number fact against a numeric threshold.</summary>
    /// <param name="fact">The fact identifier.</param>
    /// <param name="test">An ordered test.</param>
    /// <param name="threshold">The threshold.</param>
    /// <returns>The condition.</returns>
    public static Condition Fact(string fact, ConditionTest test, double threshold) =>
        new() { Kind = ConditionKind.Fact, Subject = fact, Test = test, Number = threshold };

    /// <summary>Tests whether a boolean fact is true or false.</summary>
    /// <param name="fact">The fact identifier.</param>
    /// <param name="value">The value it must equal.</param>
    /// <returns>The condition.</returns>
    public static Condition Fact(string fact, bool value) =>
        Fact(fact, ConditionTest.EqualTo, value ? "true" : "false");

    /// <inheritdoc />
    public bool Equals(Condition? other) =>
        other is not null && Kind == other.Kind && Sequence.Equal(Operands, other.Operands) && Subject == other.Subject
        && Test == other.Test && Sequence.Equal(Values, other.Values) && Nullable.Equals(Number, other.Number);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Kind, Sequence.Hash(Operands), Subject, Test, Sequence.Hash(Values), Number);

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        ConditionKind.All => "all(" + string.Join(", ", Operands) + ")",
        ConditionKind.Any => "any(" + string.Join(", ", Operands) + ")",
        ConditionKind.Not => "not(" + string.Join(", ", Operands) + ")",
        _ => $"{Kind.ToString().ToLowerInvariant()} '{Subject}' {Test}"
             + (Number is { } n ? " " + n.ToString(CultureInfo.InvariantCulture) : string.Empty)
             + (Values.Count > 0 ? " [" + string.Join(", ", Values) + "]" : string.Empty),
    };
}
