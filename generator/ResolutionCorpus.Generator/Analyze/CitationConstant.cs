using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using ResolutionCorpus.Citations;
using ResolutionCorpus.Generator.Model;

namespace ResolutionCorpus.Generator.Analyze;

/// <summary>The generated class of an address (<c>A_RES_79_284.SectionII.Operative.P3.A</c>), whose <c>Citation</c> constant spells it.</summary>
/// <param name="Qualified">Fully qualified, for code: <c>global::ResolutionCorpus.Resolutions.A_RES_79_284.Operative.P41</c>.</param>
/// <param name="Short">From the resolution's class, for messages: <c>A_RES_79_284.Operative.P41</c>.</param>
internal sealed record CitationConstant(string Qualified, string Short)
{
    /// <summary>
    /// The class of the cited thing, when the compiled resolution class has every class on the way and it has a
    /// <c>Citation</c> constant; <see langword="null"/> for a whole resolution, or when a class is missing.
    /// </summary>
    public static CitationConstant? Find(INamedTypeSymbol resolution, AddressOutline outline, AddressMatch match)
    {
        var names = new List<string>();
        AddressOutline node = outline;
        foreach (int step in match.Divisions)
        {
            node = node.Divisions[step];
            names.Add(GeneratedNames.Nested(ClassName(node), names.Count == 0 ? resolution.Name : names[names.Count - 1]));
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

        string path = "." + string.Join(".", names);
        return type.GetMembers("Citation").Length > 0
            ? new CitationConstant(resolution.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + path, resolution.Name + path)
            : null;
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
