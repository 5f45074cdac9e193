using System.Globalization;
using EEiC.Datasets;
using EEiC.Ethnicity;
using EEiC.Indicators;
using EEiC.Statistics.GroupComparison;

namespace EEiC.Tools.Audit;

/// <summary>The rules an audit's inputs must follow; every breach is collected and thrown together.</summary>
internal static class AuditValidation
{
    /// <summary>The options, the indicator, the dataset's envelope and every row of the dataset contract.</summary>
    public static void Check(StratifiedDataset dataset, IndicatorDefinition indicator, EquityAuditOptions options)
    {
        var problems = new AuditProblems();
        CheckOptions(options, dataset, problems);
        CheckIndicator(indicator, dataset, problems);
        if (dataset.Group is not { IsEthnicity: true })
        {
            problems.Add(null, "dataset.Group", dataset.Group?.Name ?? "null",
                "must be an ethnicity dimension (GroupDimension.Ethnicity(scheme)): an equity audit compares ethnic groups and needs to recognise the rows with missing ethnicity");
        }

        if (dataset.Measure == DatasetMeasure.Estimate)
        {
            problems.Add(null, "dataset.Measure", dataset.Measure.ToString(),
                "must be Proportion or Rate: the audit needs counts (numerators and denominators) for its intervals, comparisons, sensitivity and disclosure control, and an Estimate dataset has none");
        }

        AddContractProblems(dataset, "dataset", problems);
        problems.ThrowIfAny();
    }

    /// <summary>The rules that need the summed rows: two groups, denominators, the reference group, the reference rates.</summary>
    public static void CheckAggregated(AuditWork work)
    {
        var problems = new AuditProblems();
        var data = work.Data;
        var present = string.Join(", ", data.Known.Select(c => $"'{data.Categories[c].Code}' ({data.Categories[c].Label})"));
        if (data.Known.Length < 2)
        {
            problems.Add(null, "dataset.group", data.Known.Length == 0 ? "no group with known ethnicity" : $"only {present}",
                "must have at least two groups with known ethnicity to compare (rows coded not stated or not known are not groups)");
        }

        foreach (var c in data.Known.Where(c => !(data.TotalN(c) > 0)))
        {
            problems.Add(null, "dataset.denominator", "0",
                "must have a total > 0 for every group with known ethnicity (a group with no population or people eligible has no estimate)", data.Categories[c].Code);
        }

        ChooseReference(work, problems, present);
        if (work.Options.ReferenceRates is { } reference)
        {
            CheckReferenceRates(work, reference, problems);
        }

        problems.ThrowIfAny();
    }

    private static void CheckOptions(EquityAuditOptions options, StratifiedDataset dataset, AuditProblems problems)
    {
        if (options.Levels is not { Count: > 0 })
        {
            problems.Add(null, "options.Levels", options.Levels is null ? "null" : "empty", "must give at least one confidence level (for example ConfidenceLevel.Standard)");
        }
        else
        {
            for (var i = 0; i < options.Levels.Count; i++)
            {
                var value = options.Levels[i].Value;
                if (!(value > 0 && value < 1))
                {
                    problems.Add(i, "options.Levels", value, "must be a confidence level strictly between 0 and 1 (for example ConfidenceLevel.Percent95)");
                }
                else if (options.Levels.Take(i).Any(l => l.Value == value))
                {
                    problems.Add(i, "options.Levels", value, "must not repeat a level");
                }
            }
        }

        if (options.Benchmark is { } benchmark && !double.IsFinite(benchmark))
        {
            problems.Add(null, "options.Benchmark", benchmark, "must be a finite number on the indicator's scale, or null for the overall value");
        }

        if (!Enum.IsDefined(options.Adjustment))
        {
            problems.Add(null, "options.Adjustment", ((int)options.Adjustment).ToString(CultureInfo.InvariantCulture),
                $"must be one of {string.Join(", ", Enum.GetNames<MultipleComparisonAdjustment>())}");
        }

        if (options.Disclosure is null)
        {
            problems.Add(null, "options.Disclosure", "null", "must be a disclosure policy (for example DisclosurePolicy.HesSuppress1To7RoundTo5)");
        }
        else
        {
            if (options.Disclosure.LargestSuppressedCount < 0)
            {
                problems.Add(null, "options.Disclosure.LargestSuppressedCount", options.Disclosure.LargestSuppressedCount, "must be >= 0");
            }

            if (options.Disclosure.RoundingBase < 0)
            {
                problems.Add(null, "options.Disclosure.RoundingBase", options.Disclosure.RoundingBase, "must be >= 0");
            }
        }

        if (options.DataQuality is null)
        {
            problems.Add(null, "options.DataQuality", "null", "must be data-quality options (for example EthnicityQualityOptions.Default)");
        }

        if (options.ReferenceRates is { } reference)
        {
            if (reference.Measure != DatasetMeasure.Rate)
            {
                problems.Add(null, "options.ReferenceRates.Measure", reference.Measure.ToString(),
                    "must be Rate: reference events (or people with the outcome) and population (or people eligible) by age band, whose ratio is the rate");
            }

            if (reference.Group?.Scheme is { } scheme && dataset.Group?.Scheme is { } own && scheme != own)
            {
                problems.Add(null, "options.ReferenceRates.Group", scheme.ToString(),
                    $"must use the dataset's classification ({own}), or be a dimension other than ethnicity for rates shared by every group; cross-walk one of them first (EthnicityCrosswalk)");
            }

            AddContractProblems(reference, "options.ReferenceRates", problems);
            var rows = reference.Rows ?? [];
            for (var i = 0; i < rows.Count; i++)
            {
                if (rows[i] is { AgeBand: null } row)
                {
                    problems.Add(i, "options.ReferenceRates.age_band", "absent", "must name the age band of every reference rate", row.Group);
                }
                else if (rows[i] is { Denominator: 0 } zero)
                {
                    problems.Add(i, "options.ReferenceRates.denominator", "0", "must be > 0 (a reference rate needs a population or eligible count)", zero.Group);
                }
            }
        }
    }

