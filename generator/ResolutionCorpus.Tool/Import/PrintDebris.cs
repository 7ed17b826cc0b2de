using System;
using System.Text.RegularExpressions;

namespace ResolutionCorpus.Tool.Import;

/// <summary>
/// Recognizes lines that a printer or converter added and that are not the resolution's wording: page numbers,
/// running heads, job numbers (<c>25-06028 (E)</c>, <c>*2506028*</c>), document-system tags (<c>[DU1]</c>,
/// <c>&lt;&lt;ODS JOB NO&gt;&gt;</c>), rules, mastheads and distribution lines.
/// </summary>
internal static partial class PrintDebris
{
    /// <summary>
    /// True when <paramref name="line"/> is debris. <paramref name="symbol"/>, when known, lets a running head
    /// (the symbol glued to the title, as PDF text extraction leaves it) be told apart from wording.
    /// </summary>
    public static bool IsDebris(string line, string? symbol)
    {
        string text = line.Trim().Trim('*').Trim();
        if (text.Length == 0)
        {
            return line.Length > 0; // a line of bare asterisks
        }

        if (Tag().IsMatch(text) || Rule().IsMatch(text) || TableRule().IsMatch(text) || PageNumber().IsMatch(text) || JobNumber().IsMatch(text)
            || BarCode().IsMatch(line.Trim()) || Distribution().IsMatch(text) || Masthead().IsMatch(text))
        {
            return true;
        }

        if (text.Contains("Please recycle", StringComparison.Ordinal))
        {
            return true;
        }

        if (symbol is not null && symbol.Length > 0)
        {
            // Running heads: "A/RES/67/83Cooperation between …" or "… Council of EuropeA/RES/67/83", or the symbol alone.
            if (text == symbol)
            {
                return true;
            }

            if (text.StartsWith(symbol, StringComparison.Ordinal) && text.Length > symbol.Length && !char.IsWhiteSpace(text[symbol.Length]))
            {
                return true;
            }

            if (text.EndsWith(symbol, StringComparison.Ordinal) && text.Length > symbol.Length && char.IsLetter(text[^(symbol.Length + 1)]))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^\[DU\d+\]|<<ODS[^>]*>>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"^[_\-=–—.·]{3,}$", RegexOptions.CultureInvariant)]
    private static partial Regex Rule();

    // A Markdown table's rule under its header row: "|---|:---:|".
    [GeneratedRegex(@"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$", RegexOptions.CultureInvariant)]
    private static partial Regex TableRule();

    // "6", "5/6", "Page 3", "- 4 -".
    [GeneratedRegex(@"^(?:Page\s+)?-?\s*\d{1,3}\s*-?(?:\s*/\s*\d{1,3})?$", RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();

    // "25-06028 (E)", "12-48358*", "N1248358E", "25-06028 (E) 280425".
    [GeneratedRegex(@"^(?:\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{6})?\*?|[A-Z]\d{7}[A-Z])$", RegexOptions.CultureInvariant)]
    private static partial Regex JobNumber();

    // "*2506028*", "*1248358*Please recycle".
    [GeneratedRegex(@"^\*\d{7}\*", RegexOptions.CultureInvariant)]
    private static partial Regex BarCode();

    [GeneratedRegex(@"^Distr\.:\s*(?:General|Limited|Restricted)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Distribution();

    // "United NationsA/RES/67/83*General AssemblyDistr.: General": the masthead flattened onto one line.
    [GeneratedRegex(@"^United Nations\s*[A-Z]+/", RegexOptions.CultureInvariant)]
    private static partial Regex Masthead();
}
