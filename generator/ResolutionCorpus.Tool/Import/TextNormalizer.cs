using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ResolutionCorpus.Tool.Import;

/// <summary>
/// Splits the text into lines and normalizes white space inside each line. White space is layout, not
/// wording: tabs (the documents system indents with them), non-breaking spaces and runs of spaces all become
/// one space; invisible characters that PDF tools leave behind (soft hyphens, zero-width spaces) go.
/// </summary>
internal static class TextNormalizer
{
    /// <summary>Returns the lines of <paramref name="text"/>, normalized, numbered from 1.</summary>
    /// <param name="text">The text.</param>
    /// <param name="tableRows">The lines that are rows of a table, their cells parted by tabs (a PDF's tables); none in a text file.</param>
    public static IReadOnlyList<SourceLine> ToLines(string text, IReadOnlySet<int>? tableRows = null)
    {
        var lines = new List<SourceLine>();
        int number = 1;
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            bool end = i == text.Length;
            char c = end ? '\n' : text[i];
            if (c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085')
            {
                lines.Add(new SourceLine(number, NormalizeLine(text, start, i - start))
                {
                    Cells = tableRows?.Contains(number) == true ? [.. text[start..i].Split('\t').Select(cell => NormalizeLine(cell, 0, cell.Length))] : null,
                });
                number++;
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (lines.Count > 0 && lines[^1].IsBlank && text.EndsWith('\n'))
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    /// <summary>Collapses white space in one stretch of text and trims it.</summary>
    public static string NormalizeLine(string text, int start, int length)
    {
        var builder = new StringBuilder(length);
        bool pendingSpace = false;
        for (int i = start; i < start + length; i++)
        {
            char c = text[i];
            if (c is '\u00AD' or '\u200B' or '\uFEFF' or '\u200C' or '\u200D' or '\u2060')
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || c == '\f' || char.IsControl(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
