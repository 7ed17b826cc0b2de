using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using OpenMcdf;

namespace ResolutionCorpus.Tool.Tests;

/// <summary>
/// Writes small Word 97–2003 (<c>.doc</c>) files for tests, laid out as [MS-DOC] lays them out: a file information
/// block, the text in one piece, footnotes, a header story, and the paragraph properties of table cells, row ends and
/// numbered lists. Only what the importer reads is written.
/// </summary>
internal sealed class Word97Writer
{
    private const int TextOffset = 1024;
    private const int PageSize = 512;

    private readonly StringBuilder _main = new();
    private readonly List<(bool InTable, bool RowEnd, int List, int Level, int Style)> _paragraphs = [];
    private readonly List<string> _footnotes = [];
    private readonly StringBuilder _headers = new();
    private readonly List<(int Start, int Length)> _superscripts = [];

    /// <summary>Writes the text one byte a character, in Windows-1252, as Word does when it can.</summary>
    public bool OneByte { get; init; }

    /// <summary>Marks the file password-protected.</summary>
    public bool Encrypted { get; init; }

    /// <summary>The version number in the file information block (Word 97 and later write 0x00C1).</summary>
    public ushort Version { get; init; } = 0x00C1;

    /// <summary>A paragraph; each <c>\u0002</c> in it references the next footnote, and text in braces is set superscript.</summary>
    public Word97Writer Paragraph(string text) => Add(text + "\r", (false, false, 0, 0, 0));

    /// <summary>A resolution's number and title, and the organ that opens its text.</summary>
    public Word97Writer Opening() => Paragraph("79/500. Cooperation in testing").Paragraph("The General Assembly,");

    /// <summary>The meeting and the date a resolution closes with.</summary>
    public Word97Writer Closing() => Paragraph("99th plenary meeting").Paragraph("2 May 2025");

    /// <summary>A paragraph numbered automatically by the file's one list, at <paramref name="level"/> (0: "1.", 1: "(a)").</summary>
    public Word97Writer Numbered(int level, string text) => Add(text + "\r", (false, false, 1, level, 0));

    /// <summary>A paragraph of the style "List Number", which numbers its paragraphs by the file's one list at level 0.</summary>
    public Word97Writer NumberedByStyle(string text) => Add(text + "\r", (false, false, 0, 0, 1));

    /// <summary>A table's row: each cell ends with a cell mark, and the row with a mark of its own.</summary>
    public Word97Writer Row(params string[] cells)
    {
        foreach (string cell in cells)
        {
            Add(cell + "\a", (true, false, 0, 0, 0));
        }

        return Add("\a", (true, true, 0, 0, 0));
    }

    /// <summary>The text of the next footnote.</summary>
    public Word97Writer Footnote(string text)
    {
        _footnotes.Add(text);
        return this;
    }

    /// <summary>A paragraph of the header story.</summary>
    public Word97Writer Header(string text)
    {
        _headers.Append(text).Append('\r');
        return this;
    }

