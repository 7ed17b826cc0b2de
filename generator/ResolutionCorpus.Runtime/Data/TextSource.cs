using System;
using System.ComponentModel;

namespace ResolutionCorpus.Data;

/// <summary>
/// The UTF-8 bytes of one resolution's text, as the generator embeds them. Strings are decoded only when read.
/// </summary>
/// <remarks>
/// Generated code keeps text in <c>"…"u8</c> data rather than string literals: the compiler's string heap
/// holds 16 MB at most (CS8103), far less than a real corpus, and decoding on demand keeps start-up free.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class TextSource
{
    /// <summary>All of the resolution's text, UTF-8 encoded.</summary>
    protected abstract ReadOnlySpan<byte> Utf8 { get; }

    /// <summary>A slice of the text, decoded when first read.</summary>
    /// <param name="start">Offset in bytes.</param>
    /// <param name="length">Length in bytes.</param>
    internal Utf8Text this[int start, int length] => new Utf8Text(this, start, length);

    internal string Decode(int start, int length) => Decode(Utf8.Slice(start, length));

    /// <summary>Decodes UTF-8 bytes: what a paragraph class's <c>Text</c> reads, without building its resolution.</summary>
    /// <param name="bytes">The bytes of one string.</param>
    public static string Decode(ReadOnlySpan<byte> bytes) => Utf8Decoder.Decode(bytes);
}
