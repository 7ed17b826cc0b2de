namespace ResolutionCorpus;

/// <summary>What kind of division of a resolution a part, section, annex or quotation is.</summary>
/// <remarks>Public in the runtime library, internal in the generator (an enum cannot be partial).</remarks>
#if RESOLUTIONCORPUS_RUNTIME
public
#endif
enum DivisionKind
{
    /// <summary>A part of a resolution adopted in parts (A, B), with its own preamble and operative paragraphs.</summary>
    Part,

    /// <summary>A section (I, II; A, B) with an optional heading, its own preamble and operative paragraphs.</summary>
    Section,

    /// <summary>An annex or other attachment: paragraphs, numbered or not.</summary>
    Annex,

    /// <summary>
    /// A text the resolution sets out whole, with its own preamble and numbering: a draft resolution it recommends for
    /// adoption, an instrument it adopts. Its paragraphs are addressed within it, never as the resolution's own.
    /// </summary>
    Quotation,
}
