using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ResolutionCorpus.Tool.Import.Documents;
using ResolutionCorpus.Tool.Import.Documents.Pdf;
using ResolutionCorpus.Tool.Import.Documents.Word;
using ResolutionCorpus.Tool.Import.Documents.WordBinary;
using ResolutionCorpus.Tool.Import.Model;

namespace ResolutionCorpus.Tool.Import;

/// <summary>What importing one source gives: the resolution (null on error) and every problem found.</summary>
/// <param name="Resolution">The resolution, or null when an error stopped the import.</param>
/// <param name="Diagnostics">Errors and warnings, in the order found.</param>
internal sealed record ImportResult(ImportedResolution? Resolution, IReadOnlyList<ImportDiagnostic> Diagnostics)
{
    /// <summary>What was taken out as print debris rather than wording, with where it was.</summary>
    public IReadOnlyList<DroppedText> Dropped { get; init; } = [];

    /// <summary>The lines of the text the import read (for a PDF or Word file, the text read out of it).</summary>
    public IReadOnlyList<SourceLine> Lines { get; init; } = [];

    /// <summary>What the import made of each of those lines; null when it stopped before reading them.</summary>
    public LineLedger? Roles { get; init; }

    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// Turns one raw resolution text into an <see cref="ImportedResolution"/>: normalize, detect the format, find
/// the regions, read the metadata, segment the paragraphs, bind the footnotes, look up the opening phrases.
/// </summary>
internal static class ResolutionImporter
{
    private const int MaxItalicPhraseWords = 5;

    /// <summary>Reads and imports the file at <paramref name="path"/>.</summary>
    /// <param name="path">The source file, as the user named it (used in messages).</param>
    /// <param name="outputDirectory">Where the YAML will be written: the <c>source</c> field is relative to it.</param>
    public static ImportResult ImportFile(string path, string outputDirectory)
    {
        (byte[]? bytes, ImportDiagnostic? error) = SourceReader.ReadBytes(path);
        if (error is not null)
        {
            return new ImportResult(null, [error]);
        }

        string source = Path.GetRelativePath(Path.GetFullPath(outputDirectory), Path.GetFullPath(path)).Replace('\\', '/');
        return ImportBytes(path, bytes!, source);
    }

    /// <summary>Imports a file's bytes: PDF and Word files (<c>.docx</c> and <c>.doc</c>) are read into text first, told apart by their bytes, not their names.</summary>
    /// <param name="path">The source's path, for messages.</param>
    /// <param name="bytes">The whole file.</param>
    /// <param name="source">The value of the <c>source</c> field, or null to leave it out.</param>
    public static ImportResult ImportBytes(string path, byte[] bytes, string? source)
    {
        DocumentKind kind = DocumentSniffer.Sniff(bytes);
        if (kind is not DocumentKind.Text)
        {
            (ExtractedDocument? document, string? problem) = kind switch
            {
                DocumentKind.Pdf => PdfTextExtractor.Extract(bytes),
                DocumentKind.Word => WordTextExtractor.Extract(bytes),
                DocumentKind.LegacyOffice => WordBinaryTextExtractor.Extract(bytes),
                DocumentKind.RichText => (null, "The file is in Rich Text Format (RTF), which the importer does not read; open it in Word and save it as .docx (or with LibreOffice: soffice --headless --convert-to docx <file>), and import that"),
                _ => (null, "The file is a zip archive but not a Word document (it holds no word/document.xml), or it is damaged"),
            };
            if (document is null)
            {
                return new ImportResult(null, [ImportDiagnostic.FileError(path, ImportIds.DocumentUnreadable, problem!)]);
            }

            // Messages name the place in the file (page 3, paragraph 41) rather than the line of the extracted text.
            IReadOnlyList<string> places = document.Places;
            ImportResult extracted = ImportText(path, document.Text, source, document);
            return extracted with
            {
                Diagnostics = [.. extracted.Diagnostics.Select(d => d.Line > 0 && d.Line <= places.Count ? d with { Place = places[d.Line - 1] } : d)],
                Dropped = [.. document.Furniture, .. extracted.Dropped.Select(d => d.Line > 0 && d.Line <= places.Count ? d with { Place = places[d.Line - 1] } : d)],
            };
        }

        (string? text, ImportDiagnostic? error) = SourceReader.Decode(path, bytes);
        return error is not null ? new ImportResult(null, [error]) : Import(path, text!, source);
    }

    /// <summary>Imports already-read text.</summary>
    /// <param name="path">The source's path, for messages.</param>
    /// <param name="text">The whole text.</param>
    /// <param name="source">The value of the <c>source</c> field, or null to leave it out.</param>
    public static ImportResult Import(string path, string text, string? source) => ImportText(path, text, source, document: null);

