using System.Globalization;
using EEiC.Ethnicity;
using FluentValidation;

namespace EEiC.Datasets;

/// <summary>
/// The rules of the dataset contract. The envelope (schema version, group dimension, measure, local categories)
/// is a FluentValidation validator; the row rules are a single pass written out by hand, because datasets reach
/// millions of rows (7,000 areas × 19 groups × 19 age bands) and a validator object per row costs microseconds
/// each. Every problem is reported, never just the first; a valid row allocates nothing.
/// </summary>
internal static class StratifiedDatasetValidator
{
    private static readonly EnvelopeValidator Envelope = new();

    internal static IReadOnlyList<DatasetError> Validate(StratifiedDataset dataset)
    {
        var errors = Envelope.Validate(dataset).Errors.Select(f => (DatasetError)f.CustomState).ToList();
        if (errors.Count > 0)
        {
            return errors; // the row rules depend on a sound envelope (measure, scheme)
        }

        var checker = new RowChecker(dataset, errors);
        for (var i = 0; i < dataset.Rows.Count; i++)
        {
            checker.Check(dataset.Rows[i], i + 1);
        }

        return errors;
    }

    private sealed class EnvelopeValidator : AbstractValidator<StratifiedDataset>
    {
        public EnvelopeValidator()
        {
            RuleFor(d => d.SchemaVersion).Equal(StratifiedDataset.CurrentSchemaVersion)
                .WithState(d => Error("schema_version", Text(d.SchemaVersion), "supported-schema-version",
                    $"schema version must be {StratifiedDataset.CurrentSchemaVersion}, got {d.SchemaVersion}"));
            RuleFor(d => d.Group).Must(g => g is not null && !string.IsNullOrWhiteSpace(g.Name))
                .WithState(d => Error("group_dimension", d.Group?.Name, "group-dimension-named", "the group dimension must have a non-blank name"));
            RuleFor(d => d.Group.Scheme).Must(s => s is null || Enum.IsDefined(s.Value)).When(d => d.Group is not null)
                .WithState(d => Error("group_dimension", Text((int)d.Group.Scheme!.Value), "known-scheme",
                    $"the ethnicity scheme must be one of {string.Join(", ", Enum.GetNames<EthnicityScheme>())}, got {(int)d.Group.Scheme!.Value}"));
            RuleFor(d => d.Measure).IsInEnum()
                .WithState(d => Error("measure", Text((int)d.Measure), "known-measure",
                    $"measure must be one of {string.Join(", ", Enum.GetNames<DatasetMeasure>())}, got {(int)d.Measure}"));
            RuleFor(d => d.Rows).Must(r => r is { Count: > 0 })
                .WithState(_ => Error("rows", null, "has-rows", "the dataset must have at least one row"));
            RuleFor(d => d.LocalCategories).Must(l => l is null || l.Count == 0).When(d => d.Group?.Scheme != EthnicityScheme.NhsEthnicCategory)
                .WithState(_ => Error("local_categories", null, "local-categories-need-nhs-scheme",
                    "local categories extend the NHS Ethnic Category; the group dimension must use that scheme"));
            RuleForEach(d => d.LocalCategories).Must(c => c is { IsLocal: true })
                .WithState((_, c, context) => Error("local_categories", c?.Code, "local-category",
                    $"local_categories[{context.PropertyPath.Split('[', ']')[1]}] must be a local sub-category made with EthnicCategory.CreateLocal"));
            RuleFor(d => d.LocalCategories).Custom((locals, context) =>
            {
                var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                for (var i = 0; i < (locals?.Count ?? 0); i++)
                {
                    if (locals![i] is { IsLocal: true } local && !seen.Add(local.Code))
                    {
                        context.AddFailure(new FluentValidation.Results.ValidationFailure("local_categories", "repeated code")
                        {
                            CustomState = Error("local_categories", local.Code, "unique-local-codes", $"local_categories[{i}] repeats the code '{local.Code}'"),
                        });
                    }
                }
            });
        }

