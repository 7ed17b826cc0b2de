using System;

namespace ResolutionCorpus.Data;

/// <summary>What the layout says of one paragraph or sub-paragraph, before any string is decoded.</summary>
internal readonly struct ParagraphData
{
    /// <summary>Creates the data of a paragraph.</summary>
    /// <param name="number">Operative number, or the ordinal of a preambular paragraph; for a sub-paragraph, its ordinal.</param>
    /// <param name="label">The sub-paragraph label (<c>a</c>, <c>ii</c>); absent for paragraphs.</param>
    /// <param name="phrase">The opening phrase; may be empty.</param>
    /// <param name="text">The exact wording, without footnote markers.</param>
    /// <param name="footnotes">The footnote markers in the text, in order.</param>
    /// <param name="subParagraphs">The sub-paragraphs, in order.</param>
    /// <param name="references">The references found in the text, in order.</param>
    public ParagraphData(int number, Utf8Text label, Utf8Text phrase, Utf8Text text, FootnoteAnchor[]? footnotes, ParagraphData[]? subParagraphs, ReferenceData[]? references = null)
    {
        Number = number;
        Label = label;
        Phrase = phrase;
        Text = text;
        Footnotes = footnotes ?? Array.Empty<FootnoteAnchor>();
        SubParagraphs = subParagraphs ?? Array.Empty<ParagraphData>();
        References = references ?? Array.Empty<ReferenceData>();
    }

    /// <summary>Operative number or ordinal.</summary>
    public int Number { get; }

    /// <summary>Sub-paragraph label.</summary>
    public Utf8Text Label { get; }

    /// <summary>Opening phrase.</summary>
    public Utf8Text Phrase { get; }

    /// <summary>Plain text.</summary>
    public Utf8Text Text { get; }

    /// <summary>Footnote markers.</summary>
    public FootnoteAnchor[] Footnotes { get; }

    /// <summary>Sub-paragraphs.</summary>
    public ParagraphData[] SubParagraphs { get; }

    /// <summary>References in the text.</summary>
    public ReferenceData[] References { get; }
}
