using System.Globalization;
using EEiC.Statistics.Intervals;
using EEiC.Tools.Suite;
using FsCheck;
using FsCheck.Fluent;

namespace EEiC.Tools.Tests.Suite;

/// <summary>Properties of the briefing generator over random valid local data.</summary>
public sealed class BriefingProperties
{
    private static readonly Arbitrary<int> Seeds = Gen.Choose(0, int.MaxValue).ToArbitrary();

    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(300);

    private static readonly string[] Pool =
    [
        "White British", "Pakistani", "Bangladeshi", "Indian", "Caribbean", "African", "Chinese", "Any other White background",
        "Gypsy or Irish Traveller", "Roma", "Arab", "Mixed White and Black Caribbean", "Somali", "Kashmiri", "Polish", "Group *7* (local)",
    ];

    [Fact]
    public void A_valid_briefing_never_throws_shows_every_group_and_lists_every_missing_slot()
    {
        Prop.ForAll(Seeds, seed =>
        {
            var random = new Random(seed);
            var data = RandomData(random);
            var audience = (BriefingAudience)random.Next(4);

            var briefing = BriefingGenerator.Generate(audience, data);
            Assert.Equal(briefing, BriefingGenerator.Generate(audience, data));
            Assert.Equal(Enum.GetValues<BriefingSectionKind>(), briefing.Sections.Select(s => s.Kind));
            Assert.All(briefing.Sections, s => Assert.False(string.IsNullOrWhiteSpace(s.Text)));

            // Every group with a significant gap is named among those affected and in the ask.
            foreach (var gap in data.Gaps.Where(g => g.IsSignificant))
            {
                Assert.Contains(gap.Group, briefing.Section(BriefingSectionKind.WhoIsAffected).Text, StringComparison.Ordinal);
                Assert.Contains(gap.Group, briefing.Section(BriefingSectionKind.WhatWeAsk).Text, StringComparison.Ordinal);
            }

            // Nothing is dropped: every group given appears in the Markdown.
            var markdown = briefing.ToMarkdown();
            foreach (var group in data.Estimates.Select(e => e.Group).Concat(data.Gaps.Select(g => g.Group)).Concat(data.Expectations.Select(x => x.Group)))
            {
                Assert.Contains(group, markdown, StringComparison.Ordinal);
            }

            // Exactly the missing inputs are listed as missing slots, and the Markdown says what would fill them.
            var missing = new List<BriefingSlot>();
            if (data.Area is null) { missing.Add(BriefingSlot.Area); }
            if (data.Service is null) { missing.Add(BriefingSlot.Service); }
            if (data.Indicator is null) { missing.Add(BriefingSlot.Indicator); }
            if (data.Period is null) { missing.Add(BriefingSlot.Period); }
            if (data.ReferenceGroup is null) { missing.Add(BriefingSlot.ReferenceGroup); }
            if (data.Unit is null && data.Estimates.Count > 0) { missing.Add(BriefingSlot.Unit); }
            if (data.Estimates.Count == 0) { missing.Add(BriefingSlot.Estimates); }
            if (data.Gaps.Count == 0) { missing.Add(BriefingSlot.Gaps); }
            if (data.Expectations.Count == 0) { missing.Add(BriefingSlot.Expectations); }
            Assert.Equal(missing, briefing.MissingSlots);
            Assert.Equal(missing.Count > 0, markdown.Contains("## Data still needed", StringComparison.Ordinal));
            Assert.Equal(data.Gaps.Count == 0, briefing.Section(BriefingSectionKind.HeadlineGap).Text.StartsWith("Not available: ", StringComparison.Ordinal));
            Assert.Equal(data.Expectations.Count == 0, briefing.Section(BriefingSectionKind.ExpectedVersusObserved).Text.StartsWith("Not available: ", StringComparison.Ordinal));

            Assert.DoesNotContain("NaN", markdown, StringComparison.Ordinal);
            Assert.DoesNotContain("E+", markdown, StringComparison.Ordinal);
            Assert.DoesNotContain("E-", markdown, StringComparison.Ordinal);
        }).Check(Runs);
    }

    [Fact]
    public void Numbers_round_to_within_five_percent_and_never_use_exponents()
    {
        Prop.ForAll(Seeds, seed =>
        {
            var random = new Random(seed);
            var value = (random.Next(2) == 0 ? -1 : 1) * Math.Pow(10, random.NextDouble() * 15 - 6);
            var text = BriefingText.Number(value);
            Assert.DoesNotContain("E", text, StringComparison.Ordinal);
            var back = double.Parse(text.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
            Assert.True(Math.Abs(back - value) <= 0.05 * Math.Abs(value), $"{value} was written {text}");
        }).Check(Runs);
    }

    private static BriefingData RandomData(Random random)
    {
        string? Maybe(string text) => random.NextDouble() < 0.3 ? null : text;
        string[] Some(int max, string? except) =>
            [.. Pool.Where(g => g != except).OrderBy(_ => random.Next()).Take(random.Next(max + 1))];

        var reference = random.NextDouble() < 0.3 ? null : Pool[random.Next(3)];
        return new BriefingData
        {
            Area = Maybe("Northtown"),
            Service = Maybe("cardiac rehabilitation"),
            Indicator = Maybe("the share of eligible patients who start rehabilitation"),
            Period = Maybe("2022/23"),
            Unit = Maybe(random.Next(2) == 0 ? "%" : "per 100,000"),
            ReferenceGroup = reference,
            Level = new ConfidenceLevel(random.Next(3) switch { 0 => 0.9, 1 => 0.95, _ => 0.998 }),
            Estimates = [.. Some(6, null).Select(g =>
            {
                var value = (random.Next(5) == 0 ? -1 : 1) * Math.Pow(10, random.NextDouble() * 8 - 3);
                var spread = Math.Abs(value) * random.NextDouble();
                return new BriefingEstimate(g, value, value - spread * random.NextDouble(), value + spread * random.NextDouble());
            })],
            Gaps = [.. Some(5, reference).Select(g =>
            {
                var ratio = random.Next(10) == 0 ? 0 : Math.Exp(random.NextDouble() * 3 - 1.5);
                return new BriefingGap(g, ratio, ratio * Math.Exp(-random.NextDouble() * 1.5), ratio == 0 ? random.NextDouble() : ratio * Math.Exp(random.NextDouble() * 1.5));
            })],
            Expectations = [.. Some(5, null).Select(g =>
            {
                var expectation = new BriefingExpectation(g, random.Next(500), 0.5 + random.NextDouble() * 600);
                return random.Next(2) == 0
                    ? expectation
                    : expectation with { RatioLower = expectation.Ratio * (0.5 + random.NextDouble() / 2), RatioUpper = expectation.Ratio * (1 + random.NextDouble()) };
            })],
        };
    }
}
