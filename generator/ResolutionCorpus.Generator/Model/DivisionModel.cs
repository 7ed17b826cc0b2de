using ResolutionCorpus.Generator.Diagnose;

namespace ResolutionCorpus.Generator.Model;

/// <summary>A part, section, annex or quotation of a resolution, with its paragraphs and (for all but annexes) its sections.</summary>
/// <param name="Kind">Part, section, annex or quotation.</param>
/// <param name="Label">The label as printed (<c>A</c>, <c>II</c>); empty when the document prints none.</param>
/// <param name="Key">The printed label, or its position among its kind when none is printed: what names its id and class.</param>
/// <param name="Lone">Whether it is an unlabelled annex (or a quotation) with no other of its kind beside it: cited and named as "the annex" ("the quotation").</param>
/// <param name="Heading">The heading or title, which may hold footnote markers, or <see langword="null"/>.</param>
/// <param name="Meeting">For a part: the meeting that adopted it, or <see langword="null"/>.</param>
/// <param name="Adopted">For a part: its adoption date, or <see langword="null"/>.</param>
/// <param name="Preamble">Its preambular paragraphs.</param>
/// <param name="Paragraphs">Its operative paragraphs (for an annex, its paragraphs).</param>
/// <param name="Sections">Its sections, in order.</param>
/// <param name="Location">Where the division starts in the file.</param>
/// <param name="Intro">Unnumbered paragraphs printed before its numbered operative paragraphs.</param>
internal sealed record DivisionModel(
    DivisionKind Kind,
    string Label,
    string Key,
    bool Lone,
    MarkedText? Heading,
    string? Meeting,
    CalendarDate? Adopted,
    EquatableArray<ParagraphModel> Preamble,
    EquatableArray<ParagraphModel> Paragraphs,
    EquatableArray<DivisionModel> Sections,
    LocationInfo? Location = null,
    EquatableArray<ParagraphModel> Intro = default)
{
    /// <summary>Whether it is a part of a resolution adopted in parts.</summary>
    public bool IsPart => Kind == DivisionKind.Part;

    /// <summary>Whether it is a section.</summary>
    public bool IsSection => Kind == DivisionKind.Section;

    /// <summary>Whether it is an annex.</summary>
    public bool IsAnnex => Kind == DivisionKind.Annex;

    /// <summary>Whether it is a text the resolution sets out whole (a recommended draft resolution).</summary>
    public bool IsQuotation => Kind == DivisionKind.Quotation;

    /// <summary>The Akoma Ntoso id segment: <c>part_A</c>, <c>sec_II</c>, <c>annex_1</c>, <c>qstr_1</c>.</summary>
    public string Segment => ParagraphAddress.DivisionSegment(Kind, Key);

    /// <summary>The generated class: <c>PartA</c>, <c>SectionII</c>, <c>Annex</c>, <c>AnnexI</c>.</summary>
    public string ClassName => GeneratedNames.Division(Kind, Key, Lone);

    /// <summary>
    /// The label a citation names it by: the printed one; for an unlabelled annex among several, its position;
    /// none for a lone unlabelled annex or an unlabelled section (whose paragraphs are cited as the resolution's own).
    /// </summary>
    public string CitationLabel =>
        (Kind == DivisionKind.Annex || Kind == DivisionKind.Quotation) && !Lone ? Key : Label;
}

/// <summary>The publisher's metadata of a resolution: none of it is needed to cite a paragraph.</summary>
/// <param name="Work">The Akoma Ntoso work IRI: <c>/akn/un/statement/deliberation/unga/2020-12-10/75-100/!main</c>.</param>
/// <param name="AgendaTitle">The agenda item's title.</param>
/// <param name="CatalogueTitle">The library's descriptive title, for resolutions printed without one.</param>
/// <param name="Committee">The committee the draft came from.</param>
/// <param name="Report">The symbol of the report that recommended it.</param>
/// <param name="ReportParagraph">The paragraph of that report.</param>
/// <param name="ChapterVii">Whether the Security Council acted under Chapter VII; null when not recorded.</param>
/// <param name="Sponsors">The sponsors, as listed.</param>
/// <param name="AdditionalSponsors">The States that joined as sponsors later.</param>
/// <param name="Vote">How it was adopted; null when not recorded.</param>
/// <param name="Subjects">The subjects it is classified under, each with its thesaurus.</param>
/// <param name="Sdgs">The Sustainable Development Goals and targets it concerns (<c>16</c>, <c>3.7</c>).</param>
internal sealed record MetadataModel(
    string? Work,
    string? AgendaTitle,
    string? CatalogueTitle,
    string? Committee,
    string? Report,
    string? ReportParagraph,
    bool? ChapterVii,
    EquatableArray<string> Sponsors,
    EquatableArray<string> AdditionalSponsors,
    VoteModel? Vote,
    EquatableArray<SubjectModel> Subjects,
    EquatableArray<string> Sdgs);
