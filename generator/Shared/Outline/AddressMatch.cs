using System;
using System.Collections.Generic;

namespace ResolutionCorpus.Citations;

/// <summary>What <see cref="AddressLookup"/> found for a citation: where the cited thing is, or what exists instead.</summary>
sealed class AddressMatch
{
    private AddressMatch(IReadOnlyList<int> divisions, ParagraphKind? kind, int index, IReadOnlyList<int> points, string? problem, string? suggestion, bool elsewhere)
    {
        Divisions = divisions;
        Kind = kind;
        Index = index;
        Points = points;
        Problem = problem;
        Suggestion = suggestion;
        Elsewhere = elsewhere;
    }

    /// <summary>Whether the cited thing exists.</summary>
    public bool Exists => Problem is null;

    /// <summary>
    /// The divisions to walk to it, outermost first, each an index into <see cref="AddressOutline.Divisions"/> (sections
    /// printed without a label included).
    /// </summary>
    public IReadOnlyList<int> Divisions { get; }

    /// <summary>The kind of the list the cited paragraph is in; <see langword="null"/> when a division or the resolution is cited.</summary>
    public ParagraphKind? Kind { get; }

    /// <summary>The cited paragraph's position in that list.</summary>
    public int Index { get; }

    /// <summary>The points to walk inside the paragraph, each an index into its points.</summary>
    public IReadOnlyList<int> Points { get; }

    /// <summary>What exists where the citation points, when it names nothing: <c>A/RES/79/284 has 41 operative paragraphs</c>.</summary>
    public string? Problem { get; }

    /// <summary>The closest address that exists, as a canonical citation, when there is one.</summary>
    public string? Suggestion { get; }

    /// <summary>
    /// Whether the suggestion is the same paragraph in a part, section or annex: texts often cite an annexed
    /// declaration's paragraph as the resolution's own ("resolution S-32/1, para. 63").
    /// </summary>
    public bool Elsewhere { get; }

    /// <summary>The problem and, when there is one, the suggestion: <c>…; did you mean A/RES/79/284, para. 41?</c>; empty when it exists.</summary>
    public string Message => Problem is null ? string.Empty : Problem + (Suggestion is null ? string.Empty : "; did you mean " + Suggestion + "?");

    public static AddressMatch Found(IReadOnlyList<int> divisions, ParagraphKind? kind, int index, IReadOnlyList<int> points) =>
        new AddressMatch(divisions, kind, index, points, null, null, false);

    public static AddressMatch Missing(string problem, string? suggestion, bool elsewhere = false) =>
        new AddressMatch(Array.Empty<int>(), null, 0, Array.Empty<int>(), problem, suggestion, elsewhere);
}
