using System.Globalization;
using EEiC.Ethnicity;
using FluentValidation;
using FluentValidation.Results;

namespace EEiC.Datasets;

/// <summary>The rules of the dataset contract, applied to every row so that every problem is reported.</summary>
internal static class StratifiedDatasetValidator
{
    internal static IReadOnlyList<DatasetError> Validate(StratifiedDataset dataset)
    {
        var errors = new List<DatasetError>();
        ValidateEnvelope(dataset, errors);
        if (errors.Count > 0)
        {
            return errors; // row rules depend on a sound envelope (measure, scheme)
        }

        var localCodes = new HashSet<string>(dataset.LocalCategories.Select(c => c.Code), StringComparer.OrdinalIgnoreCase);
        var classification = dataset.Group.Scheme is { } scheme ? EthnicityClassification.For(scheme) : null;
        var rowValidator = new RowValidator(dataset.Measure, classification, localCodes);
        var firstRowOfStratum = new Dictionary<StratumKey, int>();
        for (var i = 0; i < dataset.Rows.Count; i++)
        {
            var row = dataset.Rows[i];
            var rowNumber = i + 1;
            if (row is null)
            {
                errors.Add(new DatasetError(rowNumber, DatasetColumns.Group, null, "row-present", "row must not be null"));
                continue;
            }

            foreach (var failure in rowValidator.Validate(row).Errors)
            {
                errors.Add(ToError(rowNumber, failure));
            }

            var key = StratumKey.Of(row, classification);
            if (firstRowOfStratum.TryGetValue(key, out var first))
            {
                errors.Add(new DatasetError(rowNumber, DatasetColumns.Group, row.Group, "unique-strata",
                    $"duplicates the group and strata of row {first} ({key}); each combination of group and strata must appear once"));
            }
            else
            {
                firstRowOfStratum[key] = rowNumber;
            }
        }

        return errors;
    }

    private static void ValidateEnvelope(StratifiedDataset dataset, List<DatasetError> errors)
    {
        if (dataset.SchemaVersion != StratifiedDataset.CurrentSchemaVersion)
        {
            errors.Add(new DatasetError(null, "schema_version", dataset.SchemaVersion.ToString(CultureInfo.InvariantCulture), "supported-schema-version",
                $"schema version must be {StratifiedDataset.CurrentSchemaVersion}, got {dataset.SchemaVersion}"));
        }

        if (dataset.Group is null || string.IsNullOrWhiteSpace(dataset.Group.Name))
        {
            errors.Add(new DatasetError(null, "group_dimension", dataset.Group?.Name, "group-dimension-named", "the group dimension must have a non-blank name"));
        }
        else if (dataset.Group.Scheme is { } scheme && !Enum.IsDefined(scheme))
        {
            errors.Add(new DatasetError(null, "group_dimension", ((int)scheme).ToString(CultureInfo.InvariantCulture), "known-scheme",
                $"the ethnicity scheme must be one of {string.Join(", ", Enum.GetNames<EthnicityScheme>())}, got {(int)scheme}"));
        }

        if (!Enum.IsDefined(dataset.Measure))
        {
            errors.Add(new DatasetError(null, "measure", ((int)dataset.Measure).ToString(CultureInfo.InvariantCulture), "known-measure",
                $"measure must be one of {string.Join(", ", Enum.GetNames<DatasetMeasure>())}, got {(int)dataset.Measure}"));
        }

        if (dataset.Rows is null || dataset.Rows.Count == 0)
        {
            errors.Add(new DatasetError(null, "rows", null, "has-rows", "the dataset must have at least one row"));
        }

        var locals = dataset.LocalCategories ?? [];
        if (locals.Count > 0 && dataset.Group?.Scheme != EthnicityScheme.NhsEthnicCategory)
        {
            errors.Add(new DatasetError(null, "local_categories", null, "local-categories-need-nhs-scheme",
                "local categories extend the NHS Ethnic Category; the group dimension must use that scheme"));
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < locals.Count; i++)
        {
            var local = locals[i];
            if (local is null || !local.IsLocal)
            {
                errors.Add(new DatasetError(null, "local_categories", local?.Code, "local-category",
                    $"local_categories[{i}] must be a local sub-category made with EthnicCategory.CreateLocal"));
            }
            else if (!seen.Add(local.Code))
            {
                errors.Add(new DatasetError(null, "local_categories", local.Code, "unique-local-codes",
                    $"local_categories[{i}] repeats the code '{local.Code}'"));
            }
        }
    }

    private static DatasetError ToError(int row, ValidationFailure failure) =>
        new(row, failure.PropertyName, failure.AttemptedValue switch
        {
            null => null,
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            var other => other.ToString(),
        }, failure.ErrorCode, failure.ErrorMessage);

