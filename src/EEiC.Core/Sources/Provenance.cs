namespace EEiC.Sources;

/// <summary>How directly a piece of content derives from the source it cites.</summary>
public enum Provenance
{
    /// <summary>Paraphrased from the cited source, which states it.</summary>
    FromSource = 0,

    /// <summary>Reconstructed from the research instruments or the surrounding text; the source implies it but does not state it (marked <em>[inferred]</em> in the domain notes).</summary>
    Inferred = 1,

    /// <summary>Added from an external standard or method (for example the NHS Data Dictionary or EDS 2022), not from the EEiC study.</summary>
    ExternalStandard = 2,
}
