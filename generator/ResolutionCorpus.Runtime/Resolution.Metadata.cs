using System;
using System.Collections.Generic;
using ResolutionCorpus.Data;

namespace ResolutionCorpus;

/// <summary>The publisher's metadata: who sponsored it, how it was adopted, what it is about.</summary>
public sealed partial class Resolution
{
    private readonly MetadataData? _metadata;
    private IReadOnlyList<string>? _sponsors;
    private IReadOnlyList<string>? _additionalSponsors;
    private IReadOnlyList<Subject>? _subjects;
    private IReadOnlyList<string>? _sdgs;
    private Vote? _vote;

    /// <summary>The Akoma Ntoso work IRI (<c>/akn/un/statement/deliberation/unsc/2016-12-23/2334-2016/!main</c>), when known.</summary>
    public string? Work => _metadata?.Work.Decode();

    /// <summary>The agenda item's title, when known.</summary>
    public string? AgendaTitle => _metadata?.AgendaTitle.Decode();

    /// <summary>
    /// The library's descriptive title, when known: for a resolution printed without a title (the Security Council's),
    /// what users see in catalogues. It is not wording of the resolution.
    /// </summary>
    public string? CatalogueTitle => _metadata?.CatalogueTitle.Decode();

    /// <summary>The committee the draft came from (<c>Third Committee</c>), when known.</summary>
    public string? Committee => _metadata?.Committee.Decode();

    /// <summary>The symbol of the report that recommended it (<c>A/79/450</c>), when known.</summary>
    public string? Report => _metadata?.Report.Decode();

    /// <summary>The paragraph of <see cref="Report"/> that holds the draft, when known.</summary>
    public string? ReportParagraph => _metadata?.ReportParagraph.Decode();

    /// <summary>Whether the Security Council acted under Chapter VII of the Charter; <see langword="null"/> when not recorded.</summary>
    public bool? ChapterVii => _metadata?.ChapterVii;

    /// <summary>The sponsors of the draft, as listed; empty when not recorded.</summary>
    public IReadOnlyList<string> Sponsors => _sponsors ??= Decode(_metadata?.Sponsors);

    /// <summary>The States that joined as sponsors after the draft was issued.</summary>
    public IReadOnlyList<string> AdditionalSponsors => _additionalSponsors ??= Decode(_metadata?.AdditionalSponsors);

    /// <summary>How it was adopted, with each State's vote when the publisher lists them; <see langword="null"/> when not recorded.</summary>
    public Vote? Vote => _vote ??= CreateVote(_metadata?.Vote);

    /// <summary>The subjects it is classified under, each with its thesaurus; empty when not recorded.</summary>
    public IReadOnlyList<Subject> Subjects => _subjects ??= CreateSubjects(_metadata?.Subjects);

    /// <summary>
    /// The Sustainable Development Goals and targets it concerns, as the publisher writes them: a goal <c>16</c>, a
    /// target <c>3.7</c> or <c>2.a</c>; empty when not recorded.
    /// </summary>
    public IReadOnlyList<string> Sdgs => _sdgs ??= Decode(_metadata?.Sdgs);

    private static string[] Decode(Utf8Text[]? texts)
    {
        if (texts is null || texts.Length == 0)
        {
            return Array.Empty<string>();
        }

        var values = new string[texts.Length];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = texts[i].Decode() ?? string.Empty;
        }

        return values;
    }

    private static Vote? CreateVote(VoteData? data) =>
        data is null
            ? null
            : new Vote(data.Kind, data.InFavour, data.Against, data.Abstaining,
                Decode(data.StatesInFavour), Decode(data.StatesAgainst), Decode(data.StatesAbstaining));

    private static Subject[] CreateSubjects(SubjectData[]? data)
    {
        if (data is null || data.Length == 0)
        {
            return Array.Empty<Subject>();
        }

        var subjects = new Subject[data.Length];
        for (int i = 0; i < subjects.Length; i++)
        {
            subjects[i] = new Subject(data[i].Term.Decode() ?? string.Empty, data[i].Thesaurus.Decode());
        }

        return subjects;
    }
}
