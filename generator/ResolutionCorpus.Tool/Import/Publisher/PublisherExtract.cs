using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using ResolutionCorpus.Tool.Import.Akn;
using ResolutionCorpus.Tool.Import.Model;

namespace ResolutionCorpus.Tool.Import.Publisher;

/// <summary>
/// The publisher's metadata extract, <c>data_extract/&lt;session or year&gt;.json</c> beside the AKN4UN folders: one JSON
/// object a line (symbol, agenda, committee, sponsors, vote with each State's, subjects, SDGs). Where it records a
/// field, it is taken over what the XML says; where it is silent, the XML's value stays.
/// </summary>
/// <remarks>
/// Read as published: lines wrapped in stray quotes or followed by stray characters are read from their first
/// <c>{</c> to their last <c>}</c>; counts written <c>"013"</c> are numbers; <c>N.A.</c> and empty strings say nothing.
/// A line that still does not parse gives no metadata and is counted, never fatal.
/// </remarks>
internal static class PublisherExtract
{
    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, JsonElement>> s_files = new(StringComparer.Ordinal);

    /// <summary>Applies the extract's entry for <paramref name="resolution"/>, when an extract near <paramref name="path"/> has one.</summary>
    /// <returns>True when an entry was found and applied.</returns>
    public static bool Apply(string path, ImportedResolution resolution)
    {
        if (!DocumentSymbol.TryParse(resolution.Symbol, out DocumentSymbol symbol))
        {
            return false;
        }

        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        string file = symbol.Session + ".json";
        for (int up = 0; up < 3 && folder is not null; up++, folder = Path.GetDirectoryName(folder))
        {
            string candidate = Path.Combine(folder, "data_extract", file);
            if (File.Exists(candidate))
            {
                if (s_files.GetOrAdd(candidate, Load).TryGetValue(symbol.Value, out JsonElement entry))
                {
                    Apply(new Entry(entry), resolution);
                    return true;
                }

                return false;
            }
        }

        return false;
    }

    private static IReadOnlyDictionary<string, JsonElement> Load(string path)
    {
        var bySymbol = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(path))
        {
            int start = line.IndexOf('{', StringComparison.Ordinal);
            int end = line.LastIndexOf('}');
            if (start < 0 || end < start)
            {
                continue;
            }

            try
            {
                using JsonDocument document = JsonDocument.Parse(line.AsMemory(start, end - start + 1));
                JsonElement element = document.RootElement.Clone();
                if (new Entry(element).Text("symbol") is string text && DocumentSymbol.TryParse(text, out DocumentSymbol symbol))
                {
                    bySymbol.TryAdd(symbol.Value, element);
                }
            }
            catch (JsonException)
            {
                // A line damaged beyond the known quirks gives no metadata; the XML still imports with its own.
            }
        }