    /// <param name="path">The source's path, for messages.</param>
    /// <param name="text">The whole text.</param>
    /// <param name="source">The value of the <c>source</c> field, or null to leave it out.</param>
    /// <param name="document">For text read out of a PDF or Word file: a paragraph a line (never wrapped), with its table rows and masthead; null for a text file.</param>
    private static ImportResult ImportText(string path, string text, string? source, ExtractedDocument? document)
    {
        var diagnostics = new List<ImportDiagnostic>();
        IReadOnlyList<SourceLine> lines = LoneLabels.Join(MarkdownTable.Read(TextNormalizer.ToLines(text, document?.TableRows)));
        if (lines.All(l => l.IsBlank))
        {
            return new ImportResult(null, [ImportDiagnostic.FileError(path, ImportIds.Empty, "The file is empty")]);
        }

        SourceFormat format = FormatDetector.Detect(lines);
        DocumentLayout? layout = DocumentLayout.Find(lines, format);
        if (layout is null)
        {
            diagnostics.Add(ImportDiagnostic.FileError(path, ImportIds.NotAResolution,
                "This text is not a resolution: no enacting formula such as 'The General Assembly,' or 'The Economic and Social Council,' was found"));
            return new ImportResult(null, diagnostics);
        }

        int formulaLine = lines[layout.FormulaIndex].Number;
        var ledger = new LineLedger();
        ResolutionMetadata metadata = MetadataExtractor.ReadHeading(lines, layout, format, ledger);
        MetadataExtractor.ReadEnd(lines, layout, format, metadata, ledger);
        metadata.AgendaItem ??= MetadataExtractor.AgendaItemIn(document?.Masthead ?? []);
        ledger.Mark(lines[layout.FormulaIndex], LineRole.Form);

        var segmenter = new ParagraphSegmenter(path, format, metadata.Symbol, metadata.Title, diagnostics, ledger) { ParagraphALine = document is not null };
        Segmentation segmentation = segmenter.Segment(lines, layout, metadata.MeetingBlockEnd);
        FootnoteBinder.Bind(path, format, [.. segmentation.Paragraphs, .. segmentation.Annexes.SelectMany(a => a.Paragraphs)], segmentation.Footnotes, diagnostics);
        ReportUnread(path, lines, ledger, diagnostics);

        if (metadata.Symbol is null)
        {
            diagnostics.Add(new ImportDiagnostic(path, formulaLine, 1, ImportSeverity.Error, ImportIds.NoNumber,
                "No resolution number (such as '79/284.' or 'Resolution 2005/17') was found before the enacting formula"));
        }

        if (string.IsNullOrEmpty(metadata.Title) && layout.Body != UnBody.SecurityCouncil)
        {
            diagnostics.Add(new ImportDiagnostic(path, Math.Max(metadata.NumberLine, 1), 1, ImportSeverity.Error, ImportIds.NoTitle,
                "No title was found after the resolution number"));
        }

        if (metadata.Adopted is null)
        {
            diagnostics.Add(new ImportDiagnostic(path, formulaLine, 1, ImportSeverity.Error, ImportIds.NoAdoptionDate,
                "No adoption date was found (neither a date under the meeting line nor 'adopted by … on <date>')"));
        }

        var operative = segmentation.Paragraphs.Where(p => p.Kind == ParagraphKind.Operative).ToList();
        if (operative.Count == 0)
        {
            diagnostics.Add(new ImportDiagnostic(path, formulaLine, 1, ImportSeverity.Error, ImportIds.NoOperative,
                "No numbered operative paragraph ('1. …') was found after the enacting formula"));
        }

        if (diagnostics.Any(d => d.IsError))
        {
            return new ImportResult(null, diagnostics);
        }

        var resolution = new ImportedResolution
        {
            Symbol = metadata.Symbol!,
            Body = layout.Body,
            Session = metadata.Session,
            Title = metadata.Title,
            Adopted = metadata.Adopted,
            Meeting = metadata.Meeting,
            AgendaItem = metadata.AgendaItem,
            Draft = metadata.Draft,
            Source = source,
        };
        resolution.Metadata.Vote = metadata.Vote;
        resolution.Notes.AddRange(metadata.Notes);
        resolution.Notes.AddRange(segmentation.Notes);
        foreach (IGrouping<string?, DraftParagraph> part in segmentation.Paragraphs.GroupBy(p => p.Part))
        {
            ImportedDivision division = resolution.Main;
            if (part.Key is not null)
            {
                division = new ImportedDivision { Label = part.Key };
                resolution.Parts.Add(division);
            }

            foreach (IGrouping<DraftSection?, DraftParagraph> section in part.GroupBy(p => p.Section))
            {
                ImportedDivision target = division;
                if (section.Key is not null)
                {
                    target = new ImportedDivision { Label = section.Key.Label, Heading = section.Key.Heading };
                    division.Sections.Add(target);
                }

                Fill(target, [.. section], path, segmentation.Hyphens, diagnostics);
            }
        }

        foreach (DraftAnnex annex in segmentation.Annexes)
        {
            var imported = new ImportedAnnex { Label = annex.Label, Title = annex.Title };
            imported.Paragraphs.AddRange(annex.Paragraphs.Select(p => Point(p, segmentation.Hyphens)));
            resolution.Annexes.Add(imported);
        }

        resolution.Footnotes.AddRange(OrderFootnotes(segmentation.Footnotes).Select(f => new ImportedFootnote(f.Marker, f.Text)));
        return new ImportResult(resolution, diagnostics)
        {
            Dropped = [.. lines.Where(l => ledger.RoleOf(l.Number) == LineRole.Debris)
                .Select(l => new DroppedText("line " + l.Number.ToString(CultureInfo.InvariantCulture), l.Text, ledger.WhyOf(l.Number) ?? "print debris") { Line = l.Number })],
            Lines = lines,
            Roles = ledger,
        };
    }

