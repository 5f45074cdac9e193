namespace EEiC.Ethnicity;

/// <summary>A distinct raw value the parser could not map, how often it occurred and why it was not mapped.</summary>
/// <param name="Raw">The raw value exactly as it appeared.</param>
/// <param name="Status">Why it was not mapped (<see cref="EthnicityParseStatus.NoExactMapping"/>, <see cref="EthnicityParseStatus.Ambiguous"/> or <see cref="EthnicityParseStatus.Unrecognised"/>).</param>
/// <param name="Recognised">What it was recognised as, when something was (for <see cref="EthnicityParseStatus.NoExactMapping"/>).</param>
/// <param name="Count">How many times it occurred.</param>
public readonly record struct UnmappedEthnicityValue(string Raw, EthnicityParseStatus Status, EthnicCategory? Recognised, int Count);
