using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using OpenMcdf;

namespace ResolutionCorpus.Tool.Import.Documents.WordBinary;

/// <summary>
/// Reads a Word 97–2003 file (<c>.doc</c>) into the text the raw-text importer reads, as
/// <see cref="Word.WordTextExtractor"/> reads a <c>.docx</c>: each paragraph of the main text a line (automatic numbers
/// written out), a table's row a line of cells parted by tabs, each footnote reference a superscript marker, and the
/// footnotes after the body, a line each opening with their marker. Headers and footers are page furniture, and the
/// stories the text does not place (comments, endnotes, text boxes) are listed with them: nothing is dropped unsaid.
/// </summary>
internal static class WordBinaryTextExtractor
{
    /// <summary>Extracts the text of a Word 97–2003 file, or says why it cannot.</summary>
    public static (ExtractedDocument? Document, string? Error) Extract(byte[] bytes)
    {
        try
        {
            using RootStorage root = RootStorage.Open(new MemoryStream(bytes, writable: false));
            if (StreamBytes(root, "WordDocument") is not { } wordDocument)
            {
                return (null, "The file is a legacy Office file but not a Word document (it holds no WordDocument stream): an Excel or PowerPoint file?");
            }

            WordBinaryFib fib = WordBinaryFib.Read(wordDocument);
            if (fib.Encrypted)
            {
                return (null, "The Word file is password-protected, so its text cannot be read; open it in Word, remove the password, and save it as .docx");
            }

            var document = new SpanReader(wordDocument);
            var tableStream = new SpanReader(StreamBytes(root, fib.TableStreamName) ?? throw new InvalidDataException("its " + fib.TableStreamName + " stream is missing"));
            var data = new SpanReader(StreamBytes(root, "Data") ?? []);
            WordPieceTable pieces = WordPieceTable.Read(tableStream, fib.PieceTable);
            var reader = new Reader(
                pieces.Text(document),
                fib,
                pieces,
                new WordParagraphPages(document, tableStream, data, fib.ParagraphPages),
                new WordCharacterPages(document, tableStream, fib.CharacterPages),
                new WordBinaryNumbering(tableStream, fib.Lists, fib.ListOverrides),
                new WordStyleSheet(tableStream, fib.Styles),
                tableStream);
            ExtractedDocument extracted = reader.Read();
            return string.IsNullOrWhiteSpace(extracted.Text)
                ? (null, "The Word file is empty: its body holds no text")
                : (extracted, null);
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or FormatException)
        {
            // OpenMcdf's FileFormatException is a FormatException.
            return (null, "The Word file cannot be read (" + exception.Message.TrimEnd('.') + "); it may be damaged");
        }
    }

