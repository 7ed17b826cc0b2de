using System;
using System.Collections.Generic;
using System.Linq;
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

    /// <summary>How the document's line-break hyphens join: from the words it writes whole.</summary>
    public LineBreakHyphens Hyphens { get; init; } = LineBreakHyphens.KeepAll;

    /// <summary>Whether the text is wrapped at a width rather than a paragraph a line (<see cref="TextWrapping"/>).</summary>
    public bool Wrapped { get; init; }

    /// <summary>For a wrapped text, the width it is wrapped at, in characters; 0 otherwise.</summary>
    public int Width { get; init; }

    /// <summary>Whether the text was read out of a PDF or Word file, which holds a paragraph a line.</summary>
    public bool ParagraphALine { get; init; }
}

/// <summary>
/// Cuts the body into paragraphs. A source line is a new paragraph when it opens with the next operative number
/// (<c>12.</c>) or a sub-paragraph label (<c>(a)</c>), or — before the first operative paragraph — when the
/// paragraph before it is complete (ends in <c>, ; . :</c>). Otherwise it continues the paragraph before it:
/// that is how a paragraph split by footnotes and a page break (<c>… the World</c> / <c>Health Organization …</c>)
/// becomes one paragraph again, joined with one space. Footnote lines and print debris between the halves are
/// taken out first.
/// </summary>
internal sealed partial class ParagraphSegmenter(string path, SourceFormat format, string? symbol, string? title, List<ImportDiagnostic> diagnostics, LineLedger ledger)
{
    private DraftParagraph? _current;
    private DraftParagraph? _currentOperative;
    private int _nextOperative = 1;
    private string? _part;
    private char _nextPart = 'A';
    private bool _partStarted;
    private DraftSection? _section;
    private int _nextSection = 1;

    /// <summary>True for text read out of a PDF or Word file, which holds a paragraph a line and is never wrapped.</summary>
    public bool ParagraphALine { get; init; }

    /// <summary>Segments the body (between the enacting formula and the meeting line) and reads the end.</summary>
    /// <param name="lines">The text's lines.</param>
    /// <param name="layout">Its regions.</param>
    /// <param name="meetingBlockEnd">The last line of the meeting line's block (a vote stated under it), which is metadata.</param>
    public Segmentation Segment(IReadOnlyList<SourceLine> lines, DocumentLayout layout, int meetingBlockEnd = -1)
    {
        bool wrapped = !ParagraphALine && TextWrapping.IsWrapped(lines, format);
        var result = new Segmentation { Hyphens = LineBreakHyphens.Of(lines), Wrapped = wrapped, Width = wrapped ? TextWrapping.Width(lines) : 0, ParagraphALine = ParagraphALine };
        // In a text extracted from a PDF: the footnotes under each page's rule ("_____").
        var pageFootnotes = new PageFootnotes(symbol, result.Hyphens, ledger);

        // A resolution adopted in parts may print its first part's letter above the enacting formula.
        int before = layout.FormulaIndex - 1;
        while (before >= 0 && lines[before].IsBlank)
        {
            before--;
        }

        if (before >= 0 && IsPartLetter(lines[before].Text))
        {
            ledger.Mark(lines[before], LineRole.Form);
            StartPart();
        }

        for (int i = layout.BodyStart; i < layout.EndIndex; i++)
        {
            SourceLine line = lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            // "A", "B", "C" alone on a line start the parts of a resolution adopted in parts; each may repeat the formula.
            if (IsPartLetter(line.Text))
            {
                ledger.Mark(line, LineRole.Form);
                StartPart();
                continue;
            }

            if (_part is not null && DocumentLayout.IsFormula(InlineMarkup.Clean(line.Text, format)))
            {
                ledger.Mark(line, LineRole.Form);
                continue;
            }

            if (format == SourceFormat.PlainText && pageFootnotes.TryRead(lines, i, result.Footnotes))
            {
                continue;
            }

            if (PrintDebris.IsDebris(line.Text, symbol))
            {
                ledger.Mark(line, LineRole.Debris, "print debris");
                continue;
            }

            if (RunningTitle.Read(lines, i, title, symbol, ledger) is > 0 and int running)
            {
                i += running - 1;
                continue;
            }

            if (_current is not null && _currentOperative is null && SetsOutDocument(_current.Text))
            {
                // "Adopts the following declaration:" and the declaration: the resolution adopts it, and its own
                // numbering is the declaration's, not the resolution's. It is read as an annex.
                DraftParagraph adopting = _current.AsUnnumberedOperative();
                result.Paragraphs[^1] = adopting;
                _current = _currentOperative = adopting;
                result.Annexes.Add(new AnnexSegmenter(format, symbol, title, result, path, diagnostics).Read(new DraftAnnex(null), lines, i, layout.EndIndex, result.Footnotes, ledger));
                break;
            }

            if (FootnoteLine.TryRead(line, format, out DraftFootnote? footnote))
            {
                ledger.Mark(line, LineRole.Footnote);
                result.Footnotes.Add(footnote);
                continue;
            }

            // Extractions from PDF leave each page's footnotes where the page ended: "1 Official Records …", between
            // paragraphs. Such a line is the next footnote when the text before it carries that number as a marker.
            if (format == SourceFormat.PlainText && PageFootnotes.Numbered(line.Text) is { Success: true } plain
                && plain.Groups[1].Value == (result.Footnotes.Count + 1).ToString(CultureInfo.InvariantCulture)
                && result.Paragraphs.Exists(p => HasGluedMarker(p, plain.Groups[1].Value)))
            {
                ledger.Mark(line, LineRole.Footnote);
                result.Footnotes.Add(new DraftFootnote(plain.Groups[1].Value, plain.Groups[2].Value.Trim(), line.Number));
                continue;
            }

            ledger.Mark(line, LineRole.Wording);
            AddText(line, NextWording(lines, i + 1, layout.EndIndex), result);
        }

        result.Paragraphs.ForEach(LetterPoints);
        UnnumberedOperative(result.Paragraphs);
        ReadEnd(lines, layout, result, meetingBlockEnd, pageFootnotes);
        return result;
    }

