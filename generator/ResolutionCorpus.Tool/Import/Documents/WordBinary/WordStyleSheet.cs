using System.Collections.Generic;

namespace ResolutionCorpus.Tool.Import.Documents.WordBinary;

/// <summary>
/// A Word 97–2003 document's paragraph styles ([MS-DOC] 2.9.271, STSH), as far as the importer needs them: the list a
/// style numbers its paragraphs by (a "List Number" style), itself or through the style it is based on.
/// </summary>
internal sealed class WordStyleSheet
{
    private const int NoStyle = 0x0FFF;
    private const int ParagraphStyle = 1;

    // Styles may be based on one another in a loop in a damaged file; no real chain is this long.
    private const int LongestStyleChain = 32;

    private readonly List<(int BasedOn, WordParagraphProperties Properties)> _styles = [];

    /// <summary>Reads the style sheet at <paramref name="range"/> in the table stream.</summary>
    public WordStyleSheet(SpanReader table, StreamRange range)
    {
        if (range.Length < 2)
        {
            return;
        }

        // The sheet's header (its length first) gives the number of styles and the size of each style's fixed part.
        int header = table.UInt16(range.Offset);
        int count = table.UInt16(range.Offset + 2);
        int fixedPart = table.UInt16(range.Offset + 4);
        int position = range.Offset + 2 + header;
        for (int istd = 0; istd < count; istd++)
        {
            int length = table.UInt16(position);
            int style = position + 2;
            position = style + length;
            if (length < fixedPart || (table.UInt16(style + 2) & 0x000F) != ParagraphStyle)
            {
                _styles.Add((NoStyle, default));
                continue;
            }

            // After the fixed part, the name (a count, the characters and a terminating zero), then the paragraph
            // properties: a length, the style's own number, and the sprms.
            int basedOn = table.UInt16(style + 2) >> 4;
            int name = style + fixedPart;
            int properties = name + 2 + (table.UInt16(name) * 2) + 2;
            int size = table.UInt16(properties);
            _styles.Add((basedOn, size > 2 ? WordParagraphPages.Decode(table, properties + 4, size - 2) : default));
        }
    }

    /// <summary>The list and level style <paramref name="istd"/> numbers its paragraphs by, or (0, 0).</summary>
    public (int List, int Level) ListOf(int istd)
    {
        for (int depth = 0; istd >= 0 && istd < _styles.Count && depth < LongestStyleChain; depth++)
        {
            (int basedOn, WordParagraphProperties properties) = _styles[istd];
            if (properties.List is int list)
            {
                return (list, properties.Level);
            }

            istd = basedOn == NoStyle ? -1 : basedOn;
        }

        return (0, 0);
    }
}
