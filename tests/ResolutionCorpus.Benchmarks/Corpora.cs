using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace ResolutionCorpus.Benchmarks;

/// <summary>
/// The corpora benchmarks run over: seeded synthetic ones of a given size, and the real resolutions as YAML files
/// in the folder named by <c>RESOLUTIONCORPUS_REAL_YAML</c> (absent until those files exist).
/// </summary>
internal static class Corpora
{
    public const string RealVariable = "RESOLUTIONCORPUS_REAL_YAML";
    public const string Real = "real";

    /// <summary>The folder of the real resolutions' YAML files, or null when it is not set or holds none.</summary>
    public static string? RealFolder
    {
        get
        {
            string? folder = Environment.GetEnvironmentVariable(RealVariable);
            return !string.IsNullOrWhiteSpace(folder) && Directory.Exists(folder) && RealFiles(folder).Any() ? folder : null;
        }
    }

    /// <summary>"10", "100", … for synthetic corpora, and "real" when the real files are there.</summary>
    public static IEnumerable<string> Names(params int[] sizes)
    {
        foreach (int size in sizes)
        {
            yield return size.ToString(CultureInfo.InvariantCulture);
        }

        if (RealFolder is not null)
        {
            yield return Real;
        }
    }

    /// <summary>The files of a named corpus: path and YAML text.</summary>
    public static List<(string Path, string Yaml)> Files(string name) =>
        name == Real
            ? [.. RealFiles(RealFolder ?? throw new InvalidOperationException($"{RealVariable} names no folder of YAML files")).Select(p => (p, File.ReadAllText(p)))]
            : SyntheticCorpus.Files(int.Parse(name, CultureInfo.InvariantCulture));

    private static IEnumerable<string> RealFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
}
