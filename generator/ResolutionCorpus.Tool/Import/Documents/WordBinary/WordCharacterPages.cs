using System.Collections.Generic;

namespace ResolutionCorpus.Tool.Import.Documents.WordBinary;

/// <summary>
/// A Word 97–2003 document's character properties ([MS-DOC] 2.8.24, PlcfBteChpx): pages of 512 bytes in the
/// <c>WordDocument</c> stream, each mapping runs of the stream to their property changes. Only superscript is read:
/// a digit set superscript is a footnote marker, as in a PDF, even where it was typed rather than made a reference.
/// </summary>
internal sealed class WordCharacterPages
{
    private const int PageSize = 512;
    private const ushort SuperscriptOrSubscript = 0x2A48; // sprmCIss: 1 is superscript

    private readonly SpanReader _wordDocument;
    private readonly List<(int Start, int End, int Page)> _pages = [];

    /// <summary>Reads the index of property pages at <paramref name="range"/> in the table stream.</summary>
    public WordCharacterPages(SpanReader wordDocument, SpanReader table, StreamRange range)
    {
        _wordDocument = wordDocument;
        int count = range.Length >= 4 ? (range.Length - 4) / 8 : 0;
        for (int i = 0; i < count; i++)
        {
            int page = table.Int32(range.Offset + ((count + 1) * 4) + (i * 4)) & 0x3FFFFF;
            _pages.Add((table.Int32(range.Offset + (i * 4)), table.Int32(range.Offset + ((i + 1) * 4)), page * PageSize));
        }
    }

    /// <summary>True when the character kept at <paramref name="offset"/> in the <c>WordDocument</c> stream is set superscript.</summary>
    public bool IsSuperscript(int offset)
    {
        foreach ((int start, int end, int page) in _pages)
        {
            if (offset < start || offset >= end)
            {
                continue;
            }

            // A page: the runs' bounds (n + 1 offsets), then n bytes, each where (in words) the run's properties lie
            // in the page: a length and the sprms. n is the page's last byte.
            int runs = _wordDocument.Byte(page + PageSize - 1);
            for (int i = 0; i < runs; i++)
            {
                if (offset < _wordDocument.Int32(page + (i * 4)) || offset >= _wordDocument.Int32(page + ((i + 1) * 4)))
                {
                    continue;
                }

                int at = _wordDocument.Byte(page + ((runs + 1) * 4) + i) * 2;
                return at != 0 && Superscript(page + at + 1, _wordDocument.Byte(page + at));
            }
        }

        return false;
    }

    private bool Superscript(int start, int length)
    {
        bool superscript = false;
        for (int position = start; position + 2 <= start + length;)
        {
            ushort sprm = _wordDocument.UInt16(position);
            int size = Sprm.OperandSize(_wordDocument, sprm, position + 2);
            if (size < 0)
            {
                break;
            }

            if (sprm == SuperscriptOrSubscript)
            {
                superscript = _wordDocument.Byte(position + 2) == 1;
            }

            position += 2 + size;
        }

        return superscript;
    }
}
