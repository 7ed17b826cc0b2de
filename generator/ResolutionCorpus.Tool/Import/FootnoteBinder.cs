using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace ResolutionCorpus.Tool.Import;

/// <summary>
/// Anchors every footnote where its marker stands, as <c>[^n]</c>. Superscript markers (<c>Europe,¹</c>) are
/// unambiguous. Glued numbers (<c>Europe,1</c>, <c>Strategy7</c>) are not: "2006-2015", "800 million" and
/// "47 States" are wording. So for plain text the footnote list decides which markers exist, and each is looked
/// for in order, after the previous one, glued to a word or punctuation; or, failing that, set apart after a word but
/// before the next footnote's marker. Whatever cannot be matched is reported with its line and kept, never dropped.
/// </summary>
internal static partial class FootnoteBinder
{
    /// <summary>Rewrites markers in the paragraphs' text as anchors, and reports what does not match.</summary>
    public static void Bind(string path, SourceFormat format, IReadOnlyList<DraftParagraph> paragraphs, IReadOnlyList<DraftFootnote> footnotes, List<ImportDiagnostic> diagnostics)
    {
        var chunks = paragraphs.SelectMany(Flatten).SelectMany(p => p.Chunks).ToList();
        var known = new Dictionary<string, DraftFootnote>(StringComparer.Ordinal);
        foreach (DraftFootnote footnote in footnotes)
        {
            if (!known.TryAdd(footnote.Marker, footnote))
            {
                diagnostics.Add(new ImportDiagnostic(path, footnote.Line, 1, ImportSeverity.Warning, ImportIds.DuplicateFootnote,
                    $"Footnote {footnote.Marker} appears twice (first on line {known[footnote.Marker].Line}); both are kept"));
            }
        }

        var referenced = new HashSet<string>(StringComparer.Ordinal);
        if (format == SourceFormat.PdfMarkdown)
        {
            BindSuperscripts(path, chunks, known, referenced, diagnostics);
        }
        else
        {
            BindGluedNumbers(chunks, footnotes, referenced);
            ReportStrayGluedNumbers(path, chunks, diagnostics);
        }

        foreach (DraftFootnote footnote in footnotes)
        {
            if (!referenced.Contains(footnote.Marker))
            {
                diagnostics.Add(new ImportDiagnostic(path, footnote.Line, 1, ImportSeverity.Warning, ImportIds.UnreferencedFootnote,
                    $"Footnote {footnote.Marker} is never referenced in the text; it is kept, add its marker where it belongs"));
            }
        }
    }

    private static IEnumerable<DraftParagraph> Flatten(DraftParagraph paragraph) =>
        new[] { paragraph }.Concat(paragraph.Subparagraphs.SelectMany(Flatten));

    private static void BindSuperscripts(string path, List<TextChunk> chunks, Dictionary<string, DraftFootnote> known, HashSet<string> referenced, List<ImportDiagnostic> diagnostics)
    {
        foreach (TextChunk chunk in chunks)
        {
            string text = chunk.Text;
            var builder = new StringBuilder(text.Length + 8);
            for (int i = 0; i < text.Length; i++)
            {
                if (!FootnoteMarkers.IsSuperscriptDigit(text[i]))
                {
                    builder.Append(text[i]);
                    continue;
                }

                int start = i;
                var marker = new StringBuilder();
                while (i < text.Length && FootnoteMarkers.IsSuperscriptDigit(text[i]))
                {
                    marker.Append(FootnoteMarkers.ToDigit(text[i]));
                    i++;
                }

                i--;
                string value = marker.ToString();
                if (known.ContainsKey(value))
                {
                    referenced.Add(value);
                }
                else
                {
                    diagnostics.Add(new ImportDiagnostic(path, chunk.Line, start + 1, ImportSeverity.Warning, ImportIds.UnmatchedMarker,
                        $"Footnote marker {FootnoteMarkers.ToSuperscript(value)} has no footnote in the text; it is kept as [^{value}]"));
                }

                builder.Append(FootnoteMarkers.Anchor(value));
            }

            chunk.Text = builder.ToString();
        }
    }

    private static void BindGluedNumbers(List<TextChunk> chunks, IReadOnlyList<DraftFootnote> footnotes, HashSet<string> referenced)
    {
        int chunkIndex = 0;
        int offset = 0;
        for (int k = 0; k < footnotes.Count; k++)
        {
            string marker = footnotes[k].Marker;
            (int Chunk, Match Match)? found = FindMarker(chunks, chunkIndex, offset, marker);

            // A marker set apart after a word ("Programme of Action 9 and") reads like a number, so it is taken only
            // before the marker of a later footnote, where the order of the footnotes says this one must stand.
            for (int later = k + 1; found is null && later < footnotes.Count; later++)
            {
                if (FindMarker(chunks, chunkIndex, offset, footnotes[later].Marker) is (int nextChunk, Match next))
                {
                    found = FindApart(chunks, chunkIndex, offset, marker, nextChunk, next.Index);
                    break;
                }
            }

            if (found is not (int c, Match match))
            {
                continue;
            }

            string anchor = FootnoteMarkers.Anchor(marker);
            string text = chunks[c].Text;
            chunks[c].Text = string.Concat(text.AsSpan(0, match.Index), anchor, text.AsSpan(match.Index + match.Length));
            chunkIndex = c;
            offset = match.Index + anchor.Length;
            referenced.Add(marker);
        }
    }

