using System.Collections.Generic;

namespace ResolutionCorpus.Tool.Import.Model;

/// <summary>How a resolution was adopted, as the schema's <c>vote</c> records it.</summary>
internal enum ImportedVoteKind
{
    /// <summary>Adopted without a vote.</summary>
    WithoutVote,

    /// <summary>Adopted by acclamation.</summary>
    Acclamation,

    /// <summary>Adopted by a vote, with its counts.</summary>
    Voted,
}

/// <summary>How a resolution was adopted: without a vote, by acclamation, or by a vote with counts and the States' lists.</summary>
internal sealed class ImportedVote
{
    public ImportedVoteKind Kind { get; set; }

    public int InFavour { get; set; }

    public int Against { get; set; }

    public int Abstaining { get; set; }

    /// <summary>The States that voted in favour, as users spell them; empty when the publisher lists none.</summary>
    public List<string> StatesInFavour { get; } = [];

    public List<string> StatesAgainst { get; } = [];

    public List<string> StatesAbstaining { get; } = [];
}