        private static DatasetError Error(string column, string? value, string rule, string message) => new(null, column, value, rule, message);

        private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The row rules, in one pass over the rows.</summary>
    private sealed class RowChecker(StratifiedDataset dataset, List<DatasetError> errors)
    {
        private readonly DatasetMeasure _measure = dataset.Measure;
        private readonly EthnicityClassification? _classification = dataset.Group.Scheme is { } scheme ? EthnicityClassification.For(scheme) : null;
        private readonly HashSet<string> _localCodes = new(dataset.LocalCategories.Select(c => c.Code), StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<StratumIds, int> _firstRowOfStratum = new(dataset.Rows.Count);

        // Strata are few distinct strings repeated over many rows: number each distinct value once, so the uniqueness
        // check hashes six integers per row instead of five strings and keeps small keys (see the equity audit benchmark).
        private readonly Dictionary<string, int> _groupIdByRaw = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _groupIdByCode = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _ageBandIds = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _sexIds = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _areaIds = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _periodIds = new(StringComparer.Ordinal);

        public void Check(StratifiedRow? row, int number)
        {
            if (row is null)
            {
                errors.Add(new DatasetError(number, DatasetColumns.Group, null, "row-present", "row must not be null"));
                return;
            }

            var group = row.Group;
            if (string.IsNullOrWhiteSpace(group))
            {
                Add(number, DatasetColumns.Group, group, "group-present", "group must not be blank");
            }
            else if (_classification is not null && _classification.Find(group) is null && !_localCodes.Contains(group.Trim()))
            {
                Add(number, DatasetColumns.Group, group, "known-group-code",
                    $"'{group}' is not a code of {_classification.Name}"
                    + (_localCodes.Count > 0 ? " or a registered local category" : string.Empty)
                    + $"; valid codes are {string.Join(", ", _classification.Categories.Select(c => c.Code))} (parse labels with EthnicityParser first)");
            }

            Stratum(number, DatasetColumns.AgeBand, row.AgeBand);
            Stratum(number, DatasetColumns.Sex, row.Sex);
            Stratum(number, DatasetColumns.Area, row.Area);
            Stratum(number, DatasetColumns.Period, row.Period);
            if (row.DeprivationQuantile is < 1)
            {
                Add(number, DatasetColumns.DeprivationQuantile, Text(row.DeprivationQuantile.Value), "quantile-from-one",
                    $"deprivation_quantile must be >= 1 (1 = most deprived), got {Text(row.DeprivationQuantile.Value)}");
            }

            if (_measure == DatasetMeasure.Estimate)
            {
                Required(number, row, DatasetColumns.Value, row.Value);
                NonNegative(number, row, DatasetColumns.StandardError, row.StandardError);
                NonNegative(number, row, DatasetColumns.Population, row.Population);
            }
            else
            {
                Required(number, row, DatasetColumns.Numerator, row.Numerator);
                Required(number, row, DatasetColumns.Denominator, row.Denominator);
                NonNegative(number, row, DatasetColumns.Numerator, row.Numerator);
                NonNegative(number, row, DatasetColumns.Denominator, row.Denominator);
                if (_measure == DatasetMeasure.Proportion && row.Numerator is { } n && row.Denominator is { } d && n > d)
                {
                    Add(number, DatasetColumns.Numerator, Text(n), "numerator-not-above-denominator",
                        $"numerator must be <= denominator for a proportion in group '{group}', got {Text(n)} > {Text(d)}");
                }
            }

            Finite(number, row, DatasetColumns.Numerator, row.Numerator);
            Finite(number, row, DatasetColumns.Denominator, row.Denominator);
            Finite(number, row, DatasetColumns.Value, row.Value);
            Finite(number, row, DatasetColumns.StandardError, row.StandardError);
            Finite(number, row, DatasetColumns.Population, row.Population);

            var ids = new StratumIds(GroupId(group), Id(_ageBandIds, row.AgeBand), Id(_sexIds, row.Sex), Id(_areaIds, row.Area), Id(_periodIds, row.Period),
                row.DeprivationQuantile is { } q ? q : long.MinValue);
            if (!_firstRowOfStratum.TryAdd(ids, number))
            {
                Add(number, DatasetColumns.Group, group, "unique-strata",
                    $"duplicates the group and strata of row {_firstRowOfStratum[ids]} ({StratumKey.Of(row, _classification)}); each combination of group and strata must appear once");
            }
        }

        private static int Id(Dictionary<string, int> ids, string? value)
        {
            if (value is null)
            {
                return -1;
            }

            if (!ids.TryGetValue(value, out var id))
            {
                id = ids.Count;
                ids.Add(value, id);
            }

            return id;
        }

        /// <summary>The number of the group's canonical code (<see cref="StratumKey.Of"/>), looked up once per distinct spelling.</summary>
        private int GroupId(string? raw)
        {
            raw ??= string.Empty;
            if (!_groupIdByRaw.TryGetValue(raw, out var id))
            {
                id = Id(_groupIdByCode, StratumKey.CanonicalGroup(raw, _classification));
                _groupIdByRaw.Add(raw, id);
            }

            return id;
        }

        private void Stratum(int number, string column, string? value)
        {
            if (value is not null && string.IsNullOrWhiteSpace(value))
            {
                Add(number, column, value, "stratum-not-blank", $"{column} must be absent or non-blank");
            }
        }

        private void Required(int number, StratifiedRow row, string column, double? value)
        {
            if (value is null)
            {
                Add(number, column, null, "required-for-measure", $"{column} is required for a {_measure} dataset (group '{row.Group}')");
            }
        }

        private void NonNegative(int number, StratifiedRow row, string column, double? value)
        {
            if (value < 0)
            {
                Add(number, column, Text(value.Value), "non-negative", $"{column} must be >= 0 for group '{row.Group}', got {Text(value.Value)}");
            }
        }

        private void Finite(int number, StratifiedRow row, string column, double? value)
        {
            if (value is { } v && !double.IsFinite(v))
            {
                Add(number, column, Text(v), "finite", $"{column} must be a finite number for group '{row.Group}', got {Text(v)}");
            }
        }

        private void Add(int number, string column, string? value, string rule, string message) =>
            errors.Add(new DatasetError(number, column, value, rule, message));

        private static string Text(double value) => value.ToString(CultureInfo.InvariantCulture);
    }

    private readonly record struct StratumIds(int Group, int AgeBand, int Sex, int Area, int Period, long Quantile);

    private readonly record struct StratumKey(string Group, string? AgeBand, string? Sex, string? Area, string? Period, int? Quantile)
    {
        public static StratumKey Of(StratifiedRow row, EthnicityClassification? classification) =>
            new(CanonicalGroup(row.Group, classification), row.AgeBand, row.Sex, row.Area, row.Period, row.DeprivationQuantile);

        /// <summary>The group as strata compare it: trimmed, and for a classification its category's code (case-insensitive codes).</summary>
        public static string CanonicalGroup(string? raw, EthnicityClassification? classification)
        {
            var group = raw?.Trim() ?? string.Empty;
            return classification is null ? group : classification.Find(group)?.Code ?? group.ToUpperInvariant();
        }

        public override string ToString() =>
            string.Join(", ", new[]
            {
                $"group '{Group}'",
                AgeBand is null ? null : $"age_band '{AgeBand}'",
                Sex is null ? null : $"sex '{Sex}'",
                Area is null ? null : $"area '{Area}'",
                Period is null ? null : $"period '{Period}'",
                Quantile is null ? null : $"deprivation_quantile {Quantile}",
            }.Where(s => s is not null));
    }
}
