using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace ResolutionCorpus.Tool.Import;

/// <summary>
/// The resolution's title printed at the head of a page, on one line or wrapped over a few, beside other page
/// furniture (the symbol, a job or page number, the footnotes of the page before): print, not wording. Alone, the
/// same words may head a declaration the resolution adopts.
/// </summary>
internal static partial class RunningTitle
{
    private const int MaxLines = 3;

    /// <summary>
    /// Reads the running title from <paramref name="lines"/>[<paramref name="i"/>] on, marking its lines as print
    /// debris: how many lines it takes, 0 when none print it.
    /// </summary>
    /// <param name="lines">The text's lines.</param>
    /// <param name="i">The first line to look at.</param>
    /// <param name="title">The resolution's title.</param>
    /// <param name="symbol">The resolution's symbol, which page furniture repeats.</param>
    /// <param name="ledger">The roles already given, to see the footnotes of the page before.</param>
    public static int Read(IReadOnlyList<SourceLine> lines, int i, string? title, string? symbol, LineLedger ledger)
    {
        int length = Length(lines, i, title, symbol, ledger);
        for (int k = 0; k < length; k++)
        {
            ledger.Mark(lines[i + k], LineRole.Debris, "running title");
        }

        return length;
    }

    private static int Length(IReadOnlyList<SourceLine> lines, int i, string? title, string? symbol, LineLedger ledger)
    {
        if (title is not { Length: >= 12 })
        {
            return 0;
        }

        string wanted = Spaces().Replace(title, " ").Trim();
        string printed = string.Empty;
        for (int count = 1; count <= MaxLines && i + count <= lines.Count && !lines[i + count - 1].IsBlank; count++)
        {
            printed = (printed + " " + Spaces().Replace(lines[i + count - 1].Text, " ")).Trim();
            if (string.Equals(printed, wanted, StringComparison.Ordinal))
            {
                return BesideFurniture(lines, i, i + count, symbol, ledger) ? count : 0;
            }

            if (!wanted.StartsWith(printed, StringComparison.Ordinal))
            {
                return 0;
            }
        }

        return 0;
    }

    // Under the page's footnotes, or beside the symbol, a job or page number.
    private static bool BesideFurniture(IReadOnlyList<SourceLine> lines, int first, int after, string? symbol, LineLedger ledger)
    {
        int before = first - 1;
        while (before >= 0 && lines[before].IsBlank)
        {
            before--;
        }

        while (after < lines.Count && lines[after].IsBlank)
        {
            after++;
        }

        return before >= 0 && (PrintDebris.IsDebris(lines[before].Text, symbol) || ledger.RoleOf(lines[before].Number) == LineRole.Footnote)
            || after < lines.Count && PrintDebris.IsDebris(lines[after].Text, symbol);
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
