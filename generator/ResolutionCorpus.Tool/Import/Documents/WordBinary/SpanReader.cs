using System;
using System.Buffers.Binary;
using System.Globalization;
using System.IO;

namespace ResolutionCorpus.Tool.Import.Documents.WordBinary;

/// <summary>Little-endian numbers out of a byte array, with a clear error when an offset lies outside it.</summary>
internal readonly struct SpanReader(byte[] bytes)
{
    /// <summary>The number of bytes.</summary>
    public int Length => bytes.Length;

    /// <summary>The byte at <paramref name="offset"/>.</summary>
    public byte Byte(int offset) => Slice(offset, 1)[0];

    /// <summary>The unsigned 16-bit number at <paramref name="offset"/>.</summary>
    public ushort UInt16(int offset) => BinaryPrimitives.ReadUInt16LittleEndian(Slice(offset, 2));

    /// <summary>The signed 32-bit number at <paramref name="offset"/>.</summary>
    public int Int32(int offset) => BinaryPrimitives.ReadInt32LittleEndian(Slice(offset, 4));

    /// <summary>The <paramref name="length"/> bytes at <paramref name="offset"/>.</summary>
    public ReadOnlySpan<byte> Slice(int offset, int length) =>
        offset >= 0 && length >= 0 && offset <= bytes.Length - length
            ? bytes.AsSpan(offset, length)
            : throw new InvalidDataException("a structure points outside its stream (offset " + offset.ToString(CultureInfo.InvariantCulture) + ", length " + length.ToString(CultureInfo.InvariantCulture) + ")");
}
