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
            if (line.IsBlank || PrintDebris.IsDebris(line.Text, symbol))
            {
                continue;
            }

            if (TryReadSuperscriptFootnote(line, out DraftFootnote? footnote))
            {
                result.Footnotes.Add(footnote);
                continue;
            }

            AddText(line, result);
        }

        ReadEnd(lines, layout, result);
        return result;
    }

    private void AddText(SourceLine line, Segmentation result)
    {
        string cleaned = InlineMarkup.Clean(line.Text, format);
        if (cleaned.Length == 0)
        {
            return;
        }

        Match numbered = Numbered().Match(cleaned);
        if (numbered.Success)
        {
            int number = int.Parse(numbered.Groups[1].Value, CultureInfo.InvariantCulture);
            bool expected = number == _nextOperative;
            if (expected || _current is null || !IsOpen(_current))
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

        Match lettered = Lettered().Match(cleaned);
        if (lettered.Success && _currentOperative is not null
            && (_currentOperative.Subparagraphs.Count > 0 || _currentOperative.Text.EndsWith(':')))
        {
            var sub = new DraftParagraph(ParagraphKind.Subparagraph, 0, lettered.Groups[1].Value, null);
            sub.Chunks.Add(new TextChunk(line.Number, lettered.Groups[2].Value));
            _currentOperative.Subparagraphs.Add(sub);
            _current = sub;
            return;
        }

        if (_current is not null && (IsOpen(_current) || char.IsLower(cleaned[0])))
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

            if (i == NextNonBlank(lines, layout.EndIndex + 1) && MetadataExtractor.IsDateLine(InlineMarkup.Clean(line.Text, format)))
            {
                continue; // the adoption date under the meeting line: metadata
            }

            if (TryReadSuperscriptFootnote(line, out DraftFootnote? footnote))
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
                continue;
            }

            if (!inPrintBlock)
            {
                diagnostics.Add(new ImportDiagnostic(path, line.Number, 1, ImportSeverity.Warning, ImportIds.UnrecognizedTrailingText,
                    "Text after the end of the resolution is neither a footnote, a note nor print debris and was not imported"));
            }
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

    private bool TryReadSuperscriptFootnote(SourceLine line, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DraftFootnote? footnote)
    {
        footnote = null;
        string text = line.Text;
        int end = 0;
        while (end < text.Length && FootnoteMarkers.IsSuperscriptDigit(text[end]))
        {
            end++;
        }

        if (end == 0 || end == text.Length || text[end] != ' ')
        {
            return false;
        }

        var marker = new System.Text.StringBuilder(end);
        for (int i = 0; i < end; i++)
        {
            marker.Append(FootnoteMarkers.ToDigit(text[i]));
        }

        footnote = new DraftFootnote(marker.ToString(), InlineMarkup.Clean(text[(end + 1)..], format), line.Number);
        return true;
    }

    /// <summary>
    /// A paragraph is open (continues on the next line) unless it ends in <c>, ; . :</c>, ignoring footnote markers,
    /// closing quotes and brackets after that punctuation.
    /// </summary>
    private bool IsOpen(DraftParagraph paragraph)
    {
        string text = paragraph.Chunks[^1].Text;
        int end = text.Length;
        while (end > 0)
        {
            char c = text[end - 1];
            if (FootnoteMarkers.IsSuperscriptDigit(c) || c is '"' or '”' or '’' or '\'' or ')' or ']' || char.IsWhiteSpace(c))
            {
                end--;
                continue;
            }

            // Documents-system text glues footnote numbers to the punctuation: "Europe,1".
            if (format == SourceFormat.PlainText && char.IsAsciiDigit(c))
            {
                int digits = end;
                while (digits > 0 && char.IsAsciiDigit(text[digits - 1]))
                {
                    digits--;
                }

                if (digits > 0 && end - digits <= 3 && text[digits - 1] is ',' or ';' or '.' or ':')
                {
                    end = digits;
                    continue;
                }
            }

            break;
        }

        return end == 0 || text[end - 1] is not (',' or ';' or '.' or ':');
    }

    [GeneratedRegex(@"^(\d{1,3})\.\s+(\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^\(([a-z]{1,2}|[ivxl]{1,6})\)\s+(\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Lettered();

    [GeneratedRegex(@"^(\d{1,3})\s+(\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainFootnote();
}