    /// <summary>Writes the file at <paramref name="path"/>.</summary>
    public void Save(string path)
    {
        string main = _main.ToString();
        string footnotes = string.Concat(_footnotes.Select(f => "\u0002 " + f + "\r"));
        string text = main + footnotes + _headers;
        byte[] characters = OneByte ? Encoding.Latin1.GetBytes(text.Select(Windows1252).ToArray()) : Encoding.Unicode.GetBytes(text);
        int width = OneByte ? 1 : 2;

        var table = new List<byte>();
        var pairs = new Dictionary<int, (int Offset, int Length)>();
        void Structure(int index, params int[] values)
        {
            pairs[index] = (table.Count, 0);
            foreach (int value in values)
            {
                table.AddRange(BitConverter.GetBytes(value));
            }

            pairs[index] = (pairs[index].Offset, table.Count - pairs[index].Offset);
        }

        // The piece table: one piece, from character 0 to the end.
        table.Add(0x02);
        table.AddRange(BitConverter.GetBytes(16));
        table.AddRange(BitConverter.GetBytes(0));
        table.AddRange(BitConverter.GetBytes(text.Length));
        table.AddRange(new byte[2]);
        table.AddRange(BitConverter.GetBytes(OneByte ? (TextOffset * 2) | 0x40000000 : TextOffset));
        table.AddRange(new byte[2]);
        pairs[33] = (0, table.Count);

        // Footnotes: where each is referenced (and that it is numbered), and where each one's text begins.
        int[] references = [.. main.Select((c, i) => (c, i)).Where(x => x.c == '\u0002').Select(x => x.i)];
        Structure(2, [.. references, main.Length]);
        table.AddRange(references.SelectMany(_ => BitConverter.GetBytes((short)1)));
        pairs[2] = (pairs[2].Offset, table.Count - pairs[2].Offset);
        int start = 0;
        var starts = new List<int>();
        foreach (string note in _footnotes)
        {
            starts.Add(start);
            start += note.Length + 3;
        }

        Structure(3, [.. starts, start]);

        // One list of nine levels: "1." and "(a)", then plain numbers.
        int lists = table.Count;
        table.AddRange(BitConverter.GetBytes((short)1));
        table.AddRange(BitConverter.GetBytes(7)); // its id
        table.AddRange(new byte[24]);
        for (int level = 0; level < 9; level++)
        {
            string levelText = level switch { 0 => "\u0000.", 1 => "(\u0001)", _ => ((char)level).ToString() };
            byte[] head = new byte[28];
            BinaryPrimitives.WriteInt32LittleEndian(head, 1);
            head[4] = level == 1 ? (byte)4 : (byte)0; // lower letter, or decimal
            table.AddRange(head);
            table.AddRange(BitConverter.GetBytes((short)levelText.Length));
            table.AddRange(Encoding.Unicode.GetBytes(levelText));
        }

        pairs[73] = (lists, 30);

        // The style sheet: "Normal", and "List Number" based on it, which numbers by the list.
        int sheet = table.Count;
        table.AddRange(BitConverter.GetBytes((short)18));
        table.AddRange(BitConverter.GetBytes((short)2)); // styles
        table.AddRange(BitConverter.GetBytes((short)10)); // the fixed part of each
        table.AddRange(new byte[14]);
        foreach ((string name, int basedOn, byte[] sprms) in new[] { ("Normal", 0x0FFF, Array.Empty<byte>()), ("List Number", 0, new byte[] { 0x0B, 0x46, 1, 0 }) })
        {
            var style = new List<byte>();
            style.AddRange(new byte[2]);
            style.AddRange(BitConverter.GetBytes((ushort)(1 | (basedOn << 4))));
            style.AddRange(new byte[6]);
            style.AddRange(BitConverter.GetBytes((short)name.Length));
            style.AddRange(Encoding.Unicode.GetBytes(name + "\0"));
            style.AddRange(BitConverter.GetBytes((short)(2 + sprms.Length)));
            style.AddRange(BitConverter.GetBytes((short)(basedOn == 0 ? 1 : 0)));
            style.AddRange(sprms);
            style.AddRange(new byte[2]); // no character properties
            table.AddRange(BitConverter.GetBytes((short)style.Count));
            table.AddRange(style);
        }

        pairs[1] = (sheet, table.Count - sheet);
        int overrides = table.Count;
        table.AddRange(BitConverter.GetBytes(1));
        table.AddRange(BitConverter.GetBytes(7)); // the list it is an instance of
        table.AddRange(new byte[12]);
        table.AddRange(BitConverter.GetBytes(-1));
        pairs[74] = (overrides, table.Count - overrides);

        // The paragraph properties and the character properties: a page each, after the text.
        int page = ((TextOffset + characters.Length) / PageSize) + 1;
        int end = TextOffset + characters.Length;
        Structure(13, TextOffset, end, page);
        Structure(12, TextOffset, end, page + 1);

        byte[] document = new byte[(page + 2) * PageSize];
        characters.CopyTo(document, TextOffset);
        WriteInformationBlock(document, main.Length, footnotes.Length, _headers.Length, pairs);
        WritePropertyPage(document.AsSpan(page * PageSize, PageSize), main, width);
        WriteCharacterPage(document.AsSpan((page + 1) * PageSize, PageSize), text.Length, width);

        using RootStorage root = RootStorage.Create(path);
        using (CfbStream stream = root.CreateStream("WordDocument"))
        {
            stream.Write(document);
        }

        using (CfbStream stream = root.CreateStream("1Table"))
        {
            stream.Write(table.ToArray());
        }
    }

    private Word97Writer Add(string text, (bool, bool, int, int, int) properties)
    {
        foreach (string part in text.Split('}'))
        {
            int brace = part.IndexOf('{', StringComparison.Ordinal);
            _main.Append(brace < 0 ? part : part[..brace]);
            if (brace >= 0)
            {
                _superscripts.Add((_main.Length, part.Length - brace - 1));
                _main.Append(part[(brace + 1)..]);
            }
        }

        _paragraphs.Add(properties);
        return this;
    }

