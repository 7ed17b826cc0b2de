using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ResolutionCorpus.Benchmarks;

/// <summary>
/// Seeded, realistic resolution files: about 10 preambular and 20 operative paragraphs of 300 to 600
/// characters, a sub-paragraph list now and then, references to earlier resolutions, and footnotes, as in the
/// General Assembly's resolutions.
/// </summary>
internal static class SyntheticCorpus
{
    private static readonly string[] s_words =
    [
        "the", "United", "Nations", "Member", "States", "to", "and", "of", "in", "its", "resolution", "Convention",
        "cooperation", "development", "human", "rights", "Secretary-General", "report", "international", "support",
        "sustainable", "implementation", "regional", "organizations", "Council", "Assembly", "further", "relevant",
    ];

    private static readonly string[] s_preambular = ["Recalling", "Reaffirming", "Noting", "Welcoming", "Recognizing", "Taking note of"];
    private static readonly string[] s_operative = ["Welcomes", "Requests", "Encourages", "Decides", "Invites", "Calls upon", "Urges"];

    public static List<(string Path, string Yaml)> Files(int count, int seed = 20261123)
    {
        var files = new List<(string, string)>(count);
        for (int i = 1; i <= count; i++)
        {
            files.Add(($"/synthetic/A_RES_70_{i.ToString(CultureInfo.InvariantCulture)}.yaml", Resolution(i, new Random(seed + i))));
        }

        return files;
    }

    public static string Resolution(int number, Random random)
    {
        var yaml = new StringBuilder();
        yaml.Append("schema: 1\nsymbol: A/RES/70/").Append(number.ToString(CultureInfo.InvariantCulture))
            .Append("\nbody: GeneralAssembly\nsession: 70\ntitle: \"Synthetic resolution ").Append(number.ToString(CultureInfo.InvariantCulture))
            .Append(" on ").Append(Words(random, 8)).Append("\"\nadopted: 2015-12-17\nmeeting: \"80th plenary meeting\"\npreamble:\n");
        int footnotes = 0;
        for (int p = 0, count = 6 + random.Next(9); p < count; p++)
        {
            string phrase = s_preambular[random.Next(s_preambular.Length)];
            yaml.Append("  - phrase: \"").Append(phrase).Append("\"\n    text: \"").Append(phrase).Append(' ')
                .Append(random.Next(3) == 0 ? Citing(random) : string.Empty)
                .Append(Words(random, 40 + random.Next(50))).Append(random.Next(4) == 0 ? $",[^{++footnotes}]" : ",").Append("\"\n");
        }

        yaml.Append("operative:\n");
        for (int p = 1, count = 10 + random.Next(21); p <= count; p++)
        {
            string phrase = s_operative[random.Next(s_operative.Length)];
            yaml.Append("  - number: ").Append(p.ToString(CultureInfo.InvariantCulture)).Append("\n    phrase: \"").Append(phrase)
                .Append("\"\n    text: \"").Append(phrase).Append(' ')
                .Append(random.Next(6) == 0 ? Citing(random) : string.Empty).Append(Words(random, 45 + random.Next(55)))
                .Append(random.Next(5) == 0 ? $";[^{++footnotes}]" : ";").Append("\"\n");
            if (random.Next(8) == 0)
            {
                yaml.Append("    subparagraphs:\n");
                for (char label = 'a'; label < 'a' + 2 + random.Next(4); label++)
                {
                    yaml.Append("      - label: ").Append(label).Append("\n        text: \"To ").Append(Words(random, 15 + random.Next(20))).Append(";\"\n");
                }
            }
        }

        yaml.Append("footnotes:\n");
        for (int f = 1; f <= footnotes; f++)
        {
            yaml.Append("  - marker: \"").Append(f.ToString(CultureInfo.InvariantCulture)).Append("\"\n    text: \"Resolution ")
                .Append((50 + random.Next(30)).ToString(CultureInfo.InvariantCulture)).Append('/').Append(random.Next(1, 300).ToString(CultureInfo.InvariantCulture)).Append(".\"\n");
        }

        return yaml.ToString();
    }

    /// <summary>A reference such as real paragraphs open with: "its resolution 68/123 of 18 December 2013 and".</summary>
    private static string Citing(Random random) => string.Create(
        CultureInfo.InvariantCulture,
        $"its resolution {50 + random.Next(25)}/{1 + random.Next(300)} of {1 + random.Next(28)} December {1995 + random.Next(25)} and ");

    private static string Words(Random random, int count)
    {
        var text = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            text.Append(i == 0 ? string.Empty : " ").Append(s_words[random.Next(s_words.Length)]);
        }

        return text.ToString();
    }
}