    /// <summary>
    /// A part's letter alone on its line: the next letter in order (<c>A</c>, then <c>B</c>), in either case, as
    /// text recognition may read a capital <c>C</c> as <c>c</c>.
    /// </summary>
    private bool IsPartLetter(string text) => text.Length == 1 && char.ToUpperInvariant(text[0]) == _nextPart;

    private void StartPart()
    {
        _part = _nextPart.ToString();
        _nextPart++;
        _section = null;
        _nextSection = 1;
        _current = null;
        _currentOperative = null;
        _partStarted = true;
    }

    /// <summary>
    /// A resolution, part or section without numbered paragraphs ("Approves the report of the Credentials Committee.")
    /// ends in unnumbered operative ones: preambular paragraphs end in a comma, so the first that ends in a full stop,
    /// a colon or a semicolon, and every one after it, is operative.
    /// </summary>
    private void UnnumberedOperative(List<DraftParagraph> paragraphs)
    {
        // Each part and section is read on its own: a section of one unnumbered clause among numbered ones.
        foreach (IGrouping<(string? Part, DraftSection? Section), int> division in Enumerable.Range(0, paragraphs.Count).GroupBy(i => (paragraphs[i].Part, paragraphs[i].Section)))
        {
            List<int> indexes = [.. division];
            int numbered = indexes.FindIndex(i => paragraphs[i].Kind == ParagraphKind.Operative);
            if (numbered >= 0)
            {
                // Before paragraph 1, a clause that opens with an operative phrase ("Recalls its resolution 77/263 A, …")
                // is not preambular, however it ends: it and the clauses after it are introductory.
                int opening = indexes.Take(numbered).ToList().FindIndex(i => OpensOperative(paragraphs[i]));
                foreach (int i in indexes.Take(numbered).Skip(opening < 0 ? numbered : opening))
                {
                    paragraphs[i] = paragraphs[i].AsUnnumberedOperative();
                }

                continue;
            }

            // The preamble over sections ("I", or a heading alone) whose paragraphs are numbered stays preambular.
            if (division.Key.Section is null
                && paragraphs.Exists(p => p.Part == division.Key.Part && p.Section is not null && p.Kind == ParagraphKind.Operative))
            {
                continue;
            }

            int first = indexes.FindIndex(i => ParagraphText.LastSign(paragraphs[i].Text, format) is '.' or ':' or ';');
            foreach (int i in indexes.Skip(first < 0 ? indexes.Count : first))
            {
                paragraphs[i] = paragraphs[i].AsUnnumberedOperative();
            }
        }
    }

