using System;
using System.Collections.Generic;
using System.Linq;

namespace ResolutionCorpus.Tool.Import;

/// <summary>
/// The United Nations' standard opening phrases of preambular and operative paragraphs. The opening phrase is
/// looked up here (longest match first), not read from italics: in converted texts italics are sometimes
/// missing and sometimes cover a whole paragraph. "Also" and "further" forms are derived from each base phrase
/// (<c>Recalling also</c>, <c>Recalling further</c>; <c>Also requests</c>, <c>Further requests</c>).
/// </summary>
internal static class PhraseLexicon
{
    private static readonly string[] s_preambularBase =
    [
        "Acknowledging", "Acknowledging with appreciation", "Affirming", "Alarmed", "Alarmed by", "Appreciating", "Approving",
        "Aware", "Bearing in mind", "Believing", "Calling", "Calling for", "Calling upon", "Cognizant", "Commending",
        "Concerned", "Condemning", "Conscious", "Considering", "Convinced", "Declaring", "Deeply alarmed", "Deeply concerned",
        "Deeply convinced", "Deeply disturbed", "Deeply regretting", "Deploring", "Desiring", "Determined", "Emphasizing",
        "Encouraged", "Encouraging", "Endorsing", "Expressing", "Expressing concern", "Expressing deep concern",
        "Expressing grave concern", "Expressing its appreciation", "Expressing its deep appreciation", "Expressing its gratitude",
        "Expressing its satisfaction", "Expressing its support", "Expecting", "Fully aware", "Fully believing", "Gravely concerned",
        "Guided by", "Having adopted", "Having considered", "Having examined", "Having heard", "Having received", "Having reviewed",
        "Highlighting", "Keeping in mind", "Mindful", "Noting", "Noting with appreciation", "Noting with concern",
        "Noting with deep concern", "Noting with interest", "Noting with regret", "Noting with satisfaction", "Observing",
        "Reaffirming", "Realizing", "Recalling", "Recognizing", "Recognizing with appreciation", "Referring", "Regretting",
        "Reiterating", "Reminding", "Seeking", "Seriously concerned", "Stressing", "Strongly condemning", "Taking into account",
        "Taking into consideration", "Taking note", "Taking note with appreciation", "Taking note with interest",
        "Taking note with satisfaction", "Underlining", "Underscoring", "Urging", "Viewing with appreciation", "Welcoming",
        "Welcoming with appreciation",
    ];

    private static readonly string[] s_operativeBase =
    [
        "Accepts", "Acknowledges", "Adopts", "Affirms", "Appeals", "Approves", "Authorizes", "Calls", "Calls for", "Calls upon",
        "Commends", "Concurs", "Condemns", "Confirms", "Congratulates", "Considers", "Decides", "Declares", "Demands", "Deplores",
        "Designates", "Directs", "Draws the attention", "Emphasizes", "Encourages", "Endorses", "Expresses",
        "Expresses its appreciation", "Expresses its concern", "Expresses its deep concern", "Expresses its gratitude",
        "Expresses its hope", "Expresses its satisfaction", "Expresses its support", "Highlights", "Instructs", "Invites",
        "Notes", "Notes with appreciation", "Notes with concern", "Notes with interest", "Notes with satisfaction", "Proclaims",
        "Reaffirms", "Recalls", "Recognizes", "Recognizes and encourages", "Recommends", "Regrets", "Reiterates", "Reminds",
        "Renews", "Requests", "Resolves", "Stresses", "Strongly condemns", "Strongly encourages", "Strongly urges", "Supports",
        "Takes note", "Takes note with appreciation", "Takes note with interest", "Takes note with satisfaction", "Transmits",
        "Trusts", "Underlines", "Underscores", "Urges", "Welcomes", "Welcomes and encourages", "Welcomes and supports",
        "Welcomes with appreciation",
    ];

    private static readonly string[] s_preambular = Derive(s_preambularBase, operative: false);
    private static readonly string[] s_operative = Derive(s_operativeBase, operative: true);

    /// <summary>The longest preambular phrase that opens <paramref name="text"/>, or null.</summary>
    public static string? MatchPreambular(string text) => LongestMatch(s_preambular, text);

    /// <summary>The longest operative phrase that opens <paramref name="text"/>, or null.</summary>
    public static string? MatchOperative(string text) => LongestMatch(s_operative, text);

    private static string[] Derive(string[] bases, bool operative)
    {
        var phrases = new HashSet<string>(StringComparer.Ordinal);
        foreach (string phrase in bases)
        {
            phrases.Add(phrase);
            if (operative)
            {
                string lowered = char.ToLowerInvariant(phrase[0]) + phrase[1..];
                phrases.Add("Also " + lowered);
                phrases.Add("Further " + lowered);
            }
            else
            {
                // "Recalling also", "Noting further"; with a qualifier the adverb follows the verb: "Noting also with concern".
                int space = phrase.IndexOf(' ', StringComparison.Ordinal);
                string verb = space < 0 ? phrase : phrase[..space];
                string rest = space < 0 ? string.Empty : phrase[space..];
                phrases.Add(verb + " also" + rest);
                phrases.Add(verb + " further" + rest);
                phrases.Add(phrase + " also");
                phrases.Add(phrase + " further");
            }
        }

        // Longest first, then ordinal, so the first hit is the longest and the order never depends on culture.
        return phrases.OrderByDescending(p => p.Length).ThenBy(p => p, StringComparer.Ordinal).ToArray();
    }

    private static string? LongestMatch(string[] phrases, string text)
    {
        foreach (string phrase in phrases)
        {
            if (text.StartsWith(phrase, StringComparison.Ordinal)
                && (text.Length == phrase.Length || !char.IsLetterOrDigit(text[phrase.Length])))
            {
                return phrase;
            }
        }

        return null;
    }
}
