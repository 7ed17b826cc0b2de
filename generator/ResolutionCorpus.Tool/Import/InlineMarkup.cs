using System.Text;
using System.Text.RegularExpressions;

namespace ResolutionCorpus.Tool.Import;

/// <summary>
/// Removes the markdown a PDF conversion adds: heading marks (<c># </c>), emphasis asterisks (formatting, not wording), link syntax
/// (<c>[A/79/L.75](#)</c> is the reference <c>A/79/L.75</c>) and backslash escapes (<c>\(XXI\)</c>).
/// </summary>
internal static partial class InlineMarkup
{
    /// <summary>True when the line has an emphasis span such as <c>*Welcomes*</c> or an opening <c>*64th</c>.</summary>
    public static bool HasEmphasis(string text) => Emphasis().IsMatch(text);

    /// <summary>The text of the first emphasis span, when the line opens with one (an italic opening phrase).</summary>
    public static string? LeadingEmphasis(string text)
    {
        Match match = LeadingEmphasisSpan().Match(text);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>Strips link syntax, emphasis and escapes (markdown only), and collapses white space.</summary>
    public static string Clean(string text, SourceFormat format)
    {
        if (format != SourceFormat.PdfMarkdown)
        {
            return TextNormalizer.NormalizeLine(text, 0, text.Length);
        }

        string linked = Link().Replace(Heading().Replace(text, string.Empty), m => m.Groups[1].Value);
        var builder = new StringBuilder(linked.Length);
        for (int i = 0; i < linked.Length; i++)
        {
            char c = linked[i];
            if (c == '\\' && i + 1 < linked.Length && IsEscapable(linked[i + 1]))
            {
                builder.Append(linked[i + 1]);
                i++;
                continue;
            }

            if (c == '*')
            {
                continue;
            }

            builder.Append(c);
        }

        return TextNormalizer.NormalizeLine(builder.ToString(), 0, builder.Length);
    }

    private static bool IsEscapable(char c) => c is '(' or ')' or '[' or ']' or '*' or '_' or '\\' or '#' or '.' or '-' or '!' or '`' or '{' or '}' or '+' or '|' or '<' or '>';

    // "# 79/284. Title", "## Annex": a heading's level marks, which are markup.
    [GeneratedRegex(@"^#{1,6}\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Heading();

    // [label](#): the conversion kept the reference text and lost the target.
    [GeneratedRegex(@"\[((?:\\.|[^\[\]\\])*)\]\(#?[^)\s]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    // A span of words between asterisks on one line; job numbers such as *1248358* are not emphasis.
    [GeneratedRegex(@"\*[A-Za-z][^*]*[A-Za-z.]\*", RegexOptions.CultureInvariant)]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"^(?:\d+\.\s+)?\*([^*]+)\*", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingEmphasisSpan();
}
