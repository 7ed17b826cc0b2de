using System.Collections.Generic;
using ResolutionCorpus.Data;
using ResolutionCorpus.Generator.Model;

namespace ResolutionCorpus.Generator.Emit;

/// <summary>Writes a resolution's layout (<c>LayoutFormat</c>): everything its runtime <c>Resolution</c> is built from.</summary>
internal sealed class ResolutionLayoutWriter
{
    private readonly LayoutWriter _layout;
    private readonly FootnoteOccurrences _footnotes;

    private ResolutionLayoutWriter(ResolutionModel resolution, Utf8Blob blob)
    {
        _layout = new LayoutWriter(blob);
        _footnotes = new FootnoteOccurrences(resolution);
    }

    /// <summary>Adds the layout of a resolution to <paramref name="blob"/>, after the texts it adds there.</summary>
    /// <returns>Where the layout starts in the block.</returns>
    public static int Write(ResolutionModel resolution, Utf8Blob blob)
    {
        var writer = new ResolutionLayoutWriter(resolution, blob);
        writer.Resolution(resolution);
        return writer._layout.AppendToBlock();
    }

    private void Resolution(ResolutionModel r)
    {
        _layout.Int(LayoutFormat.Version);
        _layout.Text(r.Symbol);
        _layout.Int((int)r.Body);
        _layout.Int(r.Session);
        _layout.Int(r.Adopted.Year);
        _layout.Int(r.Adopted.Month);
        _layout.Int(r.Adopted.Day);
        _layout.OptionalText(r.Title);
        _layout.OptionalText(r.Meeting);
        _layout.OptionalText(r.AgendaItem);
        _layout.OptionalText(r.Draft);
        _layout.Texts(r.Notes);
        Paragraphs(r.Preamble);
        Paragraphs(r.Operative);
        _layout.Int(r.Footnotes.Count);
        foreach (FootnoteModel footnote in r.Footnotes)
        {
            _layout.Text(footnote.Marker);
            _layout.Text(footnote.Text);
            References(footnote.References);
        }

        Divisions(r.Divisions);
        Paragraphs(r.Intro);
        Metadata(r.Metadata);
    }

    private void Paragraphs(EquatableArray<ParagraphModel> paragraphs)
    {
        _layout.Int(paragraphs.Count);
        foreach (ParagraphModel paragraph in paragraphs)
        {
            string plain = paragraph.Text.Plain;
            _layout.Int(paragraph.Number);
            _layout.OptionalText(paragraph.Label);
            _layout.Prefix(plain, paragraph.Phrase);
            _layout.Text(plain);
            _layout.Int(paragraph.Text.Markers.Count);
            for (int k = 0; k < paragraph.Text.Markers.Count; k++)
            {
                _layout.Int(_footnotes.Index(paragraph.Text, k));
                _layout.Int(paragraph.Text.Markers[k].Position);
            }

            Paragraphs(paragraph.SubParagraphs);
            References(paragraph.References);
        }
    }

    private void References(EquatableArray<ReferenceModel> references)
    {
        _layout.Int(references.Count);
        foreach (ReferenceModel reference in references)
        {
            _layout.Int(reference.Position);
            _layout.Int(reference.Length);
            _layout.Text(reference.Target);
            _layout.OptionalText(reference.Resolution);
            _layout.Int(reference.Paragraph);
            _layout.OptionalText(reference.Label);
        }
    }

    private void Divisions(EquatableArray<DivisionModel> divisions)
    {
        _layout.Int(divisions.Count);
        foreach (DivisionModel d in divisions)
        {
            _layout.Int((int)d.Kind);
            _layout.Text(d.Label);
            _layout.Text(d.Segment);
            _layout.Text(ParagraphAddress.DivisionCitation(d.Kind, d.CitationLabel));
            _layout.OptionalText(d.Heading?.Plain);
            _layout.OptionalText(d.Meeting);
            _layout.OptionalDate(d.Adopted);

            Paragraphs(d.Preamble);
            Paragraphs(d.Paragraphs);
            Divisions(d.Sections);
            Paragraphs(d.Intro);
        }
    }

    private void Metadata(MetadataModel? m)
    {
        if (m is not null)
        {
            OptionalField(LayoutField.Work, m.Work);
            OptionalField(LayoutField.AgendaTitle, m.AgendaTitle);
            OptionalField(LayoutField.CatalogueTitle, m.CatalogueTitle);
            OptionalField(LayoutField.Committee, m.Committee);
            OptionalField(LayoutField.Report, m.Report);
            OptionalField(LayoutField.ReportParagraph, m.ReportParagraph);
            if (m.ChapterVii is bool chapterVii)
            {
                _layout.Int((int)LayoutField.ChapterVii);
                _layout.Int(chapterVii ? 1 : 0);
            }

            TextsField(LayoutField.Sponsors, m.Sponsors);
            TextsField(LayoutField.AdditionalSponsors, m.AdditionalSponsors);
            if (m.Vote is VoteModel vote)
            {
                _layout.Int((int)LayoutField.Vote);
                _layout.Int((int)vote.Kind);
                _layout.Int(vote.InFavour);
                _layout.Int(vote.Against);
                _layout.Int(vote.Abstaining);
                _layout.Texts(vote.StatesInFavour);
                _layout.Texts(vote.StatesAgainst);
                _layout.Texts(vote.StatesAbstaining);
            }

            if (m.Subjects.Count > 0)
            {
                _layout.Int((int)LayoutField.Subjects);
                _layout.Int(m.Subjects.Count);
                foreach (SubjectModel subject in m.Subjects)
                {
                    _layout.Text(subject.Term);
                    _layout.OptionalText(subject.Thesaurus);
                }
            }

            TextsField(LayoutField.Sdgs, m.Sdgs);
        }

        _layout.Int((int)LayoutField.End);
    }

    private void OptionalField(LayoutField field, string? value)
    {
        if (value is not null)
        {
            _layout.Int((int)field);
            _layout.Text(value);
        }
    }

    private void TextsField(LayoutField field, EquatableArray<string> values)
    {
        if (values.Count > 0)
        {
            _layout.Int((int)field);
            _layout.Texts(values);
        }
    }
}
