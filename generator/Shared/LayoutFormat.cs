namespace ResolutionCorpus.Data;

/// <summary>
/// The layout of a resolution that generated code embeds in its UTF-8 block, after the texts, and the runtime reads
/// back: a stream of unsigned integers, written by the generator's <c>LayoutWriter</c> and read by
/// <c>ResolutionLayout</c>. Data rather than code: a resolution is built by one shared reader instead of a method
/// per resolution that the JIT compiles on first use, and the runtime's own types stay free to change.
/// </summary>
/// <remarks>
/// <para>
/// An integer is written in base 32, the most significant digit first, each digit an ASCII character:
/// <see cref="MoreDigit"/> + d when more digits follow, <see cref="LastDigit"/> + d for the last. So the layout is
/// text the block's <c>"…"u8</c> literal holds as it is, and the compiler keeps one data field per resolution, not two.
/// Version 1, which earlier generators wrote as a block of its own, is a stream of unsigned LEB128 integers; the
/// runtime reads both, told apart by the first byte (1 is LEB128's version 1, never a digit).
/// </para>
/// <code>
/// block      := text* resolution 0*                    zero bytes pad it to a size many blocks share
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
    public const int Version = 2;

    /// <summary>The version whose integers are LEB128, which the runtime still reads.</summary>
    public const int Leb128Version = 1;

    /// <summary>A digit that more digits follow is this character plus its value (0 to 31): <c>' '</c> to <c>'?'</c>.</summary>
    public const int MoreDigit = 0x20;

    /// <summary>A number's last digit is this character plus its value (0 to 31): <c>'@'</c> to <c>'_'</c>.</summary>
    public const int LastDigit = 0x40;
}
