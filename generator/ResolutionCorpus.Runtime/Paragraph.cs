using System;
using System.Collections.Generic;
using System.Text;
using ResolutionCorpus.Data;

namespace ResolutionCorpus;

/// <summary>
/// A preambular, introductory or operative paragraph of a resolution. Its strings are decoded when first read.
/// </summary>
public class Paragraph
{
    private readonly LazyString _phrase;
    private readonly LazyString _text;
    private readonly FootnoteAnchor[] _anchors;
    private readonly ReferenceData[] _references;
    private FootnoteReference[]? _footnotes;
    private Reference[]? _resolvedReferences;

    internal Paragraph(Resolution resolution, ParagraphKind kind, ParagraphData data, Division? division = null)
    {
        Resolution = resolution;
        Kind = kind;
        Division = division;
        Number = data.Number;
        _phrase = new LazyString(data.Phrase);
        _text = new LazyString(data.Text);
        _anchors = data.Footnotes;
        _references = data.References;
        SubParagraphs = CreateSubParagraphs(data.SubParagraphs);
    }

    /// <summary>The resolution the paragraph belongs to.</summary>
    public Resolution Resolution { get; }

    /// <summary>The part, section, annex or quotation the paragraph is in, or <see langword="null"/> at the top level.</summary>
    public Division? Division { get; }

    /// <summary>Preambular, introductory, operative or sub-paragraph.</summary>
    public ParagraphKind Kind { get; }

    /// <summary>
    /// The operative paragraph's number; for a preambular or introductory paragraph, its position (1 for the first);
    /// for a sub-paragraph, the number of the operative paragraph it belongs to.
    /// </summary>
    public int Number { get; }

    /// <summary>The opening phrase ("Recalling also", "Requests"), or an empty string when the paragraph has none.</summary>
    public string Phrase => _phrase.Value ?? string.Empty;

    /// <summary>The paragraph's exact wording, without footnote markers. For a paragraph with sub-paragraphs, the words that introduce them.</summary>
    public string Text => _text.Value ?? string.Empty;

    /// <summary>The footnote markers in <see cref="Text"/>, in order.</summary>
    public IReadOnlyList<FootnoteReference> Footnotes => _footnotes ??= ResolveFootnotes();

    /// <summary>The resolutions and documents the text cites, in order, each with its position in <see cref="Text"/>.</summary>
    public IReadOnlyList<Reference> References => _resolvedReferences ??= Reference.Create(_references, Resolution.Corpus);

    /// <summary>The sub-paragraphs, in order; empty when there are none.</summary>
    public IReadOnlyList<SubParagraph> SubParagraphs { get; }

    /// <summary>The Akoma Ntoso id: <c>para_41</c>, <c>para_5__point_a</c>, <c>rec_3</c> for the third preambular paragraph, <c>intro_1</c> for the first introductory one.</summary>
    public virtual string Id => ParagraphAddress.Within(Division?.Id ?? string.Empty, ParagraphAddress.Id(Kind, Number));

    /// <summary>The canonical citation: <c>A/RES/79/284, para. 41</c>, <c>A/RES/79/284, preambular para. 3</c>, <c>A/RES/75/254, introductory para. 1</c>.</summary>
    public virtual string Citation => ParagraphAddress.Citation(Kind, Division?.CitationPrefix ?? Resolution.Symbol.Value, Number);

    /// <summary>The text with each footnote marker written back where it stood, as <c>[^marker]</c>: the form resolution files use.</summary>
    public string MarkedText
    {
        get
        {
            IReadOnlyList<FootnoteReference> footnotes = Footnotes;
            if (footnotes.Count == 0)
            {
                return Text;
            }

            string text = Text;
            var builder = new StringBuilder(text.Length + (footnotes.Count * 6));
            int written = 0;
            foreach (FootnoteReference footnote in footnotes)
            {
                builder.Append(text, written, footnote.Position - written).Append("[^").Append(footnote.Footnote.Marker).Append(']');
                written = footnote.Position;
            }

            return builder.Append(text, written, text.Length - written).ToString();
        }
    }

    /// <summary>The citation and the text.</summary>
    public override string ToString() => Citation + ": " + Text;

    private IReadOnlyList<SubParagraph> CreateSubParagraphs(ParagraphData[] data)
    {
        if (data.Length == 0)
        {
            return Array.Empty<SubParagraph>();
        }

        var subParagraphs = new SubParagraph[data.Length];
        for (int i = 0; i < data.Length; i++)
        {
            subParagraphs[i] = new SubParagraph(this, data[i]);
        }

        return subParagraphs;
    }

    private FootnoteReference[] ResolveFootnotes()
    {
        if (_anchors.Length == 0)
        {
            return Array.Empty<FootnoteReference>();
        }

        var references = new FootnoteReference[_anchors.Length];
        for (int i = 0; i < _anchors.Length; i++)
        {
            references[i] = new FootnoteReference(Resolution.Footnotes[_anchors[i].Footnote], _anchors[i].Position);
        }

        return references;
    }
}
