namespace ResolutionCorpus.Generator.Emit;

/// <summary>
/// The sizes a resolution's data block (its UTF-8 text and its layout) is padded to. The compiler keeps each block
/// in <c>&lt;PrivateImplementationDetails&gt;</c> as a field of a struct type made for its exact size, and the
/// runtime loads every one of those types when a program first reads any block: a thousand resolutions of a
/// thousand sizes cost about 10 ms at start-up, the same blocks in a few dozen sizes well under one. Sixteen sizes
/// per doubling waste at most one sixteenth of a block.
/// </summary>
internal static class DataBlockSize
{
    /// <summary>The smallest size class at least <paramref name="length"/> bytes long.</summary>
    public static int Padded(int length)
    {
        if (length <= 256)
        {
            return (length + 15) & ~15;
        }

        int step = HighestBit(length) >> 4;
        return (length + step - 1) / step * step;
    }

    private static int HighestBit(int value)
    {
        int bit = 1;
        while (value >> 1 >= bit)
        {
            bit <<= 1;
        }

        return bit;
    }
}
