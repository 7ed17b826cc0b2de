using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace ResolutionCorpus.Tool.Import.Documents.Pdf;

/// <summary>
/// Reads a PDF as the UN issues it into the text the raw-text importer reads: rows of glyphs in reading order, the
/// rows of one paragraph joined (a paragraph is set apart by more space than a line), footnote markers as superscript
/// digits, each page's footnotes (below the rule at its foot) a line each after the paragraph they interrupt, and
/// page furniture (running heads, page numbers, job numbers, bar codes) taken out and listed.
/// </summary>
internal static class PdfTextExtractor
{
    // Lines of a paragraph are set at about 1.2 times the font size; paragraphs are spaced half a line more.
    private const double ParagraphGap = 1.38;

    /// <summary>Extracts the text of a PDF, or says why it cannot.</summary>
    public static (ExtractedDocument? Document, string? Error) Extract(byte[] bytes)
    {
        var pages = new List<(List<PdfRow> Rows, IReadOnlyList<PdfRuledCell> Ruled, IReadOnlyList<double> FootnoteRules)>();
        try
        {
            using PdfDocument pdf = PdfDocument.Open(bytes);
            foreach (Page page in pdf.GetPages())
            {
                pages.Add((PdfRow.Read(page.Letters), PdfRuledCell.Find(page), PdfFootnoteRule.Find(page)));
            }
        }
        catch (PdfDocumentEncryptedException)
        {
            return (null, "The PDF is encrypted and cannot be read without its password; save an unprotected copy and import that");
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // PdfPig reports a damaged file with exceptions of many types; only reading the file is guarded so.
            return (null, "The PDF cannot be read (" + exception.Message.TrimEnd('.') + "); it may be damaged");
        }

        return pages.Any(p => p.Rows.Exists(r => !r.IsBarCode))
            ? (Assemble(pages), null)
            : (null, "The PDF has no text layer (it holds only images, as a scan does); run text recognition (OCR) on it and import the text");
    }

    private static ExtractedDocument Assemble(List<(List<PdfRow> Rows, IReadOnlyList<PdfRuledCell> Ruled, IReadOnlyList<double> FootnoteRules)> pages)
    {
        double bodySize = pages.SelectMany(p => p.Rows).Where(r => !r.IsBarCode)
            .GroupBy(r => r.Size).OrderByDescending(g => g.Sum(r => r.Text.Length)).First().Key;
        var output = new Output();
        for (int index = 0; index < pages.Count; index++)
        {
            string place = "page " + (index + 1).ToString(CultureInfo.InvariantCulture);
            List<PdfRow> rows = pages[index].Rows;
            int top = 0, bottom = rows.Count;

            // Page furniture: bar codes anywhere; above the text, rows smaller than it (after the first page, whose
            // top is the masthead the importer reads); below it, what the printer adds (page and job numbers).
            while (bottom > top && IsFooter(rows[bottom - 1]))
            {
                bottom--;
            }

            while (index > 0 && top < bottom && IsRunningHead(rows[top], top > 0 ? rows[top - 1] : null, bodySize))
            {
                output.Drop(place, rows[top], "running head");
                top++;
            }

            // The footnotes are under a rule printed as underscores, or drawn.
            int rule = rows.FindIndex(top, bottom - top, IsRule);
            int bodyEnd = rule >= 0 ? rule : PdfFootnoteRule.FirstNote(pages[index].FootnoteRules, rows, top, bottom, bodySize) ?? bottom;
            int notes = rule >= 0 ? rule + 1 : bodyEnd;
            output.AddBody(place, rows.GetRange(top, bodyEnd - top), bodySize, pages[index].Ruled);
            if (rule >= 0)
            {
                output.Drop(place, rows[rule], "footnote rule");
            }

            if (notes < bottom)
            {
                output.AddFootnotes(place, rows.GetRange(notes, bottom - notes));
            }

            for (int i = bottom; i < rows.Count; i++)
            {
                output.Drop(place, rows[i], rows[i].IsBarCode ? "bar code" : "page footer");
            }
        }

        return output.Finish();
    }

    private static bool IsHeadingLabel(string text) =>
        AnnexSegmenter.Heading(text).Success || (text.Length <= 6 && text.All(c => c is 'I' or 'V' or 'X')) || (text.Length == 1 && char.IsAsciiLetterUpper(text[0]));

    // A running head is printed smaller than the text, in one block at the top: a table or a quotation set small at the
    // top of a page starts a line or more below it.
    private static bool IsRunningHead(PdfRow row, PdfRow? above, double bodySize) =>
        !row.OpensWithSuperscript
        && (PrintDebris.IsDebris(row.Text, null)
            || (row.Size < 0.95 * bodySize && (above is null || above.Baseline - row.Baseline <= ParagraphGap * Math.Max(above.Size, row.Size))));

    private static bool IsFooter(PdfRow row) => row.IsBarCode || PrintDebris.IsDebris(row.Text, null);

    private static bool IsRule(PdfRow row) => row.Text.Length >= 5 && row.Text.All(c => c == '_');

    /// <summary>The lines being written, with their places; footnotes wait until the paragraph they interrupt ends.</summary>
    private sealed class Output
    {
        private readonly ExtractedDocumentWriter _writer = new();
        private readonly List<(string Place, List<PdfRow> Rows)> _pendingFootnotes = [];
        private List<PdfRow>? _open;
        private string _openPlace = string.Empty;
        private double _margin;
        private double _right;
        private double _lastRight;
        private string? _tableHeader;
        private bool _tableAtPageEnd;

