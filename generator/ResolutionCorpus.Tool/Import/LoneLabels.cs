using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace ResolutionCorpus.Tool.Import;

/// <summary>
/// Some extractions print a paragraph's number, a point's label or a section's number alone on its line (<c>3.</c>,
/// then the text on the next; <c>II</c>, then the section's heading). The label belongs to the text that follows it:
/// the two lines become one, on the label's line.
/// </summary>
internal static partial class LoneLabels
{
    /// <summary>Returns <paramref name="lines"/> with every lone label joined to the next line that holds text.</summary>
    public static IReadOnlyList<SourceLine> Join(IReadOnlyList<SourceLine> lines)
    {
        var joined = new List<SourceLine>(lines.Count);
        for (int i = 0; i < lines.Count; i++)
        {
            SourceLine line = lines[i];
            int next = i + 1;
            while (next < lines.Count && lines[next].IsBlank)
            {
                next++;
            }

            if (Label().IsMatch(line.Text) && next < lines.Count && !Label().IsMatch(lines[next].Text))
            {
                joined.Add(line with { Text = line.Text + " " + lines[next].Text });
                i = next;
                continue;
            }

            joined.Add(line);
        }

        return joined;
    }

    // "3.", "12.", "(a)", "(iv)", and a section's number "II" (its heading follows): nothing else on the line.
    [GeneratedRegex(@"^(?:\d{1,3}\.|\((?:[a-z]{1,2}|[ivxl]{1,6})\)|[IVX]{1,6}\.?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Label();
}
