namespace EEiC.Tools.Suite;

/// <summary>
/// Writes a short briefing for one audience from local data, in the spirit of the EEiC Making the case tool: a
/// customisable case with room for local population figures and evidence from particular services (NIHR report,
/// EEiC seed 002, line 2267), kept short, with a direct "what is in it for you" for the audience (line 2276), the
/// quality and efficiency arguments besides the legal duty (lines 1912-1914, 1025, 1053), and a one-page summary
/// (line 2280). The text is generated, deterministic and pure: the same audience and data always give an equal
/// <see cref="Briefing"/>.
/// </summary>
/// <remarks>
/// <para><b>Sections</b> (<see cref="BriefingSectionKind"/>, always all seven, in order): the headline gap is the
/// significant gap furthest from 1 on the ratio scale (the first of equals, in input order), with its interval and,
/// when given, the two groups' estimates; who is affected lists every group compared, significant or not, and every
/// estimate; expected versus observed lists every group and the total shortfall of the groups below expectation; the
/// legal duty sets out the public sector equality duty (Equality Act 2010, section 149) and the NHS duties on health
/// inequalities (Health and Social Care Act 2012; the shared aim of better health, better quality care and sustainable
/// use of resources, The King's Fund 2021, EEiC seed 004, lines 248-249 and 259); what is in it for you and what we ask
/// differ by <see cref="BriefingAudience"/>. The groups named in the ask are those with a significant gap or, when there
/// are none, those significantly below their expected count.</para>
/// <para><b>Missing data.</b> A slot the data leave empty is listed in <see cref="Briefing.MissingSlots"/>, the text
/// says so where the slot would be ("Not available: ..."), and <see cref="Briefing.ToMarkdown"/> ends with what would
/// fill it.</para>
/// <para><b>Numbers</b> are written in invariant culture: whole numbers as they are (thousands separated by commas),
/// other numbers of 100 or more to the nearest whole number, from 10 to 100 to one decimal place, from 1 to 10 to two,
/// and below 1 to two significant figures. Group and other names are used exactly as given.</para>
/// </remarks>
public static class BriefingGenerator
{
    /// <summary>Writes the briefing.</summary>
    /// <param name="audience">Who the briefing is for.</param>
    /// <param name="data">The local data; see <see cref="BriefingData"/> for what each part holds and its rules.</param>
    /// <returns>The briefing.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="audience"/> is not a declared member of <see cref="BriefingAudience"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="data"/> breaks a rule of <see cref="BriefingData"/>; the message lists every problem, each with the input, its value and the rule.</exception>
    public static Briefing Generate(BriefingAudience audience, BriefingData data)
    {
        if (!Enum.IsDefined(audience))
        {
            throw new ArgumentOutOfRangeException(nameof(audience), audience,
                $"{nameof(audience)} must be a declared member of {nameof(BriefingAudience)} (Board, Commissioner, Provider or Community); got {audience}.");
        }

        ArgumentNullException.ThrowIfNull(data);
        var problems = BriefingInputs.Problems(data);
        if (problems.Count > 0)
        {
            throw new ArgumentException(
                $"{nameof(data)} breaks {(problems.Count == 1 ? "a rule" : problems.Count + " rules")}: {string.Join("; ", problems)}.", nameof(data));
        }

        var text = new BriefingText(audience, data);
        return new Briefing(audience, text.Title(),
        [
            new(BriefingSectionKind.HeadlineGap, "The gap in numbers", text.Headline()),
            new(BriefingSectionKind.WhoIsAffected, "Who is affected", text.WhoIsAffected()),
            new(BriefingSectionKind.ExpectedVersusObserved, "Expected and observed", text.ExpectedVersusObserved()),
            new(BriefingSectionKind.LegalDuty, "The legal duty", text.LegalDuty()),
            new(BriefingSectionKind.QualityAndEfficiency, "Quality and efficiency", text.QualityAndEfficiency()),
            new(BriefingSectionKind.WhatIsInItForYou, "What is in it for you", text.WhatIsInItForYou()),
            new(BriefingSectionKind.WhatWeAsk, "What we ask", text.WhatWeAsk()),
        ], text.MissingSlots());
    }
}
