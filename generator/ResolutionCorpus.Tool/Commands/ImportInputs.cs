using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ResolutionCorpus.Tool.Commands;

/// <summary>One file to import, and the name its YAML gives as its source: <c>ga/79/A_RES_79_146-2424130E.xml</c>.</summary>
internal sealed record ImportInput(string Path, string Name);

/// <summary>What <c>import</c> is given: files as named, and folders as every document file below them.</summary>
internal static class ImportInputs
{
    /// <summary>The endings of the files a folder contributes: AKN4UN XML, raw texts, PDF and Word files.</summary>
    private static readonly string[] s_documentEndings = [".xml", ".txt", ".md", ".pdf", ".docx", ".doc"];

    /// <summary>
    /// A file stays as given, named by its file name (a missing one is reported by the import). A folder gives its
    /// document files in ordinal order, each named by its path from the folder's own name on (<c>ga/79/…xml</c> for
    /// the folder <c>../shared/unxml/ga</c>), so that the name does not depend on where the command runs; a folder
    /// without any stays itself, so that the import reports it rather than doing nothing.
    /// </summary>
    public static IReadOnlyList<ImportInput> Expand(IEnumerable<string> paths) =>
        [.. paths.SelectMany(path => Directory.Exists(path) && Documents(path) is { Count: > 0 } documents
            ? documents.Select(file => new ImportInput(file, Name(path, file)))
            : [new ImportInput(path, Path.GetFileName(path))])];

    private static List<string> Documents(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => s_documentEndings.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)];

    private static string Name(string folder, string file)
    {
        string full = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        string parent = Path.GetDirectoryName(full) ?? full;
        return Path.GetRelativePath(parent, file).Replace('\\', '/');
    }
}
