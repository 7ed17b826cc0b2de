using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace ResolutionCorpus.Tool.Import;

/// <summary>
/// Cuts the lines of an annex (or of a document the resolution sets out in its text) into its title and paragraphs:
/// <c>12.</c> starts numbered paragraph 12; <c>(a)</c> after a paragraph that ends in <c>:</c> (or already has points)
/// starts a point; a line that follows a complete paragraph (one ending in <c>. , ; :</c>) starts an unnumbered
/// paragraph (a heading, a preambular clause), unless it opens in lower case; anything else continues the paragraph
/// before it. The first line that ends in no punctuation, before any paragraph, is the title (with the lines right
/// under it, in a wrapped text); in a text of a paragraph a line, the next such line is a subtitle, a heading of its
/// own. Footnote lines and print debris (a page's footnotes under its rule, the running title) are taken out first, as
/// in the resolution's body.
/// </summary>
/// <param name="format">The text's format.</param>
/// <param name="symbol">The resolution's symbol, which page furniture repeats.</param>
/// <param name="title">The resolution's title, which pages repeat at their head.</param>
/// <param name="document">What segmentation has found of the whole text: how its line-break hyphens join, whether it is wrapped.</param>
/// <param name="path">The file, for warnings.</param>
/// <param name="diagnostics">Where warnings go.</param>
internal sealed partial class AnnexSegmenter(SourceFormat format, string? symbol, string? title, Segmentation document, string path, List<ImportDiagnostic> diagnostics)
{
    /// <summary>Reads the annex in <paramref name="lines"/>[<paramref name="start"/>..<paramref name="end"/>).</summary>
    /// <param name="annex">The annex to fill (its label is known from its heading).</param>
    /// <param name="lines">All the lines of the text.</param>
    /// <param name="start">The annex's first line after its heading.</param>
    /// <param name="end">The line after its last.</param>
    /// <param name="footnotes">Where the footnotes printed among its lines go.</param>
    /// <param name="ledger">Where each line's role is recorded.</param>
    public DraftAnnex Read(DraftAnnex annex, IReadOnlyList<SourceLine> lines, int start, int end, List<DraftFootnote> footnotes, LineLedger ledger)
    {
        DraftParagraph? current = null;
        DraftParagraph? numbered = null;
        DraftParagraph? outer = null; // the paragraph's last point, which may hold points of its own
        int lastNumber = 0; // the number of the last numbered paragraph
        char nextSection = 'A'; // the letter of the next section
        int markdownFootnote = -1; // the line of the last Markdown footnote, which the next lines may continue
        int titleEnd = 0; // the line the title ends on
        SourceLine? previous = null; // the last line of wording
        var pageFootnotes = new PageFootnotes(symbol, document.Hyphens, ledger);
        for (int i = start; i < end; i++)
        {
            SourceLine line = lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            if (format == SourceFormat.PlainText && pageFootnotes.TryRead(lines, i, footnotes))
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

            if (FootnoteLine.TryRead(line, format, out DraftFootnote? footnote))
            {
                ledger.Mark(line, LineRole.Footnote);
                footnotes.Add(footnote);
                markdownFootnote = line.Text.StartsWith("[^", System.StringComparison.Ordinal) ? i : -1;
                continue;
            }

            // A Markdown footnote goes on over the lines after it, up to a blank line.
            if (markdownFootnote == i - 1 && footnotes.Count > 0)
            {
                var joined = new System.Text.StringBuilder(footnotes[^1].Text);
                document.Hyphens.Append(joined, InlineMarkup.Clean(line.Text, format));
                footnotes[^1] = footnotes[^1] with { Text = joined.ToString() };
                ledger.Mark(line, LineRole.Footnote);
                markdownFootnote = i;
                continue;
            }

            ledger.Mark(line, LineRole.Wording);
            if (TableLine.Is(line))
            {
                // A table goes with the paragraph that introduces it ("… as follows:"), or is a paragraph of its own.
                TextChunk row = TableLine.Chunk(line, format);
                if (current is not null && (current.EndsInTable || current.Text.EndsWith(':')))
                {
                    current.Chunks.Add(row);
                }
                else
                {
                    current = new DraftParagraph(ParagraphKind.Operative, 0, null, null);
                    current.Chunks.Add(row);
                    annex.Paragraphs.Add(current);
                }

                continue;
            }

            foreach (string text in ParagraphText.RunOnParagraphs(InlineMarkup.Clean(line.Text, format), lastNumber + 1))
            {
                Take(text, line);
            }

            previous = line;
        }

        LetterPoints(annex);
        return annex;

        // In a wrapped text, a sentence of a numbered paragraph may end at the end of a full line: the next line goes on
        // with the paragraph, unless it is a heading (a short line that ends no clause).
        bool RunsOn(SourceLine line) =>
            current == numbered && numbered is { Number: > 0 } && previous is not null
            && TextWrapping.IsFull(previous, document.Width)
            && (TextWrapping.IsFull(line, document.Width) || ParagraphText.EndsInPunctuation(InlineMarkup.Clean(line.Text, format), format));

        // Text read out of a PDF or Word file holds a paragraph a line, so a heading there ("Assessments", "Statement of
        // purpose") is a paragraph of its own, which a line that opens with a capital does not continue.
        bool HeadingOfItsOwn(DraftParagraph paragraph, string next) =>
            document.ParagraphALine && paragraph.Chunks.Count == 1 && !char.IsLower(next[0]) && ParagraphText.IsHeading(paragraph.Text, format);

        void Take(string text, SourceLine line)
        {
            if (text.Length == 0)
            {
                return;
            }

            Match number = ParagraphText.Numbered(text);
            if (number.Success)
            {
                outer = null;
                lastNumber = int.Parse(number.Groups[1].Value, CultureInfo.InvariantCulture);
                numbered = Start(annex, ParagraphKind.Operative, lastNumber, line, number.Groups[2].Value);
                current = numbered;
                return;
            }

            // "B. Individualized approaches": the next section's letter and its heading, after a finished paragraph, as an
            // annex prints its sections; a paragraph of its own, labelled, that no line after it continues.
            if (SectionHeading().Match(text) is { Success: true } section && section.Groups[1].Value[0] == nextSection
                && (current is null || !ParagraphText.IsOpen(current.Text, format)) && !ParagraphText.EndsInPunctuation(text, format))
            {
                var heading = new DraftParagraph(ParagraphKind.Operative, 0, section.Groups[1].Value, null);
                heading.Chunks.Add(new TextChunk(line.Number, section.Groups[2].Value));
                annex.Paragraphs.Add(heading);
                nextSection++;
                current = numbered = outer = null;
                return;
            }

            // "Article 5", "Chapter I General provisions": a treaty's heading, set out in the text; a paragraph of its own,
            // never the annex's title, that the line after it does not continue.
            if (TreatyHeading().IsMatch(text) && (current is null || !ParagraphText.IsOpen(current.Text, format)))
            {
                Start(annex, ParagraphKind.Operative, 0, line, text);
                current = numbered = outer = null;
                return;
            }

            Match point = ParagraphText.Lettered(text);
            DraftParagraph? owner = point.Success ? PointOwner(point.Groups[1].Value, current, outer, numbered) : null;
            if (owner is not null)
            {
                var sub = new DraftParagraph(ParagraphKind.Subparagraph, 0, point.Groups[1].Value, null);
                sub.Chunks.Add(new TextChunk(line.Number, point.Groups[2].Value));
                owner.Subparagraphs.Add(sub);
                outer = owner == numbered ? sub : outer;
                current = sub;
                return;
            }

            if (current is not null && !current.EndsInTable && !HeadingOfItsOwn(current, text)
                && (ParagraphText.IsOpen(current.Text, format) || char.IsLower(text[0]) || RunsOn(line)))
            {
                current.Chunks.Add(new TextChunk(line.Number, text));
                return;
            }

            // A clause under a numbered paragraph with a list: a point whose letter the extraction lost, lettered or
            // given back once the annex is read (LetterPoints).
            if (numbered is { Number: > 0 } && char.IsUpper(text[0]) && (numbered.Subparagraphs.Count > 0 || numbered.Text.EndsWith(':'))
                && !(current != numbered && current is { Kind: ParagraphKind.Subparagraph } && current.Text.EndsWith(':')))
            {
                var sub = new DraftParagraph(ParagraphKind.Subparagraph, 0, null, null);
                sub.Chunks.Add(new TextChunk(line.Number, text));
                numbered.Subparagraphs.Add(sub);
                outer = current = sub;
                return;
            }

            // A title over two lines whose first ends in a semicolon ("United Nations Convention against Cybercrime;" /
            // "Strengthening International Cooperation …"): the first was read as a paragraph; the two are the title.
            if (annex.Title is null && annex.Paragraphs is [{ Chunks.Count: 1, Subparagraphs.Count: 0 } first] && first.Text.EndsWith(';')
                && !ParagraphText.EndsInPunctuation(text, format))
            {
                annex.Paragraphs.Clear();
                annex.Title = first.Text + " " + text;
                titleEnd = line.Number;
                current = numbered = outer = null;
                return;
            }

            if (annex.Paragraphs.Count == 0 && !ParagraphText.EndsInPunctuation(text, format))
            {
                if (annex.Title is null || (document.Wrapped && line.Number == titleEnd + 1))
                {
                    // The title, or in a wrapped text the next line of it ("… the United Nations Global" / "Plan of Action …").
                    annex.Title = annex.Title is null ? text : annex.Title + " " + text;
                    titleEnd = line.Number;
                    return;
                }

                // A subtitle under the title: a heading of its own, which the line after it does not continue.
                Start(annex, ParagraphKind.Operative, 0, line, text);
                return;
            }

            current = Start(annex, ParagraphKind.Operative, 0, line, text);
            numbered = current;
            outer = null;
        }
    }