    private static byte[]? StreamBytes(RootStorage root, string name)
    {
        if (!root.TryOpenStream(name, out CfbStream? stream))
        {
            return null;
        }

        using (stream)
        {
            var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
    }

    /// <summary>A paragraph of a story, its fields resolved, and the character that ended it (<c>\r</c>, a cell mark <c>\a</c>, a break <c>\f</c>).</summary>
    private readonly record struct StoryParagraph(string Text, char End, int Cp);

    private sealed class Reader(string text, WordBinaryFib fib, WordPieceTable pieces, WordParagraphPages paragraphs, WordCharacterPages characters, WordBinaryNumbering numbering, WordStyleSheet styles, SpanReader tableStream)
    {
        private const char FieldBegin = '\u0013';
        private const char FieldSeparator = '\u0014';
        private const char FieldEnd = '\u0015';
        private const char NoteReference = '\u0002';
        private const char CellMark = '\a';

        private readonly ExtractedDocumentWriter _writer = new();
        private readonly Dictionary<int, string> _markers = [];

        public ExtractedDocument Read()
        {
            WordStories stories = fib.Stories;
            int[] references = ReadFootnoteReferences();
            ReadMain(stories.Main);
            ReadFootnotes(references, stories.FootnotesStart);

            // The other stories follow one another; the headers and footers hold the first page's masthead.
            int start = stories.HeadersStart;
            var masthead = new List<string>();
            foreach ((int length, string place, string why, bool inHeader) in new[]
            {
                (stories.Headers, "Word header or footer", "page furniture", true),
                (stories.Comments, "Word comment", "a comment, not printed", false),
                (stories.Endnotes, "Word endnote", "an endnote, not placed in the text", false),
                (stories.TextBoxes, "Word text box", "a text box, not placed in the text", false),
                (stories.HeaderTextBoxes, "Word header text box", "page furniture", true),
            })
            {
                foreach (StoryParagraph paragraph in Paragraphs(start, start + length))
                {
                    string line = paragraph.Text.Replace('\t', ' ').Replace('\n', ' ').Trim();
                    if (line.Length > 0)
                    {
                        _writer.Drop(place, line, why);
                        if (inHeader)
                        {
                            masthead.Add(line);
                        }
                    }
                }

                start += length;
            }

            return _writer.Finish(masthead);
        }

        /// <summary>The characters where footnotes are referenced in the main text; each automatic one gets its marker, in order.</summary>
        private int[] ReadFootnoteReferences()
        {
            StreamRange range = fib.FootnoteReferences;
            tableStream.Slice(range.Offset, range.Length); // the whole list lies in the stream
            int count = range.Length >= 4 ? (range.Length - 4) / 6 : 0;
            int[] references = new int[count];
            int automatic = 0;
            for (int i = 0; i < count; i++)
            {
                references[i] = tableStream.Int32(range.Offset + (i * 4));
                bool numbered = tableStream.UInt16(range.Offset + ((count + 1) * 4) + (i * 2)) != 0;
                _markers[references[i]] = numbered
                    ? FootnoteMarkers.ToSuperscript((++automatic).ToString(CultureInfo.InvariantCulture))
                    : string.Empty; // a custom mark ("*") is the referencing character itself
            }

            return references;
        }

        private void ReadMain(int length)
        {
            int number = 0;
            var cell = new List<string>();
            var cells = new List<string>();
            foreach (StoryParagraph paragraph in Paragraphs(0, length))
            {
                WordParagraphProperties properties = paragraph.End is '\r' or CellMark ? paragraphs.At(pieces.FileOffset(paragraph.Cp)) : default;
                if (properties.RowEnd)
                {
                    // The row's own mark closes the row: its cells, parted by tabs, are a line.
                    AddRow(cells, ++number);
                    continue;
                }

                // A paragraph is numbered by its own properties, or else by its style's.
                (int list, int level) = properties.List is int own ? (own, properties.Level) : styles.ListOf(properties.Style);
                string line = list > 0 && numbering.Next(list, level) is { } label
                    ? label + "\t" + paragraph.Text
                    : paragraph.Text;
                if (properties.InTable)
                {
                    // A cell's paragraphs are one run of text.
                    cell.Add(line.Replace('\t', ' ').Replace('\n', ' ').Trim());
                    if (paragraph.End == CellMark)
                    {
                        cells.Add(string.Join(" ", cell.Where(t => t.Length > 0)));
                        cell.Clear();
                    }

                    continue;
                }

                if (cells.Count > 0)
                {
                    AddRow(cells, ++number); // a row whose end mark was not found
                }

                number++;
                foreach (string part in line.Split('\n'))
                {
                    _writer.Line("paragraph " + number.ToString(CultureInfo.InvariantCulture), part);
                }
            }

            if (cells.Count > 0)
            {
                AddRow(cells, ++number);
            }
        }

        private void AddRow(List<string> cells, int number)
        {
            _writer.Row("table row " + number.ToString(CultureInfo.InvariantCulture), string.Join('\t', cells));
            cells.Clear();
        }

        private void ReadFootnotes(int[] references, int storyStart)
        {
            StreamRange range = fib.FootnoteTexts;
            for (int i = 0; i < references.Length && ((i + 2) * 4) <= range.Length; i++)
            {
                int start = storyStart + tableStream.Int32(range.Offset + (i * 4));
                int end = storyStart + tableStream.Int32(range.Offset + ((i + 1) * 4));
                string note = string.Join(" ", Paragraphs(start, end).Select(p => p.Text.Replace('\n', ' ').Trim()).Where(t => t.Length > 0));
                string marker = _markers[references[i]];
                _writer.Line("footnote " + (i + 1).ToString(CultureInfo.InvariantCulture), marker.Length > 0 ? marker + " " + note : note);
            }
        }

        /// <summary>
        /// The paragraphs of the characters from <paramref name="start"/> to <paramref name="end"/>, as printed: a field's
        /// code left out and its result kept (a cross-reference to a footnote, NOTEREF, prints its number as a marker),
        /// Word's control characters written as what they print.
        /// </summary>
        private IEnumerable<StoryParagraph> Paragraphs(int start, int end)
        {
            var paragraph = new StringBuilder();
            var fields = new Stack<(StringBuilder Code, bool InResult)>();
            end = Math.Min(end, text.Length);
            for (int cp = Math.Max(start, 0); cp < end; cp++)
            {
                char c = text[cp];
                switch (c)
                {
                    case FieldBegin:
                        fields.Push((new StringBuilder(), false));
                        continue;
                    case FieldSeparator when fields.Count > 0:
                        fields.Push((fields.Pop().Code, true));
                        continue;
                    case FieldEnd when fields.Count > 0:
                        fields.Pop();
                        continue;
                }

                if (fields.Any(f => !f.InResult))
                {
                    fields.Peek().Code.Append(c);
                    continue;
                }

                switch (c)
                {
                    case '\r' or CellMark or '\f':
                        yield return new StoryParagraph(paragraph.ToString(), c, cp);
                        paragraph.Clear();
                        break;
                    case NoteReference when _markers.TryGetValue(cp, out string? marker):
                        paragraph.Append(marker);
                        break;
                    case '\v':
                        paragraph.Append('\n');
                        break;
                    case '\u001E':
                        paragraph.Append('-'); // a non-breaking hyphen
                        break;
                    case >= '0' and <= '9' when IsMarker(cp, fields):
                        paragraph.Append(FootnoteMarkers.ToSuperscript(c.ToString()));
                        break;
                    case '\t':
                        paragraph.Append(c);
                        break;
                    case < ' ':
                        break; // pictures, drawn objects, comment marks, note separators, optional hyphens: nothing printed as text
                    default:
                        paragraph.Append(c);
                        break;
                }
            }

            if (paragraph.Length > 0)
            {
                yield return new StoryParagraph(paragraph.ToString(), '\0', end);
            }
        }

        /// <summary>A digit is a footnote marker in a cross-reference to a footnote (NOTEREF), or when it is set superscript.</summary>
        private bool IsMarker(int cp, Stack<(StringBuilder Code, bool InResult)> fields) =>
            (fields.Count > 0 && fields.Peek().Code.ToString().Contains("NOTEREF", StringComparison.Ordinal))
            || characters.IsSuperscript(pieces.FileOffset(cp));
    }
}
