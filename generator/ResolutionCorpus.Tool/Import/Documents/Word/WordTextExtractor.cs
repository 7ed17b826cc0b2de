using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ResolutionCorpus.Tool.Import.Documents.Word;

/// <summary>
/// Reads a Word file (<c>.docx</c>) into the text the raw-text importer reads: each paragraph of the body a line
/// (automatic numbers written out), each footnote reference a superscript marker numbered as Word numbers them, and
/// the footnotes after the body, a line each opening with their marker. Headers and footers are page furniture:
/// taken out and listed; so are endnotes, which the text does not place.
/// </summary>
internal static class WordTextExtractor
{
    /// <summary>Extracts the text of a Word file, or says why it cannot.</summary>
    public static (ExtractedDocument? Document, string? Error) Extract(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using WordprocessingDocument word = WordprocessingDocument.Open(stream, false);
            MainDocumentPart? main = word.MainDocumentPart;
            Body? body = main?.Document?.Body;
            if (main is null || body is null)
            {
                return (null, "The Word file has no document body");
            }

            var reader = new Reader(main);
            ExtractedDocument document = reader.Read(body);
            return document.Places.Count == 0 || string.IsNullOrWhiteSpace(document.Text)
                ? (null, "The Word file is empty: its body holds no text")
                : (document, null);
        }
        catch (Exception exception) when (exception is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or IOException)
        {
            return (null, "The Word file cannot be read (" + exception.Message.TrimEnd('.') + "); it may be damaged");
        }
    }

    private sealed class Reader(MainDocumentPart main)
    {
        private readonly ExtractedDocumentWriter _writer = new();
        private readonly List<(string Marker, long Id)> _notes = [];
        private readonly WordNumbering _numbering = new(main.NumberingDefinitionsPart, main.StyleDefinitionsPart);

        public ExtractedDocument Read(Body body)
        {
            int number = 0;
            foreach (OpenXmlElement block in body.Descendants().Where(e => e is Paragraph or TableRow && e.Ancestors<Table>().Count() <= (e is TableRow ? 1 : 0)))
            {
                number++;
                string place = (block is TableRow ? "table row " : "paragraph ") + number.ToString(CultureInfo.InvariantCulture);
                if (block is TableRow row)
                {
                    // A table's row is a line of its cells parted by tabs; a cell's paragraphs (and any table inside it)
                    // are one run of text.
                    _writer.Row(place, string.Join('\t', row.Elements<TableCell>().Select(cell => string.Join(" ",
                        cell.Descendants<Paragraph>().Select(Labelled).Select(t => t.Replace('\t', ' ').Replace('\n', ' ').Trim()).Where(t => t.Length > 0)))));
                    continue;
                }

                foreach (string line in Labelled((Paragraph)block).Split('\n'))
                {
                    _writer.Line(place, line);
                }
            }

            Dictionary<long, Footnote> footnotes = main.FootnotesPart?.Footnotes?.Elements<Footnote>()
                .Where(f => f.Id?.Value is { } id)
                .ToDictionary(f => f.Id!.Value!) ?? [];
            foreach ((string marker, long id) in _notes)
            {
                if (!footnotes.TryGetValue(id, out Footnote? footnote))
                {
                    continue;
                }

                // A footnote is one line, whatever breaks its paragraphs hold.
                string text = string.Join(" ", footnote.Elements<Paragraph>().Select(p => Text(p, footnotes: false).Replace('\n', ' ')).Where(t => t.Trim().Length > 0));
                _writer.Line("footnote " + id.ToString(CultureInfo.InvariantCulture), marker.Length > 0 ? marker + " " + text.TrimStart() : text.Trim());
            }

            var masthead = new List<string>();
            foreach (HeaderPart header in main.HeaderParts)
            {
                masthead.AddRange(AddFurniture(header.Header, "Word header", "page furniture"));
            }

            foreach (FooterPart footer in main.FooterParts)
            {
                masthead.AddRange(AddFurniture(footer.Footer, "Word footer", "page furniture"));
            }

            // Endnotes print at the document's end under numbers of their own: listed, not placed in the text.
            foreach (Endnote endnote in main.EndnotesPart?.Endnotes?.Elements<Endnote>().Where(e => e.Type is null || e.Type.Value == FootnoteEndnoteValues.Normal) ?? [])
            {
                AddFurniture(endnote, "Word endnote", "an endnote, not placed in the text");
            }

            return _writer.Finish(masthead);
        }

        /// <summary>The paragraph's text, after its automatic number when it has one.</summary>
        private string Labelled(Paragraph paragraph)
        {
            string text = Text(paragraph, footnotes: true);
            return _numbering.Next(paragraph) is string label ? label + "\t" + text : text;
        }

        /// <summary>Lists the paragraphs of <paramref name="part"/> as furniture, and returns their texts.</summary>
        private List<string> AddFurniture(OpenXmlElement? part, string place, string why)
        {
            var texts = new List<string>();
            foreach (Paragraph paragraph in part?.Descendants<Paragraph>() ?? [])
            {
                string text = Text(paragraph, footnotes: false).Trim();
                if (text.Length > 0)
                {
                    _writer.Drop(place, text, why);
                    texts.Add(text);
                }
            }

            return texts;
        }

        /// <summary>
        /// The paragraph's text as printed: field codes left out and their results kept (a cross-reference to a
        /// footnote, NOTEREF, prints its number as a marker, as do digits set superscript), deleted and hidden text left out.
        /// </summary>
        private string Text(Paragraph paragraph, bool footnotes)
        {
            var text = new StringBuilder();
            bool inCode = false;
            bool noteReference = false; // inside the result of a complex NOTEREF field
            string code = string.Empty;
            foreach (OpenXmlElement element in paragraph.Descendants())
            {
                // Text boxes hold paragraphs of their own, read in their turn; deleted revisions are not printed.
                if (element is not Run run || element.Ancestors<Paragraph>().First() != paragraph || element.Ancestors<DeletedRun>().Any())
                {
                    continue;
                }

                if (run.RunProperties?.Vanish is { } vanish && (vanish.Val is null || vanish.Val.Value))
                {
                    continue;
                }

                bool simpleNoteReference = run.Parent is SimpleField field && field.Instruction?.Value?.Contains("NOTEREF", StringComparison.Ordinal) == true;

                // Digits set superscript are a footnote marker, as in a PDF, even where typed rather than made a reference.
                bool superscript = run.RunProperties?.VerticalTextAlignment?.Val is { } position && position.Value == VerticalPositionValues.Superscript;

                foreach (OpenXmlElement part in run.ChildElements)
                {
                    switch (part)
                    {
                        case FieldChar { FieldCharType.Value: var type }:
                            if (type == FieldCharValues.Begin)
                            {
                                inCode = true;
                                code = string.Empty;
                            }
                            else if (type == FieldCharValues.Separate)
                            {
                                inCode = false;
                                noteReference = code.Contains("NOTEREF", StringComparison.Ordinal);
                            }
                            else
                            {
                                inCode = false;
                                noteReference = false;
                            }

                            break;
                        case FieldCode instruction:
                            code += instruction.Text;
                            break;
                        case Text t when !inCode:
                            text.Append((noteReference || simpleNoteReference || superscript) && t.Text.All(char.IsAsciiDigit) ? FootnoteMarkers.ToSuperscript(t.Text) : t.Text);
                            break;
                        case TabChar or PositionalTab:
                            text.Append('\t');
                            break;
                        case Break or CarriageReturn:
                            text.Append('\n');
                            break;
                        case NoBreakHyphen:
                            text.Append('-');
                            break;
                        case FootnoteReference reference when footnotes && reference.Id?.Value is { } id:
                            string marker = reference.CustomMarkFollows?.Value == true
                                ? string.Empty
                                : FootnoteMarkers.ToSuperscript((_notes.Count(n => n.Marker.Length > 0) + 1).ToString(CultureInfo.InvariantCulture));
                            _notes.Add((marker, id));
                            text.Append(marker);
                            break;
                    }
                }
            }

            return text.ToString();
        }
    }
}