    /// <summary>True for a clause that opens with an operative phrase (<c>Recalls</c>), not a preambular one (<c>Recalling</c>).</summary>
    private static bool OpensOperative(DraftParagraph clause) =>
        PhraseLexicon.MatchOperative(clause.Text) is not null && PhraseLexicon.MatchPreambular(clause.Text) is null;

    /// <summary>True for a clause that sets out a document in the resolution's own text: "Adopts the following Political Declaration:".</summary>
    private static bool SetsOutDocument(string text) => SetsOut().IsMatch(text);

    /// <summary>The next line that can be wording: not blank, not print debris. Null at the end of the body.</summary>
    private SourceLine? NextWording(IReadOnlyList<SourceLine> lines, int from, int end)
    {
        for (int i = from; i < end; i++)
        {
            if (!lines[i].IsBlank && !PrintDebris.IsDebris(lines[i].Text, symbol))
            {
                return lines[i];
            }
        }

        return null;
    }

    /// <summary>Reads a line of wording into the paragraph it opens or continues, or as a heading.</summary>
    /// <param name="line">The line.</param>
    /// <param name="next">The next line that can be wording, to tell a heading by the paragraph it stands over.</param>
    /// <param name="result">What segmentation has found so far.</param>
    private void AddText(SourceLine line, SourceLine? next, Segmentation result)
    {
        if (TableLine.Is(line))
        {
            // A table goes with the paragraph that introduces it, as the record keeps a table in its paragraph.
            TextChunk row = TableLine.Chunk(line, format);
            if (_current is null)
            {
                var paragraph = new DraftParagraph(ParagraphKind.Preambular, 0, null, null) { Part = _part, Section = _section };
                result.Paragraphs.Add(paragraph);
                _current = paragraph;
            }

            _current.Chunks.Add(row);
            return;
        }

        foreach (string text in ParagraphText.RunOnParagraphs(InlineMarkup.Clean(line.Text, format), _nextOperative))
        {
            AddSegment(line, text, next, result);
        }
    }

