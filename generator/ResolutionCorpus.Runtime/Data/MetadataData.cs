
namespace ResolutionCorpus.Data;

/// <summary>
/// What the layout says of a resolution's publisher metadata, before any string is decoded: each field is
/// filled as the layout names it, and an absent one stays default.
/// </summary>
internal sealed class MetadataData
{
    /// <summary>The Akoma Ntoso work IRI.</summary>
    public Utf8Text Work { get; set; }

    /// <summary>The agenda item's title.</summary>
    public Utf8Text AgendaTitle { get; set; }

    /// <summary>The library's descriptive title.</summary>
    public Utf8Text CatalogueTitle { get; set; }

    /// <summary>The committee the draft came from.</summary>
    public Utf8Text Committee { get; set; }

    /// <summary>The report that recommended it.</summary>
    public Utf8Text Report { get; set; }

    /// <summary>The paragraph of that report.</summary>
    public Utf8Text ReportParagraph { get; set; }

    /// <summary>Whether the Security Council acted under Chapter VII; null when not recorded.</summary>
    public bool? ChapterVii { get; set; }

    /// <summary>The sponsors.</summary>
    public Utf8Text[]? Sponsors { get; set; }

    /// <summary>The States that joined as sponsors later.</summary>
    public Utf8Text[]? AdditionalSponsors { get; set; }

    /// <summary>How it was adopted.</summary>
    public VoteData? Vote { get; set; }

    /// <summary>Subject terms, each with its thesaurus.</summary>
    public SubjectData[]? Subjects { get; set; }

    /// <summary>Sustainable Development Goals and targets.</summary>
    public Utf8Text[]? Sdgs { get; set; }
}
