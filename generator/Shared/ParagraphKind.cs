namespace ResolutionCorpus;

/// <summary>Where a paragraph stands in a resolution.</summary>
/// <remarks>Public in the runtime library, internal in the generator (an enum cannot be partial).</remarks>
#if RESOLUTIONCORPUS_RUNTIME
public
#endif
enum ParagraphKind
{
    /// <summary>A preambular paragraph ("Recalling …"), unnumbered in the document.</summary>
    Preambular,

    /// <summary>A numbered operative paragraph ("1. Welcomes …").</summary>
    Operative,

    /// <summary>A lettered sub-paragraph of an operative paragraph ("(a) To develop …").</summary>
    SubParagraph,

    /// <summary>
    /// An unnumbered paragraph printed between the preamble and the numbered operative paragraphs, such as
    /// "Resolves that, for 2021:" or the opening of a declaration the resolution adopts.
    /// </summary>
    Introductory,
}
