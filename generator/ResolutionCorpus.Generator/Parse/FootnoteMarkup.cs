using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace ResolutionCorpus.Generator.Parse;

/// <summary>
/// Footnote markers in resolution text: <c>[^2]</c> stands where the printed marker stood.
/// </summary>
internal static class FootnoteMarkup
{
    private static readonly Regex s_marker = new Regex(@"\[\^(?<marker>[^\]\s\[]{1,16})\]", RegexOptions.CultureInvariant);

    /// <summary>The markers in <paramref name="markedText"/>, each with its offset in the marked text.</summary>
    public static IEnumerable<(string Marker, int Offset)> Markers(string markedText)
    {
        foreach (Match match in s_marker.Matches(markedText))
        {
            yield return (match.Groups["marker"].Value, match.Index);
        }
    }

    /// <summary>
    /// The text without markers, and for each marker the offset in that plain text at which it stood.
    /// </summary>
    public static string Strip(string markedText, List<(string Marker, int Position)> anchors)
    {
        var plain = new StringBuilder(markedText.Length);
        int written = 0;
        foreach (Match match in s_marker.Matches(markedText))
        {
            plain.Append(markedText, written, match.Index - written);
            anchors.Add((match.Groups["marker"].Value, plain.Length));
            written = match.Index + match.Length;
        }

        return plain.Append(markedText, written, markedText.Length - written).ToString();
    }
}
