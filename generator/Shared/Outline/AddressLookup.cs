using System;
using System.Collections.Generic;
using System.Globalization;

namespace ResolutionCorpus.Citations;

/// <summary>
/// The one rule for whether a citation names something a resolution has, and for what it has instead: the generator's
/// check of references between files, the analyzer that checks <c>[Cites]</c>, and <c>Corpus.Resolve</c> all ask here.
/// </summary>
/// <remarks>
/// Parts, sections and annexes are found by the name a citation gives them (<c>part B, section I</c>); a section printed
/// without a label is not named, and its paragraphs count as those of the division around it. A miss says what exists
/// at that level and suggests the closest address that exists: the same paragraph in another division first (texts
/// often cite an annexed declaration's paragraph as the resolution's own), then the nearest number, label or name.
/// </remarks>
static class AddressLookup
{
    /// <summary>Finds what <paramref name="citation"/> names in the resolution outlined by <paramref name="resolution"/>.</summary>
    public static AddressMatch Locate(AddressOutline resolution, Citation citation) => Locate(resolution, citation, suggest: true);

    private static AddressMatch Locate(AddressOutline resolution, Citation citation, bool suggest)
    {
        string scope = citation.Symbol.Value;
        AddressOutline node = resolution;
        var path = new List<int>();
        foreach (string segment in Segments(citation))
        {
            List<int>? steps = Named(node, segment);
            if (steps is null)
            {
                return AddressMatch.Missing(
                    $"{scope} has no {segment}; it has {Describe(node)}",
                    suggest ? SuggestDivision(resolution, citation, node, scope, segment) : null);
            }

            foreach (int step in steps)
            {
                node = node.Divisions[step];
                path.Add(step);
            }

            scope += ", " + segment;
        }

        if (citation.Kind is not ParagraphKind kind)
        {
            return AddressMatch.Found(path, null, 0, Array.Empty<int>());
        }

        if (kind is ParagraphKind.Preambular or ParagraphKind.Introductory)
        {
            int count = kind == ParagraphKind.Preambular ? node.Preambular : node.Introductory;
            if (citation.Number <= count)
            {
                return AddressMatch.Found(path, kind, citation.Number - 1, Array.Empty<int>());
            }

            // A section printed without a label whose own preamble (or intro) has the paragraph the level lacks: one such
            // section is the one cited, as for operative paragraphs; several leave the citation ambiguous.
            var unlabelled = new List<List<int>>();
            CollectInUnlabelled(node, new List<int>(), kind, citation.Number, unlabelled);
            if (unlabelled.Count == 1)
            {
                path.AddRange(unlabelled[0]);
                return AddressMatch.Found(path, kind, citation.Number - 1, Array.Empty<int>());
            }

            if (unlabelled.Count > 1)
            {
                return AddressMatch.Missing(
                    $"{scope} has {Format(unlabelled.Count)} {(kind == ParagraphKind.Preambular ? "preambular" : "introductory")} paragraphs numbered {Format(citation.Number)}, in sections printed without a label; cite one through its generated class",
                    null);
            }

            string problem = $"{scope} has {Count(count, kind == ParagraphKind.Preambular ? "preambular paragraph" : "introductory paragraph")}";
            return !suggest ? AddressMatch.Missing(problem, null)
                : Elsewhere(resolution, citation, scope, problem)
                    ?? AddressMatch.Missing(problem, count > 0 ? ParagraphAddress.Citation(kind, scope, count) : null);
        }

        var found = new List<(List<int> Path, int Index)>();
        Collect(node, new List<int>(), citation.Number, found);
        if (found.Count != 1)
        {
            string noun = node.Kind == DivisionKind.Annex ? "paragraph" : "operative paragraph";
            string problem = found.Count > 1
                ? $"{scope} has {Format(found.Count)} paragraphs numbered {Format(citation.Number)}, in sections printed without a label; cite one through its generated class"
                : $"{scope} has {Count(CountOperative(node), noun)}";
            return !suggest || found.Count > 1 ? AddressMatch.Missing(problem, null)
                : Elsewhere(resolution, citation, scope, problem)
                    ?? AddressMatch.Missing(problem, NearestNumber(node, citation.Number) is int nearest ? ParagraphAddress.OperativeCitation(scope, nearest) : null);
        }

        foreach (int step in found[0].Path)
        {
            node = node.Divisions[step];
            path.Add(step);
        }

        IReadOnlyList<OutlinePoint> points = node.Operative[found[0].Index].Points;
        string cited = ParagraphAddress.OperativeCitation(scope, citation.Number);
        var pointPath = new List<int>();
        foreach (string? label in new[] { citation.Label, citation.NestedLabel })
        {
            if (label is null)
            {
                continue;
            }

            int index = IndexOf(points, label);
            if (index < 0)
            {
                string problem = cited + (points.Count == 0 ? " has no sub-paragraphs" : " has sub-paragraphs " + Labels(points));
                string? nearest = NearestName.Ranked(label, LabelList(points)) is { Count: > 0 } ranked ? ParagraphAddress.PointCitation(cited, ranked[0]) : cited;
                return AddressMatch.Missing(problem, suggest ? nearest : null);
            }

            pointPath.Add(index);
            cited = ParagraphAddress.PointCitation(cited, label);
            points = points[index].Points;
        }

        return AddressMatch.Found(path, ParagraphKind.Operative, found[0].Index, pointPath);
    }

