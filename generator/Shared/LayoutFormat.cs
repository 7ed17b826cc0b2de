namespace ResolutionCorpus.Data;

/// <summary>
/// The binary layout of a resolution that generated code embeds beside its UTF-8 text, and the runtime reads back:
/// a stream of unsigned LEB128 integers, written by the generator's <c>LayoutWriter</c> and read by
/// <c>ResolutionLayout</c>. Data rather than code: a resolution is built by one shared reader instead of a method
/// per resolution that the JIT compiles on first use, and the runtime's own types stay free to change.
/// </summary>
/// <remarks>
/// <code>
/// block      := resolution 0*                          zero bytes pad it to a size many blocks share
/// resolution := version symbol:text body session year month day title:opt meeting:opt agenda:opt draft:opt
///               notes:text* preamble:paragraph* operative:paragraph* footnotes:footnote* divisions:division*
///               intro:paragraph* metadata
/// paragraph  := number label:opt phrase:text text:text anchors:(footnote position)* subs:paragraph* refs:reference*
/// footnote   := marker:text text:text refs:reference*
/// reference  := position length target:text resolution:opt paragraph label:opt
/// division   := kind label:text segment:text citation:text heading:opt meeting:opt adopted:date
///               preamble:paragraph* paragraphs:paragraph* sections:division* intro:paragraph*
/// metadata   := (field value)* 0                       one of LayoutField, each at most once, in any order
/// x*         := count x…                               text := start length (bytes of the UTF-8 block)
/// opt        := 0 (absent) | length+1 start            date := 0 (absent) | year month day
/// </code>
/// </remarks>
internal static class LayoutFormat
{
    /// <summary>The version written first; a reader refuses a layout of a version it does not know.</summary>
    public const int Version = 1;
}
