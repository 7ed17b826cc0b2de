namespace ResolutionCorpus;

/// <summary>How a resolution was adopted.</summary>
/// <remarks>Public in the runtime library, internal in the generator (an enum cannot be partial).</remarks>
#if RESOLUTIONCORPUS_RUNTIME
public
#endif
enum VoteKind
{
    /// <summary>Adopted without a vote (by consensus).</summary>
    WithoutVote,

    /// <summary>Adopted by acclamation.</summary>
    Acclamation,

    /// <summary>Adopted by a vote, with the counts in favour, against and abstaining (a recorded vote, or a show of hands).</summary>
    Voted,
}