    /// <summary>The divisions a citation names, outermost first: <c>part B</c>, <c>section I</c>, <c>annex</c>.</summary>
    private static List<string> Segments(Citation citation)
    {
        var segments = new List<string>();
        if (citation.Within.Length > 0)
        {
            segments.AddRange(citation.Within.Split(new[] { ", " }, StringSplitOptions.None));
        }

        if (citation.Annex is string annex)
        {
            segments.Add(annex.Length == 0 ? "annex" : "annex " + annex);
        }

        return segments;
    }

    /// <summary>The steps to the division named <paramref name="segment"/>, looking through sections printed without a label.</summary>
    private static List<int>? Named(AddressOutline node, string segment)
    {
        for (int i = 0; i < node.Divisions.Count; i++)
        {
            AddressOutline division = node.Divisions[i];
            if (string.Equals(division.Name, segment, StringComparison.OrdinalIgnoreCase))
            {
                return new List<int> { i };
            }

            if (division.Name.Length == 0 && Named(division, segment) is List<int> inside)
            {
                inside.Insert(0, i);
                return inside;
            }
        }

        // "The annex to resolution 2803 (2025)": a resolution with one annex is cited so whatever label it prints ("ANNEX 1").
        return string.Equals(segment, "annex", StringComparison.OrdinalIgnoreCase) && LoneAnnex(node) is int lone ? new List<int> { lone } : null;
    }

    /// <summary>The position of the only annex at this level, or <see langword="null"/> when there are none or several.</summary>
    private static int? LoneAnnex(AddressOutline node)
    {
        int? lone = null;
        for (int i = 0; i < node.Divisions.Count; i++)
        {
            if (node.Divisions[i].Kind == DivisionKind.Annex)
            {
                if (lone is not null)
                {
                    return null;
                }

                lone = i;
            }
        }

        return lone;
    }

    /// <summary>The names of the divisions a citation can name at this level.</summary>
    private static List<string> Names(AddressOutline node)
    {
        var names = new List<string>();
        foreach (AddressOutline division in node.Divisions)
        {
            if (division.Name.Length > 0)
            {
                names.Add(division.Name);
            }
            else
            {
                names.AddRange(Names(division));
            }
        }

        return names;
    }

    private static string Describe(AddressOutline node) =>
        Names(node) is { Count: > 0 } names ? string.Join(", ", names) : "no parts, labelled sections or annexes";

    /// <summary>The sections printed without a label, under this level, that have preambular (or introductory) paragraph <paramref name="number"/>.</summary>
    private static void CollectInUnlabelled(AddressOutline node, List<int> path, ParagraphKind kind, int number, List<List<int>> found)
    {
        for (int i = 0; i < node.Divisions.Count; i++)
        {
            AddressOutline division = node.Divisions[i];
            if (division.Name.Length == 0)
            {
                path.Add(i);
                if (number <= (kind == ParagraphKind.Preambular ? division.Preambular : division.Introductory))
                {
                    found.Add(new List<int>(path));
                }

                CollectInUnlabelled(division, path, kind, number, found);
                path.RemoveAt(path.Count - 1);
            }
        }
    }

    /// <summary>The operative paragraphs numbered <paramref name="number"/> at this level, sections printed without a label included.</summary>
    private static void Collect(AddressOutline node, List<int> path, int number, List<(List<int> Path, int Index)> found)
    {
        for (int i = 0; i < node.Operative.Count; i++)
        {
            if (node.Operative[i].Number == number)
            {
                found.Add((new List<int>(path), i));
            }
        }

        for (int i = 0; i < node.Divisions.Count; i++)
        {
            if (node.Divisions[i].Name.Length == 0)
            {
                path.Add(i);
                Collect(node.Divisions[i], path, number, found);
                path.RemoveAt(path.Count - 1);
            }
        }
    }

