using System;
using System.ComponentModel;

namespace ResolutionCorpus.Data;

/// <summary>Builds a <see cref="Resolution"/> from the layout and the UTF-8 text that generated code embeds.</summary>
/// <remarks>See <c>LayoutFormat</c> for the layout. Reading it decodes no paragraph text.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ResolutionLayout
{
    /// <summary>Builds a resolution. Generated code calls this; use the generated classes instead.</summary>
    /// <param name="text">The resolution's UTF-8 block.</param>
    /// <param name="layout">Its layout, as the generator wrote it: the end of the block, or (version 1) a block of its own.</param>
    /// <param name="corpus">How it reaches the rest of its corpus.</param>
    /// <exception cref="InvalidOperationException">The layout is of another version, or damaged.</exception>
    public static Resolution Read(TextSource text, ReadOnlySpan<byte> layout, CorpusLink? corpus)
    {
        var reader = new LayoutReader(layout, text);
        int version = reader.Int();
        if (version != (reader.Leb128 ? LayoutFormat.Leb128Version : LayoutFormat.Version))
        {
            throw LayoutReader.Corrupt($"it is of version {version}, and this runtime reads versions {LayoutFormat.Leb128Version} and {LayoutFormat.Version}");
        }

        string symbol = reader.String();
        var body = (UnBody)reader.Int();
        int session = reader.Int();
        var adopted = new DateTime(reader.Int(), reader.Int(), reader.Int());
        Utf8Text title = reader.OptionalText();
        Utf8Text meeting = reader.OptionalText();
        Utf8Text agendaItem = reader.OptionalText();
        Utf8Text draft = reader.OptionalText();
        Utf8Text[]? notes = reader.Texts();
        ParagraphData[]? preamble = Paragraphs(ref reader);
        ParagraphData[]? operative = Paragraphs(ref reader);
        FootnoteData[]? footnotes = Footnotes(ref reader);
        DivisionData[]? divisions = Divisions(ref reader);
        ParagraphData[]? intro = Paragraphs(ref reader);
        MetadataData? metadata = Metadata(ref reader);
        if (!reader.AtEnd)
        {
            throw LayoutReader.Corrupt("bytes follow its end");
        }

        return new Resolution(symbol, body, session, title, adopted, meeting, agendaItem, draft, notes, preamble, operative, footnotes, corpus, divisions, intro, metadata);
    }

    private static ParagraphData[]? Paragraphs(ref LayoutReader reader)
    {
        int count = reader.Int();
        if (count == 0)
        {
            return null;
        }

        var paragraphs = new ParagraphData[count];
        for (int i = 0; i < count; i++)
        {
            int number = reader.Int();
            Utf8Text label = reader.OptionalText();
            Utf8Text phrase = reader.Text();
            Utf8Text text = reader.Text();
            FootnoteAnchor[]? anchors = Anchors(ref reader);
            ParagraphData[]? subParagraphs = Paragraphs(ref reader);
            paragraphs[i] = new ParagraphData(number, label, phrase, text, anchors, subParagraphs, References(ref reader));
        }

        return paragraphs;
    }

    private static FootnoteAnchor[]? Anchors(ref LayoutReader reader)
    {
        int count = reader.Int();
        if (count == 0)
        {
            return null;
        }

        var anchors = new FootnoteAnchor[count];
        for (int i = 0; i < count; i++)
        {
            int footnote = reader.Int();
            anchors[i] = new FootnoteAnchor(footnote, reader.Int());
        }

        return anchors;
    }

    private static ReferenceData[]? References(ref LayoutReader reader)
    {
        int count = reader.Int();
        if (count == 0)
        {
            return null;
        }

        var references = new ReferenceData[count];
        for (int i = 0; i < count; i++)
        {
            int position = reader.Int();
            int length = reader.Int();
            Utf8Text target = reader.Text();
            Utf8Text resolution = reader.OptionalText();
            int paragraph = reader.Int();
            references[i] = new ReferenceData(position, length, target, resolution, paragraph, reader.OptionalText());
        }

        return references;
    }

    private static FootnoteData[]? Footnotes(ref LayoutReader reader)
    {
        int count = reader.Int();
        if (count == 0)
        {
            return null;
        }

        var footnotes = new FootnoteData[count];
        for (int i = 0; i < count; i++)
        {
            Utf8Text marker = reader.Text();
            Utf8Text text = reader.Text();
            footnotes[i] = new FootnoteData(marker, text, References(ref reader));
        }

        return footnotes;
    }

    private static DivisionData[]? Divisions(ref LayoutReader reader)
    {
        int count = reader.Int();
        if (count == 0)
        {
            return null;
        }

        var divisions = new DivisionData[count];
        for (int i = 0; i < count; i++)
        {
            var kind = (DivisionKind)reader.Int();
            string label = reader.String();
            string segment = reader.String();
            string citation = reader.String();
            Utf8Text heading = reader.OptionalText();
            Utf8Text meeting = reader.OptionalText();
            DateTime? adopted = reader.OptionalDate();
            ParagraphData[]? preamble = Paragraphs(ref reader);
            ParagraphData[]? paragraphs = Paragraphs(ref reader);
            DivisionData[]? sections = Divisions(ref reader);
            divisions[i] = new DivisionData(kind, label, segment, citation, heading, meeting, adopted, preamble, paragraphs, sections, Paragraphs(ref reader));
        }

        return divisions;
    }

    private static MetadataData? Metadata(ref LayoutReader reader)
    {
        MetadataData? metadata = null;
        for (var field = (LayoutField)reader.Int(); field != LayoutField.End; field = (LayoutField)reader.Int())
        {
            metadata ??= new MetadataData();
            switch (field)
            {
                case LayoutField.Work: metadata.Work = reader.Text(); break;
                case LayoutField.AgendaTitle: metadata.AgendaTitle = reader.Text(); break;
                case LayoutField.CatalogueTitle: metadata.CatalogueTitle = reader.Text(); break;
                case LayoutField.Committee: metadata.Committee = reader.Text(); break;
                case LayoutField.Report: metadata.Report = reader.Text(); break;
                case LayoutField.ReportParagraph: metadata.ReportParagraph = reader.Text(); break;
                case LayoutField.ChapterVii: metadata.ChapterVii = reader.Int() != 0; break;
                case LayoutField.Sponsors: metadata.Sponsors = reader.Texts(); break;
                case LayoutField.AdditionalSponsors: metadata.AdditionalSponsors = reader.Texts(); break;
                case LayoutField.Vote: metadata.Vote = Vote(ref reader); break;
                case LayoutField.Subjects: metadata.Subjects = Subjects(ref reader); break;
                case LayoutField.Sdgs: metadata.Sdgs = reader.Texts(); break;
                default: throw LayoutReader.Corrupt($"its metadata has a field numbered {(int)field}");
            }
        }

        return metadata;
    }

    private static VoteData Vote(ref LayoutReader reader) => new VoteData
    {
        Kind = (VoteKind)reader.Int(),
        InFavour = reader.Int(),
        Against = reader.Int(),
        Abstaining = reader.Int(),
        StatesInFavour = reader.Texts(),
        StatesAgainst = reader.Texts(),
        StatesAbstaining = reader.Texts(),
    };

    private static SubjectData[] Subjects(ref LayoutReader reader)
    {
        var subjects = new SubjectData[reader.Int()];
        for (int i = 0; i < subjects.Length; i++)
        {
            Utf8Text term = reader.Text();
            subjects[i] = new SubjectData { Term = term, Thesaurus = reader.OptionalText() };
        }

        return subjects;
    }
}