    /// <summary>The first place after (<paramref name="chunkIndex"/>, <paramref name="offset"/>) where a marker's form is unmistakable.</summary>
    private static (int Chunk, Match Match)? FindMarker(List<TextChunk> chunks, int chunkIndex, int offset, string marker)
    {
        var glued = new Regex(@"(?<=[\p{L},;:.)\]""”’'])" + Regex.Escape(marker) + @"(?![\d\p{L}])", RegexOptions.CultureInvariant);

        // Text taken from a PDF glues a marker to a year: "25 November 20242" is 2024 and marker 2, "of 20172" 2017 and 2.
        var dated = new Regex(@"(?<=\b(?:19|20)\d\d)" + Regex.Escape(marker) + @"(?!\d)", RegexOptions.CultureInvariant);

        // The printed volumes, read by text recognition, set a marker apart after a clause's comma ("1961, 3 bringing")
        // or a year ("17 December 1920 24 the Council": two numbers in a row are not wording in the UN's style). A text
        // extraction sets a marker apart after a sentence's full stop: "the Paris Principles. 13 We will". A sentence
        // never opens with figures in the UN's style, and an abbreviation that takes a number ("para. 13") is not the
        // end of one.
        var spaced = new Regex(@"(?:(?<=[,;:)”])|(?<=\b(?:19|20)\d\d)) " + Regex.Escape(marker) + @"(?= \p{Ll})|(?<=\p{Ll}\.)(?<!\b(?:paras?|No|Nos|arts?|chap|sect|vol|pp?|op|cf|Rev|Add|Corr)\.) "
            + Regex.Escape(marker) + @"(?= \p{Lu}\p{Ll})", RegexOptions.CultureInvariant);

        // Markdown may write the marker as its anchor already: "Development[^6] as".
        var anchored = new Regex(Regex.Escape(FootnoteMarkers.Anchor(marker)), RegexOptions.CultureInvariant);
        for (int c = chunkIndex; c < chunks.Count; c++)
        {
            int from = c == chunkIndex ? offset : 0;
            Match match = glued.Match(chunks[c].Text, from);
            foreach (Match other in new[] { dated.Match(chunks[c].Text, from), anchored.Match(chunks[c].Text, from) })
            {
                if (other.Success && (!match.Success || other.Index < match.Index))
                {
                    match = other;
                }
            }

            if (!match.Success)
            {
                match = spaced.Match(chunks[c].Text, from);
            }

            if (match.Success)
            {
                return (c, match);
            }
        }

        return null;
    }

    /// <summary>
    /// A marker set apart by spaces after a capitalised word and before a word in lower case ("Action 9 and",
    /// "Development 11  and"), looked for only up to (<paramref name="endChunk"/>, <paramref name="endIndex"/>); a number
    /// after a word that numbers things ("Article 9 and", "Goal 11 and") is wording.
    /// </summary>
    private static (int Chunk, Match Match)? FindApart(List<TextChunk> chunks, int chunkIndex, int offset, string marker, int endChunk, int endIndex)
    {
        var apart = new Regex(
            @"(?<=\b\p{Lu}\p{Ll}+)(?<!\b(?:Article|Articles|Goal|Goals|Target|Chapter|Section|Part|Annex|Principle|Rule|Protocol|Resolution|Decision|Paragraph|Volume|Item|Phase|Level|Grade|Class|Category|Appendix|Table|Figure|Box|Step|Stage)) {1,2}"
            + Regex.Escape(marker) + @" ?(?= \p{Ll})",
            RegexOptions.CultureInvariant);
        for (int c = chunkIndex; c <= endChunk && c < chunks.Count; c++)
        {
            int from = c == chunkIndex ? offset : 0;
            Match match = apart.Match(chunks[c].Text, from);
            if (match.Success && (c < endChunk || match.Index < endIndex))
            {
                return (c, match);
            }
        }

        return null;
    }

    // A number glued after punctuation that no footnote claimed ("Europe,8 and") is most likely a marker whose
    // footnote is missing from the list: say so, keep the text.
    private static void ReportStrayGluedNumbers(string path, List<TextChunk> chunks, List<ImportDiagnostic> diagnostics)
    {
        foreach (TextChunk chunk in chunks)
        {
            foreach (Match match in StrayMarker().Matches(chunk.Text))
            {
                diagnostics.Add(new ImportDiagnostic(path, chunk.Line, match.Index + 1, ImportSeverity.Warning, ImportIds.UnmatchedMarker,
                    string.Create(CultureInfo.InvariantCulture, $"'{match.Value}' looks like a footnote marker, but no footnote {match.Value} was found; the text is kept as it is")));
            }
        }
    }

    [GeneratedRegex(@"(?<=\p{Ll}[,;:])\d{1,3}(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex StrayMarker();
}
