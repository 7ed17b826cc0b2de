using System.Collections.Generic;
using System.IO;
using System.Text;

namespace ResolutionCorpus.Tool.Import.Documents.WordBinary;

/// <summary>
/// A Word 97–2003 document's piece table ([MS-DOC] 2.9.38, Clx): the document's characters are runs ("pieces") kept
/// anywhere in the <c>WordDocument</c> stream, each either one byte a character (Windows-1252) or two (UTF-16).
/// Fast saves append pieces rather than rewrite the file, so the table, not the stream's order, is the text's order.
/// </summary>
internal sealed class WordPieceTable
{
    // The "compressed" one-byte characters are Windows-1252: 0x80 to 0x9F are not Latin-1 there ([MS-DOC] 2.4.1).
    private static readonly char[] s_windows1252 =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    private readonly List<(int Start, int End, int Offset, bool OneByte)> _pieces;

    private WordPieceTable(List<(int Start, int End, int Offset, bool OneByte)> pieces) => _pieces = pieces;

    /// <summary>Reads the piece table at <paramref name="clx"/> in the table stream.</summary>
    public static WordPieceTable Read(SpanReader table, StreamRange clx)
    {
        // Property modifiers (Prc, 0x01) come first; the piece table (Pcdt, 0x02) after them.
        int position = clx.Offset;
        while (table.Byte(position) == 0x01)
        {
            position += 3 + table.UInt16(position + 1);
        }

        if (table.Byte(position) != 0x02)
        {
            throw new InvalidDataException("its piece table is missing");
        }

        int length = table.Int32(position + 1);
        int plc = position + 5;
        table.Slice(plc, length); // the whole table lies in the stream
        int count = (length - 4) / 12;
        var pieces = new List<(int, int, int, bool)>();
        for (int i = 0; i < count; i++)
        {
            int descriptor = plc + ((count + 1) * 4) + (i * 8);
            uint fc = (uint)table.Int32(descriptor + 2);
            bool oneByte = (fc & 0x40000000) != 0;
            int offset = (int)(fc & 0x3FFFFFFF);
            pieces.Add((table.Int32(plc + (i * 4)), table.Int32(plc + ((i + 1) * 4)), oneByte ? offset / 2 : offset, oneByte));
        }

        return new WordPieceTable(pieces);
    }

    /// <summary>Every character of the document, all stories, in order.</summary>
    public string Text(SpanReader wordDocument)
    {
        var text = new StringBuilder();
        foreach ((int start, int end, int offset, bool oneByte) in _pieces)
        {
            int count = end - start;
            if (oneByte)
            {
                foreach (byte b in wordDocument.Slice(offset, count))
                {
                    text.Append(b is >= 0x80 and <= 0x9F ? s_windows1252[b - 0x80] : (char)b);
                }
            }
            else
            {
                text.Append(Encoding.Unicode.GetString(wordDocument.Slice(offset, count * 2)));
            }
        }

        return text.ToString();
    }

    /// <summary>Where in the <c>WordDocument</c> stream character <paramref name="cp"/> is kept, or -1 when no piece holds it.</summary>
    public int FileOffset(int cp)
    {
        foreach ((int start, int end, int offset, bool oneByte) in _pieces)
        {
            if (cp >= start && cp < end)
            {
                return offset + ((cp - start) * (oneByte ? 1 : 2));
            }
        }

        return -1;
    }
}
