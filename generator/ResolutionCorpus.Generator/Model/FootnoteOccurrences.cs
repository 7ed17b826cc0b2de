using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;

namespace ResolutionCorpus.Generator.Model;

/// <summary>
/// Which footnote each marker of a resolution names. A marker defined once names that footnote wherever it stands. A
/// marker printed for several notes ("*" on the headings of three annexes, each page its own note) is defined once per
/// note, and its occurrences name those footnotes one after the other, in the order the file lists its texts:
/// preamble, intro, operative paragraphs (each before its points), then each division's heading, preamble, intro,
/// paragraphs and sections.
/// </summary>
internal sealed class FootnoteOccurrences
{
    private readonly Dictionary<MarkedText, int[]> _indexes = new Dictionary<MarkedText, int[]>(SameInstance.Comparer);

    /// <summary>Binds every marker of <paramref name="resolution"/> to its footnote.</summary>
    public FootnoteOccurrences(ResolutionModel resolution)
    {
        var definitions = new Dictionary<string, List<int>>(System.StringComparer.Ordinal);
        for (int i = 0; i < resolution.Footnotes.Count; i++)
        {
            string marker = resolution.Footnotes[i].Marker;
            if (!definitions.TryGetValue(marker, out List<int>? indexes))
            {
                definitions[marker] = indexes = new List<int>();
            }

            indexes.Add(i);
        }

        var taken = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (MarkedText text in InOrder(resolution))
        {
            var indexes = new int[text.Markers.Count];
            for (int k = 0; k < indexes.Length; k++)
            {
                string marker = text.Markers[k].Marker;
                taken.TryGetValue(marker, out int seen);
                taken[marker] = seen + 1;
                indexes[k] = !definitions.TryGetValue(marker, out List<int>? defined) ? -1
                    : defined.Count == 1 ? defined[0]
                    : defined[System.Math.Min(seen, defined.Count - 1)];
            }

            _indexes[text] = indexes;
        }
    }

    /// <summary>The index in the resolution's footnotes of the <paramref name="ordinal"/>th marker of <paramref name="text"/>; -1 when none is defined.</summary>
    public int Index(MarkedText text, int ordinal) => _indexes[text][ordinal];

    /// <summary>Every text of a resolution that may hold markers, in the order the file lists them.</summary>
    public static IEnumerable<MarkedText> InOrder(ResolutionModel resolution) =>
        Paragraphs(resolution.Preamble).Concat(Paragraphs(resolution.Intro)).Concat(Paragraphs(resolution.Operative)).Concat(Divisions(resolution.Divisions));

    private static IEnumerable<MarkedText> Divisions(EquatableArray<DivisionModel> divisions) =>
        divisions.SelectMany(d => (d.Heading is null ? Enumerable.Empty<MarkedText>() : new[] { d.Heading })
            .Concat(Paragraphs(d.Preamble)).Concat(Paragraphs(d.Intro)).Concat(Paragraphs(d.Paragraphs)).Concat(Divisions(d.Sections)));

    private static IEnumerable<MarkedText> Paragraphs(EquatableArray<ParagraphModel> paragraphs) =>
        paragraphs.SelectMany(p => new[] { p.Text }.Concat(Paragraphs(p.SubParagraphs)));

    // Two equal texts (the same words in two places) are two places: each keeps its own markers' footnotes.
    private sealed class SameInstance : IEqualityComparer<MarkedText>
    {
        public static readonly SameInstance Comparer = new SameInstance();

        public bool Equals(MarkedText? x, MarkedText? y) => ReferenceEquals(x, y);

        public int GetHashCode(MarkedText obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
