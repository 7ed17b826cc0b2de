using System.Collections.Generic;

namespace ResolutionCorpus.Tool.Import;

/// <summary>
/// Points an extraction printed without their letters: under <c>7. Requests the Secretary-General:</c>, the lines
/// <c>To continue …;</c>, <c>To circulate …;</c>, then <c>(c) To continue …</c>. The segmenters read a line that opens
/// a clause under a paragraph with a list as a point without a label; this rule gives each such point the letter its
/// place implies, where the list says what that letter is:
/// <list type="bullet">
/// <item>between two lettered points (or the list's start and a lettered point), when the unlettered ones exactly fill
/// the letters between;</item>
/// <item>after the list's last lettered point, when that point ends in a semicolon (the list goes on) and each one
/// before the last unlettered point does too;</item>
/// <item>in a list without any letter printed, of two points or more, each but the last ending in a semicolon.</item>
/// </list>
/// A run the list does not letter goes back to the segmenter, which reads it as it read unnumbered text before. A list
/// with Roman labels is left alone: its unlettered points could be either count.
/// </summary>
internal static class UnletteredPoints
{
    /// <summary>
    /// Letters the unlettered points of <paramref name="owner"/>, run by run, up to the first run whose letters the list
    /// does not tell.
    /// </summary>
    /// <param name="owner">A paragraph whose points the segmenter has read; the unlettered have no label.</param>
    /// <param name="format">The text's format, to read how a point ends.</param>
    /// <param name="path">The file, for the warning that says which points were lettered.</param>
    /// <param name="diagnostics">Where that warning goes: the letters are the list's, not the document's print.</param>
    /// <returns>The first run it could not letter, left unlettered with the points after it; null when there is none.</returns>
    public static UnletteredRun? Resolve(DraftParagraph owner, SourceFormat format, string path, List<ImportDiagnostic> diagnostics)
    {
        List<DraftParagraph> points = owner.Subparagraphs;
        bool letters = points.TrueForAll(p => p.Label is null || (p.Label.Length == 1 && p.Label[0] is >= 'a' and <= 'z'));
        for (int i = 0; i < points.Count;)
        {
            if (points[i].Label is not null)
            {
                i++;
                continue;
            }

            int start = i;
            while (i < points.Count && points[i].Label is null)
            {
                i++;
            }

            int count = i - start;
            DraftParagraph? before = start > 0 ? points[start - 1] : null;
            char first = before is null ? 'a' : (char)(before.Label![0] + 1);
            char? next = i < points.Count && points[i].Label is { Length: 1 } label ? label[0] : null;
            bool fits = letters && first + count - 1 <= 'z' && (next is char following
                ? following - first == count
                : (before is null ? count >= 2 : ListGoesOn(before, format)) && points.GetRange(start, count - 1).TrueForAll(p => ListGoesOn(p, format)));
            if (!fits)
            {
                return new UnletteredRun(owner, start, count);
            }

            for (int k = 0; k < count; k++)
            {
                points[start + k] = points[start + k].WithLabel(((char)(first + k)).ToString());
            }

            char last = (char)(first + count - 1);
            string which = count == 1 ? $"Point ({first}) is printed without its letter, which its place" : $"Points ({first}) to ({last}) are printed without their letters, which their places";
            diagnostics.Add(new ImportDiagnostic(path, points[start].FirstLine, 1, ImportSeverity.Warning, ImportIds.UnletteredPoints,
                $"{which} in the list imply; check the source"));
        }

        return null;
    }

    /// <summary>A point that ends in a semicolon: another follows it.</summary>
    private static bool ListGoesOn(DraftParagraph point, SourceFormat format) => ParagraphText.LastSign(point.Text, format) == ';';
}

/// <summary>Unlettered points whose letters the list does not tell: <c>Owner.Subparagraphs[Start..(Start + Count)]</c>.</summary>
/// <param name="Owner">The paragraph whose points they are.</param>
/// <param name="Start">The index of the first of them among its points.</param>
/// <param name="Count">How many there are.</param>
internal sealed record UnletteredRun(DraftParagraph Owner, int Start, int Count)
{
    /// <summary>The point they follow; null when they open the list.</summary>
    public DraftParagraph? After => Start > 0 ? Owner.Subparagraphs[Start - 1] : null;

    /// <summary>The points, in order.</summary>
    public List<DraftParagraph> Points => Owner.Subparagraphs.GetRange(Start, Count);

    /// <summary>Takes them, and every point after them, out of the list.</summary>
    /// <returns>The points after them.</returns>
    public List<DraftParagraph> Cut()
    {
        List<DraftParagraph> rest = Owner.Subparagraphs.GetRange(Start + Count, Owner.Subparagraphs.Count - Start - Count);
        Owner.Subparagraphs.RemoveRange(Start, Owner.Subparagraphs.Count - Start);
        return rest;
    }
}
