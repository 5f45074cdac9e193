using System.Globalization;

namespace EEiC.Tools.Evaluation;

/// <summary>
/// The answer to one item: exactly one value, of the kind the item's <see cref="Definitions.AnswerType"/> takes, and an
/// optional note (the evidence or comment behind it). Create answers with the factory methods.
/// </summary>
public sealed record Answer
{
    /// <summary>The level identifier of a graded item, or <see langword="null"/>.</summary>
    public string? Grade { get; init; }

    /// <summary>The answer to a yes/partly/no item, or <see langword="null"/>.</summary>
    public YesPartlyNo? YesPartlyNo { get; init; }

    /// <summary>The number of a number item, or <see langword="null"/>.</summary>
    public double? Number { get; init; }

    /// <summary>The choice identifier of a choice item, or <see langword="null"/>.</summary>
    public string? Choice { get; init; }

    /// <summary>The text of a text item, or <see langword="null"/>.</summary>
    public string? Text { get; init; }

    /// <summary>The entities of an entity-list item (possibly empty), or <see langword="null"/>.</summary>
    public IReadOnlyList<string>? Entities { get; init; }

    /// <summary>The evidence or comment behind the answer, or <see langword="null"/>.</summary>
    public string? Note { get; init; }

    /// <summary>A graded answer.</summary>
    /// <param name="level">The level identifier on the item's scale.</param>
    /// <param name="note">The evidence behind the grade, or <see langword="null"/>.</param>
    /// <returns>The answer.</returns>
    public static Answer OfGrade(string level, string? note = null) => new() { Grade = level, Note = note };

    /// <summary>A yes / partly / no / not applicable answer.</summary>
    /// <param name="value">The answer.</param>
    /// <param name="note">A comment, or <see langword="null"/>.</param>
    /// <returns>The answer.</returns>
    public static Answer Of(YesPartlyNo value, string? note = null) => new() { YesPartlyNo = value, Note = note };

    /// <summary>A number.</summary>
    /// <param name="value">The number (finite).</param>
    /// <param name="note">A comment, or <see langword="null"/>.</param>
    /// <returns>The answer.</returns>
    public static Answer OfNumber(double value, string? note = null) => new() { Number = value, Note = note };

    /// <summary>A choice.</summary>
    /// <param name="choice">The choice identifier.</param>
    /// <param name="note">A comment, or <see langword="null"/>.</param>
    /// <returns>The answer.</returns>
    public static Answer OfChoice(string choice, string? note = null) => new() { Choice = choice, Note = note };

    /// <summary>Free text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The answer.</returns>
    public static Answer OfText(string text) => new() { Text = text };

    /// <summary>A list of entities.</summary>
    /// <param name="entities">The entities (none for an empty list).</param>
    /// <returns>The answer.</returns>
    public static Answer OfEntities(params string[] entities) => new() { Entities = [.. entities] };

    /// <summary>The value as text: the level, choice or yes/partly/no name, the number in invariant culture, the text, or the entities joined by "; ".</summary>
    public string DisplayValue =>
        Grade ?? Choice ?? Text ?? YesPartlyNo?.ToString() ?? Number?.ToString(CultureInfo.InvariantCulture)
        ?? (Entities is null ? string.Empty : string.Join("; ", Entities));

    /// <inheritdoc />
    public bool Equals(Answer? other) =>
        other is not null && Grade == other.Grade && YesPartlyNo == other.YesPartlyNo && Nullable.Equals(Number, other.Number)
        && Choice == other.Choice && Text == other.Text && Sequence.Equal(Entities, other.Entities) && Note == other.Note;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Grade, YesPartlyNo, Number, Choice, Text, Sequence.Hash(Entities), Note);
}
