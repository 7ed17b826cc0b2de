namespace ResolutionCorpus.Generator.Parse;

/// <summary>
/// The keys of a resolution file (schema 1), named once: the parser reads them and the importer's writer writes them.
/// </summary>
internal static class SchemaFields
{
    public const string Schema = "schema";
    public const string Symbol = "symbol";
    public const string Body = "body";
    public const string Session = "session";
    public const string Title = "title";
    public const string Adopted = "adopted";
    public const string Meeting = "meeting";
    public const string AgendaItem = "agendaItem";
    public const string Draft = "draft";
    public const string Source = "source";
    public const string Notes = "notes";
    public const string Metadata = "metadata";
    public const string Preamble = "preamble";
    public const string Intro = "intro";
    public const string Operative = "operative";
    public const string Sections = "sections";
    public const string Parts = "parts";
    public const string Quotations = "quotations";
    public const string Annexes = "annexes";
    public const string Footnotes = "footnotes";

    // Paragraphs, points, divisions and footnotes.
    public const string Number = "number";
    public const string Phrase = "phrase";
    public const string Text = "text";
    public const string Subparagraphs = "subparagraphs";
    public const string Label = "label";
    public const string Heading = "heading";
    public const string Paragraphs = "paragraphs";
    public const string Marker = "marker";
    public const string Formula = "formula";

    // Metadata.
    public const string Work = "work";
    public const string AgendaTitle = "agendaTitle";
    public const string CatalogueTitle = "catalogueTitle";
    public const string Committee = "committee";
    public const string Report = "report";
    public const string ReportParagraph = "reportParagraph";
    public const string ChapterVii = "chapterVII";
    public const string Sponsors = "sponsors";
    public const string AdditionalSponsors = "additionalSponsors";
    public const string Vote = "vote";
    public const string Subjects = "subjects";
    public const string Sdgs = "sdgs";
    public const string Term = "term";
    public const string Thesaurus = "thesaurus";

    // The vote.
    public const string WithoutVote = "withoutVote";
    public const string Acclamation = "acclamation";
    public const string InFavour = "inFavour";
    public const string Against = "against";
    public const string Abstaining = "abstaining";
    public const string States = "states";
}