        public void Drop(string place, PdfRow row, string why) => _writer.Drop(place, row.Text, why);

        public void AddBody(string place, List<PdfRow> rows, double bodySize, IReadOnlyList<PdfRuledCell> ruled)
        {
            var body = rows.Where(r => Math.Abs(r.Size - bodySize) < 0.6).ToList();
            if (body.Count > 0)
            {
                // The text block's edges: where most body rows start, and where the longest end.
                _margin = body.GroupBy(r => Math.Round(r.Left)).OrderByDescending(g => g.Count()).First().Key;
                _lastRight = _right;
                _right = body.Max(r => r.Right);
            }

            PdfRow? previous = null;
            bool pageTop = true;
            for (int i = 0; i < rows.Count; i++)
            {
                PdfRow row = rows[i];
                if (row.IsBarCode)
                {
                    Drop(place, row, "bar code");
                    continue;
                }

                // A table: drawn with rules (a box around text is one), its rows where the rules say; or a run of rows
                // set smaller than the text, some of them in columns.
                int end = RunEnd(rows, i, r => ruled.Any(c => c.Holds(r)));
                List<PdfTable.Line>? table = end > i ? PdfTable.ReadRuled(rows.GetRange(i, end - i), ruled) : null;
                if (table is null)
                {
                    end = RunEnd(rows, i, r => r.Size < bodySize - 0.6);
                    table = end > i && PdfTable.IsTable(rows.GetRange(i, end - i)) ? PdfTable.Read(rows.GetRange(i, end - i), ParagraphGap) : null;
                }

                if (table is not null)
                {
                    Close();
                    AddTable(place, table, pageTop);
                    i = end - 1;
                    previous = null;
                    pageTop = false;
                    continue;
                }

                _tableAtPageEnd = false;
                pageTop = false;

                // A heading's label ("Annex II", a section's "IV", a part's "B") is a line of its own, however close the
                // lines around it; so is a row wholly in bold over one that is not, or the reverse (the masthead's session,
                // agenda item and agenda title).
                bool continues = previous is not null
                    ? Math.Abs(previous.Size - row.Size) < 0.6 && previous.Baseline - row.Baseline <= ParagraphGap * Math.Max(previous.Size, row.Size)
                        && !IsHeadingLabel(previous.Text) && !IsHeadingLabel(row.Text) && previous.IsBold == row.IsBold
                    : _open is not null && ContinuesAcrossPage(_open[^1], row, bodySize);
                if (!continues)
                {
                    Close();
                    _open = [];
                    _openPlace = place;
                }

                _open!.Add(row);
                previous = row;
            }
        }

        /// <summary>Where the run of rows from <paramref name="start"/> that are not bar codes and meet <paramref name="inTable"/> ends.</summary>
        private static int RunEnd(List<PdfRow> rows, int start, Func<PdfRow, bool> inTable)
        {
            int end = start;
            while (end < rows.Count && !rows[end].IsBarCode && inTable(rows[end]))
            {
                end++;
            }

            return end;
        }

        // A table that runs on to the next page prints its header row again at the top of it: that is not wording.
        private void AddTable(string place, List<PdfTable.Line> lines, bool pageTop)
        {
            bool runsOn = pageTop && _tableAtPageEnd;
            int from = runsOn && lines[0].Text == _tableHeader ? 1 : 0;
            if (from == 1)
            {
                _writer.Drop(place, lines[0].Text.Replace('\t', ' '), "repeated table header");
            }
            else if (!runsOn)
            {
                _tableHeader = lines[0].Text;
            }

            foreach (PdfTable.Line line in lines.Skip(from))
            {
                if (line.IsRow)
                {
                    _writer.Row(place, line.Text);
                }
                else
                {
                    _writer.Line(place, line.Text);
                }
            }

            _tableAtPageEnd = true;
        }

        public void AddFootnotes(string place, List<PdfRow> rows)
        {
            foreach (PdfRow row in rows)
            {
                if (row.OpensWithSuperscript || row.Text.StartsWith('*') || _pendingFootnotes.Count == 0)
                {
                    _pendingFootnotes.Add((place, [row]));
                }
                else
                {
                    _pendingFootnotes[^1].Rows.Add(row);
                }
            }
        }

        public ExtractedDocument Finish()
        {
            Close();
            return _writer.Finish();
        }

        // A paragraph runs on to the next page when its last row is a full line of body text and the next page's
        // first row starts at the margin, not indented as a paragraph's first line is, nor numbered.
        private bool ContinuesAcrossPage(PdfRow last, PdfRow next, double bodySize) =>
            Math.Abs(last.Size - bodySize) < 0.6 && Math.Abs(next.Size - bodySize) < 0.6
            && last.Right >= _lastRight - 2 * bodySize
            && next.Left <= _margin + 0.5 * bodySize
            && !StartsNumbered(next.Text);

        private static bool StartsNumbered(string text) => ParagraphText.Numbered(text).Success || ParagraphText.Lettered(text).Success;

        private void Close()
        {
            if (_open is { Count: > 0 })
            {
                _writer.Line(_openPlace, PdfRow.Join(_open));
                _open = null;
            }

            foreach ((string place, List<PdfRow> rows) in _pendingFootnotes)
            {
                _writer.Line(place, PdfRow.Join(rows));
            }

            _pendingFootnotes.Clear();
        }
    }
}
