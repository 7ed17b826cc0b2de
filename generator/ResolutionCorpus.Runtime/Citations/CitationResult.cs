using System;
using System.Collections.Generic;

namespace ResolutionCorpus.Citations;

/// <summary>What a citation resolves to: a paragraph, a whole resolution, or an error that says why not.</summary>
public sealed class CitationResult
{
    private CitationResult(Citation? citation, Resolution? resolution, Division? division, Paragraph? paragraph, string? error)
    {
        Citation = citation;
        Resolution = resolution;
        Division = division;
        Paragraph = paragraph;
        Error = error;
    }

    /// <summary>The citation as read; <see langword="null"/> when the text was not a citation.</summary>
    public Citation? Citation { get; }

    /// <summary>The cited resolution, when it is in the corpus.</summary>
    public Resolution? Resolution { get; }

    /// <summary>The cited part, section, annex or quotation, or the one the cited paragraph is in; <see langword="null"/> at the resolution's top level.</summary>
    public Division? Division { get; }

    /// <summary>The cited paragraph or point; <see langword="null"/> when the citation names a whole resolution or division, or failed.</summary>
    public Paragraph? Paragraph { get; }

    /// <summary>Why the citation does not resolve, with the closest address that exists when there is one; <see langword="null"/> on success.</summary>
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
            return new CitationResult(null, null, null, null, error);
        }

        Resolution? resolution = find(citation!.Symbol.Value);
        if (resolution is null)
        {
            return new CitationResult(citation, null, null, null, $"{citation.Symbol.Value} is not in this corpus.");
        }

        AddressMatch match = AddressLookup.Locate(resolution.Outline, citation);
        if (!match.Exists)
        {
            string message = match.Message.EndsWith("?", StringComparison.Ordinal) ? match.Message : match.Message + ".";
            return new CitationResult(citation, resolution, null, null, $"{citation} does not exist: {message}");
        }

        // The outline mirrors the resolution, so its path walks the built objects.
        Division? division = null;
        IReadOnlyList<Division> divisions = resolution.Divisions;
        foreach (int step in match.Divisions)
        {
            division = divisions[step];
            divisions = division.Sections;
        }

        if (match.Kind is not ParagraphKind kind)
        {
            return new CitationResult(citation, resolution, division, null, null);
        }

        IReadOnlyList<Paragraph> list = kind switch
        {
            ParagraphKind.Preambular => division?.Preamble ?? resolution.Preamble,
            ParagraphKind.Introductory => division?.Intro ?? resolution.Intro,
            _ => division?.Paragraphs ?? resolution.Operative,
        };
        Paragraph paragraph = list[match.Index];
        foreach (int step in match.Points)
        {
            paragraph = paragraph.SubParagraphs[step];
        }

        return new CitationResult(citation, resolution, division, paragraph, null);
    }
}
