using System;
using System.Collections.Generic;

namespace ResolutionCorpus.Citations;

/// <summary>The "did you mean" rule: the candidate fewest edits away, ignoring case.</summary>
static class NearestName
{
    /// <summary>
    /// The candidate closest to <paramref name="text"/>, or <see langword="null"/> when none is within
    /// <paramref name="maxEdits"/>.
    /// </summary>
    public static string? Closest(string text, IEnumerable<string> candidates, int maxEdits = int.MaxValue)
    {
        List<string> ranked = Ranked(text, candidates);
        return ranked.Count > 0 && Edits(text, ranked[0]) <= maxEdits ? ranked[0] : null;
    }

    /// <summary>
    /// The candidates, closest first. Of equally close candidates, the one whose first differing character is nearest
    /// comes first (<c>c</c> ranks <c>b</c> before <c>a</c>), then the one that came first.
    /// </summary>
    public static List<string> Ranked(string text, IEnumerable<string> candidates)
    {
        var ranked = new List<(string Candidate, int Edits, int Gap, int Order)>();
        foreach (string candidate in candidates)
        {
            ranked.Add((candidate, Edits(text, candidate), Gap(text, candidate), ranked.Count));
        }

        ranked.Sort((x, y) => x.Edits != y.Edits ? x.Edits.CompareTo(y.Edits) : x.Gap != y.Gap ? x.Gap.CompareTo(y.Gap) : x.Order.CompareTo(y.Order));
        return ranked.ConvertAll(r => r.Candidate);
    }

    /// <summary>The Levenshtein distance, ignoring case.</summary>
    public static int Edits(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = char.ToUpperInvariant(a[i - 1]) == char.ToUpperInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + substitution);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static int Gap(string a, string b)
    {
        for (int i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (char.ToUpperInvariant(a[i]) != char.ToUpperInvariant(b[i]))
            {
                return Math.Abs(char.ToUpperInvariant(a[i]) - char.ToUpperInvariant(b[i]));
            }
        }

        return Math.Abs(a.Length - b.Length);
    }
}
