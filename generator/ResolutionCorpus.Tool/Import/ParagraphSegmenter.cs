using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ResolutionCorpus.Tool.Import;

/// <summary>What segmentation finds in the body and the end of a resolution.</summary>
internal sealed class Segmentation
{
    /// <summary>Preambular and operative paragraphs, in order (sub-paragraphs inside their operative paragraph).</summary>
    public List<DraftParagraph> Paragraphs { get; } = [];

    /// <summary>Footnotes in source order.</summary>
    public List<DraftFootnote> Footnotes { get; } = [];

    /// <summary>Notes (<c>* Reissued …</c>) found after the end.</summary>
    public List<string> Notes { get; } = [];

    /// <summary>Annexes: those printed after the end, and a document the resolution sets out in its text.</summary>
    public List<DraftAnnex> Annexes { get; } = [];

    /// <summary>Lines taken out as print debris, in order.</summary>
    public List<SourceLine> Dropped { get; } = [];
}

/// <summary>
/// Cuts the body into paragraphs. A source line is a new paragraph when it opens with the next operative number
/// (<c>12.</c>) or a sub-paragraph label (<c>(a)</c>), or — before the first operative paragraph — when the
/// paragraph before it is complete (ends in <c>, ; . :</c>). Otherwise it continues the paragraph before it:
/// that is how a paragraph split by footnotes and a page break (<c>… the World</c> / <c>Health Organization …</c>)
/// becomes one paragraph again, joined with one space. Footnote lines and print debris between the halves are
/// taken out first.
/// </summary>
internal sealed partial class ParagraphSegmenter(string path, SourceFormat format, string? symbol, List<ImportDiagnostic> diagnostics)
{
    private DraftParagraph? _current;
    private DraftParagraph? _currentOperative;
    private int _nextOperative = 1;

    /// <summary>Segments the body (between the enacting formula and the meeting line) and reads the end.</summary>
    public Segmentation Segment(IReadOnlyList<SourceLine> lines, DocumentLayout layout)
    {
        var result = new Segmentation();
        for (int i = layout.FormulaIndex + 1; i < layout.EndIndex; i++)
        {
            SourceLine line = lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            if (PrintDebris.IsDebris(line.Text, symbol))
            {
                result.Dropped.Add(line);
                continue;
            }

            if (_current is not null && _currentOperative is null && SetsOutDocument(_current.Text))
            {
                // "Adopts the following declaration:" and the declaration: the resolution adopts it, and its own
                // numbering is the declaration's, not the resolution's. It is read as an annex.
                DraftParagraph adopting = _current.AsUnnumberedOperative();
                result.Paragraphs[^1] = adopting;
                _current = _currentOperative = adopting;
                result.Annexes.Add(new AnnexSegmenter(format, symbol).Read(new DraftAnnex(null), lines, i, layout.EndIndex, result.Footnotes, result.Dropped));
                break;
            }

            if (SuperscriptFootnote.TryRead(line, format, out DraftFootnote? footnote))
            {
                result.Footnotes.Add(footnote);
                continue;
            }

            AddText(line, result);
        }

        UnnumberedOperative(result.Paragraphs);
        ReadEnd(lines, layout, result);
        return result;
    }

    /// <summary>
    /// A resolution without numbered paragraphs ("Approves the report of the Credentials Committee.") ends in
    /// unnumbered operative ones: preambular paragraphs end in a comma, so the first that ends in a full stop or a
    /// colon, and every one after it, is operative.
    /// </summary>
    private void UnnumberedOperative(List<DraftParagraph> paragraphs)
    {
        if (paragraphs.Exists(p => p.Kind == ParagraphKind.Operative))
        {
            return;
        }

        int first = paragraphs.FindIndex(p => ParagraphText.LastSign(p.Text, format) is '.' or ':');
        for (int i = first; first >= 0 && i < paragraphs.Count; i++)
        {
            paragraphs[i] = paragraphs[i].AsUnnumberedOperative();
        }
    }

    /// <summary>True for a clause that sets out a document in the resolution's own text: "Adopts the following Political Declaration:".</summary>
    private static bool SetsOutDocument(string text) => SetsOut().IsMatch(text);