    /// <summary>Reads what a line holds of one paragraph (all of the line, unless it runs the next one on).</summary>
    private void AddSegment(SourceLine line, string cleaned, SourceLine? next, Segmentation result)
    {
        if (cleaned.Length == 0)
        {
            return;
        }

        // Text recognition reads a number's full stop as a comma now and then ("14, Decides"): the next number so printed is still the number.
        if (OcrNumber().Match(cleaned) is { Success: true } misread && misread.Groups[1].Value == _nextOperative.ToString(CultureInfo.InvariantCulture))
        {
            cleaned = misread.Groups[1].Value + ". " + misread.Groups[2].Value;
        }

        // "II Financial performance report": the next section's number and its heading, after a finished paragraph.
        if (SectionHeading().Match(cleaned) is { Success: true } section && section.Groups[1].Value == RomanNumerals.Format(_nextSection)
            && (_current is null || !ParagraphText.IsOpen(_current.Text, format)) && !ParagraphText.EndsInPunctuation(section.Groups[2].Value, format))
        {
            _section = new DraftSection(section.Groups[1].Value, section.Groups[2].Value);
            _nextSection++;
            _current = null;
            _currentOperative = null;
            _partStarted = true;
            return;
        }

        // "Peacebuilding financing": a heading without a number, after a finished paragraph and right over the next one.
        if (ParagraphText.IsHeading(cleaned, format) && next is not null && (_current is null || !ParagraphText.IsOpen(_current.Text, format))
            && ParagraphText.Numbered(InlineMarkup.Clean(next.Text, format)) is { Success: true } over
            && over.Groups[1].Value == _nextOperative.ToString(CultureInfo.InvariantCulture))
        {
            _section = new DraftSection(null, cleaned);
            _current = null;
            _currentOperative = null;
            return;
        }

        // "A. Pension Administration" over a table: a line of the paragraph the table belongs to, as the record reads it.
        if (_current is not null && next is not null && TableLine.Is(next) && ParagraphText.IsHeading(cleaned, format))
        {
            _current.Chunks.Add(new TextChunk(line.Number, cleaned) { StartsLine = true });
            return;
        }

        Match numbered = ParagraphText.Numbered(cleaned);
        if (numbered.Success)
        {
            int number = int.Parse(numbered.Groups[1].Value, CultureInfo.InvariantCulture);
            // A part numbers its paragraphs from 1, or runs on from the part before it.
            bool expected = number == _nextOperative || (_partStarted && number == 1);
            if (expected || _current is null || !ParagraphText.IsOpen(_current.Text, format))
            {
                if (!expected)
                {
                    diagnostics.Add(new ImportDiagnostic(path, line.Number, 1, ImportSeverity.Warning, ImportIds.OperativeNumbering,
                        $"Operative paragraph {number} where {_nextOperative} was expected"));
                }

                string? emphasis = format == SourceFormat.PdfMarkdown ? InlineMarkup.LeadingEmphasis(line.Text) : null;
                var paragraph = new DraftParagraph(ParagraphKind.Operative, number, null, emphasis) { Part = _part, Section = _section };
                _partStarted = false;
                result.Paragraphs.Add(paragraph);
                _current = paragraph;
                _currentOperative = paragraph;
                _nextOperative = number + 1;

                // "10. (a) The Government of India should …": a paragraph that opens with its first point has no text of
                // its own, as the record reads it.
                if (ParagraphText.Lettered(numbered.Groups[2].Value) is { Success: true, Groups: [_, { Value: "a" or "i" } label, var rest] })
                {
                    var first = new DraftParagraph(ParagraphKind.Subparagraph, 0, label.Value, null);
                    first.Chunks.Add(new TextChunk(line.Number, rest.Value));
                    paragraph.Subparagraphs.Add(first);
                    _current = first;
                    return;
                }

                paragraph.Chunks.Add(new TextChunk(line.Number, numbered.Groups[2].Value));
                return;
            }
        }

        // A point belongs to the operative paragraph before it, or to an unnumbered clause that opens with an operative
        // phrase ("Approves the budget …, broken down as follows:"), which is operative however its division ends.
        Match lettered = ParagraphText.Lettered(cleaned);
        DraftParagraph? owner = _currentOperative
            ?? (result.Paragraphs.Count > 0 && result.Paragraphs[^1] is { Kind: ParagraphKind.Preambular } clause && OpensOperative(clause) ? clause : null);
        if (lettered.Success && owner is not null && (owner.Subparagraphs.Count > 0 || owner.Text.EndsWith(':')))
        {
            var sub = new DraftParagraph(ParagraphKind.Subparagraph, 0, lettered.Groups[1].Value, null);
            sub.Chunks.Add(new TextChunk(line.Number, lettered.Groups[2].Value));
            owner.Subparagraphs.Add(sub);
            _current = sub;
            return;
        }

        // "— Calls for …": an item printed with a dash or bullet and no label is a line of the paragraph or point before
        // it, its mark kept, as the record reads such lists.
        if (_current is not null && Bullet().IsMatch(cleaned))
        {
            _current.Chunks.Add(new TextChunk(line.Number, cleaned) { StartsLine = true });
            return;
        }

        // A clause opens with a capital ("Recalling", "Decides"): a line that opens in lower case or with a figure
        // ("60/48 of 8 December 2005,", where an extraction broke a list of resolutions) goes on with the one before.
        // Text read out of a PDF or Word file holds a paragraph a line: a heading there is a paragraph of its own, which a
        // line that opens with a capital does not continue.
        bool afterHeading = ParagraphALine && _current is { Chunks.Count: 1 } && ParagraphText.IsHeading(_current.Text, format) && char.IsUpper(cleaned[0]);
        if (_current is not null && !_current.EndsInTable && !afterHeading
            && (ParagraphText.IsOpen(_current.Text, format) || char.IsLower(cleaned[0]) || char.IsAsciiDigit(cleaned[0])))
        {
            _current.Chunks.Add(new TextChunk(line.Number, cleaned));
            return;
        }

        if (_currentOperative is null)
        {
            string? emphasis = format == SourceFormat.PdfMarkdown ? InlineMarkup.LeadingEmphasis(line.Text) : null;
            var paragraph = new DraftParagraph(ParagraphKind.Preambular, 0, null, emphasis) { Part = _part, Section = _section };
            paragraph.Chunks.Add(new TextChunk(line.Number, cleaned));
            result.Paragraphs.Add(paragraph);
            _current = paragraph;
            return;
        }

        // A clause under a paragraph with a list: a point whose letter the extraction lost, lettered or given back
        // once the list is read (LetterPoints).
        if (char.IsUpper(cleaned[0]) && (_currentOperative.Subparagraphs.Count > 0 || _currentOperative.Text.EndsWith(':')))
        {
            var sub = new DraftParagraph(ParagraphKind.Subparagraph, 0, null, null);
            sub.Chunks.Add(new TextChunk(line.Number, cleaned));
            _currentOperative.Subparagraphs.Add(sub);
            _current = sub;
            return;
        }

        KeepUnnumbered(_currentOperative, _current!, line.Number, [new TextChunk(line.Number, cleaned)]);
    }

