using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace ResolutionCorpus.Tool.Import;

/// <summary>A footnote line as PDF conversion prints it: its marker in superscript digits, a space, its text (<c>¹ See A/79/302.</c>).</summary>
internal static class SuperscriptFootnote
{
    /// <summary>Reads <paramref name="line"/> as a footnote, or returns false when it is not one.</summary>
    public static bool TryRead(SourceLine line, SourceFormat format, [NotNullWhen(true)] out DraftFootnote? footnote)
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

        var marker = new StringBuilder(end);
        for (int i = 0; i < end; i++)
        {
            marker.Append(FootnoteMarkers.ToDigit(text[i]));
        }

        footnote = new DraftFootnote(marker.ToString(), InlineMarkup.Clean(text[(end + 1)..], format), line.Number);
        return true;
    }
}
