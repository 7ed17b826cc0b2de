using System;
using System.Collections.Generic;
using ResolutionCorpus.Data;

namespace ResolutionCorpus;

/// <summary>
/// A part (resolution 75/101 A), a section (I, II; A, B) or an annex of a resolution, with its own paragraphs.
/// </summary>
public sealed class Division
{
    private readonly LazyString _heading;
    private readonly LazyString _meeting;

    internal Division(Resolution resolution, Division? parent, DivisionData data)
    {
        Resolution = resolution;
        Parent = parent;
        Kind = data.Kind;
        Label = data.Label;
        Id = ParagraphAddress.Within(parent?.Id ?? string.Empty, data.Segment);
        CitationPrefix = (parent?.CitationPrefix ?? resolution.Symbol.Value) + data.Citation;
        CitationSegment = data.Citation.TrimStart(',', ' ');
        Adopted = data.Adopted;
        _heading = new LazyString(data.Heading);
        _meeting = new LazyString(data.Meeting);
        Preamble = Create(ParagraphKind.Preambular, data.Preamble);
        Intro = Create(ParagraphKind.Introductory, data.Intro);
        Paragraphs = Create(ParagraphKind.Operative, data.Paragraphs);
        var sections = new Division[data.Sections.Length];
        for (int i = 0; i < sections.Length; i++)
        {
            sections[i] = new Division(resolution, this, data.Sections[i]);
        }

        Sections = sections;
    }

    /// <summary>The resolution it belongs to.</summary>
    public Resolution Resolution { get; }

    /// <summary>The part or section it is in, or <see langword="null"/>.</summary>
    public Division? Parent { get; }

    /// <summary>Part, section, annex or quotation.</summary>
    public DivisionKind Kind { get; }

    /// <summary>The label as printed (<c>A</c>, <c>II</c>); empty when the document prints none.</summary>
    public string Label { get; }

    /// <summary>
    /// Its heading (a section) or title (a part or annex); for a quotation, the formula it opens with
    /// (<c>The General Assembly,</c>); or <see langword="null"/>.
    /// </summary>
    public string? Heading => _heading.Value;

    /// <summary>For a part: the meeting that adopted it, or <see langword="null"/>.</summary>
    public string? Meeting => _meeting.Value;

    /// <summary>For a part: the date it was adopted, or <see langword="null"/>.</summary>
    public DateTime? Adopted { get; }

    /// <summary>The Akoma Ntoso id of the division: <c>part_A</c>, <c>part_B__sec_I</c>, <c>annex_1</c>, <c>qstr_1</c>.</summary>
    public string Id { get; }

    /// <summary>Its preambular paragraphs.</summary>
    public IReadOnlyList<Paragraph> Preamble { get; }

    /// <summary>Its unnumbered paragraphs before its first operative paragraph ("Resolves that:"); usually empty.</summary>
    public IReadOnlyList<Paragraph> Intro { get; }

    /// <summary>Its operative paragraphs; for an annex, its paragraphs.</summary>
    public IReadOnlyList<Paragraph> Paragraphs { get; }

    /// <summary>Its sections, in order.</summary>
    public IReadOnlyList<Division> Sections { get; }

    /// <summary>The citation up to the paragraph: <c>A/RES/75/245, section B</c>.</summary>
    internal string CitationPrefix { get; }

    /// <summary>What a citation names it by: <c>part A</c>, <c>section II</c>, <c>annex</c>; empty for a section printed without a label.</summary>
    internal string CitationSegment { get; }

    /// <summary>The citation of the division itself: <c>A/RES/75/101 A-B, part B, section I</c>.</summary>
    public string ToCitation() => CitationPrefix;

    /// <summary>The citation prefix and the heading.</summary>
    public override string ToString() => CitationPrefix + (Heading is null ? string.Empty : ": " + Heading);

    private Paragraph[] Create(ParagraphKind kind, ParagraphData[] data)
    {
        if (data.Length == 0)
        {
            return Array.Empty<Paragraph>();
        }

        var paragraphs = new Paragraph[data.Length];
        for (int i = 0; i < data.Length; i++)
        {
            paragraphs[i] = new Paragraph(Resolution, kind, data[i], this);
        }

        return paragraphs;
    }
}
