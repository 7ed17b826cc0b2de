using System.Collections.Generic;

namespace ResolutionCorpus.Tool.Import;

/// <summary>Tells the source formats apart from the text's own evidence.</summary>
internal static class FormatDetector
{
    /// <summary>
    /// A text whose footnotes start with superscript digits, or that uses markdown emphasis or links, came
    /// from a PDF conversion; anything else is read as documents-system plain text (glued footnote numbers).
    /// </summary>
    public static SourceFormat Detect(IReadOnlyList<SourceLine> lines)
    {
        foreach (SourceLine line in lines)
        {
            string text = line.Text;
            if (text.Length > 1 && FootnoteMarkers.IsSuperscriptDigit(text[0]))
            {
                return SourceFormat.PdfMarkdown;
            }

            if (text.Contains("](#)", System.StringComparison.Ordinal))
            {
                return SourceFormat.PdfMarkdown;
            }

            if (InlineMarkup.HasEmphasis(text))
            {
                return SourceFormat.PdfMarkdown;
            }
        }

        return SourceFormat.PlainText;
    }
}