    private void WriteInformationBlock(byte[] document, int main, int footnotes, int headers, Dictionary<int, (int Offset, int Length)> pairs)
    {
        Span<byte> fib = document;
        BinaryPrimitives.WriteUInt16LittleEndian(fib, 0xA5EC);
        BinaryPrimitives.WriteUInt16LittleEndian(fib[2..], Version);
        BinaryPrimitives.WriteUInt16LittleEndian(fib[0x0A..], (ushort)(0x0200 | (Encrypted ? 0x0100 : 0)));
        int position = 32;
        BinaryPrimitives.WriteUInt16LittleEndian(fib[position..], 14);
        position += 2 + 28;
        BinaryPrimitives.WriteUInt16LittleEndian(fib[position..], 22);
        int longs = position + 2;
        BinaryPrimitives.WriteInt32LittleEndian(fib[(longs + 12)..], main);
        BinaryPrimitives.WriteInt32LittleEndian(fib[(longs + 16)..], footnotes);
        BinaryPrimitives.WriteInt32LittleEndian(fib[(longs + 20)..], headers);
        position = longs + 88;
        BinaryPrimitives.WriteUInt16LittleEndian(fib[position..], 93);
        foreach ((int index, (int offset, int length)) in pairs)
        {
            BinaryPrimitives.WriteInt32LittleEndian(fib[(position + 2 + (index * 8))..], offset);
            BinaryPrimitives.WriteInt32LittleEndian(fib[(position + 2 + (index * 8) + 4)..], length);
        }
    }

    /// <summary>One page of paragraph properties: each paragraph's run of the stream, and the sprms of those that have any.</summary>
    private void WritePropertyPage(Span<byte> page, string main, int width)
    {
        int runs = _paragraphs.Count;
        page[PageSize - 1] = (byte)runs;
        int at = PageSize - 1;
        int paragraphStart = 0;
        for (int i = 0; i < runs; i++)
        {
            int paragraphEnd = main.IndexOfAny(['\r', '\a'], paragraphStart) + 1;
            BinaryPrimitives.WriteInt32LittleEndian(page[(i * 4)..], TextOffset + (paragraphStart * width));
            BinaryPrimitives.WriteInt32LittleEndian(page[((i + 1) * 4)..], TextOffset + (paragraphEnd * width));
            paragraphStart = paragraphEnd;

            (bool inTable, bool rowEnd, int list, int level, int style) = _paragraphs[i];
            var sprms = new List<byte>();
            if (inTable)
            {
                sprms.AddRange([0x16, 0x24, 1]);
            }

            if (rowEnd)
            {
                sprms.AddRange([0x17, 0x24, 1]);
            }

            if (list > 0)
            {
                sprms.AddRange([0x0B, 0x46, (byte)list, 0, 0x0A, 0x26, (byte)level]);
            }

            // The properties: a zero, their length in words, the style, the sprms; placed at an even offset.
            int words = (sprms.Count + 3) / 2;
            at = (at - 2 - (words * 2)) & ~1;
            page[at] = 0;
            page[at + 1] = (byte)words;
            BinaryPrimitives.WriteUInt16LittleEndian(page[(at + 2)..], (ushort)style);
            sprms.ToArray().CopyTo(page[(at + 4)..]);
            page[((runs + 1) * 4) + (i * 13)] = (byte)(at / 2);
        }
    }

    /// <summary>One page of character properties: runs at the bounds of the superscript text, each superscript run with sprmCIss.</summary>
    private void WriteCharacterPage(Span<byte> page, int length, int width)
    {
        List<(int Start, bool Superscript)> runs = [(0, false)];
        foreach ((int start, int count) in _superscripts)
        {
            runs.Add((start, true));
            runs.Add((start + count, false));
        }

        page[PageSize - 1] = (byte)runs.Count;
        int properties = PageSize - 6; // even, and clear of the count in the last byte
        page[properties] = 3;
        page[properties + 1] = 0x48;
        page[properties + 2] = 0x2A;
        page[properties + 3] = 1;
        for (int i = 0; i < runs.Count; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(page[(i * 4)..], TextOffset + (runs[i].Start * width));
            page[((runs.Count + 1) * 4) + i] = runs[i].Superscript ? (byte)(properties / 2) : (byte)0;
        }

        BinaryPrimitives.WriteInt32LittleEndian(page[(runs.Count * 4)..], TextOffset + (length * width));
    }

    private static char Windows1252(char c) => c switch
    {
        '\u2018' => '\u0091',
        '\u2019' => '\u0092',
        '\u201C' => '\u0093',
        '\u201D' => '\u0094',
        '\u2013' => '\u0096',
        '\u2014' => '\u0097',
        _ => c,
    };
}