    private static void CheckIndicator(IndicatorDefinition indicator, StratifiedDataset dataset, AuditProblems problems)
    {
        if (!(indicator.Multiplier > 0 && double.IsFinite(indicator.Multiplier)))
        {
            problems.Add(null, "indicator.Multiplier", indicator.Multiplier, "must be a finite number > 0 (100 for a percentage, 100,000 for a rate per 100,000)");
        }

        var expected = indicator.ValueType switch
        {
            IndicatorValueType.Proportion => DatasetMeasure.Proportion,
            IndicatorValueType.CrudeRate or IndicatorValueType.DirectlyStandardisedRate => DatasetMeasure.Rate,
            _ => (DatasetMeasure?)null,
        };
        if (expected is null)
        {
            problems.Add(null, "indicator.ValueType", indicator.ValueType.ToString(),
                $"must be Proportion, CrudeRate or DirectlyStandardisedRate for an equity audit of '{indicator.Id}' (the audit estimates proportions or rates from counts)");
        }
        else if (dataset.Measure != DatasetMeasure.Estimate && dataset.Measure != expected)
        {
            problems.Add(null, "dataset.Measure", dataset.Measure.ToString(),
                $"must be {expected} for the indicator '{indicator.Id}', whose value type is {indicator.ValueType}");
        }
    }

    private static void AddContractProblems(StratifiedDataset dataset, string argument, AuditProblems problems)
    {
        foreach (var error in dataset.Validate())
        {
            var rule = $"breaks the dataset rule '{error.Rule}' ({error.Message})";
            if (error.Rule == "known-group-code" && error.Value is { } value && dataset.Group?.Scheme is { } scheme)
            {
                var others = EthnicityClassification.All.Where(c => c.Scheme != scheme && c.Find(value) is not null).Select(c => c.Scheme.ToString()).ToArray();
                if (others.Length > 0)
                {
                    rule = $"is a code of {string.Join(" and ", others)}, not of the dataset's scheme {scheme}: the scheme does not match the codes (set GroupDimension.Ethnicity({others[0]}) or map the codes with EthnicityCrosswalk)";
                }
            }

            problems.Add(error.Row - 1, $"{argument}.{error.Column}", error.Value ?? "absent", rule);
        }
    }

    private static void ChooseReference(AuditWork work, AuditProblems problems, string present)
    {
        var data = work.Data;
        if (work.Options.ReferenceGroup is not { } name)
        {
            work.ReferenceChosen = true;
            foreach (var c in data.Known)
            {
                if (work.Reference < 0 || data.TotalN(c) > data.TotalN(work.Reference))
                {
                    work.Reference = c;
                }
            }

            return;
        }

        var wanted = name.Trim();
        var parsed = new EthnicityParser(new EthnicityParserOptions
        {
            Source = work.Dataset.Group.Scheme!.Value,
            Target = work.Dataset.Group.Scheme!.Value,
            LocalCategories = work.Dataset.LocalCategories,
        }).Parse(wanted).Category;
        for (var c = 0; c < data.Categories.Length; c++)
        {
            var category = data.Categories[c];
            if (string.Equals(category.Code, wanted, StringComparison.OrdinalIgnoreCase)
                || string.Equals(category.Label, wanted, StringComparison.OrdinalIgnoreCase)
                || category == parsed)
            {
                if (category.IsMissing)
                {
                    problems.Add(null, "options.ReferenceGroup", $"'{name}'", $"must be a group with known ethnicity, not the missing-ethnicity category '{category.Code}' ({category.Label}); the groups are {present}");
                }

                work.Reference = c;
                return;
            }
        }

        problems.Add(null, "options.ReferenceGroup", $"'{name}'", $"must name a group present in the data; the groups present are {present}");
    }

    private static void CheckReferenceRates(AuditWork work, StratifiedDataset reference, AuditProblems problems)
    {
        var data = work.Data;
        if (!data.HasBands)
        {
            problems.Add(null, "options.ReferenceRates", "given", "need rows with age bands in the dataset: expected activity is the reference rate of each age band times the group's population in it");
            return;
        }

        if (reference.Group.IsEthnicity)
        {
            var codes = reference.Rows.Select(r => reference.CategoryOf(r)?.Code).Where(c => c is not null).ToHashSet(StringComparer.Ordinal);
            foreach (var c in data.Known.Where(c => !codes.Contains(data.Categories[c].Code)))
            {
                problems.Add(null, "options.ReferenceRates.group", $"no rows for '{data.Categories[c].Code}'",
                    "must give rates for every group with known ethnicity in the data", data.Categories[c].Code);
            }
        }

        var standard = work.Options.Standard!;
        var covered = work.ReferenceBands(reference).Select(standard.IndexOf).ToHashSet();
        for (var b = 0; b < data.BandSlots; b++)
        {
            var population = data.Known.Sum(c => data.N[(c * data.BandSlots) + b]);
            if (population > 0 && !covered.Contains(data.BandStandardIndex[b]))
            {
                problems.Add(null, "options.ReferenceRates.age_band", $"no rate for '{standard.Bands[data.BandStandardIndex[b]]}'",
                    "must give a rate for every age band of the dataset that has a population");
            }
        }
    }
}
