using System.Collections.Generic;
using System.Linq;

namespace ResolutionCorpus.Tool.Import;

/// <summary>
/// Whether a text is wrapped at a width, as text extracted from a printed page and the printed volumes are (a paragraph
/// over several lines), or holds a paragraph a line, as text read out of a PDF or Word file and Markdown do. Most lines
/// of a wrapped text end inside a clause; in a paragraph a line only headings do.
/// </summary>
internal static class TextWrapping
{
    // Measured on real texts: wrapped ones have two lines in three or more open, a paragraph a line one in four or fewer.
    private const double OpenShare = 0.5;

    // A line this share of the text's width or longer is full: the text went on on the next line.
    private const double FullShare = 0.85;

    /// <summary>The width a wrapped text is wrapped at, in characters: the length nine lines in ten stay within.</summary>
    public static int Width(IReadOnlyList<SourceLine> lines)
    {
        List<int> lengths = [.. lines.Where(l => !l.IsBlank).Select(l => l.Text.Length).Order()];
        return lengths.Count == 0 ? 0 : lengths[(int)(0.9 * (lengths.Count - 1))];
    }

    /// <summary>True when <paramref name="line"/> fills a text wrapped at <paramref name="width"/>.</summary>
    public static bool IsFull(SourceLine line, int width) => width > 0 && line.Text.Length >= FullShare * width;

    /// <summary>True when more than half of the text's lines end inside a clause.</summary>
    public static bool IsWrapped(IReadOnlyList<SourceLine> lines, SourceFormat format)
    {
        List<SourceLine> text = [.. lines.Where(l => !l.IsBlank)];
        return text.Count > 0 && text.Count(l => ParagraphText.IsOpen(InlineMarkup.Clean(l.Text, format), format)) > OpenShare * text.Count;
    }
}