    /// <summary>A line that no rule read, and that no warning names yet, is reported: nothing is lost unseen.</summary>
    private static void ReportUnread(string path, IReadOnlyList<SourceLine> lines, LineLedger ledger, List<ImportDiagnostic> diagnostics)
    {
        var warned = diagnostics.Select(d => d.Line).ToHashSet();
        foreach (SourceLine line in lines.Where(l => !l.IsBlank && ledger.RoleOf(l.Number) is null && !warned.Contains(l.Number)))
        {
            diagnostics.Add(new ImportDiagnostic(path, line.Number, 1, ImportSeverity.Warning, ImportIds.UnreadLine,
                $"This line was read neither as wording, nor as metadata, nor as print debris; it is not in the YAML: '{Shorten(line.Text)}'"));
        }
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    /// <summary>
    /// A division's preamble and operative paragraphs. Unnumbered clauses before paragraph 1 are introductory; a
    /// division of unnumbered clauses alone ends in its operative one.
    /// </summary>
    private static void Fill(ImportedDivision division, List<DraftParagraph> paragraphs, string path, LineBreakHyphens hyphens, List<ImportDiagnostic> diagnostics)
    {
        List<DraftParagraph> operative = [.. paragraphs.Where(p => p.Kind == ParagraphKind.Operative)];
        int firstNumbered = operative.FindIndex(p => p.Number > 0);
        int intro = firstNumbered >= 0 ? firstNumbered : Math.Max(operative.Count - 1, 0);
        division.Preamble.AddRange(paragraphs.Where(p => p.Kind == ParagraphKind.Preambular).Select(p => Finish(path, p, hyphens, diagnostics)));
        division.Intro.AddRange(operative.Take(intro).Select(p => Finish(path, p, hyphens, diagnostics)));
        division.Operative.AddRange(operative.Skip(intro).Select(p => Finish(path, p, hyphens, diagnostics)));
    }

    private static ImportedParagraph Finish(string path, DraftParagraph paragraph, LineBreakHyphens hyphens, List<ImportDiagnostic> diagnostics)
    {
        string text = paragraph.Joined(hyphens);
        string? phrase = paragraph.Kind switch
        {
            ParagraphKind.Preambular => PhraseLexicon.MatchPreambular(text),
            ParagraphKind.Operative => PhraseLexicon.MatchOperative(text),
            _ => null,
        };

        if (phrase is null && paragraph.Kind != ParagraphKind.Subparagraph)
        {
            // Italics alone do not make a phrase, but a short italic opening is better evidence than none.
            string? italic = paragraph.Emphasis?.Trim();
            bool useItalic = italic is { Length: > 0 } && italic.Split(' ').Length <= MaxItalicPhraseWords
                && text.StartsWith(italic, StringComparison.Ordinal);
            phrase = useItalic ? italic : null;
            string what = paragraph.Kind != ParagraphKind.Operative ? "This preambular paragraph"
                : paragraph.Number > 0 ? string.Create(CultureInfo.InvariantCulture, $"Operative paragraph {paragraph.Number}")
                : "This unnumbered operative paragraph";
            diagnostics.Add(new ImportDiagnostic(path, paragraph.FirstLine, 1, ImportSeverity.Warning, ImportIds.UnknownPhrase,
                useItalic
                    ? $"{what} opens with a phrase that is not in the lexicon of standard phrases; the italic opening '{italic}' is taken as its phrase"
                    : $"{what} opens with a phrase that is not in the lexicon of standard phrases; 'phrase' is left out"));
        }

        ImportedParagraph imported = Point(paragraph, hyphens);
        imported.Phrase = phrase ?? string.Empty;
        return imported;
    }

    /// <summary>A paragraph with its number or label (none when unnumbered), text and points, without a phrase (annex paragraphs and points have none).</summary>
    private static ImportedParagraph Point(DraftParagraph paragraph, LineBreakHyphens hyphens)
    {
        var imported = new ImportedParagraph
        {
            Number = paragraph.Number > 0 ? paragraph.Number.ToString(CultureInfo.InvariantCulture) : paragraph.Label,
            Text = paragraph.Joined(hyphens),
        };
        imported.Points.AddRange(paragraph.Subparagraphs.Select(p => Point(p, hyphens)));
        return imported;
    }

    // Numeric markers in numeric order; the source order is kept otherwise (and among equals).
    private static IEnumerable<DraftFootnote> OrderFootnotes(List<DraftFootnote> footnotes) =>
        footnotes.All(f => int.TryParse(f.Marker, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            ? footnotes.OrderBy(f => int.Parse(f.Marker, CultureInfo.InvariantCulture))
            : footnotes;
}
