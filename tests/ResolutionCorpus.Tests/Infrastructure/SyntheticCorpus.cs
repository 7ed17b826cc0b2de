using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ResolutionCorpus.Tests.Infrastructure;

/// <summary>Seeded, resolution-shaped YAML files of any size, for scale tests.</summary>
internal static class SyntheticCorpus
{
    private static readonly string[] s_words =
    [
        "Recalling", "the", "United", "Nations", "Convention", "against", "Transnational", "Organized", "Crime",
        "Member", "States", "Secretary-General", "cooperation", "résolution", "Côte", "d’Ivoire", "—", "2030", "Agenda",
        "sustainable", "development", "human", "rights", "and", "of", "to", "in", "its", "report", "“quoted”",
    ];

    /// <summary>One file: resolution E/RES/{year}/{number} with the given number of operative paragraphs.</summary>
    public static string Resolution(int number, int paragraphs, int paragraphLength, int seed)
    {
        var random = new Random(seed);
        var yaml = new StringBuilder();
        yaml.Append("schema: 1\nsymbol: A/RES/70/").Append(number.ToString(CultureInfo.InvariantCulture))
            .Append("\nbody: GeneralAssembly\nsession: 70\ntitle: Synthetic resolution ").Append(number.ToString(CultureInfo.InvariantCulture))
            .Append("\nadopted: 2015-12-17\noperative:\n");
        for (int p = 1; p <= paragraphs; p++)
        {
            yaml.Append("  - number: ").Append(p.ToString(CultureInfo.InvariantCulture)).Append("\n    phrase: Requests\n    text: \"")
                .Append(Text(random, paragraphLength)).Append("\"\n");
        }

        return yaml.ToString();
    }

    /// <summary>Files until their paragraph text passes <paramref name="totalCharacters"/>.</summary>
    public static List<(string Path, string Yaml)> Files(long totalCharacters, int paragraphs, int paragraphLength)
    {
        var files = new List<(string, string)>();
        long written = 0;
        for (int number = 1; written < totalCharacters; number++)
        {
            files.Add(($"/synthetic/A_RES_70_{number}.yaml", Resolution(number, paragraphs, paragraphLength, seed: number)));
            written += (long)paragraphs * paragraphLength;
        }

        return files;
    }

    private static string Text(Random random, int length)
    {
        var text = new StringBuilder("Requests", length + 16);
        while (text.Length < length)
        {
            text.Append(' ').Append(s_words[random.Next(s_words.Length)]);
        }

        text.Length = length;
        return text.ToString().TrimEnd() + ";";
    }
}
