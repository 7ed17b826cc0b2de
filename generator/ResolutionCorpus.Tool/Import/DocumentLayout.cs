using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace ResolutionCorpus.Tool.Import;

/// <summary>
/// Splits the lines into the three regions of a resolution: the heading (up to the enacting formula
/// <c>The General Assembly,</c>), the body (paragraphs and the footnotes printed between them), and the end
/// (from the meeting line <c>64th plenary meeting</c> on: date, late footnotes, notes, print debris).
/// </summary>
internal sealed partial class DocumentLayout
{
    private DocumentLayout(int formula, int bodyStart, int end, UnBody body)
    {
        FormulaIndex = formula;
        BodyStart = bodyStart;
        EndIndex = end;
        Body = body;
    }

    /// <summary>Index of the enacting formula's line (of the number line, for a text printed without a formula).</summary>
    public int FormulaIndex { get; }

    /// <summary>Index of the body's first line: the line after the formula, or after the heading of a text without one.</summary>
    public int BodyStart { get; }

    /// <summary>Index of the meeting line, or the line count when the text has none.</summary>
    public int EndIndex { get; }

    /// <summary>The body the enacting formula names.</summary>
    public UnBody Body { get; }

    /// <summary>
    /// Finds the regions, or returns null when the text has no enacting formula (it is not a resolution). The Security
    /// Council's early resolutions ("Whereas …") have none: after the volume's number line
    /// (<c>21 (1947). Resolution of 2 April 1947</c>) and the draft symbol (<c>[S/318]</c>), the body begins.
    /// </summary>
    public static DocumentLayout? Find(IReadOnlyList<SourceLine> lines, SourceFormat format)
    {
        int numberLine = -1;
        for (int i = 0; i < lines.Count; i++)
        {
            string cleaned = InlineMarkup.Clean(lines[i].Text, format);
            if (numberLine < 0 && MetadataExtractor.IsSecurityCouncilNumber(cleaned))
            {
                numberLine = i;
            }

            Match formula = Formula().Match(cleaned);
            if (!formula.Success)
            {
                continue;
            }

            UnBody body = formula.Groups[1].Value switch
            {
                "General Assembly" => UnBody.GeneralAssembly,
                "Security Council" => UnBody.SecurityCouncil,
                "Economic and Social Council" => UnBody.EconomicAndSocialCouncil,
                _ => UnBody.HumanRightsCouncil,
            };

            return new DocumentLayout(i, i + 1, End(lines, i + 1, format), body);
        }

        if (numberLine >= 0)
        {
            int start = numberLine + 1;
            while (start < lines.Count && (lines[start].IsBlank || lines[start].Text.StartsWith('[')))
            {
                start++;
            }

            return new DocumentLayout(numberLine, start, End(lines, start, format), UnBody.SecurityCouncil);
        }

        return null;
    }

    // The meeting line, or the line count when there is none.
    private static int End(IReadOnlyList<SourceLine> lines, int start, SourceFormat format)
    {
        for (int j = start; j < lines.Count; j++)
        {
            if (IsMeetingLine(InlineMarkup.Clean(lines[j].Text, format)))
            {
                return j;
            }
        }

        return lines.Count;
    }

    /// <summary>
    /// True for the line that closes a resolution: <c>64th plenary meeting</c>, or the Security Council's
    /// <c>Adopted at the 942nd meeting</c> and <c>Adopted unanimously at the</c> (the meeting on the next line).
    /// </summary>
    public static bool IsMeetingLine(string cleaned) => Meeting().IsMatch(cleaned) || SplitMeeting().IsMatch(cleaned);

    /// <summary>The meeting line at <paramref name="index"/>, with the next line when the meeting runs on to it (<c>Adopted unanimously at the</c> / <c>1428th meeting.</c>).</summary>
    public static string MeetingText(IReadOnlyList<SourceLine> lines, int index, SourceFormat format)
    {
        string text = InlineMarkup.Clean(lines[index].Text, format);
        return SplitMeeting().IsMatch(text) && index + 1 < lines.Count ? text + " " + InlineMarkup.Clean(lines[index + 1].Text, format) : text;
    }

    /// <summary>True for an enacting formula, <c>The Security Council,</c>: a part adopted separately repeats it.</summary>
    public static bool IsFormula(string cleaned) => Formula().IsMatch(cleaned);

    [GeneratedRegex(@"^The (General Assembly|Security Council|Economic and Social Council|Human Rights Council)\s*,?$", RegexOptions.CultureInvariant)]
    private static partial Regex Formula();

    [GeneratedRegex(@"^(?:Adopted (?:unanimously )?at the )?\d+(?:st|nd|rd|th) (?:\(resumed\) )?(?:plenary )?meeting\b", RegexOptions.CultureInvariant)]
    private static partial Regex Meeting();

    [GeneratedRegex(@"^Adopted (?:unanimously )?at the$", RegexOptions.CultureInvariant)]
    private static partial Regex SplitMeeting();
}