    /// <summary>Wording must never be dropped: unnumbered text among operative paragraphs stays with the one before it.</summary>
    private void KeepUnnumbered(DraftParagraph operative, DraftParagraph before, int line, IEnumerable<TextChunk> text)
    {
        diagnostics.Add(new ImportDiagnostic(path, line, 1, ImportSeverity.Warning, ImportIds.UnnumberedOperativeText,
            $"Unnumbered text after operative paragraph {operative.Number} is kept as part of it; check the source"));

        // Text under a table is a line of its own, not more of the table's last cell.
        bool afterTable = before.EndsInTable;
        before.Chunks.AddRange(text.Select((chunk, i) => i == 0 && afterTable ? new TextChunk(chunk.Line, chunk.Text) { StartsLine = true } : chunk));
    }

    /// <summary>
    /// Letters the points an extraction printed without their letters (<see cref="UnletteredPoints"/>); those the list
    /// cannot letter are unnumbered text, kept with the point or paragraph before them.
    /// </summary>
    private void LetterPoints(DraftParagraph operative)
    {
        while (UnletteredPoints.Resolve(operative, format, path, diagnostics) is { } run)
        {
            DraftParagraph before = run.After ?? operative;
            List<DraftParagraph> points = run.Points;
            List<DraftParagraph> rest = run.Cut();
            foreach (DraftParagraph point in points)
            {
                KeepUnnumbered(operative, before, point.FirstLine, point.Chunks);
            }

            operative.Subparagraphs.AddRange(rest);
        }
    }

    private void ReadEnd(IReadOnlyList<SourceLine> lines, DocumentLayout layout, Segmentation result, int meetingBlockEnd, PageFootnotes pageFootnotes)
    {
        bool inPrintBlock = false;
        int expectedPlain = result.Footnotes.Count + 1;
        int lastFootnoteLine = -1;
        for (int i = Math.Max(layout.EndIndex, meetingBlockEnd) + 1; i < lines.Count; i++)
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
                ledger.Mark(line, LineRole.Form);
                result.Annexes.Add(new AnnexSegmenter(format, symbol, title, result, path, diagnostics).Read(new DraftAnnex(label), lines, i + 1, next, result.Footnotes, ledger));
                i = next - 1;
                continue;
            }

