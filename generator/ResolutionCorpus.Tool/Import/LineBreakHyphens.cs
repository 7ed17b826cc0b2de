using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ResolutionCorpus.Tool.Import;

/// <summary>
/// A line that ends in a hyphen after a letter or digit breaks a word across lines or pages. The halves always join
/// without a space; whether the hyphen stays is the document's own answer: a printed volume hyphenates "Govern-" /
/// "ment" where the word is "Government", while "self-" / "determination" is a compound. When the document writes the
/// joined word elsewhere without the hyphen, and never with it, the hyphen was the typesetter's and goes; otherwise it
/// stays, so that no character is ever lost on a guess. A hyphen before "and", "or", "nor" or "to" is a compound's
/// first half standing for the whole ("culture-" / "and gender-sensitive"): there the break is a space.
/// </summary>
internal sealed class LineBreakHyphens
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string> _compounds;

    private LineBreakHyphens(HashSet<string> words, HashSet<string> compounds) => (_words, _compounds) = (words, compounds);

    /// <summary>Keeps every hyphen (for intermediate text, before the whole document is known).</summary>
    public static LineBreakHyphens KeepAll { get; } = new([], []);

    /// <summary>The words the document writes whole (lower case, letters only), from all its lines, apart from the compounds it writes with a hyphen.</summary>
    public static LineBreakHyphens Of(IEnumerable<SourceLine> lines)
    {
        List<string> whole = [.. lines.SelectMany(l => l.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => !IsHyphen(w[^1]))];
        return new(
            [.. whole.Where(w => !w.Any(IsHyphen)).Select(Letters).Where(w => w.Length > 0)],
            [.. whole.Where(w => w.Any(IsHyphen)).Select(Letters).Where(w => w.Length > 0)]);
    }

    /// <summary>Appends <paramref name="next"/> (a piece from the next line) to <paramref name="text"/>: with a space, or joined at a line-break hyphen.</summary>
    public void Append(StringBuilder text, string next)
    {
        if (!Breaks(text, next))
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(next);
            return;
        }

        int start = text.Length - 1;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        string head = Letters(text.ToString(start, text.Length - 1 - start));
        string tail = Letters(new string([.. next.TakeWhile(c => !char.IsWhiteSpace(c))]));
        if (char.IsLetter(text[^2]) && next.Length > 0 && char.IsLower(next[0]) && _words.Contains(head + tail) && !_compounds.Contains(head + tail))
        {
            text.Length--; // the typesetter's hyphen
        }

        text.Append(next);
    }

    /// <summary>
    /// True when <paramref name="text"/> ends in a hyphen after a letter or digit that breaks a word before
    /// <paramref name="next"/>, the next line's text: the two join without a space. With <paramref name="rangeDash"/>,
    /// an unspaced en dash breaks a range the same way ("2021–" / "2030"), as a PDF's rows do.
    /// </summary>
    public static bool Breaks(StringBuilder text, string next, bool rangeDash = false) =>
        text.Length > 1 && (IsHyphen(text[^1]) || (rangeDash && text[^1] == '\u2013')) && char.IsLetterOrDigit(text[^2]) && !IsSuspended(next);

    /// <summary>True when <paramref name="next"/> opens with a conjunction, after which a hyphen at a line's end is a suspended compound's, not a break in a word.</summary>
    private static bool IsSuspended(string next)
    {
        int end = next.IndexOf(' ', StringComparison.Ordinal);
        return (end < 0 ? next : next[..end]) is "and" or "or" or "nor" or "to";
    }

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static string Letters(string word) => new string([.. word.Where(char.IsLetter)]).ToLowerInvariant();
}
