using System.Collections.Generic;

namespace ResolutionCorpus.Tool.Import.Documents.WordBinary;

/// <summary>
/// The index of a Word 97–2003 document's pages of character or paragraph properties ([MS-DOC] 2.8.6, PlcBte): pages
/// of 512 bytes in the <c>WordDocument</c> stream, each opening with the bounds of the runs of the stream it describes
/// (n + 1 offsets) and ending with n, followed by an entry for each run that says where its properties lie.
/// </summary>
internal sealed class WordPropertyPages
{
    /// <summary>The size of a page.</summary>
    public const int PageSize = 512;

    private readonly SpanReader _wordDocument;
    private readonly List<(int Start, int End, int Page)> _pages = [];

    /// <summary>Reads the index at <paramref name="range"/> in the table stream.</summary>
    public WordPropertyPages(SpanReader wordDocument, SpanReader table, StreamRange range)
    {
        _wordDocument = wordDocument;
        int count = range.Length >= 4 ? (range.Length - 4) / 8 : 0;
        for (int i = 0; i < count; i++)
        {
            int page = table.Int32(range.Offset + ((count + 1) * 4) + (i * 4)) & 0x3FFFFF;
            _pages.Add((table.Int32(range.Offset + (i * 4)), table.Int32(range.Offset + ((i + 1) * 4)), page * PageSize));
        }
    }

    /// <summary>
    /// The page (its offset in the stream), its number of runs, and the index of the run that holds the character kept at
    /// <paramref name="offset"/>; null when no page describes it.
    /// </summary>
    public (int Page, int Runs, int Run)? RunAt(int offset)
    {
        foreach ((int start, int end, int page) in _pages)
        {
            if (offset < start || offset >= end)
            {
                continue;
            }

            int runs = _wordDocument.Byte(page + PageSize - 1);
            for (int i = 0; i < runs; i++)
            {
                if (offset >= _wordDocument.Int32(page + (i * 4)) && offset < _wordDocument.Int32(page + ((i + 1) * 4)))
                {
                    return (page, runs, i);
                }
            }
        }

        return null;
    }
}
