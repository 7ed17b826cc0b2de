using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using ResolutionCorpus.Citations;
using ResolutionCorpus.Generator.Model;

namespace ResolutionCorpus.Generator.Analyze;

/// <summary>The typed constant that spells an address: <c>SectionII.Operative.P3.A.Citation</c> inside a resolution's class.</summary>
internal static class CitationConstant
{
    /// <summary>
    /// The names from the resolution's class to the cited thing's <c>Citation</c> constant, when the compiled class has
    /// them all; <see langword="null"/> for a whole resolution, or when the class lacks one of them.
    /// </summary>
    public static string[]? Find(INamedTypeSymbol resolution, AddressOutline outline, AddressMatch match)
    {
        var names = new List<string>();
        AddressOutline node = outline;
        foreach (int step in match.Divisions)
        {
            node = node.Divisions[step];
            names.Add(ClassName(node));
        }

        if (match.Kind is ParagraphKind kind)
        {
            if (node.Kind != DivisionKind.Annex)
            {
                names.Add(GeneratedNames.ParagraphList(kind));
            }

            string paragraph = GeneratedNames.Paragraph(kind == ParagraphKind.Operative ? node.Operative[match.Index].Number : match.Index + 1);
            names.Add(paragraph);
            IReadOnlyList<OutlinePoint> points = kind == ParagraphKind.Operative ? node.Operative[match.Index].Points : System.Array.Empty<OutlinePoint>();
            string parent = paragraph;
            foreach (int step in match.Points)
            {
                parent = GeneratedNames.Point(points[step].Label, parent);
                names.Add(parent);
                points = points[step].Points;
            }
        }

        if (names.Count == 0)
        {
            return null;
        }

        INamedTypeSymbol? type = resolution;
        foreach (string name in names)
        {
            type = type.GetTypeMembers(name).FirstOrDefault();
            if (type is null)
            {
                return null;
            }
        }

        names.Add("Citation");
        return type.GetMembers("Citation").Length > 0 ? names.ToArray() : null;
    }

    /// <summary>A division's class, from the name a citation gives it, or a section's position when it has no label.</summary>
    private static string ClassName(AddressOutline division)
    {
        if (division.Name.Length == 0)
        {
            return GeneratedNames.Division(DivisionKind.Section, division.Key, lone: false);
        }

        int space = division.Name.IndexOf(' ');
        string key = space < 0 ? string.Empty : division.Name.Substring(space + 1);
        return GeneratedNames.Division(division.Kind!.Value, key, lone: key.Length == 0);
    }
}
