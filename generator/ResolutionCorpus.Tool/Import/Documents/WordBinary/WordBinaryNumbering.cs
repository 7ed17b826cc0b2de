using System.Collections.Generic;
using System.Text;

namespace ResolutionCorpus.Tool.Import.Documents.WordBinary;

/// <summary>
/// The numbers Word prints before automatically numbered paragraphs of a Word 97–2003 file, which the file does not
/// hold as text: counted by <see cref="ListCounter"/> from the list definitions (PlfLst, their levels, PlfLfo).
/// </summary>
internal sealed class WordBinaryNumbering
{
    private const int ListDefinitionSize = 28;
    private const int LevelHeadSize = 28;
    private const int ListInstanceSize = 16;

    private readonly Dictionary<int, IReadOnlyList<ListLevel>> _lists = [];
    private readonly List<int> _instances = [];
    private readonly ListCounter _counter = new();

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
                var levels = new List<ListLevel>();
                for (int l = 0; l < (simple ? 1 : 9); l++)
                {
                    int start = table.Int32(level);
                    ListNumberFormat format = Format(table.Byte(level + 4));
                    int properties = table.Byte(level + 25) + table.Byte(level + 24);
                    int text = level + LevelHeadSize + properties;
                    int length = table.UInt16(text);
                    levels.Add(new ListLevel(start, format, Encoding.Unicode.GetString(table.Slice(text + 2, length * 2))));
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
    public string? Next(int instance, int level) =>
        instance >= 1 && instance <= _instances.Count && _lists.TryGetValue(_instances[instance - 1], out IReadOnlyList<ListLevel>? levels)
            ? _counter.Next(instance, level, levels)
            : null;

    // The number formats of [MS-DOC] 2.9.131 (nfc).
    private static ListNumberFormat Format(byte nfc) => nfc switch
    {
        1 => ListNumberFormat.UpperRoman,
        2 => ListNumberFormat.LowerRoman,
        3 => ListNumberFormat.UpperLetter,
        4 => ListNumberFormat.LowerLetter,
        23 or 255 => ListNumberFormat.None,
        _ => ListNumberFormat.Decimal,
    };
}
