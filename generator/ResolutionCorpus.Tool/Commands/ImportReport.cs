using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ResolutionCorpus.Tool.Import;
using ResolutionCorpus.Tool.Import.Documents;
using ResolutionCorpus.Tool.Import.Model;

namespace ResolutionCorpus.Tool.Commands;

/// <summary>
/// The report of one <c>import</c> run (<c>--report</c>): the files imported, the files refused with why, the same
/// document met twice, warnings with their lines, counts by organ and by feature, and every line taken out as print
/// debris (running heads, page and job numbers), with its place, so that no word of the input goes unaccounted for.
/// </summary>
internal sealed class ImportReport
{
    private readonly List<(string File, string Target)> _imported = [];
    private readonly List<(string File, string Reasons)> _refused = [];
    private readonly List<ImportDiagnostic> _warnings = [];
    private readonly List<string> _dropped = [];
    private readonly SortedDictionary<string, int> _organs = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _features = new(StringComparer.Ordinal);

    /// <summary>Records one file's outcome: the YAML written (null when refused), its diagnostics, what it imported, and what it took out as print debris.</summary>
    public void Add(string file, string? target, IReadOnlyList<ImportDiagnostic> diagnostics, ImportedResolution? resolution, IReadOnlyList<DroppedText> dropped)
    {
        _warnings.AddRange(diagnostics.Where(d => !d.IsError));
        _dropped.AddRange(dropped.Select(d => $"{file}({d.Place}): {d.Why}: {d.Text}"));
        if (target is null)
        {
            _refused.Add((file, string.Join("; ", diagnostics.Where(d => d.IsError).Select(d => $"{d.Id} {d.Message}"))));
            return;
        }

        _imported.Add((file, target));
        if (resolution is null)
        {
            return;
        }

        Count(_organs, resolution.Body.ToString());
        foreach (KeyValuePair<string, int> feature in resolution.Features)
        {
            Count(_features, feature.Key, feature.Value);
        }

        Count(_features, "files with parts", resolution.Parts.Count > 0 ? 1 : 0);
        Count(_features, "files with annexes", resolution.Annexes.Count > 0 ? 1 : 0);
        Count(_features, "files with a vote recorded", resolution.Metadata.Vote is null ? 0 : 1);
        Count(_features, "files without a title (as printed)", resolution.Title is null ? 1 : 0);
    }

    /// <summary>The report as Markdown.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# Import report\n\nImported {_imported.Count}, refused {_refused.Count}, warnings {_warnings.Count}.\n");
        Section(text, "Imported, by organ", _organs.Select(o => $"{o.Key}: {o.Value}"));
        Section(text, "Refused", _refused.Select(r => $"{r.File}: {r.Reasons}"));
        Section(text, "Warnings", _warnings.Select(w => w.ToString()));
        Section(text, "Counts by feature", _features.Select(f => $"{f.Key}: {f.Value}"));
        Section(text, "Taken out as print debris", _dropped);
        Section(text, "Files", _imported.Select(i => $"{i.File} -> {i.Target}"));
        return text.ToString();
    }

    private static void Section(StringBuilder text, string title, IEnumerable<string> lines)
    {
        text.Append("\n## ").Append(title).Append("\n\n");
        bool any = false;
        foreach (string line in lines)
        {
            text.Append("- ").Append(line.Replace('\n', ' ')).Append('\n');
            any = true;
        }

        if (!any)
        {
            text.Append("(none)\n");
        }
    }

    private static void Count(SortedDictionary<string, int> counts, string key, int by = 1)
    {
        if (by != 0)
        {
            counts[key] = counts.GetValueOrDefault(key) + by;
        }
    }
}
