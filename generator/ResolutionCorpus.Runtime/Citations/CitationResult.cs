using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ResolutionCorpus.Citations;

/// <summary>What a citation resolves to: a paragraph, a whole resolution, or an error that says why not.</summary>
public sealed class CitationResult
{
    private CitationResult(Citation? citation, Resolution? resolution, Paragraph? paragraph, string? error)
    {
        Citation = citation;
        Resolution = resolution;
        Paragraph = paragraph;
        Error = error;
    }

    /// <summary>The citation as read; <see langword="null"/> when the text was not a citation.</summary>
    public Citation? Citation { get; }

    /// <summary>The cited resolution, when it is in the corpus.</summary>
    public Resolution? Resolution { get; }

    /// <summary>The cited paragraph; <see langword="null"/> when the citation names a whole resolution or failed.</summary>
    public Paragraph? Paragraph { get; }

    /// <summary>Why the citation does not resolve; <see langword="null"/> on success.</summary>
    public string? Error { get; }

    /// <summary>Whether the citation names something in the corpus.</summary>
    public bool Success => Error is null;

    /// <summary>
    /// Resolves <paramref name="text"/> against a corpus. Generated <c>Corpus.Resolve</c> methods call this
    /// with their own <c>Find</c>.
    /// </summary>
    public static CitationResult Resolve(string text, Func<string, Resolution?> find)
    {
        if (!Citation.TryParse(text, out Citation? citation, out string? error))
        {
            return new CitationResult(null, null, null, error);
        }

        Resolution? resolution = find(citation!.Symbol.Value);
        if (resolution is null)
        {
            return new CitationResult(citation, null, null, $"{citation.Symbol.Value} is not in this corpus.");
        }

        Division? division = null;
        if (citation.Within.Length > 0)
        {
            division = DivisionLookup.Find(resolution, citation.Within);
            if (division is null)
            {
                return new CitationResult(citation, resolution, null, $"{resolution.Symbol.Value} has no {citation.Within}; it has {DivisionLookup.Describe(resolution)}.");
            }
        }

        if (citation.Kind is null)
        {
            return new CitationResult(citation, resolution, null, null);
        }

        string scope = division?.ToCitation() ?? resolution.Symbol.Value;
        Paragraph? paragraph;
        if (citation.Kind is ParagraphKind.Preambular or ParagraphKind.Introductory)
        {
            bool preambular = citation.Kind == ParagraphKind.Preambular;
            IReadOnlyList<Paragraph> unnumbered = preambular ? division?.Preamble ?? resolution.Preamble : division?.Intro ?? resolution.Intro;
            paragraph = citation.Number <= unnumbered.Count ? unnumbered[citation.Number - 1] : null;
            if (paragraph is null)
            {
                return new CitationResult(citation, resolution, null, $"{scope} has {Count(unnumbered.Count, preambular ? "preambular paragraph" : "introductory paragraph")}; there is no {citation}.");
            }
        }
        else
        {
            List<Paragraph> found = DivisionLookup.Operative(resolution, division, citation.Number);
            if (found.Count != 1)
            {
                string why = found.Count == 0
                    ? $"{scope} has {Count((division?.Paragraphs ?? resolution.Operative).Count, "operative paragraph")}; there is no {citation}."
                    : $"{scope} has {found.Count.ToString(CultureInfo.InvariantCulture)} paragraphs numbered {citation.Number.ToString(CultureInfo.InvariantCulture)} ({string.Join("; ", found.Select(p => p.Citation))}); cite one of them.";
                return new CitationResult(citation, resolution, null, why);
            }

            paragraph = found[0];
        }

        foreach (string? label in new[] { citation.Label, citation.NestedLabel })
        {
            if (label is null)
            {
                continue;
            }

            Paragraph? sub = paragraph.SubParagraphs.FirstOrDefault(candidate => string.Equals(candidate.Label, label, StringComparison.Ordinal));
            if (sub is null)
            {
                string labels = paragraph.SubParagraphs.Count == 0
                    ? "has no sub-paragraphs"
                    : "has sub-paragraphs " + string.Join(", ", Labels(paragraph));
                return new CitationResult(citation, resolution, null, $"{paragraph.Citation} {labels}; there is no ({label}).");
            }

            paragraph = sub;
        }

        return new CitationResult(citation, resolution, paragraph, null);
    }

    private static string[] Labels(Paragraph paragraph)
    {
        var labels = new string[paragraph.SubParagraphs.Count];
        for (int i = 0; i < labels.Length; i++)
        {
            labels[i] = "(" + paragraph.SubParagraphs[i].Label + ")";
        }

        return labels;
    }

    private static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
