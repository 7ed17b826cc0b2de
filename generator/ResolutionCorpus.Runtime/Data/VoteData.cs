
namespace ResolutionCorpus.Data;

/// <summary>What the layout says of how a resolution was adopted, filled by property.</summary>
internal sealed class VoteData
{
    /// <summary>Without a vote, by acclamation, or by a vote.</summary>
    public VoteKind Kind { get; set; }

    /// <summary>Votes in favour.</summary>
    public int InFavour { get; set; }

    /// <summary>Votes against.</summary>
    public int Against { get; set; }

    /// <summary>Abstentions.</summary>
    public int Abstaining { get; set; }

    /// <summary>The States in favour.</summary>
    public Utf8Text[]? StatesInFavour { get; set; }

    /// <summary>The States against.</summary>
    public Utf8Text[]? StatesAgainst { get; set; }

    /// <summary>The States abstaining.</summary>
    public Utf8Text[]? StatesAbstaining { get; set; }
}
