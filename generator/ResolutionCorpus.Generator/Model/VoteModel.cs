namespace ResolutionCorpus.Generator.Model;

/// <summary>How a resolution was adopted: the kind, the counts, and the States' lists when the publisher gives them.</summary>
internal sealed record VoteModel(
    VoteKind Kind,
    int InFavour,
    int Against,
    int Abstaining,
    EquatableArray<string> StatesInFavour,
    EquatableArray<string> StatesAgainst,
    EquatableArray<string> StatesAbstaining);

/// <summary>A subject term and the thesaurus it comes from.</summary>
internal sealed record SubjectModel(string Term, string? Thesaurus);
