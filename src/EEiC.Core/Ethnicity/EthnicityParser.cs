namespace EEiC.Ethnicity;

/// <summary>
/// A tolerant, deterministic reader of real-world ethnicity columns: codes in any case, labels of any
/// scheme with any punctuation, common abbreviations, missing-value markers, code-and-label pairs
/// ("J - Pakistani") and local two-character NHS codes. For every input it returns the category in the
/// target scheme or an explicit unmapped status with the raw value. It never throws on data and never
/// guesses: values that could mean more than one thing are reported as ambiguous.
/// </summary>
/// <remarks>
/// <para>Instances are immutable and thread-safe; build one per configuration and reuse it. Parsing a value
/// the parser knows allocates nothing (on .NET 9 and later).</para>
/// <para>Precedence when a spelling matches several categories: user aliases, then local categories, then
/// the source scheme, then the target scheme, then the other schemes in the order of
/// <see cref="EthnicityScheme"/>. Two different meanings at the same level make the value ambiguous.</para>
/// <para>Conventions: blank → not known (NHS Data Dictionary: a blank ethnic category is not known); "X",
/// "Unknown", "Not recorded", "N/A", "NULL" → not known; "Refused", "Declined", "Prefer not to say" → not
/// stated. Bare "NA", "NS" and "NK" are ambiguous (a local sub-code of N or a missing marker) unless an
/// alias or local category settles them.</para>
/// </remarks>
public sealed class EthnicityParser
{
    private readonly Dictionary<string, Entry> _entries;
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> _spanLookup;
#endif
    private readonly Entry[] _nationalByLetter; // rolled-up results for unregistered two-character NHS codes
    private readonly Entry _blank;

    /// <summary>Creates a parser.</summary>
    /// <param name="options">The options; <see langword="null"/> for the defaults (NHS in, NHS out).</param>
    /// <exception cref="ArgumentException">An option is invalid: an undefined scheme, a local category that is not local or repeats a code, a blank alias or an alias to nothing.</exception>
    public EthnicityParser(EthnicityParserOptions? options = null)
    {
        Options = options ?? new EthnicityParserOptions();
        Validate(Options);
        _entries = Build(Options);
#if NET9_0_OR_GREATER
        _spanLookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        var target = EthnicityClassification.For(Options.Target);
        var nhsNotKnown = EthnicityClassification.Nhs.NotKnown;
        _blank = new Entry(target.NotKnown, nhsNotKnown, EthnicityParseStatus.Blank);
        _nationalByLetter = new Entry[26];
        foreach (var national in EthnicityClassification.Nhs.Categories)
        {
            if (national.Code.Length == 1 && national.Code[0] is >= 'A' and <= 'S')
            {
                _nationalByLetter[national.Code[0] - 'A'] =
                    Resolve(national, Options.Target, EthnicityParseStatus.UnregisteredLocalCode);
            }
        }
    }

    /// <summary>A parser with the default options: NHS Ethnic Category codes and any labels in, NHS Ethnic Category out.</summary>
    public static EthnicityParser Default { get; } = new();

    /// <summary>The options this parser was built with.</summary>
    public EthnicityParserOptions Options { get; }

    /// <summary>Reads one value.</summary>
    /// <param name="value">The raw value; <see langword="null"/> is treated as blank.</param>
    /// <returns>The result; never throws on data.</returns>
    [System.Runtime.CompilerServices.SkipLocalsInit]
    public EthnicityParseResult Parse(string? value)
    {
        if (value is null)
        {
            return _blank.ToResult(value);
        }

        Span<char> buffer = stackalloc char[LabelNormaliser.BufferLength];
        var length = LabelNormaliser.Normalise(value.AsSpan(), buffer);
        if (length < 0)
        {
            return new EthnicityParseResult(value, EthnicityParseStatus.Unrecognised, null, null);
        }

        if (length == 0)
        {
            return _blank.ToResult(value);
        }

        var key = buffer[..length];
        if (TryLookup(key, out var entry))
        {
            return entry.ToResult(value);
        }

        if (Options.Source == EthnicityScheme.NhsEthnicCategory && key.Length == 2
            && char.IsAsciiLetterLower(key[0]) && char.IsAsciiLetterOrDigit(key[1]))
        {
            var national = _nationalByLetter[key[0] - 'a'];
            if (national.Recognised is not null)
            {
                return national.ToResult(value);
            }
        }

        return new EthnicityParseResult(value, EthnicityParseStatus.Unrecognised, null, null);
    }

    /// <summary>Reads a batch of values into a caller-supplied buffer, allocating nothing for known values.</summary>
    /// <param name="values">The raw values.</param>
    /// <param name="destination">Receives one result per value; must be at least as long as <paramref name="values"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="values"/>.</exception>
    public void Parse(ReadOnlySpan<string?> values, Span<EthnicityParseResult> destination)
    {
        if (destination.Length < values.Length)
        {
            throw new ArgumentException(
                $"destination must hold at least values.Length = {values.Length} results, got {destination.Length}.",
                nameof(destination));
        }

        for (var i = 0; i < values.Length; i++)
        {
            destination[i] = Parse(values[i]);
        }
    }

