using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ResolutionCorpus.Tool.Import;

/// <summary>
/// How a paragraph's text opens and ends: its printed number (<c>12.</c>) or point label (<c>(a)</c>), and what tells a
/// finished paragraph from one that runs on to the next line.
/// </summary>
internal static partial class ParagraphText
{
    /// <summary>A line that opens with a paragraph number: group 1 is the number, group 2 the text.</summary>
    public static Match Numbered(string line) => NumberedLine().Match(line);

    /// <summary>A line that opens with a point's label, <c>(a)</c> or <c>(iv)</c>: group 1 is the label, group 2 the text.</summary>
    public static Match Lettered(string line) => LetteredLine().Match(line);

    /// <summary>
    /// A paragraph is open (continues on the next line) unless it ends in <c>, ; . :</c>, ignoring footnote markers,
    /// closing quotes and brackets after that punctuation.
    /// </summary>
    public static bool IsOpen(string text, SourceFormat format) => !EndsInPunctuation(text, format);

    /// <summary>
    /// Text that can be a heading: it opens with a capital, is short, carries no number or label of its own and ends
    /// without the punctuation that ends a clause.
    /// </summary>
    public static bool IsHeading(string text, SourceFormat format) =>
        text.Length is > 0 and <= HeadingLength && char.IsUpper(text[0]) && !EndsInPunctuation(text, format)
        && !Numbered(text).Success && !Lettered(text).Success;

    // The longest heading the record prints is about 110 characters ("Budget performance report for the period from …").
    private const int HeadingLength = 160;

    /// <summary>True when <paramref name="text"/> ends in <c>, ; . :</c>, footnote markers, closing quotes and brackets aside.</summary>
    public static bool EndsInPunctuation(string text, SourceFormat format) => LastSign(text, format) is ',' or ';' or '.' or ':';

    /// <summary>The last character that is not a footnote marker, a closing quote or bracket, or white space; '\0' when none.</summary>
    public static char LastSign(string text, SourceFormat format)
    {
        int end = text.Length;
        while (end > 0)
        {
            char c = text[end - 1];
            if (FootnoteMarkers.IsSuperscriptDigit(c) || c is '"' or '”' or '’' or '\'' or ')' or ']' || char.IsWhiteSpace(c))
            {
                end--;
                continue;
            }

            // Documents-system text glues footnote numbers to the punctuation: "Europe,1".
            if (format == SourceFormat.PlainText && char.IsAsciiDigit(c))
            {
                int digits = end;
                while (digits > 0 && char.IsAsciiDigit(text[digits - 1]))
                {
                    digits--;
                }

                if (digits > 0 && end - digits <= 3 && text[digits - 1] is ',' or ';' or '.' or ':')
                {
                    end = digits;
                    continue;
                }
            }

            break;
        }

        return end == 0 ? '\0' : text[end - 1];
    }

    /// <summary>
    /// A line cut where the next paragraph runs on after the end of a sentence ("… Development. 2. We acknowledge …", an
    /// extraction that lost a line break), so that each part is read as if it opened a line. The number that runs on is
    /// the one after the number the line opens with, or else <paramref name="expected"/>.
    /// </summary>
    public static IEnumerable<string> RunOnParagraphs(string line, int expected)
    {
        string rest = line;
        while (true)
        {
            int next = Numbered(rest) is { Success: true } opening ? int.Parse(opening.Groups[1].Value, CultureInfo.InvariantCulture) + 1 : expected;
            int at = next > 1 ? RunOnNumber(rest, next) : -1;
            if (at < 0)
            {
                yield return rest;
                yield break;
            }

            yield return rest[..at].TrimEnd();
            rest = rest[(at + 1)..];
        }
    }

    /// <summary>
    /// Where paragraph <paramref name="next"/> runs on inside a line, after the end of a sentence and any footnote marker:
    /// the index of the space before "2." in "… Development. 2. We acknowledge"; -1 when it does not. A number after an
    /// abbreviation that takes one ("para. 2. We") is a reference, not a paragraph.
    /// </summary>
    private static int RunOnNumber(string text, int next)
    {
        string number = " " + next.ToString(CultureInfo.InvariantCulture) + ". ";
        for (int at = text.IndexOf(number, StringComparison.Ordinal); at > 0; at = text.IndexOf(number, at + 1, StringComparison.Ordinal))
        {
            int after = at + number.Length;
            if (after < text.Length && char.IsUpper(text[after]) && SentenceEnd().IsMatch(text[..at]))
            {
                return at;
            }
        }

        return -1;
    }

    // The end of a sentence, with a footnote marker after it ("annexes.5", "annexes.[^5]", "annexes.⁵"); not an abbreviation.
    [GeneratedRegex(@"(?<!\b(?:para|paras|No|Nos|art|arts|chap|sect|vol|p|pp|Rev|Add|Corr))[.;:][”’""]?(?:\d{1,3}|\[\^[^\]\s]{1,16}\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]+)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^(\d{1,3})\.\s+(\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedLine();

    [GeneratedRegex(@"^\(([a-z]{1,2}|[ivxl]{1,6})\)\s+(\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex LetteredLine();
}
