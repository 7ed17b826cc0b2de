using System;

namespace ResolutionCorpus.Data;

/// <summary>
/// Decodes the UTF-8 the generator writes: valid UTF-8, mostly ASCII, a paragraph at a time.
/// </summary>
/// <remarks>
/// A plain loop, not <c>Encoding.UTF8</c>: the first call of the framework's vectorised transcoder in a fresh process
/// takes about 3 ms (it is compiled then), more than the rest of a first paragraph read. This loop compiles in a
/// fraction of that, and a paragraph is short enough that its speed per byte does not show. Each byte of an ill-formed sequence, which generated data never holds, becomes U+FFFD.
/// </remarks>
internal static class Utf8Decoder
{
    // Texts up to this many UTF-16 units are decoded on the stack, so that reading one allocates only its string.
    private const int StackChars = 1024;

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return string.Empty;
        }

        // UTF-8 never takes fewer bytes than UTF-16 takes units, so the byte count bounds the result.
        if (bytes.Length > StackChars)
        {
            char[] heap = new char[bytes.Length];
            return new string(heap, 0, Transcode(bytes, heap));
        }

        // The loop is a method of its own: the runtime compiles a method that has both a loop and a stackalloc
        // fully optimised at once, which costs a fresh process about a millisecond.
        Span<char> chars = stackalloc char[bytes.Length];
        return chars.Slice(0, Transcode(bytes, chars)).ToString();
    }

    /// <returns>The number of UTF-16 units written.</returns>
    private static int Transcode(ReadOnlySpan<byte> bytes, Span<char> chars)
    {
        int written = 0;
        int i = 0;
        while (i < bytes.Length)
        {
            int lead = bytes[i];
            if (lead < 0x80)
            {
                chars[written++] = (char)lead;
                i++;
                continue;
            }

            int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
            int scalar = length switch { 4 => lead & 0x07, 3 => lead & 0x0F, _ => lead & 0x1F };
            int end = i + length;
            bool wellFormed = length > 0 && lead <= 0xF4 && end <= bytes.Length;
            for (int k = i + 1; wellFormed && k < end; k++)
            {
                wellFormed = (bytes[k] & 0xC0) == 0x80;
                scalar = (scalar << 6) | (bytes[k] & 0x3F);
            }

            // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
            wellFormed &= length switch
            {
                3 => scalar >= 0x800 && (scalar < 0xD800 || scalar > 0xDFFF),
                4 => scalar >= 0x10000 && scalar <= 0x10FFFF,
                _ => true,
            };
            if (!wellFormed)
            {
                chars[written++] = '\uFFFD';
                i++;
                continue;
            }

            if (scalar >= 0x10000)
            {
                scalar -= 0x10000;
                chars[written++] = (char)(0xD800 + (scalar >> 10));
                chars[written++] = (char)(0xDC00 + (scalar & 0x3FF));
            }
            else
            {
                chars[written++] = (char)scalar;
            }

            i = end;
        }

        return written;
    }
}
