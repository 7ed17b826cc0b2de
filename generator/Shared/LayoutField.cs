namespace ResolutionCorpus.Data;

/// <summary>The metadata fields of a <see cref="LayoutFormat"/> layout, each written as its number and its value.</summary>
internal enum LayoutField
{
    /// <summary>Ends the metadata.</summary>
    End,

    /// <summary>text: the Akoma Ntoso work IRI.</summary>
    Work,

    /// <summary>text: the agenda item's title.</summary>
    AgendaTitle,

    /// <summary>text: the library's descriptive title.</summary>
    CatalogueTitle,

    /// <summary>text: the committee.</summary>
    Committee,

    /// <summary>text: the report.</summary>
    Report,

    /// <summary>text: the report's paragraph.</summary>
    ReportParagraph,

    /// <summary>0 or 1: whether the Security Council acted under Chapter VII.</summary>
    ChapterVii,

    /// <summary>text*: the sponsors.</summary>
    Sponsors,

    /// <summary>text*: the additional sponsors.</summary>
    AdditionalSponsors,

    /// <summary>kind in-favour against abstaining, then text* of the States in favour, against and abstaining.</summary>
    Vote,

    /// <summary>(term:text thesaurus:opt)*: the subjects.</summary>
    Subjects,

    /// <summary>text*: the Sustainable Development Goals and targets.</summary>
    Sdgs,
}
