namespace ResolutionCorpus;

/// <summary>The United Nations organ that adopted a resolution.</summary>
/// <remarks>Public in the runtime library, internal in the generator (an enum cannot be partial).</remarks>
#if RESOLUTIONCORPUS_RUNTIME
public
#endif
enum UnBody
{
    /// <summary>The General Assembly (symbols <c>A/RES/…</c> and the old <c>2200 A (XXI)</c> form).</summary>
    GeneralAssembly,

    /// <summary>The Security Council (symbols <c>S/RES/2504 (2020)</c>).</summary>
    SecurityCouncil,

    /// <summary>The Economic and Social Council (symbols <c>E/RES/2005/17</c>).</summary>
    EconomicAndSocialCouncil,

    /// <summary>The Human Rights Council (symbols <c>A/HRC/RES/55/1</c>).</summary>
    HumanRightsCouncil,
}
