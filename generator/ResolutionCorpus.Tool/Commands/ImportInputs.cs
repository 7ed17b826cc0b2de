using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ResolutionCorpus.Tool.Commands;

/// <summary>What <c>import</c> is given: files as named, and folders as every document file below them.</summary>
internal static class ImportInputs
{
    /// <summary>The endings of the files a folder contributes: AKN4UN XML and raw texts.</summary>
    private static readonly string[] s_documentEndings = [".xml", ".txt", ".md"];

    /// <summary>
    /// Files stay as given (a missing one is reported by the import); a folder gives its document files, in ordinal
    /// order, and a folder without any stays itself, so that the import reports it rather than doing nothing.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths) =>
        [.. paths.SelectMany(path => Directory.Exists(path) && Documents(path) is { Count: > 0 } documents ? documents : [path])];

    private static List<string> Documents(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => s_documentEndings.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)];
}
