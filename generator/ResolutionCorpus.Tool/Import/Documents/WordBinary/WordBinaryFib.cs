using System.IO;

namespace ResolutionCorpus.Tool.Import.Documents.WordBinary;

/// <summary>
/// The File Information Block that opens a Word 97–2003 file's <c>WordDocument</c> stream: how long each story of
/// the document is, in characters, and where the tables that describe it lie in the table stream ([MS-DOC] 2.5).
/// </summary>
/// <param name="TableStreamName"><c>0Table</c> or <c>1Table</c>: which of the two the file uses.</param>
/// <param name="Encrypted">True when the file is password-protected: its text cannot be read.</param>
/// <param name="Stories">The length of each story, in characters, in the order they follow one another.</param>
/// <param name="PieceTable">The Clx: which run of characters lies where in the <c>WordDocument</c> stream.</param>
/// <param name="FootnoteReferences">Where in the main text each footnote is referenced (PlcffndRef).</param>
/// <param name="FootnoteTexts">Where in the footnote story each footnote's text lies (PlcffndTxt).</param>
/// <param name="Styles">The style sheet (STSH).</param>
/// <param name="CharacterPages">The pages of character properties (PlcfBteChpx).</param>
/// <param name="ParagraphPages">The pages of paragraph properties (PlcfBtePapx).</param>
/// <param name="Lists">The list definitions (PlfLst), followed by their levels.</param>
/// <param name="ListOverrides">The list instances paragraphs refer to (PlfLfo).</param>
internal sealed record WordBinaryFib(
    string TableStreamName,
    bool Encrypted,
    WordStories Stories,
    StreamRange PieceTable,
    StreamRange FootnoteReferences,
    StreamRange FootnoteTexts,
    StreamRange Styles,
    StreamRange CharacterPages,
    StreamRange ParagraphPages,
    StreamRange Lists,
    StreamRange ListOverrides)
{
    private const ushort WordIdentifier = 0xA5EC;

    // Word 97 writes 0x00C1 here, and every later version too; Word 6 and Word 95 wrote smaller numbers and another layout.
    private const ushort FirstWord97Version = 0x00C0;

    /// <summary>Reads the FIB at the head of <paramref name="wordDocument"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a Word 97–2003 document.</exception>
    public static WordBinaryFib Read(byte[] wordDocument)
    {
        var fib = new SpanReader(wordDocument);
        if (wordDocument.Length < 32 || fib.UInt16(0) != WordIdentifier)
        {
            throw new InvalidDataException("its WordDocument stream does not open with a Word file information block");
        }

        if (fib.UInt16(2) < FirstWord97Version)
        {
            throw new InvalidDataException("it was saved by Word 6.0 or Word 95, whose layout the importer does not read");
        }

        ushort flags = fib.UInt16(0x0A);

        // FibBase (32 bytes), then three arrays, each after its count: 16-bit values, 32-bit values, and offset-length pairs.
        int position = 32;
        position += 2 + (fib.UInt16(position) * 2);
        int longs = position + 2;
        position = longs + (fib.UInt16(position) * 4);
        int pairCount = fib.UInt16(position);
        int pairs = position + 2;
        StreamRange Pair(int index) => index < pairCount ? new(fib.Int32(pairs + (index * 8)), fib.Int32(pairs + (index * 8) + 4)) : default;

        return new WordBinaryFib(
            TableStreamName: (flags & 0x0200) != 0 ? "1Table" : "0Table",
            Encrypted: (flags & 0x0100) != 0,
            Stories: new WordStories(
                Main: fib.Int32(longs + (3 * 4)),
                Footnotes: fib.Int32(longs + (4 * 4)),
                Headers: fib.Int32(longs + (5 * 4)),
                Comments: fib.Int32(longs + (7 * 4)),
                Endnotes: fib.Int32(longs + (8 * 4)),
                TextBoxes: fib.Int32(longs + (9 * 4)),
                HeaderTextBoxes: fib.Int32(longs + (10 * 4))),
            PieceTable: Pair(33),
            FootnoteReferences: Pair(2),
            FootnoteTexts: Pair(3),
            Styles: Pair(1),
            CharacterPages: Pair(12),
            ParagraphPages: Pair(13),
            Lists: Pair(73),
            ListOverrides: Pair(74));
    }
}