    private sealed class RowValidator : AbstractValidator<StratifiedRow>
    {
        public RowValidator(DatasetMeasure measure, EthnicityClassification? classification, HashSet<string> localCodes)
        {
            RuleFor(r => r.Group).Must(g => !string.IsNullOrWhiteSpace(g))
                .OverridePropertyName(DatasetColumns.Group).WithErrorCode("group-present")
                .WithMessage("group must not be blank");
            if (classification is not null)
            {
                var codes = string.Join(", ", classification.Categories.Select(c => c.Code));
                RuleFor(r => r.Group)
                    .Must(g => string.IsNullOrWhiteSpace(g) || classification.Find(g) is not null || localCodes.Contains(g.Trim()))
                    .OverridePropertyName(DatasetColumns.Group).WithErrorCode("known-group-code")
                    .WithMessage(r => $"'{r.Group}' is not a code of {classification.Name}" +
                        (localCodes.Count > 0 ? " or a registered local category" : string.Empty) +
                        $"; valid codes are {codes} (parse labels with EthnicityParser first)");
            }

            Stratum(r => r.AgeBand, DatasetColumns.AgeBand);
            Stratum(r => r.Sex, DatasetColumns.Sex);
            Stratum(r => r.Area, DatasetColumns.Area);
            Stratum(r => r.Period, DatasetColumns.Period);
            RuleFor(r => r.DeprivationQuantile).Must(q => q is null or >= 1)
                .OverridePropertyName(DatasetColumns.DeprivationQuantile).WithErrorCode("quantile-from-one")
                .WithMessage(r => $"deprivation_quantile must be >= 1 (1 = most deprived), got {r.DeprivationQuantile}");

            if (measure == DatasetMeasure.Estimate)
            {
                Required(r => r.Value, DatasetColumns.Value, measure);
                NonNegative(r => r.StandardError, DatasetColumns.StandardError);
                NonNegative(r => r.Population, DatasetColumns.Population);
            }
            else
            {
                Required(r => r.Numerator, DatasetColumns.Numerator, measure);
                Required(r => r.Denominator, DatasetColumns.Denominator, measure);
                NonNegative(r => r.Numerator, DatasetColumns.Numerator);
                NonNegative(r => r.Denominator, DatasetColumns.Denominator);
                if (measure == DatasetMeasure.Proportion)
                {
                    RuleFor(r => r.Numerator)
                        .Must((r, n) => n is not { } num || r.Denominator is not { } den || num <= den)
                        .OverridePropertyName(DatasetColumns.Numerator).WithErrorCode("numerator-not-above-denominator")
                        .WithMessage(r => string.Create(CultureInfo.InvariantCulture,
                            $"numerator must be <= denominator for a proportion in group '{r.Group}', got {r.Numerator} > {r.Denominator}"));
                }
            }

            Finite(r => r.Numerator, DatasetColumns.Numerator);
            Finite(r => r.Denominator, DatasetColumns.Denominator);
            Finite(r => r.Value, DatasetColumns.Value);
            Finite(r => r.StandardError, DatasetColumns.StandardError);
            Finite(r => r.Population, DatasetColumns.Population);
        }

        private void Stratum(System.Linq.Expressions.Expression<Func<StratifiedRow, string?>> column, string name) =>
            RuleFor(column).Must(v => v is null || !string.IsNullOrWhiteSpace(v))
                .OverridePropertyName(name).WithErrorCode("stratum-not-blank")
                .WithMessage($"{name} must be absent or non-blank");

        private void Required(System.Linq.Expressions.Expression<Func<StratifiedRow, double?>> column, string name, DatasetMeasure measure) =>
            RuleFor(column).NotNull()
                .OverridePropertyName(name).WithErrorCode("required-for-measure")
                .WithMessage(r => $"{name} is required for a {measure} dataset (group '{r.Group}')");

        private void NonNegative(System.Linq.Expressions.Expression<Func<StratifiedRow, double?>> column, string name)
        {
            var get = column.Compile();
            RuleFor(column).Must(v => v is null || !(v < 0))
                .OverridePropertyName(name).WithErrorCode("non-negative")
                .WithMessage(r => string.Create(CultureInfo.InvariantCulture, $"{name} must be >= 0 for group '{r.Group}', got {get(r)}"));
        }

        private void Finite(System.Linq.Expressions.Expression<Func<StratifiedRow, double?>> column, string name)
        {
            var get = column.Compile();
            RuleFor(column).Must(v => v is null || double.IsFinite(v.Value))
                .OverridePropertyName(name).WithErrorCode("finite")
                .WithMessage(r => string.Create(CultureInfo.InvariantCulture, $"{name} must be a finite number for group '{r.Group}', got {get(r)}"));
        }
    }

    private readonly record struct StratumKey(string Group, string? AgeBand, string? Sex, string? Area, string? Period, int? Quantile)
    {
        public static StratumKey Of(StratifiedRow row, EthnicityClassification? classification)
        {
            var group = row.Group?.Trim() ?? string.Empty;
            if (classification is not null)
            {
                group = classification.Find(group)?.Code ?? group.ToUpperInvariant();
            }

            return new StratumKey(group, row.AgeBand, row.Sex, row.Area, row.Period, row.DeprivationQuantile);
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
