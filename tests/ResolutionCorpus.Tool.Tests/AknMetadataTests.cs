using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ResolutionCorpus.Generator.Model;
using ResolutionCorpus.Tool.Import.Akn;
using ResolutionCorpus.Tool.Import.Publisher;

namespace ResolutionCorpus.Tool.Tests;

/// <summary>
/// Every metadata field of every imported resolution equals what the publisher's extract (<c>data_extract/*.json</c>)
/// says of it, read here on its own, after the YAML has gone through the generator's parser.
/// </summary>
[TestClass]
public sealed class AknMetadataTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [TestCategory("Long")]
    [Timeout(600_000, CooperativeCancellation = true)]
    public void Every_metadata_field_equals_the_publishers_extract()
    {
        if (AknCorpus.Missing is string missing)
        {
            Assert.Inconclusive(missing);
        }

        Dictionary<string, JsonElement> extract = ReadExtracts();
        var problems = new List<string>();
        int compared = 0, fields = 0;
        foreach ((string file, _, ResolutionModel model) in AknCorpus.Report.Imported)
        {
            if (!extract.TryGetValue(model.Symbol, out JsonElement entry))
            {
                continue;
            }

            compared++;
            MetadataModel m = model.Metadata ?? throw new AssertFailedException($"{model.Symbol}: no metadata at all");
            void Same<T>(string field, T expected, T actual)
            {
                fields++;
                if (!EqualityComparer<T>.Default.Equals(expected, actual))
                {
                    problems.Add($"{Path.GetFileName(file)}: {field} is '{actual}', the extract says '{expected}'");
                }
            }

            void SameList(string field, IEnumerable<string> expected, IEnumerable<string> actual) =>
                Same(field, string.Join(" | ", expected), string.Join(" | ", actual));

            if (Text(entry, "agenda_item_name") is string agendaTitle)
            {
                Same("agendaTitle", agendaTitle, m.AgendaTitle);
            }

            if (Text(entry, "committee") is string committee && !committee.StartsWith('#'))
            {
                Same("committee", committee, m.Committee);
            }

            if (Text(entry, "resolution_title") is string catalogueTitle)
            {
                Same("catalogueTitle", catalogueTitle, m.CatalogueTitle);
            }

            if (Text(entry, "report_paragraph") is string reportParagraph)
            {
                Same("reportParagraph", reportParagraph, m.ReportParagraph);
            }

            if (entry.TryGetProperty("chapter_VII", out JsonElement chapter) && chapter.GetString() is string c && c != "N.A.")
            {
                Same("chapterVII", (bool?)(c == "Chapter VII"), m.ChapterVii);
            }

            if (List(entry, "sponsors") is { Count: > 0 } sponsors)
            {
                SameList("sponsors", sponsors.Select(StateName.Present), m.Sponsors);
            }

            if (List(entry, "additional_sponsors") is { Count: > 0 } additional)
            {
                SameList("additionalSponsors", additional.Select(StateName.Present), m.AdditionalSponsors);
            }

            if (entry.TryGetProperty("SDGs", out _))
            {
                SameList("sdgs", List(entry, "SDGs"), m.Sdgs);
            }

            if (entry.TryGetProperty("subjects", out JsonElement subjects))
            {
                SameList("subjects", subjects.EnumerateArray().Select(s => Normalize(s[0].GetString()!) + " @ " + (s.GetArrayLength() > 1 ? Normalize(s[1].GetString()!) : string.Empty)),
                    m.Subjects.Select(s => s.Term + " @ " + (s.Thesaurus ?? string.Empty)));
            }

            string adoption = Text(entry, "adoption_type") ?? string.Empty;
            if (adoption.Length > 0)
            {
                VoteKind kind = adoption.Contains("without", StringComparison.OrdinalIgnoreCase) || adoption.Contains("consensus", StringComparison.OrdinalIgnoreCase) ? VoteKind.WithoutVote
                    : adoption.Contains("acclamation", StringComparison.OrdinalIgnoreCase) ? VoteKind.Acclamation : VoteKind.Voted;
                Same("vote", kind, m.Vote?.Kind);
                if (kind == VoteKind.Voted && m.Vote is VoteModel vote)
                {
                    Same("inFavour", Count(entry, "MS_in_favour_count"), vote.InFavour);
                    Same("against", Count(entry, "MS_against_count"), vote.Against);
                    Same("abstaining", Count(entry, "MS_abstaining_count"), vote.Abstaining);
                    SameList("states in favour", List(entry, "MS_in_favour").Select(StateName.Present), vote.StatesInFavour);
                    SameList("states against", List(entry, "MS_against").Select(StateName.Present), vote.StatesAgainst);
                    SameList("states abstaining", List(entry, "MS_abstaining").Select(StateName.Present), vote.StatesAbstaining);
                }
            }
        }

        TestContext.WriteLine($"{compared} resolutions compared with the publisher's extract, {fields} fields.");
        Assert.IsGreaterThan(3_000, compared, "Too few resolutions have an extract entry: is data_extract read?");
        Assert.IsEmpty(problems, $"{problems.Count} difference(s):\n" + string.Join("\n", problems.Take(40)));
    }

    /// <summary>Every extract of the four organs, read as published: each line from its first '{' to its last '}'.</summary>
    private static Dictionary<string, JsonElement> ReadExtracts()
    {
        var entries = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        IEnumerable<string> files = new[] { RepoPaths.UnXml }.Concat(AknCorpus.Organs.Select(o => Path.Combine(RepoPaths.UnXml, o)))
            .Select(folder => Path.Combine(folder, "data_extract")).Where(Directory.Exists)
            .SelectMany(folder => Directory.GetFiles(folder, "*.json"));
        foreach (string file in files)
        {
            foreach (string line in File.ReadLines(file))
            {
                int start = line.IndexOf('{', StringComparison.Ordinal);
                int end = line.LastIndexOf('}');
                if (start < 0 || end < start)
                {
                    continue;
                }

                JsonElement entry = JsonDocument.Parse(line[start..(end + 1)]).RootElement.Clone();
                if (DocumentSymbol.TryParse(entry.GetProperty("symbol").GetString(), out DocumentSymbol symbol))
                {
                    entries.TryAdd(symbol.Value, entry);
                }
            }
        }

        return entries;
    }

    // Runs of spaces, tabs and line breaks are one space, as the importer reads every text; a no-break space is a character.
    private static string Normalize(string text) => Regex.Replace(text, @"[ \t\r\n]+", " ").Trim();

    private static string? Text(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String
        && Normalize(value.GetString()!) is { Length: > 0 } text && text != "N.A." ? text : null;

    private static int Count(JsonElement entry, string name) =>
        int.TryParse(Text(entry, name), NumberStyles.None, CultureInfo.InvariantCulture, out int count) ? count : 0;

    private static List<string> List(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out JsonElement array) && array.ValueKind == JsonValueKind.Array
            ? [.. array.EnumerateArray().Select(i => Normalize(i.GetString() ?? string.Empty)).Where(t => t.Length > 0).Distinct()]
            : [];
}
