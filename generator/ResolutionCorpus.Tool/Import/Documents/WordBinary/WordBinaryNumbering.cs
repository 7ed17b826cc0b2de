using System.Collections.Generic;
using System.Linq;
using System.Text;
using ResolutionCorpus.Tool.Import.Documents.Word;

namespace ResolutionCorpus.Tool.Import.Documents.WordBinary;

/// <summary>
/// The numbers Word prints before automatically numbered paragraphs of a Word 97–2003 file, which the file does not
/// hold as text: counted per list instance and level, from the list definitions (PlfLst, their levels, PlfLfo).
/// </summary>
internal sealed class WordBinaryNumbering
{
    private const int ListDefinitionSize = 28;
    private const int LevelHeadSize = 28;
    private const int ListInstanceSize = 16;

    // Each list's levels: its first number, how it is written, and the level text, whose characters 0 to 8 stand
    // for the numbers of levels 1 to 9.
    private readonly Dictionary<int, IReadOnlyList<(int Start, string Format, string Text)>> _lists = [];
    private readonly List<int> _instances = [];
    private readonly Dictionary<(int Instance, int Level), int> _counters = [];

    /// <summary>Reads the lists at <paramref name="lists"/> and their instances at <paramref name="instances"/> in the table stream.</summary>
    public WordBinaryNumbering(SpanReader table, StreamRange lists, StreamRange instances)
    {
        if (lists.Length > 0)
        {
            int count = (short)table.UInt16(lists.Offset);
            int level = lists.Offset + 2 + (count * ListDefinitionSize);
            for (int i = 0; i < count; i++)
            {
                int definition = lists.Offset + 2 + (i * ListDefinitionSize);
                bool simple = (table.Byte(definition + 26) & 1) != 0;
                var levels = new List<(int, string, string)>();
                for (int l = 0; l < (simple ? 1 : 9); l++)
                {
                    int start = table.Int32(level);
                    string format = Format(table.Byte(level + 4));
                    int properties = table.Byte(level + 25) + table.Byte(level + 24);
                    int text = level + LevelHeadSize + properties;
                    int length = table.UInt16(text);
                    levels.Add((start, format, Encoding.Unicode.GetString(table.Slice(text + 2, length * 2))));
                    level = text + 2 + (length * 2);
                }

                _lists[table.Int32(definition)] = levels;
            }
        }

        int instanceCount = instances.Length > 0 ? table.Int32(instances.Offset) : 0;
        for (int i = 0; i < instanceCount; i++)
        {
            _instances.Add(table.Int32(instances.Offset + 4 + (i * ListInstanceSize)));
        }
    }

    /// <summary>The label of the next paragraph of list instance <paramref name="instance"/> (1-based) at <paramref name="level"/>, or null.</summary>
    public string? Next(int instance, int level)
    {
        if (instance < 1 || instance > _instances.Count || !_lists.TryGetValue(_instances[instance - 1], out IReadOnlyList<(int Start, string Format, string Text)>? levels) || level >= levels.Count)
        {
            return null;
        }

        _counters[(instance, level)] = _counters.TryGetValue((instance, level), out int count) ? count + 1 : levels[level].Start;
        foreach ((int Instance, int Level) key in _counters.Keys.Where(k => k.Instance == instance && k.Level > level).ToList())
        {
            _counters.Remove(key);
        }

        var label = new StringBuilder();
        foreach (char c in levels[level].Text)
        {
            if (c < 9)
            {
                if (c >= levels.Count)
                {
                    continue;
                }

                int value = _counters.TryGetValue((instance, c), out int v) ? v : levels[c].Start;
                label.Append(WordNumbering.Format(value, levels[c].Format));
            }
            else
            {
                // A bullet's glyph is often in a symbol font's private area; it prints as a bullet.
                label.Append(c is >= '\uE000' and <= '\uF8FF' ? '•' : c);
            }
        }

        return label.Length == 0 ? null : label.ToString();
    }

    // The number formats of [MS-DOC] 2.9.131 (nfc), named as Office Open XML names them.
    private static string Format(byte nfc) => nfc switch
    {
        1 => "upperRoman",
        2 => "lowerRoman",
        3 => "upperLetter",
        4 => "lowerLetter",
        23 => "bullet",
        255 => "none",
        _ => "decimal",
    };
}
