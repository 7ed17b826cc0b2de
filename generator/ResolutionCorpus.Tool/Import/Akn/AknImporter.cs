using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using ResolutionCorpus.Tool.Yaml;

namespace ResolutionCorpus.Tool.Import.Akn;

/// <summary>The outcome of importing one AKN4UN file: the YAML, or the reasons it could not be imported.</summary>
internal sealed record AknImportResult(string Path, AknResolution? Resolution, string? Yaml, IReadOnlyList<string> Errors);

/// <summary>Imports Akoma Ntoso (AKN4UN) resolutions, with the publisher's metadata when it lies beside them.</summary>
internal static class AknImporter
{
    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, JsonElement>> s_metadata = new(StringComparer.Ordinal);

    public static AknImportResult ImportFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new AknImportResult(path, null, null, [$"the file cannot be read: {exception.Message}"]);
        }

        return Import(path, text);
    }

    public static AknImportResult Import(string path, string text)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(text, LoadOptions.None);
        }
        catch (XmlException exception)
        {
            return new AknImportResult(path, null, null, [$"the XML is not well formed: {exception.Message}"]);
        }

        var reader = new AknReader();
        AknResolution? resolution = reader.Read(document);
        if (resolution is null)
        {
            return new AknImportResult(path, null, null, reader.Errors.Distinct().ToList());
        }

        AddPublisherMetadata(path, resolution);
        return new AknImportResult(path, resolution, AknYamlWriter.Write(resolution, System.IO.Path.GetFileName(path)), []);
    }

    /// <summary>Adds what <c>data_extract/&lt;session&gt;.json</c> (one JSON object a line) says of the resolution, when that file is found near it.</summary>
    private static void AddPublisherMetadata(string path, AknResolution resolution)
    {
        string? folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        string file = resolution.Session.ToString(CultureInfo.InvariantCulture) + ".json";
        for (int up = 0; up < 3 && folder is not null; up++, folder = System.IO.Path.GetDirectoryName(folder))
        {
            string candidate = System.IO.Path.Combine(folder, "data_extract", file);
            if (File.Exists(candidate))
            {
                IReadOnlyDictionary<string, JsonElement> bySymbol = s_metadata.GetOrAdd(candidate, Load);
                if (bySymbol.TryGetValue(resolution.Symbol, out JsonElement entry))
                {
                    Apply(entry, resolution);
                }

                return;
            }
        }
    }

    private static IReadOnlyDictionary<string, JsonElement> Load(string path)
    {
        var bySymbol = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(path))
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            try
            {
                JsonElement element = JsonDocument.Parse(line).RootElement.Clone();
                if (element.TryGetProperty("symbol", out JsonElement symbol) && symbol.ValueKind == JsonValueKind.String)
                {
                    bySymbol.TryAdd(AknReader.Normalize(symbol.GetString()!), element);
                }
            }
            catch (JsonException)
            {
                // A damaged line gives no metadata; the XML still imports.
            }
        }

        return bySymbol;
    }

    private static void Apply(JsonElement entry, AknResolution resolution)
    {
        string? Text(string name) => entry.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String
            && AknReader.Normalize(value.GetString()!) is { Length: > 0 } text && text != "N.A." ? text : null;
        int Number(string name) => int.TryParse(Text(name), NumberStyles.None, CultureInfo.InvariantCulture, out int value) ? value : 0;

        resolution.Draft ??= Text("originating_document") is string draft && draft.Contains('/', StringComparison.Ordinal) ? draft : null;
        resolution.AgendaTitle ??= Text("agenda_item_name");
        foreach (string list in new[] { "sponsors", "additional_sponsors" })
        {
            if (entry.TryGetProperty(list, out JsonElement sponsors) && sponsors.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement sponsor in sponsors.EnumerateArray())
                {
                    if (sponsor.ValueKind == JsonValueKind.String && AknReader.Normalize(sponsor.GetString()!) is { Length: > 0 } name && !resolution.Sponsors.Contains(name))
                    {
                        resolution.Sponsors.Add(name);
                    }
                }
            }
        }

        string? adoption = Text("adoption_type");
        if (adoption is not null && adoption.Contains("without", StringComparison.OrdinalIgnoreCase))
        {
            resolution.WithoutVote = true;
        }
        else if (adoption is not null)
        {
            resolution.Votes = (Number("MS_in_favour_count"), Number("MS_against_count"), Number("MS_abstaining_count"));
        }

        if (entry.TryGetProperty("subjects", out JsonElement subjects) && subjects.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement subject in subjects.EnumerateArray())
            {
                JsonElement name = subject.ValueKind == JsonValueKind.Array && subject.GetArrayLength() > 0 ? subject[0] : subject;
                if (name.ValueKind == JsonValueKind.String && AknReader.Normalize(name.GetString()!) is { Length: > 0 } text && !resolution.Subjects.Contains(text))
                {
                    resolution.Subjects.Add(text);
                }
            }
        }
    }
}
