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
    private DocumentLayout(int formula, int end, UnBody body)
    {
        FormulaIndex = formula;
        EndIndex = end;
        Body = body;
    }

    /// <summary>Index of the enacting formula's line.</summary>
    public int FormulaIndex { get; }

    /// <summary>Index of the meeting line, or the line count when the text has none.</summary>
    public int EndIndex { get; }

    /// <summary>The body the enacting formula names.</summary>
    public UnBody Body { get; }

    /// <summary>Finds the regions, or returns null when the text has no enacting formula (it is not a resolution).</summary>
    public static DocumentLayout? Find(IReadOnlyList<SourceLine> lines, SourceFormat format)
    {
        for (int i = 0; i < lines.Count; i++)
        {
            Match formula = Formula().Match(InlineMarkup.Clean(lines[i].Text, format));
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

            int end = lines.Count;
            for (int j = i + 1; j < lines.Count; j++)
            {
                if (IsMeetingLine(InlineMarkup.Clean(lines[j].Text, format)))
                {
                    end = j;
                    break;
                }
            }

            return new DocumentLayout(i, end, body);
        }

        return null;
    }

    /// <summary>True for the line that closes a resolution: <c>64th plenary meeting</c>.</summary>
    public static bool IsMeetingLine(string cleaned) => Meeting().IsMatch(cleaned);

    [GeneratedRegex(@"^The (General Assembly|Security Council|Economic and Social Council|Human Rights Council)\s*,?$", RegexOptions.CultureInvariant)]
    private static partial Regex Formula();

    [GeneratedRegex(@"^\d+(?:st|nd|rd|th) (?:\(resumed\) )?(?:plenary )?meeting\b", RegexOptions.CultureInvariant)]
    private static partial Regex Meeting();
}