            if (i == NextNonBlank(lines, layout.EndIndex + 1) && MetadataExtractor.IsDateLine(InlineMarkup.Clean(line.Text, format)))
            {
                ledger.Mark(line, LineRole.Metadata);
                continue; // the adoption date under the meeting line
            }

            if (FootnoteLine.TryRead(line, format, out DraftFootnote? footnote))
            {
                ledger.Mark(line, LineRole.Footnote);
                result.Footnotes.Add(footnote);
                lastFootnoteLine = line.Text.StartsWith("[^", StringComparison.Ordinal) ? i : lastFootnoteLine; // a Markdown footnote may go on
                continue;
            }

            if (format == SourceFormat.PlainText && !inPrintBlock)
            {
                // Footnotes follow one another from 1, or, in the printed volumes, from the volume's running number.
                Match plain = PageFootnotes.Numbered(line.Text);
                int plainNumber = plain.Success ? int.Parse(plain.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
                if (plain.Success && (plainNumber == expectedPlain || (expectedPlain == 1 && lastFootnoteLine < 0 && !MetadataExtractor.IsDateLine(line.Text))))
                {
                    ledger.Mark(line, LineRole.Footnote);
                    result.Footnotes.Add(new DraftFootnote(plain.Groups[1].Value, plain.Groups[2].Value.Trim(), line.Number));
                    expectedPlain = plainNumber + 1;
                    lastFootnoteLine = i;
                    continue;
                }
            }

            if (format == SourceFormat.PlainText && !inPrintBlock)
            {
                if (MetadataExtractor.TryReadNote(line.Text, out string note))
                {
                    ledger.Mark(line, LineRole.Metadata);
                    result.Notes.Add(note);
                    continue;
                }
            }

            // A footnote printed on more than one line goes on until a blank line.
            if (lastFootnoteLine == i - 1 && result.Footnotes.Count > 0 && !PrintDebris.IsDebris(line.Text, symbol))
            {
                pageFootnotes.Continue(line, result.Footnotes);
                lastFootnoteLine = i;
                continue;
            }

            if (PrintDebris.IsDebris(line.Text, symbol))
            {
                // After the documents system's tags and rules comes its masthead: all of it is print, none wording.
                inPrintBlock |= format == SourceFormat.PlainText;
                ledger.Mark(line, LineRole.Debris, "print debris");
                continue;
            }

            if (inPrintBlock)
            {
                ledger.Mark(line, LineRole.Debris, "print debris");
                continue;
            }

            diagnostics.Add(new ImportDiagnostic(path, line.Number, 1, ImportSeverity.Warning, ImportIds.UnrecognizedTrailingText,
                "Text after the end of the resolution is neither a footnote, a note nor print debris and was not imported"));
        }
    }

    private static bool HasGluedMarker(DraftParagraph paragraph, string marker) =>
        Regex.IsMatch(paragraph.Text, @"(?<=[\p{L},;:.)\]""”’'])" + marker + @"(?![\d\p{L}])", RegexOptions.CultureInvariant)
        || paragraph.Subparagraphs.Exists(p => HasGluedMarker(p, marker));

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


    // "Adopts the following Political Declaration:", "Approves the following recommendations:" (a clause that ends the
    // preamble's run of commas), and the older "Now, therefore, the Security Council …, hereby resolves to approve the
    // following terms of trusteeship …:".
    [GeneratedRegex(@"^(?:(?:\w+\s+){0,2}?(?:Adopts|Approves|Endorses|Proclaims|Declares|Solemnly proclaims)|[^.;]*\bresolves to (?:adopt|approve))\b[^.;]*\bfollowing\b[^.;]*:$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SetsOut();

    [GeneratedRegex(@"^([IVX]{1,6})\.?\s+(\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex SectionHeading();

    // A list item's dash or bullet, then its text, which opens with a capital as a clause does: a line of a wrapped text
    // that opens with a dash between words ("– in its capacity as …") goes on with the sentence.
    [GeneratedRegex(@"^[—–•▪·-]\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^(\d{1,3}),\s+([A-Z].*)$", RegexOptions.CultureInvariant)]
    private static partial Regex OcrNumber();
}
