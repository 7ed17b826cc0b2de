using System;
using System.Collections.Generic;

namespace ResolutionCorpus;

/// <summary>How a State voted on a resolution.</summary>
public enum VotePosition
{
    /// <summary>In favour.</summary>
    InFavour,

    /// <summary>Against.</summary>
    Against,

    /// <summary>Abstaining.</summary>
    Abstaining,
}

/// <summary>How a resolution was adopted: without a vote, by acclamation, or by a vote with its counts and each State's vote.</summary>
/// <remarks>
/// State names are given as users spell them (<c>United Kingdom</c>, <c>Venezuela (Bolivarian Republic of)</c>), not in the
/// capitals the publisher lists them in; <see cref="Of"/> compares names without regard to case.
/// </remarks>
public sealed class Vote
{
    internal Vote(VoteKind kind, int inFavourCount, int againstCount, int abstainingCount,
        IReadOnlyList<string> inFavour, IReadOnlyList<string> against, IReadOnlyList<string> abstaining)
    {
        Kind = kind;
        InFavourCount = inFavourCount;
        AgainstCount = againstCount;
        AbstainingCount = abstainingCount;
        InFavour = inFavour;
        Against = against;
        Abstaining = abstaining;
    }

    /// <summary>Without a vote, by acclamation, or by a vote.</summary>
    public VoteKind Kind { get; }

    /// <summary>The number of votes in favour (0 unless <see cref="Kind"/> is <see cref="VoteKind.Voted"/>).</summary>
    public int InFavourCount { get; }

    /// <summary>The number of votes against.</summary>
    public int AgainstCount { get; }

    /// <summary>The number of abstentions.</summary>
    public int AbstainingCount { get; }

    /// <summary>The States that voted in favour, as listed; empty when the publisher lists none.</summary>
    public IReadOnlyList<string> InFavour { get; }

    /// <summary>The States that voted against.</summary>
    public IReadOnlyList<string> Against { get; }

    /// <summary>The States that abstained.</summary>
    public IReadOnlyList<string> Abstaining { get; }

    /// <summary>Whether it was adopted by a vote with none against and none abstaining.</summary>
    public bool IsUnanimous => Kind == VoteKind.Voted && AgainstCount == 0 && AbstainingCount == 0 && InFavourCount > 0;

    /// <summary>How <paramref name="state"/> voted; null when it is in none of the lists (absent, not a member, or not listed).</summary>
    /// <param name="state">The State's name, in any case: <c>France</c>, <c>FRANCE</c>.</param>
    public VotePosition? Of(string state)
    {
        if (state is null)
        {
            throw new ArgumentNullException(nameof(state));
        }

        return Contains(InFavour, state) ? VotePosition.InFavour
            : Contains(Against, state) ? VotePosition.Against
            : Contains(Abstaining, state) ? VotePosition.Abstaining
            : (VotePosition?)null;
    }

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        VoteKind.WithoutVote => "adopted without a vote",
        VoteKind.Acclamation => "adopted by acclamation",
        _ => $"adopted by {Count(InFavourCount, "vote")} to {AgainstCount}, with {Count(AbstainingCount, "abstention")}",
    };

    private static string Count(int count, string noun) =>
        count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");

    private static bool Contains(IReadOnlyList<string> states, string state)
    {
        foreach (string name in states)
        {
            if (string.Equals(name, state, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
