using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ResolutionCorpus.Tool.Import.Akn;
using ResolutionCorpus.Tool.Yaml;
using ParseResult = ResolutionCorpus.Generator.Parse.ParseResult;
using ResolutionModel = ResolutionCorpus.Generator.Model.ResolutionModel;
using ResolutionParser = ResolutionCorpus.Generator.Parse.ResolutionParser;

namespace ResolutionCorpus.Tool.Tests;

/// <summary>
/// An import run over a folder of AKN4UN files: files imported, files that failed with why, and counts by feature.
/// </summary>
internal sealed class AknImportReport
{
    /// <summary>The files imported: the XML file, the YAML written for it, and the generator's reading of that YAML.</summary>
    public List<(string File, string Yaml, ResolutionModel Model)> Imported { get; } = [];

    public List<(string File, string Reason)> Failed { get; } = [];

    /// <summary>Files that hold a resolution already imported from another file, with the same wording.</summary>
    public List<(string File, string SameAs)> Duplicates { get; } = [];

    public SortedDictionary<string, int> Features { get; } = new(StringComparer.Ordinal);

    public static AknImportReport Run(IEnumerable<string> files)
    {
        var report = new AknImportReport();
        var symbols = new Dictionary<string, (string File, string Wording)>(StringComparer.Ordinal);
        foreach (string file in files)
        {
            AknImportResult result = AknImporter.ImportFile(file);
            string? yaml = result.Yaml;
            if (yaml is null || result.Resolution is null)
            {
                report.Failed.Add((file, string.Join("; ", result.Errors)));
                continue;
            }

            if (symbols.TryGetValue(result.Resolution.Symbol, out (string File, string Wording) first))
            {
                // The publisher files some resolutions twice; the same wording is the same document, imported once.
                if (first.Wording == ResolutionYamlWriter.Wording(yaml))
                {
                    report.Duplicates.Add((file, first.File));
                }
                else
                {
                    report.Failed.Add((file, $"{result.Resolution.Symbol} is also {Path.GetFileName(first.File)}, with other wording"));
                }

                continue;
            }

            symbols[result.Resolution.Symbol] = (file, ResolutionYamlWriter.Wording(yaml));
            ParseResult parsed = ResolutionParser.Parse(Path.ChangeExtension(file, ".yaml"), yaml);
            if (parsed.HasErrors || parsed.Resolution is null)
            {
                report.Failed.Add((file, "the generator rejects the YAML: " + string.Join("; ", parsed.Diagnostics.Where(d => d.IsError).Take(2).Select(d => d.Descriptor.Id + " " + d.Message))));
                continue;
            }

            report.Imported.Add((file, yaml, parsed.Resolution));
            foreach (KeyValuePair<string, int> feature in result.Resolution.Features)
            {
                report.Features[feature.Key] = report.Features.GetValueOrDefault(feature.Key) + feature.Value;
            }

            report.Features["files with parts"] = report.Features.GetValueOrDefault("files with parts") + (result.Resolution.Parts.Count > 0 ? 1 : 0);
            report.Features["files with sections"] = report.Features.GetValueOrDefault("files with sections") + (result.Resolution.Main.Sections.Count > 0 || result.Resolution.Parts.Any(p => p.Sections.Count > 0) ? 1 : 0);
            report.Features["files with annexes"] = report.Features.GetValueOrDefault("files with annexes") + (result.Resolution.Annexes.Count > 0 ? 1 : 0);
            report.Features["files with publisher metadata"] = report.Features.GetValueOrDefault("files with publisher metadata") + (!result.Resolution.Metadata.IsEmpty ? 1 : 0);
        }

        return report;
    }

    public override string ToString()
    {
        var builder = new StringBuilder();
        builder.Append($"Imported {Imported.Count}, failed {Failed.Count}.\n");
        foreach ((string file, string reason) in Failed)
        {
            builder.Append($"  failed {Path.GetFileName(file)}: {reason}\n");
        }

        builder.Append("Counts by feature:\n");
        foreach (KeyValuePair<string, int> feature in Features)
        {
            builder.Append($"  {feature.Key}: {feature.Value}\n");
        }

        return builder.ToString();
    }
}
