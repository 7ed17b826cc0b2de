using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ResolutionCorpus.Tool.Import;

/// <summary>
/// A page's footnotes in a text extracted from a PDF, in a resolution's body or in its annex: under the rule at the
/// page's foot ("_____"), each line "N text" numbered next is a footnote, whatever its marker looks like in the text
/// (<c>Rights, 1 the</c>), and a line right under one goes on with it. The first other line ends them (the next
/// page's running head).
/// </summary>
internal sealed partial class PageFootnotes(string? symbol, LineBreakHyphens hyphens, LineLedger ledger)
{
    // Whether the lines since the last rule are still the page's footnotes.
    private bool _open;

    /// <summary>Whether <paramref name="lines"/>[<paramref name="i"/>] was read as the rule, a footnote or a footnote's next line.</summary>
    /// <param name="lines">The text's lines.</param>
    /// <param name="i">The line to read.</param>
    /// <param name="footnotes">The footnotes read so far, in order; a footnote read is added.</param>
    public bool TryRead(IReadOnlyList<SourceLine> lines, int i, List<DraftFootnote> footnotes)
    {
        SourceLine line = lines[i];
        if (Rule().IsMatch(line.Text))
        {
            _open = true;
            ledger.Mark(line, LineRole.Debris, "footnote rule");
            return true;
        }

        if (!_open)
        {
            return false;
        }

        if (Numbered(line.Text) is { Success: true } numbered && numbered.Groups[1].Value == (footnotes.Count + 1).ToString(CultureInfo.InvariantCulture))
        {
            ledger.Mark(line, LineRole.Footnote);
            footnotes.Add(new DraftFootnote(numbered.Groups[1].Value, numbered.Groups[2].Value.Trim(), line.Number));
            return true;
        }

        if (footnotes.Count > 0 && i > 0 && !lines[i - 1].IsBlank && ledger.RoleOf(lines[i - 1].Number) == LineRole.Footnote
            && !PrintDebris.IsDebris(line.Text, symbol))
        {
            Continue(line, footnotes);
            return true;
        }

        _open = false;
        return false;
    }

    /// <summary>A line that goes on with the last footnote, joined as the document joins its line-break hyphens.</summary>
    public void Continue(SourceLine line, List<DraftFootnote> footnotes)
    {
        DraftFootnote last = footnotes[^1];
        var joined = new StringBuilder(last.Text);
        hyphens.Append(joined, line.Text.Trim());
        footnotes[^1] = last with { Text = joined.ToString() };
        ledger.Mark(line, LineRole.Footnote);
    }

    /// <summary>A footnote as extracted text prints it: its number, a space, its text (<c>1 Resolution 64/293.</c>).</summary>
    public static Match Numbered(string text) => NumberedFootnote().Match(text);

    [GeneratedRegex(@"^(\d{1,3})\s+(\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedFootnote();

    // The rule over a page's footnotes, as a text extraction keeps it: underscores only.
    [GeneratedRegex(@"^\s*_{5,}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Rule();
}