    /// <summary>Reads a whole column and summarises it.</summary>
    /// <param name="values">The raw values, in order.</param>
    /// <returns>One result per value, in the same order, and the column's summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    public ParsedEthnicityColumn ParseColumn(IEnumerable<string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var results = values.Select(Parse).ToArray();
        return new ParsedEthnicityColumn(results, EthnicityColumnSummary.Create(results));
    }

    private bool TryLookup(ReadOnlySpan<char> key, out Entry entry)
    {
#if NET9_0_OR_GREATER
        return _spanLookup.TryGetValue(key, out entry);
#else
        return _entries.TryGetValue(new string(key), out entry);
#endif
    }

    private static void Validate(EthnicityParserOptions options)
    {
        if (!Enum.IsDefined(options.Source))
        {
            throw new ArgumentException($"Source must be a defined EthnicityScheme, got {(int)options.Source}.", nameof(options));
        }

        if (!Enum.IsDefined(options.Target))
        {
            throw new ArgumentException($"Target must be a defined EthnicityScheme, got {(int)options.Target}.", nameof(options));
        }

        ArgumentNullException.ThrowIfNull(options.LocalCategories, "options.LocalCategories");
        ArgumentNullException.ThrowIfNull(options.Aliases, "options.Aliases");
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.LocalCategories.Count; i++)
        {
            var local = options.LocalCategories[i];
            if (local is null || !local.IsLocal)
            {
                throw new ArgumentException(
                    $"LocalCategories[{i}] must be a local sub-category made with EthnicCategory.CreateLocal, got '{local?.ToString() ?? "null"}'.",
                    nameof(options));
            }

            if (!codes.Add(local.Code))
            {
                throw new ArgumentException(
                    $"LocalCategories[{i}] repeats the code '{local.Code}'; each local code must be registered once.", nameof(options));
            }
        }

        foreach (var (alias, category) in options.Aliases)
        {
            if (LabelNormaliser.Normalise(alias ?? string.Empty).Length == 0)
            {
                throw new ArgumentException(
                    $"Aliases must have a key with at least one letter or digit, got '{alias}'.", nameof(options));
            }

            if (category is null)
            {
                throw new ArgumentException($"Aliases['{alias}'] must map to a category, got null.", nameof(options));
            }
        }
    }

    private static Entry Resolve(EthnicCategory recognised, EthnicityScheme target, EthnicityParseStatus status)
    {
        var mapped = EthnicityCrosswalk.Map(recognised, target);
        if (recognised.IsLocal && target == EthnicityScheme.NhsEthnicCategory)
        {
            return new Entry(recognised, recognised, status);
        }

        return mapped.Target is { } category
            ? new Entry(category, recognised, status)
            : new Entry(null, recognised, EthnicityParseStatus.NoExactMapping);
    }

    private static Dictionary<string, Entry> Build(EthnicityParserOptions options)
    {
        var candidates = new Dictionary<string, List<Candidate>>(StringComparer.Ordinal);

        void Add(string text, EthnicCategory? category, int tier, EthnicityParseStatus status)
        {
            var key = LabelNormaliser.Normalise(text);
            if (key.Length == 0)
            {
                return;
            }

            if (!candidates.TryGetValue(key, out var list))
            {
                candidates[key] = list = [];
            }

            list.Add(new Candidate(category, tier, status));
        }

        int Tier(EthnicityScheme scheme) =>
            scheme == options.Source ? 0 : scheme == options.Target ? 1 : 2 + (int)scheme;

        foreach (var classification in EthnicityClassification.All)
        {
            var tier = Tier(classification.Scheme);
            foreach (var category in classification.Categories)
            {
                var labels = classification.Variants[category.Index].Prepend(category.Label).ToArray();
                if (classification.Scheme == options.Source)
                {
                    Add(category.Code, category, tier, EthnicityParseStatus.Code);
                }

                foreach (var label in labels)
                {
                    Add(label, category, tier, EthnicityParseStatus.Label);
                    Add($"{category.Code} {label}", category, tier, EthnicityParseStatus.Code);
                }
            }
        }

        foreach (var (alias, scheme, code) in BuiltInClassifications.Aliases)
        {
            Add(alias, EthnicityClassification.For(scheme).Get(code), Tier(scheme), EthnicityParseStatus.Alias);
        }

        foreach (var marker in BuiltInClassifications.AmbiguousMarkers)
        {
            Add(marker, null, int.MaxValue, EthnicityParseStatus.Ambiguous);
        }

        foreach (var local in options.LocalCategories)
        {
            Add(local.Code, local, -1, EthnicityParseStatus.LocalCategory);
            Add(local.Label, local, -1, EthnicityParseStatus.LocalCategory);
            Add($"{local.Code} {local.Label}", local, -1, EthnicityParseStatus.LocalCategory);
        }

        foreach (var (alias, category) in options.Aliases)
        {
            Add(alias, category, -2, EthnicityParseStatus.Alias);
        }

        var entries = new Dictionary<string, Entry>(candidates.Count, StringComparer.Ordinal);
        foreach (var (key, list) in candidates)
        {
            var best = list.Min(c => c.Tier);
            var top = list.Where(c => c.Tier == best).ToList();
            var distinct = top.Select(c => c.Category).Distinct().ToList();
            if (distinct.Count == 1 && distinct[0] is { } recognised)
            {
                var status = top.Min(c => c.Status); // Code before Label before Alias
                entries[key] = Resolve(recognised, options.Target, status);
                continue;
            }

            // Several meanings at the same precedence: still one answer if they all land on the same target category.
            var resolved = distinct.Select(c => c is null ? (EthnicCategory?)null : EthnicityCrosswalk.Map(c, options.Target).Target)
                .Distinct().ToList();
            entries[key] = resolved.Count == 1 && resolved[0] is { } same
                ? new Entry(same, null, top.Min(c => c.Status))
                : new Entry(null, null, EthnicityParseStatus.Ambiguous);
        }

        return entries;
    }

    private readonly record struct Candidate(EthnicCategory? Category, int Tier, EthnicityParseStatus Status);

    private readonly record struct Entry(EthnicCategory? Category, EthnicCategory? Recognised, EthnicityParseStatus Status)
    {
        public EthnicityParseResult ToResult(string? raw) => new(raw, Status, Category, Recognised);
    }
}
