using System.Globalization;
using System.Text.RegularExpressions;
using EEiC.Commissioning;
using EEiC.Evidence;
using EEiC.Indicators;
using EEiC.Organisations;
using EEiC.Sources;

namespace EEiC.Core.Tests.Sources;

/// <summary>Checks every citation in the built-in catalogues of the domain model (commissioning, indicators, evidence, organisations).</summary>
public partial class CatalogueCitationTests
{
    /// <summary>
    /// Line counts of the EEiC seed texts (counting an unterminated last line), so that a cited range can be checked
    /// without reading the seeds at run time.
    /// </summary>
    private static readonly Dictionary<SourceDocument, int> SeedLineCounts = new()
    {
        [SourceDocument.ObstaclesPaper2016] = 255,
        [SourceDocument.BetterHealthBriefing28] = 376,
        [SourceDocument.NihrReport2013] = 3434,
        [SourceDocument.ImprovingUnderstanding] = 25,
        [SourceDocument.RaceAndHealthObservatory2021] = 956,
    };

    [GeneratedRegex(@"\A(?:line (?<start>[1-9][0-9]*)|lines (?<start>[1-9][0-9]*)-(?<end>[1-9][0-9]*))\z")]
    private static partial Regex LineRange();

    [GeneratedRegex(@"\Aindicator [1-9]\z")]
    private static partial Regex WresLocation();

    [GeneratedRegex(@"\Adomain (?<domain>[1-3]), outcome (?<outcome>[1-3][A-D])\z")]
    private static partial Regex EdsLocation();

    public static TheoryData<string, SourceReference> AllCitations()
    {
        var data = new TheoryData<string, SourceReference>();
        void Add<T>(IEnumerable<T> entries, Func<T, object> key, Func<T, SourceReference> source)
        {
            foreach (var entry in entries)
            {
                data.Add($"{typeof(T).Name}:{key(entry)}", source(entry));
            }
        }

        Add(CommissioningCatalogue.Phases, e => e.Phase, e => e.Source);
        Add(CommissioningCatalogue.Activities, e => e.Activity, e => e.Source);
        Add(CommissioningCatalogue.WoodinStages, e => e.Stage, e => e.Source);
        Add(CommissioningCatalogue.Modes, e => e.Mode, e => e.Source);
        Add(CommissioningCatalogue.RedesignTriggers, e => e.Trigger, e => e.Source);
        Add(CommissioningCatalogue.Levers, e => e.Lever, e => e.Source);
        Add(CommissioningCatalogue.Products, e => e.Product, e => e.Source);
        Add(IndicatorCatalogue.All, e => e.Id, e => e.Source);
        Add(EvidenceCatalogue.Types, e => e.Type, e => e.Source);
        Add(EvidenceCatalogue.Roles, e => e.Role, e => e.Source);
        Add(OrganisationCatalogue.OrganisationTypes, e => e.Type, e => e.Source);
        Add(OrganisationCatalogue.StakeholderRoles, e => e.Role, e => e.Source);
        return data;
    }

    [Theory]
    [MemberData(nameof(AllCitations))]
    public void Every_citation_names_a_well_known_document_and_a_precise_location(string entry, SourceReference source)
    {
        Assert.Contains(source.Document, SourceDocument.WellKnown);

        if (SeedLineCounts.TryGetValue(source.Document, out var lineCount))
        {
            var match = LineRange().Match(source.Location);
            Assert.True(match.Success, $"{entry} cites seed '{source.Document.Id}' at '{source.Location}', which is not 'line N' or 'lines N-M'.");
            var start = int.Parse(match.Groups["start"].Value, CultureInfo.InvariantCulture);
            var end = match.Groups["end"].Success ? int.Parse(match.Groups["end"].Value, CultureInfo.InvariantCulture) : start;
            Assert.True(match.Groups["end"].Success ? start < end : true, $"{entry}: range '{source.Location}' must run forwards.");
            Assert.InRange(end, start, lineCount);
        }
        else if (source.Document == SourceDocument.WorkforceRaceEqualityStandard)
        {
            Assert.Matches(WresLocation(), source.Location);
        }
        else if (source.Document == SourceDocument.EqualityDeliverySystem2022)
        {
            var match = EdsLocation().Match(source.Location);
            Assert.True(match.Success, $"{entry}: '{source.Location}' is not 'domain D, outcome DX'.");
            Assert.Equal(match.Groups["domain"].Value[0], match.Groups["outcome"].Value[0]);
        }
        else
        {
            Assert.Fail($"{entry} cites '{source.Document.Id}', which the domain catalogues are not expected to use.");
        }
    }

    [Fact]
    public void Citations_of_external_standards_are_marked_as_such()
    {
        var external = new[] { SourceDocument.WorkforceRaceEqualityStandard, SourceDocument.EqualityDeliverySystem2022 };
        Assert.All(IndicatorCatalogue.All, d => Assert.Equal(external.Contains(d.Source.Document), d.Provenance == Provenance.ExternalStandard));
    }

    [Fact]
    public void The_citation_rule_rejects_imprecise_locations()
    {
        string[] bad = ["", "lines 99", "line 0", "lines 172-99", "lines 99–172", "Lines 99-172", "line 12a", "section 4.1"];
        Assert.All(bad, location =>
        {
            var match = LineRange().Match(location);
            var ok = match.Success
                && (!match.Groups["end"].Success
                    || int.Parse(match.Groups["start"].Value, CultureInfo.InvariantCulture) < int.Parse(match.Groups["end"].Value, CultureInfo.InvariantCulture));
            Assert.False(ok, location);
        });
        Assert.Matches(LineRange(), "lines 99-172");
        Assert.Matches(LineRange(), "line 41");
    }
}
