using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.RegularExpressions;

namespace ResolutionCorpus.Tool.Import;

/// <summary>
/// A line that is a footnote whatever its place in the text: its marker in superscript digits, a space, its text, as
/// PDF conversion prints it (<c>¹ See A/79/302.</c>); or a Markdown footnote (<c>[^1]: A/79/552-S/2024/767.</c>).
/// </summary>
internal static partial class FootnoteLine
{
    /// <summary>Reads <paramref name="line"/> as a footnote, or returns false when it is not one.</summary>
    public static bool TryRead(SourceLine line, SourceFormat format, [NotNullWhen(true)] out DraftFootnote? footnote)
    {
        footnote = null;
        string text = line.Text;
        if (Markdown().Match(text) is { Success: true } markdown)
        {
            footnote = new DraftFootnote(markdown.Groups[1].Value, InlineMarkup.Clean(markdown.Groups[2].Value.Trim(), format), line.Number);
            return true;
        }

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

    [GeneratedRegex(@"^\[\^(\w{1,6})\]:\s*(\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Markdown();
}
