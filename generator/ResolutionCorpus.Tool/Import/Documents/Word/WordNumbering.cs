using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ResolutionCorpus.Tool.Import.Documents.Word;

/// <summary>
/// The numbers Word prints before automatically numbered paragraphs of a <c>.docx</c> (<c>1.</c>, <c>(a)</c>,
/// <c>(iv)</c>), which the file does not hold as text: counted by <see cref="ListCounter"/> from the numbering definitions.
/// A paragraph is numbered by its own properties, or by its style's (a "List Number" style), or the style that one is
/// based on.
/// </summary>
internal sealed class WordNumbering(NumberingDefinitionsPart? part, StyleDefinitionsPart? styles)
{
    // Styles may be based on one another in a loop in a damaged file; no real chain is this long.
    private const int LongestStyleChain = 32;

    private readonly ListCounter _counter = new();

    /// <summary>The label of <paramref name="paragraph"/> (with the text its level prints around it), or null when it is not numbered.</summary>
    public string? Next(Paragraph paragraph)
    {
        NumberingProperties? properties = paragraph.ParagraphProperties?.NumberingProperties ?? StyleNumbering(paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value);
        int? list = properties?.NumberingId?.Val?.Value;
        if (list is null or 0 || part?.Numbering is not { } numbering)
        {
            return null;
        }

        NumberingInstance? instance = numbering.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == list);
        int? abstractId = instance?.AbstractNumId?.Val?.Value;
        AbstractNum? definition = numbering.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
        List<Level> levels = definition?.Elements<Level>().ToList() ?? [];
        return _counter.Next(list.Value, properties?.NumberingLevelReference?.Val?.Value ?? 0, Levels(levels));
    }

    /// <summary>The numbering the paragraph style <paramref name="styleId"/> gives, or the style it is based on gives.</summary>
    private NumberingProperties? StyleNumbering(string? styleId)
    {
        for (int depth = 0; styleId is not null && depth < LongestStyleChain; depth++)
        {
            Style? style = styles?.Styles?.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == styleId);
            if (style?.StyleParagraphProperties?.NumberingProperties is { } numbering)
            {
                return numbering;
            }

            styleId = style?.BasedOn?.Val?.Value;
        }

        return null;
    }

    /// <summary>The list's levels 0 to the last it defines; "%1" in a level's text stands for level 1's number.</summary>
    private static List<ListLevel> Levels(List<Level> levels)
    {
        int count = levels.Count == 0 ? 0 : levels.Max(l => l.LevelIndex?.Value ?? 0) + 1;
        var result = new List<ListLevel>(count);
        for (int i = 0; i < count; i++)
        {
            Level? level = levels.FirstOrDefault(l => l.LevelIndex?.Value == i);
            string text = level?.LevelText?.Val?.Value ?? string.Empty;
            for (int l = 0; l < 9; l++)
            {
                text = text.Replace("%" + (l + 1).ToString(CultureInfo.InvariantCulture), ((char)l).ToString(), System.StringComparison.Ordinal);
            }

            result.Add(new ListLevel(level?.StartNumberingValue?.Val?.Value ?? 1, Format(level?.NumberingFormat?.Val?.InnerText), text));
        }

        return result;
    }

    private static ListNumberFormat Format(string? format) => format switch
    {
        "lowerLetter" => ListNumberFormat.LowerLetter,
        "upperLetter" => ListNumberFormat.UpperLetter,
        "lowerRoman" => ListNumberFormat.LowerRoman,
        "upperRoman" => ListNumberFormat.UpperRoman,
        "bullet" or "none" => ListNumberFormat.None,
        _ => ListNumberFormat.Decimal,
    };
}
