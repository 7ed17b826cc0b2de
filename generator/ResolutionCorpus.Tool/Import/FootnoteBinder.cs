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
/// for in order, after the previous one, glued to a word or punctuation. Whatever cannot be matched is reported
/// with its line and kept, never dropped.
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
        foreach (DraftFootnote footnote in footnotes)
        {
            var glued = new Regex(
                @"(?<=[\p{L},;:.)\]""”’'])" + Regex.Escape(footnote.Marker) + @"(?![\d\p{L}])",
                RegexOptions.CultureInvariant);

            // Text taken from a PDF glues a marker to a year: "25 November 20242" is 2024 and marker 2, "of 20172" 2017 and 2.
            var dated = new Regex(@"(?<=\b(?:19|20)\d\d)" + Regex.Escape(footnote.Marker) + @"(?!\d)", RegexOptions.CultureInvariant);

            // The printed volumes, read by text recognition, set a marker apart after a clause's comma: "1961, 3 bringing".
            var spaced = new Regex(
                @"(?<=[,;:)”]) " + Regex.Escape(footnote.Marker) + @"(?= \p{Ll})",
                RegexOptions.CultureInvariant);
            for (int c = chunkIndex; c < chunks.Count; c++)
            {
                int from = c == chunkIndex ? offset : 0;
                Match match = glued.Match(chunks[c].Text, from);
                if (dated.Match(chunks[c].Text, from) is { Success: true } date && (!match.Success || date.Index < match.Index))
                {
                    match = date;
                }

                if (!match.Success)
                {
                    match = spaced.Match(chunks[c].Text, from);
                }

                if (!match.Success)
                {
                    continue;
                }

                string anchor = FootnoteMarkers.Anchor(footnote.Marker);
                string text = chunks[c].Text;
                chunks[c].Text = string.Concat(text.AsSpan(0, match.Index), anchor, text.AsSpan(match.Index + match.Length));
                chunkIndex = c;
                offset = match.Index + anchor.Length;
                referenced.Add(footnote.Marker);
                break;
            }
        }
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