    private static IEnumerable<int> Numbers(AddressOutline node)
    {
        foreach (OutlineParagraph paragraph in node.Operative)
        {
            yield return paragraph.Number;
        }

        foreach (AddressOutline division in node.Divisions)
        {
            if (division.Name.Length == 0)
            {
                foreach (int number in Numbers(division))
                {
                    yield return number;
                }
            }
        }
    }

    private static int CountOperative(AddressOutline node)
    {
        int count = 0;
        foreach (int _ in Numbers(node))
        {
            count++;
        }

        return count;
    }

    private static int? NearestNumber(AddressOutline node, int number)
    {
        int? nearest = null;
        foreach (int candidate in Numbers(node))
        {
            if (nearest is null || Math.Abs(candidate - number) < Math.Abs(nearest.Value - number)
                || (Math.Abs(candidate - number) == Math.Abs(nearest.Value - number) && candidate < nearest.Value))
            {
                nearest = candidate;
            }
        }

        return nearest;
    }

    /// <summary>
    /// The same paragraph (number and points) in another division of the resolution, or at its top level, when it
    /// exists there.
    /// </summary>
    private static AddressMatch? Elsewhere(AddressOutline resolution, Citation citation, string scope, string problem)
    {
        string canonical = citation.ToString();
        string paragraph = canonical.Substring(scope.Length);
        foreach ((AddressOutline _, string other) in Scopes(resolution, citation.Symbol.Value))
        {
            if (!string.Equals(other, scope, StringComparison.OrdinalIgnoreCase) && Exists(resolution, other + paragraph) is string found)
            {
                return AddressMatch.Missing(problem, found, elsewhere: true);
            }
        }

        return null;
    }

    /// <summary>
    /// For a division that is not there: a division of that name elsewhere that has the rest of the citation; then a
    /// division at that level, closest name first, that has it; then the closest name alone.
    /// </summary>
    private static string? SuggestDivision(AddressOutline resolution, Citation citation, AddressOutline node, string scope, string segment)
    {
        string canonical = citation.ToString();
        string prefix = scope + ", " + segment;
        string rest = canonical.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? canonical.Substring(prefix.Length) : string.Empty;
        foreach ((AddressOutline other, string otherScope) in Scopes(resolution, citation.Symbol.Value))
        {
            if (string.Equals(other.Name, segment, StringComparison.OrdinalIgnoreCase) && Exists(resolution, otherScope + rest) is string found)
            {
                return found;
            }
        }

        List<string> ranked = NearestName.Ranked(segment, Names(node));
        foreach (string name in ranked)
        {
            if (Exists(resolution, scope + ", " + name + rest) is string found)
            {
                return found;
            }
        }

        return ranked.Count > 0 ? scope + ", " + ranked[0] : null;
    }

    /// <summary>The resolution and each of its named divisions, with the citation that names it.</summary>
    private static IEnumerable<(AddressOutline Node, string Scope)> Scopes(AddressOutline resolution, string symbol)
    {
        var scopes = new List<(AddressOutline, string)> { (resolution, symbol) };
        AddNamed(resolution, symbol, scopes);
        return scopes;
    }

    private static void AddNamed(AddressOutline node, string scope, List<(AddressOutline, string)> scopes)
    {
        foreach (AddressOutline division in node.Divisions)
        {
            string inner = division.Name.Length == 0 ? scope : scope + ", " + division.Name;
            if (division.Name.Length > 0)
            {
                scopes.Add((division, inner));
            }

            AddNamed(division, inner, scopes);
        }
    }

    /// <summary>The canonical form of <paramref name="text"/> when it cites something the resolution has.</summary>
    private static string? Exists(AddressOutline resolution, string text) =>
        Citation.TryParse(text, out Citation? candidate, out _) && Locate(resolution, candidate!, suggest: false).Exists ? candidate!.ToString() : null;

    private static int IndexOf(IReadOnlyList<OutlinePoint> points, string label)
    {
        for (int i = 0; i < points.Count; i++)
        {
            if (string.Equals(points[i].Label, label, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Labels(IReadOnlyList<OutlinePoint> points) => "(" + string.Join("), (", LabelList(points)) + ")";

    private static List<string> LabelList(IReadOnlyList<OutlinePoint> points)
    {
        var labels = new List<string>(points.Count);
        foreach (OutlinePoint point in points)
        {
            labels.Add(point.Label);
        }

        return labels;
    }

    private static string Count(int count, string noun) => Format(count) + " " + noun + (count == 1 ? string.Empty : "s");

    private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}