        return bySymbol;
    }

    private static void Apply(Entry entry, ImportedResolution resolution)
    {
        ImportedMetadata metadata = resolution.Metadata;
        resolution.Meeting ??= entry.Text("adoption_meeting");
        resolution.Draft ??= (entry.Text("originating_document") ?? entry.Text("draft_resolution")) is string draft && draft.Contains('/', StringComparison.Ordinal) ? draft : null;
        resolution.AgendaItem ??= entry.Text("agenda_item") is string item ? Regex.Replace(item, @"^Agenda items?\s+", string.Empty, RegexOptions.IgnoreCase) : null;
        metadata.AgendaTitle = entry.Text("agenda_item_name") ?? metadata.AgendaTitle;
        metadata.CatalogueTitle = entry.Text("resolution_title") ?? metadata.CatalogueTitle;
        metadata.Committee = entry.Text("committee") is string committee && !committee.StartsWith('#') ? committee : metadata.Committee;
        metadata.ReportParagraph = entry.Text("report_paragraph") ?? metadata.ReportParagraph;
        // "Chapter VII", or empty when the Council did not act under it; "N.A." says nothing.
        if (entry.Raw("chapter_VII") is string chapter && chapter != "N.A.")
        {
            metadata.ChapterVii = chapter == "Chapter VII";
        }

        Replace(metadata.Sponsors, entry.List("sponsors"));
        Replace(metadata.AdditionalSponsors, entry.List("additional_sponsors"));
        metadata.Vote = Vote(entry) ?? metadata.Vote;
        if (entry.Has("SDGs"))
        {
            metadata.Sdgs.Clear();
            metadata.Sdgs.AddRange(entry.List("SDGs").Where(SdgCode.IsValid));
        }

        if (entry.Has("subjects"))
        {
            metadata.Subjects.Clear();
            metadata.Subjects.AddRange(entry.Subjects());
        }
    }

    private static ImportedVote? Vote(Entry entry)
    {
        string how = entry.Text("adoption_type") ?? entry.Text("voting_type") ?? string.Empty;
        if (how.Contains("without", StringComparison.OrdinalIgnoreCase) || how.Contains("consensus", StringComparison.OrdinalIgnoreCase))
        {
            return new ImportedVote { Kind = ImportedVoteKind.WithoutVote };
        }

        if (how.Contains("acclamation", StringComparison.OrdinalIgnoreCase))
        {
            return new ImportedVote { Kind = ImportedVoteKind.Acclamation };
        }

        if (how.Length == 0)
        {
            return null;
        }

        var vote = new ImportedVote
        {
            Kind = ImportedVoteKind.Voted,
            InFavour = entry.Count("MS_in_favour_count"),
            Against = entry.Count("MS_against_count"),
            Abstaining = entry.Count("MS_abstaining_count"),
        };
        vote.StatesInFavour.AddRange(entry.List("MS_in_favour").Select(StateName.Present));
        vote.StatesAgainst.AddRange(entry.List("MS_against").Select(StateName.Present));
        vote.StatesAbstaining.AddRange(entry.List("MS_abstaining").Select(StateName.Present));
        return vote;
    }

    private static void Replace(List<string> target, List<string> values)
    {
        if (values.Count > 0)
        {
            target.Clear();
            target.AddRange(values.Select(StateName.Present));
        }
    }

    /// <summary>One object of the extract, read with its quirks.</summary>
    private readonly struct Entry(JsonElement element)
    {
        public bool Has(string name) => element.TryGetProperty(name, out _);

        /// <summary>A text field, normalized; null when absent, empty or <c>N.A.</c>.</summary>
        public string? Text(string name) =>
            element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String
            && AknReader.Normalize(value.GetString()!) is { Length: > 0 } text && text != "N.A." ? text : null;

        /// <summary>A text field as published, empty strings included; null when absent.</summary>
        public string? Raw(string name) =>
            element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? AknReader.Normalize(value.GetString()!) : null;

        public int Count(string name) => int.TryParse(Text(name), NumberStyles.None, CultureInfo.InvariantCulture, out int count) ? count : 0;

        public List<string> List(string name)
        {
            var values = new List<string>();
            if (element.TryGetProperty(name, out JsonElement array) && array.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement item in array.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String && AknReader.Normalize(item.GetString()!) is { Length: > 0 } text && !values.Contains(text))
                    {
                        values.Add(text);
                    }
                }
            }

            return values;
        }

        /// <summary><c>[["PEACEKEEPING OPERATIONS", "UNBIS Thesaurus"], …]</c>: each term with its thesaurus.</summary>
        public IEnumerable<ImportedSubject> Subjects()
        {
            if (!element.TryGetProperty("subjects", out JsonElement subjects) || subjects.ValueKind != JsonValueKind.Array)
            {
                yield break;
            }

            foreach (JsonElement subject in subjects.EnumerateArray())
            {
                JsonElement term = subject.ValueKind == JsonValueKind.Array && subject.GetArrayLength() > 0 ? subject[0] : subject;
                string? thesaurus = subject.ValueKind == JsonValueKind.Array && subject.GetArrayLength() > 1 && subject[1].ValueKind == JsonValueKind.String
                    ? AknReader.Normalize(subject[1].GetString()!) : null;
                if (term.ValueKind == JsonValueKind.String && AknReader.Normalize(term.GetString()!) is { Length: > 0 } text)
                {
                    yield return new ImportedSubject(text, string.IsNullOrEmpty(thesaurus) ? null : thesaurus);
                }
            }
        }
    }
}
