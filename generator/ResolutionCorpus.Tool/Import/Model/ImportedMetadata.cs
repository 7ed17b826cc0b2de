using System.Collections.Generic;

namespace ResolutionCorpus.Tool.Import.Model;

/// <summary>What the publisher records about a resolution beyond its printed text.</summary>
internal sealed class ImportedMetadata
{
    /// <summary>The Akoma Ntoso work IRI, e.g. <c>/akn/un/statement/deliberation/unsc/2016-01-20/2260-2016/!main</c>.</summary>
    public string? Work { get; set; }

    /// <summary>The agenda item's title.</summary>
    public string? AgendaTitle { get; set; }

    /// <summary>The library's descriptive title, for resolutions that print none (not wording of the resolution).</summary>
    public string? CatalogueTitle { get; set; }

    /// <summary>The Main Committee or subsidiary body the draft came from (<c>Third Committee</c>).</summary>
    public string? Committee { get; set; }

    /// <summary>The symbol of the committee's report that recommended it (<c>A/79/450</c>).</summary>
    public string? Report { get; set; }

    /// <summary>The paragraph of that report that holds the draft.</summary>
    public string? ReportParagraph { get; set; }

    /// <summary>The Security Council acted under Chapter VII of the Charter; null when not recorded.</summary>
    public bool? ChapterVii { get; set; }

    /// <summary>Sponsors of the draft, as listed (States as users spell them: <c>United Kingdom</c>).</summary>
    public List<string> Sponsors { get; } = [];

    /// <summary>States that joined as sponsors after the draft was issued.</summary>
    public List<string> AdditionalSponsors { get; } = [];

    /// <summary>How it was adopted; null when not recorded.</summary>
    public ImportedVote? Vote { get; set; }

    /// <summary>Subject terms, each with the thesaurus it comes from.</summary>
    public List<ImportedSubject> Subjects { get; } = [];

    /// <summary>The Sustainable Development Goals and targets it concerns, as the publisher writes them (<c>16</c>, <c>3.7</c>, <c>2.a</c>).</summary>
    public List<string> Sdgs { get; } = [];

    /// <summary>True when nothing is recorded.</summary>
    public bool IsEmpty => Work is null && AgendaTitle is null && CatalogueTitle is null && Committee is null && Report is null
        && ReportParagraph is null && ChapterVii is null && Sponsors.Count == 0 && AdditionalSponsors.Count == 0 && Vote is null
        && Subjects.Count == 0 && Sdgs.Count == 0;
}

/// <summary>A subject term and its thesaurus (<c>PEACEKEEPING OPERATIONS</c>, <c>UNBIS Thesaurus</c>).</summary>
internal sealed record ImportedSubject(string Term, string? Thesaurus);
