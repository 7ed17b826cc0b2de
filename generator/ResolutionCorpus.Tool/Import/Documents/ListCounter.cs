using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ResolutionCorpus.Tool.Import.Documents;

/// <summary>
/// Counts a Word file's automatically numbered paragraphs, as Word counts them: per list and level, a level's count
/// starting again under each paragraph of a level above it. The numbers are not in the file's text; this writes them.
/// </summary>
internal sealed class ListCounter
{
    private readonly Dictionary<(int List, int Level), int> _counters = [];

    /// <summary>The label of the next paragraph of <paramref name="list"/> at <paramref name="level"/>, or null when it prints none.</summary>
    /// <param name="list">The list the paragraph is numbered by.</param>
    /// <param name="level">The paragraph's level, 0 to 8.</param>
    /// <param name="levels">The list's levels.</param>
    public string? Next(int list, int level, IReadOnlyList<ListLevel> levels)
    {
        if (level < 0 || level >= levels.Count)
        {
            return null;
        }

        _counters[(list, level)] = _counters.TryGetValue((list, level), out int count) ? count + 1 : levels[level].Start;
        foreach ((int List, int Level) key in _counters.Keys.Where(k => k.List == list && k.Level > level).ToList())
        {
            _counters.Remove(key);
        }

        var label = new StringBuilder();
        foreach (char c in levels[level].Text)
        {
            if (c < 9)
            {
                if (c < levels.Count)
                {
                    label.Append(levels[c].Format.Write(_counters.TryGetValue((list, c), out int value) ? value : levels[c].Start));
                }
            }
            else
            {
                // A bullet's glyph is often in a symbol font's private area; it prints as a bullet.
                label.Append(c is >= '\uE000' and <= '\uF8FF' ? '•' : c);
            }
        }

        return label.Length == 0 ? null : label.ToString();
    }
}
