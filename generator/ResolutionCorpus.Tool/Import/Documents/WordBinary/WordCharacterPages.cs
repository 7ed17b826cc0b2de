namespace ResolutionCorpus.Tool.Import.Documents.WordBinary;

/// <summary>
/// A Word 97–2003 document's character properties ([MS-DOC] 2.8.24, PlcfBteChpx): pages that map runs of the
/// <c>WordDocument</c> stream to their property changes. Only superscript is read: a digit set superscript is a
/// footnote marker, as in a PDF, even where it was typed rather than made a reference.
/// </summary>
internal sealed class WordCharacterPages
{
    private const ushort SuperscriptOrSubscript = 0x2A48; // sprmCIss: 1 is superscript

    private readonly SpanReader _wordDocument;
    private readonly WordPropertyPages _pages;

    /// <summary>Reads the index of property pages at <paramref name="range"/> in the table stream.</summary>
    public WordCharacterPages(SpanReader wordDocument, SpanReader table, StreamRange range)
    {
        _wordDocument = wordDocument;
        _pages = new WordPropertyPages(wordDocument, table, range);
    }

    /// <summary>True when the character kept at <paramref name="offset"/> in the <c>WordDocument</c> stream is set superscript.</summary>
    public bool IsSuperscript(int offset)
    {
        // Each run's entry is one byte: where, in words, the run's properties (a length and the sprms) lie in the page.
        if (_pages.RunAt(offset) is not (int page, int runs, int run))
        {
            return false;
        }

        int at = _wordDocument.Byte(page + ((runs + 1) * 4) + run) * 2;
        return at != 0 && Superscript(page + at + 1, _wordDocument.Byte(page + at));
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
