using System.IO;
using ResolutionCorpus;
using ResolutionCorpus.Citations;
using ResolutionCorpus.Resolutions;

namespace QuickStart;

/// <summary>Prints the paragraph a citation names, with its footnotes and the resolution's vote.</summary>
public static class CitationPrinter
{
    /// <summary>
    /// Runs the sample: one argument, a citation such as <c>E/RES/2004/33, para. 8</c>; or <c>--find</c> and words, to
    /// list the paragraphs that hold them.
    /// </summary>
    /// <returns>0 when the citation names a paragraph or resolution of the corpus, or the words are found; 1 otherwise.</returns>
    public static int Print(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length == 2 && args[0] == "--find")
        {
            return ParagraphSearch.Print(args[1], output, error);
        }

        if (args.Length != 1)
        {
            error.WriteLine("Usage: QuickStart \"<citation>\"   e.g. QuickStart \"E/RES/2004/33, para. 8\"");
            error.WriteLine("       QuickStart --find \"<words>\"   e.g. QuickStart --find \"Office on Drugs and Crime\"");
            error.WriteLine($"The corpus holds {Corpus.Symbols.Count} resolutions, {Corpus.Symbols[0]} to {Corpus.Symbols[Corpus.Symbols.Count - 1]}.");
            return 1;
        }

        CitationResult result = Corpus.Resolve(args[0]);
        if (!result.Success)
        {
            error.WriteLine(result.Error);
            return 1;
        }

        if (result.Paragraph is Paragraph paragraph)
        {
            output.WriteLine(paragraph.Citation);
            output.WriteLine();
            output.WriteLine(paragraph.MarkedText);
            foreach (SubParagraph sub in paragraph.SubParagraphs)
            {
                output.WriteLine($"  ({sub.Label}) {sub.MarkedText}");
            }

            WriteFootnotes(paragraph, output);
            if (paragraph.Resolution.Vote is Vote vote)
            {
                output.WriteLine();
                output.WriteLine($"{paragraph.Resolution.Symbol}: {vote}.");
            }

            return 0;
        }

        Resolution resolution = result.Resolution!;
        output.WriteLine($"{resolution.Symbol}: {resolution.Title}");
        output.WriteLine($"Adopted {resolution.Adopted:d MMMM yyyy}; {resolution.Preamble.Count} preambular and {resolution.Operative.Count} operative paragraphs, {resolution.Footnotes.Count} footnotes.");
        return 0;
    }

    private static void WriteFootnotes(Paragraph paragraph, TextWriter output)
    {
        var footnotes = new System.Collections.Generic.List<FootnoteReference>(paragraph.Footnotes);
        foreach (SubParagraph sub in paragraph.SubParagraphs)
        {
            footnotes.AddRange(sub.Footnotes);
        }

        if (footnotes.Count == 0)
        {
            return;
        }

        output.WriteLine();
        foreach (FootnoteReference reference in footnotes)
        {
            output.WriteLine($"[^{reference.Footnote.Marker}] {reference.Footnote.Text}");
        }
    }
}
