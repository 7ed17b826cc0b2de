using System.Text;

namespace ResolutionCorpus.Tool.Import.Publisher;

/// <summary>
/// Presents a State's name as users expect it: the publisher lists voters and sponsors in capitals
/// (<c>VENEZUELA (BOLIVARIAN REPUBLIC OF)</c>); this gives <c>Venezuela (Bolivarian Republic of)</c>.
/// </summary>
/// <remarks>
/// The rule: a name with any lower-case letter is kept as written. Otherwise each word is capitalized, except
/// <c>of</c>, <c>the</c>, <c>and</c> and <c>for</c> after the first word; a letter after a hyphen is a capital
/// (<c>Guinea-Bissau</c>), one after an apostrophe is not (<c>People's</c>), and a word opening <c>D'</c> keeps
/// the particle lower case (<c>Côte d'Ivoire</c>).
/// </remarks>
internal static class StateName
{
    private static readonly string[] s_minorWords = ["OF", "THE", "AND", "FOR"];

    public static string Present(string name)
    {
        foreach (char c in name)
        {
            if (char.IsLower(c))
            {
                return name;
            }
        }

        var builder = new StringBuilder(name.Length);
        string[] words = name.Split(' ');
        for (int i = 0; i < words.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            string word = words[i];
            if (i > 0 && System.Array.IndexOf(s_minorWords, word.Trim('(', ')')) >= 0 && word[0] != '(')
            {
                builder.Append(word.ToLowerInvariant());
            }
            else if (word.Length > 2 && (word.StartsWith("D'", System.StringComparison.Ordinal) || word.StartsWith("D’", System.StringComparison.Ordinal)))
            {
                builder.Append('d').Append(word[1]);
                Capitalize(builder, word.Substring(2));
            }
            else
            {
                Capitalize(builder, word);
            }
        }

        return builder.ToString();
    }

    private static void Capitalize(StringBuilder builder, string word)
    {
        bool start = true;
        foreach (char c in word)
        {
            builder.Append(start ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
            start = c is '-' or '(' or '/';
        }
    }
}
