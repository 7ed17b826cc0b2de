namespace ResolutionCorpus.Tool.Import.Documents.WordBinary;

/// <summary>
/// A Word 97–2003 document's paragraph properties ([MS-DOC] 2.8.25, PlcfBtePapx): pages that map runs of the
/// <c>WordDocument</c> stream (where paragraph marks are kept) to their properties, a list of property changes
/// (sprms). Only the few the importer reads are decoded: table cell, row end, list.
/// </summary>
internal sealed class WordParagraphPages
{
    private const ushort InTable = 0x2416;          // sprmPFInTable
    private const ushort RowEnd = 0x2417;           // sprmPFTtp
    private const ushort InnerRowEnd = 0x244C;      // sprmPFInnerTtp
    private const ushort TableDepth = 0x6649;       // sprmPItap
    private const ushort ListLevel = 0x260A;        // sprmPIlvl
    private const ushort ListInstance = 0x460B;     // sprmPIlfo
    private const ushort HugeProperties = 0x6646;   // sprmPHugePapx: the properties are in the Data stream

    private readonly SpanReader _wordDocument;
    private readonly SpanReader _data;
    private readonly WordPropertyPages _pages;

    /// <summary>Reads the index of property pages at <paramref name="range"/> in the table stream.</summary>
    public WordParagraphPages(SpanReader wordDocument, SpanReader table, SpanReader data, StreamRange range)
    {
        _wordDocument = wordDocument;
        _data = data;
        _pages = new WordPropertyPages(wordDocument, table, range);
    }

    /// <summary>The properties of the paragraph whose mark is kept at <paramref name="offset"/> in the <c>WordDocument</c> stream.</summary>
    public WordParagraphProperties At(int offset)
    {
        // Each run's entry is 13 bytes, the first where, in words, the run's properties lie in the page (0: none).
        if (_pages.RunAt(offset) is not (int page, int runs, int run))
        {
            return default;
        }

        int at = _wordDocument.Byte(page + ((runs + 1) * 4) + (run * 13)) * 2;
        if (at == 0)
        {
            return default;
        }

        // PapxInFkp: a count of words (or 0 and the count in the next byte), then the style (2 bytes) and the sprms.
        int words = _wordDocument.Byte(page + at);
        int length = words != 0 ? (words * 2) - 1 : _wordDocument.Byte(page + at + 1) * 2;
        int properties = page + at + (words != 0 ? 1 : 2);
        return Decode(_wordDocument, properties + 2, length - 2, _data) with { Style = _wordDocument.UInt16(properties) };
    }

    /// <summary>Decodes the sprms the importer reads out of the <paramref name="length"/> bytes at <paramref name="start"/>.</summary>
    /// <param name="bytes">The stream that holds them.</param>
    /// <param name="start">Where the sprms start.</param>
    /// <param name="length">Their length in bytes.</param>
    /// <param name="data">The Data stream, where properties too long for a page are kept; null where they cannot be.</param>
    public static WordParagraphProperties Decode(SpanReader bytes, int start, int length, SpanReader? data = null)
    {
        bool inTable = false, rowEnd = false;
        int? list = null;
        int level = 0;
        int position = start;
        int end = start + length;
        while (position + 2 <= end)
        {
            ushort sprm = bytes.UInt16(position);
            int operand = position + 2;
            int size = Sprm.OperandSize(bytes, sprm, operand);
            if (size < 0)
            {
                break;
            }

            switch (sprm)
            {
                case InTable:
                    inTable = bytes.Byte(operand) != 0;
                    break;
                case TableDepth:
                    inTable = bytes.Int32(operand) > 0;
                    break;
                case RowEnd or InnerRowEnd:
                    rowEnd = bytes.Byte(operand) != 0;
                    break;
                case ListInstance:
                    list = (short)bytes.UInt16(operand);
                    break;
                case ListLevel:
                    level = bytes.Byte(operand);
                    break;
                case HugeProperties when data is { } stream:
                    // The properties are too long for the page: a length and the sprms, in the Data stream.
                    int huge = bytes.Int32(operand);
                    WordParagraphProperties more = Decode(stream, huge + 2, stream.UInt16(huge));
                    return more with { InTable = more.InTable || inTable, RowEnd = more.RowEnd || rowEnd, List = more.List ?? list, Level = more.List is null ? level : more.Level };
            }

            position = operand + size;
        }

        return new WordParagraphProperties(inTable, rowEnd, list, level);
    }
}
