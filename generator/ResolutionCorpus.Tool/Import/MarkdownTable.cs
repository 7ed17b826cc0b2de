using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace ResolutionCorpus.Tool.Import;

/// <summary>
/// A Markdown table, as a conversion from PDF writes one: <c>| Afghanistan | 0.005 |</c> is a row of the table, its
/// cells between the pipes; the rule under the header row (<c>|---|---|</c>) is markup, which <see cref="PrintDebris"/>
/// takes out.
/// </summary>
internal static partial class MarkdownTable
{
    /// <summary>The lines, each row of a Markdown table given its cells.</summary>
    public static IReadOnlyList<SourceLine> Read(IReadOnlyList<SourceLine> lines) =>
        [.. lines.Select(l => l.Cells is null && Row().IsMatch(l.Text) && !PrintDebris.IsDebris(l.Text, null)
            ? l with { Cells = [.. l.Text[1..^1].Split('|').Select(cell => cell.Trim())] }
            : l)];

    // Two cells or more between pipes, the line opening and closing with one.
    [GeneratedRegex(@"^\|(?:[^|]*\|){2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex Row();
}
