using System;

namespace ResolutionCorpus.Data;

/// <summary>What the layout says of one part, section, annex or quotation, before any string is decoded.</summary>
internal sealed class DivisionData
{
    /// <summary>Creates the data of a part, section, annex or quotation.</summary>
    /// <param name="kind">Part, section, annex or quotation.</param>
    /// <param name="label">The label as printed (<c>A</c>, <c>II</c>), or an empty string.</param>
    /// <param name="segment">Its Akoma Ntoso id segment: <c>sec_II</c>.</param>
    /// <param name="citation">What it adds to a citation: <c>, section II</c>.</param>
    /// <param name="heading">Its heading or title.</param>
    /// <param name="meeting">For a part: the meeting that adopted it.</param>
    /// <param name="adopted">For a part: the date it was adopted, when the document gives one.</param>
    /// <param name="preamble">Its preambular paragraphs.</param>
    /// <param name="paragraphs">Its operative paragraphs; for an annex, its paragraphs.</param>
    /// <param name="sections">Its sections.</param>
    /// <param name="intro">Its unnumbered paragraphs before paragraph 1.</param>
    public DivisionData(DivisionKind kind, string label, string segment, string citation, Utf8Text heading, Utf8Text meeting, DateTime? adopted, ParagraphData[]? preamble, ParagraphData[]? paragraphs, DivisionData[]? sections, ParagraphData[]? intro = null)
    {
        Kind = kind;
        Label = label;
        Segment = segment;
        Citation = citation;
        Heading = heading;
        Meeting = meeting;
        Adopted = adopted;
        Preamble = preamble ?? Array.Empty<ParagraphData>();
        Paragraphs = paragraphs ?? Array.Empty<ParagraphData>();
        Sections = sections ?? Array.Empty<DivisionData>();
        Intro = intro ?? Array.Empty<ParagraphData>();
    }

    /// <summary>Part, section, annex or quotation.</summary>
    public DivisionKind Kind { get; }

    /// <summary>The printed label.</summary>
    public string Label { get; }

    /// <summary>The id segment.</summary>
    public string Segment { get; }

    /// <summary>The citation segment.</summary>
    public string Citation { get; }

    /// <summary>The heading.</summary>
    public Utf8Text Heading { get; }

    /// <summary>The adopting meeting.</summary>
    public Utf8Text Meeting { get; }

    /// <summary>The adoption date.</summary>
    public DateTime? Adopted { get; }

    /// <summary>Preambular paragraphs.</summary>
    public ParagraphData[] Preamble { get; }

    /// <summary>Operative (or annex) paragraphs.</summary>
    public ParagraphData[] Paragraphs { get; }

    /// <summary>Introductory paragraphs.</summary>
    public ParagraphData[] Intro { get; }

    /// <summary>Sections.</summary>
    public DivisionData[] Sections { get; }
}