    private void AddText(SourceLine line, Segmentation result)
    {
        string cleaned = InlineMarkup.Clean(line.Text, format);
        if (cleaned.Length == 0)
        {
            return;
        }

        Match numbered = ParagraphText.Numbered(cleaned);
        if (numbered.Success)
        {
            int number = int.Parse(numbered.Groups[1].Value, CultureInfo.InvariantCulture);
            bool expected = number == _nextOperative;
            if (expected || _current is null || !ParagraphText.IsOpen(_current.Text, format))
            {
                if (!expected)
                {
                    diagnostics.Add(new ImportDiagnostic(path, line.Number, 1, ImportSeverity.Warning, ImportIds.OperativeNumbering,
                        $"Operative paragraph {number} where {_nextOperative} was expected"));
                }

                string? emphasis = format == SourceFormat.PdfMarkdown ? InlineMarkup.LeadingEmphasis(line.Text) : null;
                var paragraph = new DraftParagraph(ParagraphKind.Operative, number, null, emphasis);
                paragraph.Chunks.Add(new TextChunk(line.Number, numbered.Groups[2].Value));
                result.Paragraphs.Add(paragraph);
                _current = paragraph;
                _currentOperative = paragraph;
                _nextOperative = number + 1;
                return;
            }
        }

        Match lettered = ParagraphText.Lettered(cleaned);
        if (lettered.Success && _currentOperative is not null
            && (_currentOperative.Subparagraphs.Count > 0 || _currentOperative.Text.EndsWith(':')))
        {
            var sub = new DraftParagraph(ParagraphKind.Subparagraph, 0, lettered.Groups[1].Value, null);
            sub.Chunks.Add(new TextChunk(line.Number, lettered.Groups[2].Value));
            _currentOperative.Subparagraphs.Add(sub);
            _current = sub;
            return;
        }

        if (_current is not null && (ParagraphText.IsOpen(_current.Text, format) || char.IsLower(cleaned[0])))
        {
            _current.Chunks.Add(new TextChunk(line.Number, cleaned));
            return;
        }

        if (_currentOperative is null)
        {
            string? emphasis = format == SourceFormat.PdfMarkdown ? InlineMarkup.LeadingEmphasis(line.Text) : null;
            var paragraph = new DraftParagraph(ParagraphKind.Preambular, 0, null, emphasis);
            paragraph.Chunks.Add(new TextChunk(line.Number, cleaned));
            result.Paragraphs.Add(paragraph);
            _current = paragraph;
            return;
        }

        // Wording must never be dropped: unnumbered text among operative paragraphs stays with the one before it.
        diagnostics.Add(new ImportDiagnostic(path, line.Number, 1, ImportSeverity.Warning, ImportIds.UnnumberedOperativeText,
            $"Unnumbered text after operative paragraph {_currentOperative.Number} is kept as part of it; check the source"));
        _current!.Chunks.Add(new TextChunk(line.Number, cleaned));
    }

    private void ReadEnd(IReadOnlyList<SourceLine> lines, DocumentLayout layout, Segmentation result)
    {
        bool inPrintBlock = false;
        int expectedPlain = 1;
        for (int i = layout.EndIndex + 1; i < lines.Count; i++)
        {
            SourceLine line = lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            Match annex = AnnexSegmenter.Heading(InlineMarkup.Clean(line.Text, format));
            if (annex.Success && !inPrintBlock)
            {
                // An annex runs to the next annex heading, or to the end of the text.
                int next = i + 1;
                while (next < lines.Count && !AnnexSegmenter.Heading(InlineMarkup.Clean(lines[next].Text, format)).Success)
                {
                    next++;
                }

                string? label = annex.Groups[1].Success ? annex.Groups[1].Value : null;
                result.Annexes.Add(new AnnexSegmenter(format, symbol).Read(new DraftAnnex(label), lines, i + 1, next, result.Footnotes, result.Dropped));
                i = next - 1;
                continue;
            }

            if (i == NextNonBlank(lines, layout.EndIndex + 1) && MetadataExtractor.IsDateLine(InlineMarkup.Clean(line.Text, format)))
            {
                continue; // the adoption date under the meeting line: metadata
            }

            if (SuperscriptFootnote.TryRead(line, format, out DraftFootnote? footnote))
            {
                result.Footnotes.Add(footnote);
                continue;
            }

            if (format == SourceFormat.PlainText && !inPrintBlock)
            {
                Match plain = PlainFootnote().Match(line.Text);
                if (plain.Success && int.Parse(plain.Groups[1].Value, CultureInfo.InvariantCulture) == expectedPlain)
                {
                    result.Footnotes.Add(new DraftFootnote(plain.Groups[1].Value, plain.Groups[2].Value.Trim(), line.Number));
                    expectedPlain++;
                    continue;
                }

                if (MetadataExtractor.TryReadNote(line.Text, out string note))
                {
                    result.Notes.Add(note);
                    continue;
                }
            }

            if (PrintDebris.IsDebris(line.Text, symbol))
            {
                // After the documents system's tags and rules comes its masthead: all of it is print, none wording.
                inPrintBlock |= format == SourceFormat.PlainText;
                result.Dropped.Add(line);
                continue;
            }

            if (inPrintBlock)
            {
                result.Dropped.Add(line);
                continue;
            }

            diagnostics.Add(new ImportDiagnostic(path, line.Number, 1, ImportSeverity.Warning, ImportIds.UnrecognizedTrailingText,
                "Text after the end of the resolution is neither a footnote, a note nor print debris and was not imported"));
        }
    }

    private static int NextNonBlank(IReadOnlyList<SourceLine> lines, int start)
    {
        for (int i = start; i < lines.Count; i++)
        {
            if (!lines[i].IsBlank)
            {
                return i;
            }
        }

        return lines.Count;
    }


    [GeneratedRegex(@"^(\d{1,3})\s+(\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainFootnote();

    // "Adopts the following Political Declaration:", "Approves the following recommendations:" (a clause that ends the preamble's run of commas).
    [GeneratedRegex(@"^(?:\w+\s+){0,2}?(?:Adopts|Approves|Endorses|Proclaims|Declares|Solemnly proclaims)\b[^.;]*\bfollowing\b[^.;]*:$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SetsOut();
}
