using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ResolutionCorpus.Generator.Model;

/// <summary>
/// The point labels of a resolution's operative paragraphs, as the build-time citation checks need them. A resolution
/// class carries them in its <c>[ResolutionShape]</c> as <c>5:a,b;7:a</c> so that other assemblies can check
/// citations of it; this type is the only writer and reader of that form.
/// </summary>
internal sealed record PointLabels(EquatableArray<ParagraphPoints> Paragraphs)
{
    public static PointLabels Empty { get; } = new PointLabels(EquatableArray<ParagraphPoints>.Empty);

    /// <summary>The labels of each paragraph that has points.</summary>
    public static PointLabels Of(EquatableArray<ParagraphModel> operative) =>
        new PointLabels(new EquatableArray<ParagraphPoints>(
            operative.Where(p => p.SubParagraphs.Count > 0)
                .Select(p => new ParagraphPoints(p.Number, new EquatableArray<string>(p.SubParagraphs.Select(s => s.Label!))))));

    /// <summary>Reads the attribute form; an entry it cannot read is skipped, so a malformed attribute checks less, never fails.</summary>
    public static PointLabels Decode(string encoded)
    {
        var paragraphs = new List<ParagraphPoints>();
        foreach (string entry in encoded.Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries))
        {
            int colon = entry.IndexOf(':');
            if (colon > 0 && int.TryParse(entry.Substring(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out int number))
            {
                paragraphs.Add(new ParagraphPoints(number, new EquatableArray<string>(entry.Substring(colon + 1).Split(','))));
            }
        }

        return new PointLabels(new EquatableArray<ParagraphPoints>(paragraphs));
    }

    /// <summary>The attribute form: <c>5:a,b;7:a</c>.</summary>
    public string Encode()
    {
        var encoded = new StringBuilder();
        foreach (ParagraphPoints paragraph in Paragraphs)
        {
            encoded.Append(encoded.Length > 0 ? ";" : string.Empty)
                .Append(paragraph.Paragraph.ToString(CultureInfo.InvariantCulture))
                .Append(':')
                .Append(string.Join(",", paragraph.Labels));
        }

        return encoded.ToString();
    }

    /// <summary>
    /// Why operative paragraph <paramref name="paragraph"/> of <paramref name="symbol"/> has no point
    /// <paramref name="label"/>, naming the points it has; <see langword="null"/> when it has that point.
    /// </summary>
    public string? Missing(string symbol, int paragraph, string label)
    {
        string number = paragraph.ToString(CultureInfo.InvariantCulture);
        ParagraphPoints? points = Paragraphs.FirstOrDefault(p => p.Paragraph == paragraph);
        return points is null ? $"paragraph {number} of {symbol} has no sub-paragraphs"
            : points.Labels.Contains(label, StringComparer.Ordinal) ? null
            : $"paragraph {number} of {symbol} has sub-paragraphs ({string.Join("), (", points.Labels)})";
    }
}