    /// <summary>
    /// Letters the points an extraction printed without their letters (<see cref="UnletteredPoints"/>). Those the list
    /// cannot letter are read as before the rule: each a paragraph of its own (a heading, the next clause), and the
    /// points printed after them belong to the last of them.
    /// </summary>
    private void LetterPoints(DraftAnnex annex)
    {
        for (int i = 0; i < annex.Paragraphs.Count; i++)
        {
            if (UnletteredPoints.Resolve(annex.Paragraphs[i], format, path, diagnostics) is { } run)
            {
                List<DraftParagraph> paragraphs = [.. run.Points.Select(p => p.AsUnnumberedOperative())];
                paragraphs[^1].Subparagraphs.AddRange(run.Cut());
                annex.Paragraphs.InsertRange(i + 1, paragraphs);
            }
        }
    }

    /// <summary>
    /// Where a point labelled <paramref name="label"/> belongs: under the point before it when that point ends in a colon
    /// (<c>(c) … the following:</c> / <c>(i)</c>), or beside it when it continues that point's roman count
    /// (<c>(i)</c>, <c>(ii)</c>); else under the paragraph, when the paragraph ends in a colon or already has points.
    /// So <c>(i)</c> after <c>(h)</c> is the next letter, and after <c>(c) … :</c> the first of a nested list.
    /// </summary>
    private static DraftParagraph? PointOwner(string label, DraftParagraph? current, DraftParagraph? outer, DraftParagraph? numbered)
    {
        if (current is { Kind: ParagraphKind.Subparagraph } && current.Text.EndsWith(':') && current != numbered)
        {
            return current;
        }

        if (outer is not null && current is { Kind: ParagraphKind.Subparagraph } && current != outer
            && RomanNumerals.Parse(label) is int value && RomanNumerals.Parse(current.Label ?? string.Empty) == value - 1)
        {
            return outer;
        }

        return numbered is not null && (numbered.Subparagraphs.Count > 0 || numbered.Text.EndsWith(':')) ? numbered : null;
    }

    private static DraftParagraph Start(DraftAnnex annex, ParagraphKind kind, int number, SourceLine line, string text)
    {
        var paragraph = new DraftParagraph(kind, number, null, null);
        paragraph.Chunks.Add(new TextChunk(line.Number, text));
        annex.Paragraphs.Add(paragraph);
        return paragraph;
    }

    /// <summary>An annex heading: <c>Annex</c>, <c>Annex I</c>, <c>Annex A</c>, <c>Annex 2</c>.</summary>
    public static Match Heading(string cleaned) => AnnexHeading().Match(cleaned);

    [GeneratedRegex(@"^Annex(?:\s+([IVXLC]+|[A-Z]|\d{1,2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex AnnexHeading();

    [GeneratedRegex(@"^([A-Z])\.\s+(\p{Lu}.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex SectionHeading();

    // "Article 12", "Article I", "Chapter II International cooperation": the number, then at most a heading without
    // the punctuation that ends a clause.
    [GeneratedRegex(@"^(?:Article|Chapter)\s+(?:\d{1,3}|[IVXLC]{1,7})(?:\s+\p{Lu}[^.;:,]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TreatyHeading();
}
