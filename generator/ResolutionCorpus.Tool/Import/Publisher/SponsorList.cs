using System.Collections.Generic;

namespace ResolutionCorpus.Tool.Import.Publisher;

/// <summary>Reads the sponsors line of an AKN4UN workflow step: <c>France, Japan and Uruguay</c> → three sponsors.</summary>
/// <remarks>
/// A line that opens with a lower-case word ("submitted by the President of the Council, …") describes who
/// submitted the draft and stays one entry. Otherwise names are split at commas outside parentheses, and the last
/// at its first " and " ("Uruguay and Bolivarian Republic of Venezuela"). Names are kept as written.
/// </remarks>
internal static class SponsorList
{
    public static IEnumerable<string> Split(string line)
    {
        line = line.Trim();
        if (line.Length == 0)
        {
            yield break;
        }

        if (char.IsLower(line[0]))
        {
            yield return line;
            yield break;
        }

        var names = new List<string>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < line.Length; i++)
        {
            depth += line[i] == '(' ? 1 : line[i] == ')' ? -1 : 0;
            if (line[i] == ',' && depth == 0)
            {
                names.Add(line[start..i].Trim());
                start = i + 1;
            }
        }

        string last = line[start..].Trim();
        int and = names.Count > 0 ? last.IndexOf(" and ", System.StringComparison.Ordinal) : -1;
        if (and > 0 && last.LastIndexOf('(', and) < 0)
        {
            names.Add(last[..and].Trim());
            last = last[(and + 5)..].Trim();
        }

        names.Add(last);
        foreach (string name in names)
        {
            if (name.Length > 0)
            {
                yield return name;
            }
        }
    }
}
