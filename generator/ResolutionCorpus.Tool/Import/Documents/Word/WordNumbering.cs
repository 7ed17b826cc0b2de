using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ResolutionCorpus.Tool.Import.Documents.Word;

/// <summary>
/// The numbers Word prints before automatically numbered paragraphs (<c>1.</c>, <c>(a)</c>, <c>(iv)</c>), which the
/// file does not hold as text: counted per list and level, as Word counts them, from the numbering definitions.
/// </summary>
internal sealed class WordNumbering(NumberingDefinitionsPart? part)
{
    private readonly Dictionary<(int List, int Level), int> _counters = [];

    /// <summary>The label of <paramref name="paragraph"/> (with the text its level prints around it), or null when it is not numbered.</summary>
    public string? Next(Paragraph paragraph)
    {
        NumberingProperties? properties = paragraph.ParagraphProperties?.NumberingProperties;
        int? list = properties?.NumberingId?.Val?.Value;
        int levelIndex = properties?.NumberingLevelReference?.Val?.Value ?? 0;
        if (list is null or 0 || part?.Numbering is not { } numbering)
        {
            return null;
        }

        NumberingInstance? instance = numbering.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == list);
        int? abstractId = instance?.AbstractNumId?.Val?.Value;
        AbstractNum? definition = numbering.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
        List<Level> levels = definition?.Elements<Level>().ToList() ?? [];
        Level? level = levels.FirstOrDefault(l => l.LevelIndex?.Value == levelIndex);
        if (level is null)
        {
            return null;
        }

        int start = level.StartNumberingValue?.Val?.Value ?? 1;
        _counters[(list.Value, levelIndex)] = _counters.TryGetValue((list.Value, levelIndex), out int count) ? count + 1 : start;
        foreach ((int List, int Level) key in _counters.Keys.Where(k => k.List == list && k.Level > levelIndex).ToList())
        {
            _counters.Remove(key);
        }

        string text = level.LevelText?.Val?.Value ?? string.Empty;
        for (int l = 0; l <= levelIndex; l++)
        {
            Level? shown = levels.FirstOrDefault(x => x.LevelIndex?.Value == l);
            int value = _counters.TryGetValue((list.Value, l), out int v) ? v : shown?.StartNumberingValue?.Val?.Value ?? 1;
            text = text.Replace("%" + (l + 1).ToString(CultureInfo.InvariantCulture), Format(value, shown?.NumberingFormat?.Val?.InnerText), System.StringComparison.Ordinal);
        }

        // A bullet's glyph is often in a symbol font's private area; it prints as a bullet.
        text = new string([.. text.Select(c => c is >= '\uE000' and <= '\uF8FF' ? '•' : c)]);
        return text.Length == 0 ? null : text;
    }

    /// <summary>How Word writes <paramref name="value"/> in the number format named <paramref name="format"/> (<c>lowerLetter</c>, <c>upperRoman</c>).</summary>
    internal static string Format(int value, string? format) => format switch
    {
        "lowerLetter" => Letters(value),
        "upperLetter" => Letters(value).ToUpperInvariant(),
        "lowerRoman" => RomanNumerals.Format(value).ToLowerInvariant(),
        "upperRoman" => RomanNumerals.Format(value),
        "bullet" or "none" => string.Empty,
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    // Word's letters run a … z, aa … zz.
    private static string Letters(int value) => value < 1 ? string.Empty : new string((char)('a' + ((value - 1) % 26)), ((value - 1) / 26) + 1);
}
