namespace EEiC.Tools.Evaluation;

/// <summary>The result for one item in a report.</summary>
/// <param name="Item">The item identifier.</param>
/// <param name="Section">The identifier of the item's section.</param>
/// <param name="Status">Whether the item applies and is answered.</param>
/// <param name="Answer">The answer given, or <see langword="null"/> (also kept for an item that does not apply).</param>
/// <param name="Score">The raw score of a scored item that applies and is answered (the level's score; yes 1, partly 0.5, no 0; the choice's score); otherwise <see langword="null"/>.</param>
/// <param name="MaximumScore">The highest raw score the item can get, for a scored item; otherwise <see langword="null"/>.</param>
/// <param name="Weight">The item's weight.</param>
public sealed record ItemResult(string Item, string Section, ItemStatus Status, Answer? Answer, double? Score, double? MaximumScore, double Weight);
